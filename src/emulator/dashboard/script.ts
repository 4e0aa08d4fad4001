/**
 * The dashboard's script: plain browser JavaScript, no framework, nothing fetched from
 * elsewhere. It builds every page with DOM calls (text is always set as text, so an email
 * address cannot become markup) and does everything through the `/emulator/v1` control
 * routes; the live request log comes as server-sent events.
 *
 * @since 0.1.0
 */

/**
 * The JavaScript served at `/emulator/ui/dashboard.js`.
 *
 * @example
 * ```ts
 * import { dashboardScript } from "./script.js"
 *
 * new Function(dashboardScript) // it parses
 * ```
 */
export const dashboardScript: string = String.raw`"use strict";
(() => {
  const api = "/emulator/v1";
  const forms = JSON.parse(document.getElementById("forms").textContent);
  const view = document.getElementById("view");
  const maxRequests = 1000;
  const state = { tab: "", page: undefined, search: "", errorsOnly: false, requests: [], selected: undefined, accounts: [] };

  // --- DOM: every value goes in as text, never as HTML ---
  const h = (tag, props, ...children) => {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") element.className = value;
      else if (key === "text") element.textContent = value;
      else if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
      else if (key === "value" || key === "checked") element[key] = value;
      else element.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      element.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    }
    return element;
  };
  const badge = (text, tone) => h("span", { class: "badge" + (tone ? " " + tone : "") }, text);
  const mono = (text) => h("span", { class: "mono" }, text);
  const when = (iso) => (iso ? new Date(iso).toLocaleString() : "");
  const time = (iso) => {
    const date = new Date(iso);
    return date.toLocaleTimeString([], { hour12: false }) + "." + String(date.getMilliseconds()).padStart(3, "0");
  };
  const json = (value) => h("pre", null, JSON.stringify(value, null, 2));
  const empty = (text) => h("div", { class: "empty" }, text);
  const table = (headings, rows, emptyText) =>
    rows.length === 0
      ? empty(emptyText)
      : h("table", null, h("thead", null, h("tr", null, headings.map((title) => h("th", null, title)))), h("tbody", null, rows));
  const section = (title, ...children) => h("section", null, title ? h("h2", null, title) : null, children);
  const safeLink = (href, text) => {
    // Only web links: a redirect URL of javascript: must not become a clickable script.
    const ok = /^https?:\/\//i.test(href);
    return ok ? h("a", { href, target: "_blank", rel: "noopener noreferrer" }, text) : h("span", { class: "mono" }, href);
  };

  // --- the control API ---
  const call = async (method, path, body) => {
    const response = await fetch(api + path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin"
    });
    const text = await response.text();
    let answer = {};
    try {
      answer = text === "" ? {} : JSON.parse(text);
    } catch (error) {
      throw new Error(method + " " + path + " answered " + response.status + " with a body that is not JSON");
    }
    if (!response.ok) throw new Error(answer.error_message || method + " " + path + " answered " + response.status);
    return answer;
  };

  const toastElement = document.getElementById("toast");
  let toastTimer;
  const toast = (message, isError) => {
    toastElement.textContent = message;
    toastElement.className = "show" + (isError ? " error" : "");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => (toastElement.className = ""), isError ? 6000 : 2500);
  };
  /** Runs an action, says how it went, and shows the page as it now is. */
  const act = async (action, done) => {
    try {
      await action();
      if (done) toast(done);
    } catch (error) {
      toast(error.message, true);
    }
    await refresh();
  };
  const confirmed = (question) => window.confirm(question);

  // --- forms from the JSON Schemas the control routes decode with ---
  const kindOf = (property) => {
    if (property.enum) return "enum";
    if (property.type === "boolean") return "boolean";
    if (property.type === "number" || property.type === "integer" || (property.$ref || "").endsWith("/Int")) return "number";
    return "string";
  };
  const schemaForm = (name, schema, values) => {
    const required = new Set(schema.required || []);
    const inputs = [];
    const fields = Object.entries(schema.properties).map(([key, property]) => {
      const id = name + "-" + key;
      const kind = kindOf(property);
      const value = values[key];
      let input;
      if (kind === "enum") {
        const options = (required.has(key) ? [] : [""]).concat(property.enum);
        input = h("select", { id, name: key }, options.map((option) => h("option", { value: option, selected: option === value }, option === "" ? "(none)" : option)));
      } else if (kind === "boolean") {
        input = h("input", { id, name: key, type: "checkbox", checked: value === true });
      } else if (kind === "number") {
        const integer = property.type !== "number";
        input = h("input", { id, name: key, type: "number", step: integer ? "1" : "any", min: property.minimum, max: property.maximum, value: value === undefined ? "" : String(value) });
      } else {
        input = h("input", { id, name: key, type: "text", value: value === undefined ? "" : value, autocomplete: "off" });
      }
      inputs.push({ key, kind, input, required: required.has(key) });
      const title = key + (required.has(key) ? "" : " (optional)");
      return kind === "boolean" ? h("label", { class: "check", for: id }, input, key) : h("label", { for: id, title: property.description || "" }, title, input);
    });
    const read = () => {
      const result = {};
      for (const { key, kind, input } of inputs) {
        if (kind === "boolean") result[key] = input.checked;
        else if (input.value === "") continue;
        else result[key] = kind === "number" ? Number(input.value) : input.value;
      }
      return result;
    };
    return { node: h("div", { class: "grid" }, fields), read };
  };

  // --- pages: each builds its controls once, and refresh() redraws its data ---
  const passwordCell = (password) =>
    password === undefined
      ? h("span", { class: "muted" }, "none")
      : [badge(password.algorithm), password.migrated ? badge("migrated", "warn") : badge("native", "ok"), password.requires_reset ? badge("reset required", "bad") : null];
  const factorBadges = (factors) =>
    factors.map((factor) => {
      const email = factor.email_factor ? factor.email_factor.email_address : "";
      return badge(factor.type + (email ? ": " + email : ""));
    });

  const pages = {
    users() {
      let accounts = [];
      let sessions = [];
      const list = h("div");
      const search = h("input", { type: "search", id: "user-search", placeholder: "Search by email", value: state.search, oninput: () => ((state.search = search.value), draw()) });
      const draw = () => {
        const needle = state.search.trim().toLowerCase();
        const shown = accounts.filter((account) => needle === "" || account.user.emails.some((email) => email.email.toLowerCase().includes(needle)));
        const rows = shown.map(({ user, password }) => {
          const own = sessions.filter((session) => session.user_id === user.user_id);
          const email = user.emails[0] ? user.emails[0].email : user.user_id;
          return h("tr", { "data-user-id": user.user_id },
            h("td", null, user.emails.map((entry) => h("div", null, entry.email, " ", entry.verified ? badge("verified", "ok") : badge("unverified")))),
            h("td", null, mono(user.user_id), h("div", { class: "muted" }, "created " + when(user.created_at))),
            h("td", { class: "password" }, passwordCell(password)),
            h("td", null, own.length === 0 ? h("span", { class: "muted" }, "none") : own.map((session) => h("div", null, mono(session.session_id), h("div", { class: "muted" }, "expires " + when(session.expires_at))))),
            h("td", null,
              h("button", { disabled: password === undefined, onclick: () => act(() => call("POST", "/force_reset", { email }), "Reset required for " + email) }, "Force reset"),
              h("button", { class: "danger", onclick: () => confirmed("Delete " + email + " with its sessions?") && act(() => call("DELETE", "/users/" + encodeURIComponent(user.user_id)), "Deleted " + email) }, "Delete")));
        });
        list.replaceChildren(table(["Emails", "User", "Password", "Sessions", ""], rows, accounts.length === 0 ? "No users yet: sign one up through the API." : "No user has an email matching this."));
      };
      const breach = h("input", { type: "password", id: "breach-password", autocomplete: "off", placeholder: "a password" });
      const breachForm = h("form", { class: "toolbar", onsubmit: (event) => {
        event.preventDefault();
        const password = breach.value;
        breach.value = "";
        if (password !== "") act(() => call("POST", "/breached_passwords", { password }), "Marked breached, for every user");
      } }, breach, h("button", { type: "submit" }, "Mark breached"));
      return {
        node: h("div", null,
          section("Users", h("div", { class: "toolbar" }, search), list),
          section("Mark a password breached", h("p", { class: "muted" }, "From now on, logging in or setting this password answers as for a breached password, for every user. The password is not kept, only its SHA-256."), breachForm)),
        refresh: async () => {
          const [users, live] = await Promise.all([call("GET", "/user_accounts"), call("GET", "/sessions")]);
          accounts = users.accounts;
          sessions = live.sessions;
          draw();
        }
      };
    },

    outbox() {
      const list = h("div");
      return {
        node: h("div", null, section("Outbox", h("div", { class: "toolbar" },
          h("span", { class: "muted" }, "The emails the emulator sent, newest first. Reset links open in a new tab."),
          h("button", { class: "danger", onclick: () => act(() => call("DELETE", "/outbox"), "Outbox cleared") }, "Clear outbox")), list)),
        refresh: async () => {
          const { messages } = await call("GET", "/outbox");
          list.replaceChildren(messages.length === 0 ? empty("No email sent yet: start a password reset in your app.") :
            h("div", null, messages.slice().reverse().map((message) =>
              h("div", { class: "message", "data-message-id": message.message_id },
                h("div", null, h("strong", null, message.subject), " ", badge(message.kind)),
                h("div", { class: "muted" }, "to " + message.to + " · sent " + when(message.sent_at) + " · expires " + when(message.expires_at)),
                h("div", null, safeLink(message.reset_link, "Open reset link")),
                h("div", { class: "mono muted" }, message.reset_link),
                message.login_link ? h("div", null, safeLink(message.login_link, "Open login link")) : null))));
        }
      };
    },

    sessions() {
      const list = h("div");
      return {
        node: section("Live sessions", list),
        refresh: async () => {
          const [{ sessions }, { accounts }] = await Promise.all([call("GET", "/sessions"), call("GET", "/user_accounts")]);
          const emailOf = (userId) => {
            const account = accounts.find((candidate) => candidate.user.user_id === userId);
            return account && account.user.emails[0] ? account.user.emails[0].email : userId;
          };
          list.replaceChildren(table(["Session", "User", "Factors", "Started", "Expires", "Custom claims", ""],
            sessions.map((session) => h("tr", { "data-session-id": session.session_id },
              h("td", null, mono(session.session_id)),
              h("td", null, emailOf(session.user_id)),
              h("td", null, factorBadges(session.authentication_factors)),
              h("td", null, when(session.started_at)),
              h("td", null, when(session.expires_at)),
              h("td", null, Object.keys(session.custom_claims || {}).length === 0 ? h("span", { class: "muted" }, "none") : json(session.custom_claims)),
              h("td", null, h("button", { class: "danger", onclick: () => act(() => call("DELETE", "/sessions/" + encodeURIComponent(session.session_id)), "Session revoked") }, "Revoke")))),
            "No live session: log a user in through the API."));
        }
      };
    },

    requests() {
      const detail = h("div", { id: "request-detail" }, empty("Click a request to see its bodies (passwords, tokens and secrets redacted)."));
      const errorsOnly = h("input", { type: "checkbox", id: "errors-only", checked: state.errorsOnly, onchange: () => ((state.errorsOnly = errorsOnly.checked), redrawAll()) });
      const count = h("span", { class: "muted" });
      const rows = h("tbody");
      const list = h("table", { hidden: true }, h("thead", null, h("tr", null, ["Time", "Method", "Path", "Status", "ms", "error_type"].map((title) => h("th", null, title)))), rows);
      const none = empty("No request yet: call the Stytch API on this emulator.");
      // Rows are added as requests come, never redrawn: a busy API costs the page only its new rows.
      let newest = 0;
      const show = async (id, row) => {
        state.selected = id;
        for (const selected of rows.querySelectorAll("tr.selected")) selected.classList.remove("selected");
        row.classList.add("selected");
        try {
          const { request } = await call("GET", "/requests/" + id);
          detail.replaceChildren(
            h("h2", null, request.method + " " + request.path + " → " + request.status + (request.error_type ? " " + request.error_type : "")),
            h("div", { class: "muted" }, when(request.at) + " · " + request.duration_ms + " ms · " + request.request_id),
            h("h2", null, "Request body"), request.request_body === undefined ? empty("none") : json(request.request_body),
            h("h2", null, "Response body"), json(request.response_body));
        } catch (error) {
          detail.replaceChildren(empty(error.message));
        }
      };
      const rowOf = (request) => {
        const row = h("tr", { class: "clickable" + (request.id === state.selected ? " selected" : ""), "data-request-id": request.id, onclick: () => show(request.id, row) },
          h("td", { class: "mono" }, time(request.at)),
          h("td", null, request.method),
          h("td", { class: "mono" }, request.path),
          h("td", { class: "status-" + String(request.status).charAt(0) }, request.status),
          h("td", null, request.duration_ms),
          h("td", null, request.error_type || ""));
        return row;
      };
      const draw = () => {
        const fresh = state.requests.filter((request) => request.id > newest && (!state.errorsOnly || request.status >= 400));
        if (state.requests.length > 0) newest = Math.max(newest, state.requests[state.requests.length - 1].id);
        const added = document.createDocumentFragment();
        for (let index = fresh.length - 1; index >= 0; index--) added.append(rowOf(fresh[index]));
        rows.prepend(added);
        while (rows.childElementCount > maxRequests) rows.lastElementChild.remove();
        count.textContent = rows.childElementCount + " of the last " + state.requests.length + " requests";
        list.hidden = rows.childElementCount === 0;
        none.hidden = rows.childElementCount !== 0;
      };
      const redrawAll = () => {
        newest = 0;
        rows.replaceChildren();
        draw();
      };
      return {
        node: section("Requests", h("div", { class: "toolbar" },
          h("label", { class: "check", for: "errors-only" }, errorsOnly, "errors only"), count,
          h("button", { onclick: () => act(async () => { await call("DELETE", "/requests"); state.requests = []; state.selected = undefined; redrawAll(); }, "Log cleared") }, "Clear log")),
          h("div", { class: "split" }, h("div", null, list, none), detail)),
        refresh: async () => draw(),
        live: draw
      };
    },

    settings() {
      const faults = h("div");
      const settingsArea = h("div");
      const clock = h("div");
      let faultForm = schemaForm("fault", forms.fault, { path: "*", kind: "status", status: 503 });
      let settingsForm;
      const advance = (minutes, label) => h("button", { onclick: () => act(() => call("POST", "/clock", { advance_ms: minutes * 60000 }), "Clock moved " + label) }, "+" + label);
      const custom = h("input", { type: "number", id: "clock-minutes", min: "0", step: "1", placeholder: "minutes" });
      return {
        node: h("div", null,
          section("Faults", h("p", { class: "muted" }, "A fault applies to the next requests on a path (* for every /v1 path): latency, an error status, a dropped connection, a malformed or cut-short body."),
            faults,
            h("form", { id: "fault-form", onsubmit: (event) => { event.preventDefault(); act(() => call("POST", "/faults", faultForm.read()), "Fault added"); } },
              faultForm.node, h("div", { class: "toolbar" }, h("button", { type: "submit", class: "primary" }, "Add fault"),
                h("button", { type: "button", class: "danger", onclick: () => act(() => call("DELETE", "/faults"), "Faults cleared") }, "Clear faults")))),
          section("Settings", settingsArea),
          section("Clock", clock, h("div", { class: "toolbar" }, advance(1, "1 minute"), advance(60, "1 hour"), advance(1440, "1 day"), advance(43200, "30 days"),
            custom, h("button", { onclick: () => custom.value !== "" && act(() => call("POST", "/clock", { advance_ms: Math.round(Number(custom.value) * 60000) }), "Clock moved") }, "Advance"))),
          section("Maintenance", h("div", { class: "toolbar" },
            h("button", { onclick: () => act(async () => toast("Swept " + (await call("POST", "/sweep")).removed + " expired records")) }, "Sweep expired sessions and tokens"),
            h("button", { onclick: () => act(async () => toast("New signing key " + (await call("POST", "/signing_keys/rotate")).kid)) }, "Rotate signing key")))),
        refresh: async () => {
          const [current, settings, now] = await Promise.all([call("GET", "/faults"), call("GET", "/settings"), call("GET", "/clock")]);
          faults.replaceChildren(table(["Path", "Kind", "Details"], current.faults.map((fault) => {
            const { path, kind, ...details } = fault;
            return h("tr", { "data-fault": kind }, h("td", { class: "mono" }, path), h("td", null, kind), h("td", { class: "mono" }, JSON.stringify(details)));
          }), "No fault: every request is answered normally."));
          // The settings form is drawn once per visit, so a refresh never undoes what is being typed.
          if (settingsForm === undefined) {
            settingsForm = schemaForm("settings", forms.settings, settings);
            settingsArea.replaceChildren(h("form", { id: "settings-form", onsubmit: (event) => { event.preventDefault(); act(() => call("PATCH", "/settings", settingsForm.read()), "Settings saved"); } },
              settingsForm.node, h("button", { type: "submit", class: "primary" }, "Save settings")));
          }
          clock.replaceChildren(h("p", null, "Emulator time ", h("strong", { id: "emulator-now" }, when(now.now)), now.offset_ms === 0 ? "" : " (moved forward " + Math.round(now.offset_ms / 60000) + " minutes)"));
        }
      };
    },

    state() {
      const summary = h("div");
      const file = h("input", { type: "file", id: "import-file", accept: "application/json,.json" });
      const exportState = async () => {
        const exported = await call("GET", "/export");
        const link = h("a", { href: URL.createObjectURL(new Blob([JSON.stringify(exported, null, 2)], { type: "application/json" })), download: "stytch-emulator-state.json" });
        document.body.append(link);
        link.click();
        link.remove();
      };
      const importState = async () => {
        const chosen = file.files && file.files[0];
        if (!chosen) throw new Error("Choose a state file first.");
        let parsed;
        try {
          parsed = JSON.parse(await chosen.text());
        } catch (error) {
          throw new Error(chosen.name + " is not JSON.");
        }
        await call("POST", "/import", parsed);
      };
      return {
        node: h("div", null,
          section("State", summary),
          section("Export", h("p", { class: "muted" }, "The whole state as JSON (passwords as hashes, tokens as digests), to import here or with --import."),
            h("button", { id: "export-state", class: "primary", onclick: () => act(exportState, "State exported") }, "Export to a file")),
          section("Import", h("p", { class: "muted" }, "Replaces the whole state with a file's. A bad file is refused and changes nothing."),
            h("div", { class: "toolbar" }, file, h("button", { id: "import-state", onclick: () => act(importState, "State imported") }, "Import"))),
          section("Wipe", h("p", { class: "muted" }, "Empties the state: users, sessions, emails, organizations. The signing keys stay."),
            h("button", { id: "wipe-state", class: "danger", onclick: () => confirmed("Wipe every user, session, email and organization?") && act(() => call("POST", "/wipe"), "State wiped") }, "Wipe"))),
        refresh: async () => {
          const [users, sessions, outbox, organizations, members] = await Promise.all(["/users", "/sessions", "/outbox", "/organizations", "/members"].map((path) => call("GET", path)));
          summary.replaceChildren(table(["Users", "Live sessions", "Emails", "Organizations", "Members"], [h("tr", null,
            [users.users, sessions.sessions, outbox.messages, organizations.organizations, members.members].map((items) => h("td", null, items.length)))], ""));
        }
      };
    },

    b2b() {
      const area = h("div");
      const policies = forms.organization.properties.mfa_policy.enum;
      return {
        node: area,
        refresh: async () => {
          const [{ organizations }, { accounts }, { member_sessions }] = await Promise.all([call("GET", "/organizations"), call("GET", "/member_accounts"), call("GET", "/member_sessions")]);
          if (organizations.length === 0) return area.replaceChildren(section("B2B", empty("No organization yet: seed one with the control API (POST /emulator/v1/organizations).")));
          const emailOf = (memberId) => {
            const account = accounts.find((candidate) => candidate.member.member_id === memberId);
            return account ? account.member.email_address : memberId;
          };
          area.replaceChildren(
            ...organizations.map((organization) => {
              const members = accounts.filter((account) => account.member.organization_id === organization.organization_id);
              const policy = h("select", { "data-organization": organization.organization_slug, onchange: () => act(() => call("PATCH", "/organizations/" + encodeURIComponent(organization.organization_id), { mfa_policy: policy.value }), "MFA policy changed") },
                policies.map((option) => h("option", { value: option, selected: option === organization.mfa_policy }, option)));
              return h("section", { "data-organization-id": organization.organization_id },
                h("h2", null, organization.organization_name, " ", h("span", { class: "muted mono" }, organization.organization_slug)),
                h("div", { class: "toolbar" }, mono(organization.organization_id), h("label", { class: "check" }, "MFA policy", policy), badge("auth methods: " + organization.auth_methods)),
                table(["Member", "Password", "MFA", "Sessions", ""], members.map(({ member, password }) => {
                  const own = member_sessions.filter((session) => session.member_id === member.member_id);
                  return h("tr", { "data-member-id": member.member_id },
                    h("td", null, h("div", null, member.email_address, " ", member.email_address_verified ? badge("verified", "ok") : badge("unverified")), h("div", { class: "muted" }, member.name), mono(member.member_id)),
                    h("td", { class: "password" }, passwordCell(password)),
                    h("td", null, member.mfa_enrolled ? badge("enrolled", "ok") : badge("not enrolled"), member.mfa_phone_number ? mono(member.mfa_phone_number) : null),
                    h("td", null, own.length === 0 ? h("span", { class: "muted" }, "none") : own.length + " live"),
                    h("td", null,
                      h("button", { disabled: password === undefined, onclick: () => act(() => call("POST", "/members/" + encodeURIComponent(member.member_id) + "/force_reset"), "Reset required for " + member.email_address) }, "Force reset"),
                      h("button", { class: "danger", onclick: () => confirmed("Delete " + member.email_address + " with its sessions?") && act(() => call("DELETE", "/members/" + encodeURIComponent(member.member_id)), "Deleted " + member.email_address) }, "Delete")));
                }), "No member yet."));
            }),
            section("Live member sessions", table(["Session", "Member", "Organization", "Factors", "Expires", ""],
              member_sessions.map((session) => h("tr", { "data-member-session-id": session.member_session_id },
                h("td", null, mono(session.member_session_id)),
                h("td", null, emailOf(session.member_id)),
                h("td", null, session.organization_slug),
                h("td", null, factorBadges(session.authentication_factors)),
                h("td", null, when(session.expires_at)),
                h("td", null, h("button", { class: "danger", onclick: () => act(() => call("DELETE", "/member_sessions/" + encodeURIComponent(session.member_session_id)), "Member session revoked") }, "Revoke")))),
              "No live member session.")));
        }
      };
    }
  };

  // --- navigation and refresh ---
  let drawing = 0;
  const refresh = async () => {
    const page = state.page;
    if (page === undefined) return;
    const generation = drawing;
    try {
      await page.refresh();
      if (generation === drawing) view.setAttribute("data-ready", state.tab);
    } catch (error) {
      toast(error.message, true);
    }
  };
  const open = () => {
    const wanted = location.hash.replace(/^#\/?/, "");
    const tab = Object.prototype.hasOwnProperty.call(pages, wanted) ? wanted : "users";
    state.tab = tab;
    state.page = pages[tab]();
    drawing++;
    view.removeAttribute("data-ready");
    view.replaceChildren(state.page.node);
    for (const link of document.querySelectorAll("nav a")) link.classList.toggle("active", link.getAttribute("data-tab") === tab);
    refresh();
  };
  window.addEventListener("hashchange", open);

  // The live log: the requests in batches as they are answered. The page on show is redrawn at
  // most twice a second (a data page once a second), however fast requests come.
  const live = document.getElementById("live");
  let redraw;
  const redrawSoon = () => {
    if (redraw !== undefined) return;
    const drawsLive = state.page && state.page.live;
    redraw = setTimeout(() => {
      redraw = undefined;
      if (state.page && state.page.live) state.page.live();
      else refresh();
    }, drawsLive ? 500 : 1000);
  };
  const events = new EventSource(api + "/requests/stream");
  events.addEventListener("open", () => ((live.textContent = "live"), live.classList.add("on")));
  events.addEventListener("error", () => ((live.textContent = "reconnecting"), live.classList.remove("on")));
  events.addEventListener("requests", (event) => {
    const batch = JSON.parse(event.data);
    const known = state.requests.length === 0 ? 0 : state.requests[state.requests.length - 1].id;
    for (const request of batch) if (request.id > known) state.requests.push(request);
    if (state.requests.length > maxRequests) state.requests.splice(0, state.requests.length - maxRequests);
    redrawSoon();
  });

  // What the API did not log (a change through the control API) shows within a few seconds.
  const clock = document.getElementById("clock");
  setInterval(() => {
    if (document.visibilityState === "visible" && state.tab !== "requests") refresh();
  }, 3000);
  const tick = () => call("GET", "/clock").then((now) => (clock.textContent = "emulator time " + when(now.now)), () => {});
  setInterval(tick, 10000);
  tick();
  open();
})();
`
