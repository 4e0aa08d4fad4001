/**
 * Flow scenarios, as plain data: sequences of calls through a fresh in-process emulator, each
 * with what must come back. Both lines run them with their own client and their own emulator
 * (root test/conformance/flows.test.ts, packages/effect4/test/conformance/flows.test.ts), so a
 * difference in behaviour between the lines, or between a line and the emulator, shows here.
 *
 * A string `"$name.path"` anywhere in a request or an expectation stands for a value saved
 * earlier: `name` is a step's `save` (its answer as JSON, encoded back through the endpoint's
 * response schema) or a seed's. A step expects either success (`ok`: fields the JSON answer
 * must have, compared as `toMatchObject`; `present`: fields that must be there and non-empty)
 * or an error (`error`: the `error_type`, and the `_tag` the line decodes it into).
 *
 * No Effect import here.
 */

/** Strong under zxcvbn, not in any breach list (the emulator's own test passwords). */
export const strong = "correct horse battery staple 42"
export const strong2 = "tangerine.Vortex.58"
/** Weak under zxcvbn, and a common password. */
export const common = "password1"

export type Expectation =
  | { readonly ok: Readonly<Record<string, unknown>>; readonly present?: ReadonlyArray<string> }
  | { readonly error: string; readonly tag: string; readonly status: number }

export interface Step {
  /** What the step does, in words. */
  readonly label: string
  /** The endpoint's dotted name. */
  readonly call: string
  readonly request: Readonly<Record<string, unknown>>
  /** Passwords in the request: sent as Redacted values. */
  readonly redacted?: ReadonlyArray<string>
  readonly save?: string
  readonly expect: Expectation
}

/** Records seeded through the emulator's control API before the steps run, saved under a name. */
export interface Seed {
  readonly save: string
  readonly seedOrganization?: Readonly<Record<string, unknown>>
  readonly seedMember?: Readonly<Record<string, unknown>>
}

export interface Flow {
  readonly name: string
  readonly seeds?: ReadonlyArray<Seed>
  readonly steps: ReadonlyArray<Step>
}

const email = "ada@example.com"

export const flows: ReadonlyArray<Flow> = [
  {
    name: "consumer: sign up, log in, change the password, sessions, delete the user",
    steps: [
      {
        label: "creates a user with a session",
        call: "passwords.create",
        request: { email, password: strong, session_duration_minutes: 60 },
        redacted: ["password"],
        save: "signup",
        expect: { ok: { status_code: 200 }, present: ["user_id", "email_id", "session_token", "session_jwt"] }
      },
      {
        label: "refuses the same email twice",
        call: "passwords.create",
        request: { email, password: strong },
        expect: { error: "duplicate_email", tag: "DuplicateEmail", status: 400 }
      },
      {
        label: "logs in with the password",
        call: "passwords.authenticate",
        request: { email, password: strong, session_duration_minutes: 30 },
        redacted: ["password"],
        save: "login",
        expect: { ok: { user_id: "$signup.user_id" }, present: ["session_token", "session_jwt"] }
      },
      {
        label: "refuses a wrong password",
        call: "passwords.authenticate",
        request: { email, password: strong2 },
        expect: { error: "unauthorized_credentials", tag: "UnauthorizedCredentials", status: 401 }
      },
      {
        label: "judges a breached password weak",
        call: "passwords.strengthCheck",
        request: { password: common },
        expect: { ok: { valid_password: false }, present: ["score", "strength_policy"] }
      },
      {
        label: "changes the password with the existing one",
        call: "passwords.existingPassword.reset",
        request: { email, existing_password: strong, new_password: strong2 },
        redacted: ["existing_password", "new_password"],
        expect: { ok: { user_id: "$signup.user_id" } }
      },
      {
        label: "refuses the old password now",
        call: "passwords.authenticate",
        request: { email, password: strong },
        expect: { error: "unauthorized_credentials", tag: "UnauthorizedCredentials", status: 401 }
      },
      {
        label: "logs in with the new password",
        call: "passwords.authenticate",
        request: { email, password: strong2, session_duration_minutes: 60 },
        save: "again",
        expect: { ok: { user_id: "$signup.user_id" }, present: ["session_token"] }
      },
      {
        label: "authenticates the new session",
        call: "sessions.authenticate",
        request: { session_token: "$again.session_token" },
        expect: { ok: { session: { user_id: "$signup.user_id" } }, present: ["session_token", "session_jwt"] }
      },
      {
        label: "lists the user's sessions",
        call: "sessions.get",
        request: { user_id: "$signup.user_id" },
        expect: { ok: { status_code: 200 }, present: ["sessions"] }
      },
      {
        label: "revokes the session",
        call: "sessions.revoke",
        request: { session_token: "$again.session_token" },
        expect: { ok: { status_code: 200 } }
      },
      {
        label: "no longer authenticates the revoked session",
        call: "sessions.authenticate",
        request: { session_token: "$again.session_token" },
        expect: { error: "session_not_found", tag: "SessionNotFound", status: 404 }
      },
      {
        label: "gets the user",
        call: "users.get",
        request: { user_id: "$signup.user_id" },
        expect: { ok: { user_id: "$signup.user_id", emails: [{ email }] } }
      },
      {
        label: "deletes the user",
        call: "users.delete",
        request: { user_id: "$signup.user_id" },
        expect: { ok: { user_id: "$signup.user_id" } }
      },
      {
        label: "no longer finds the user",
        call: "users.get",
        request: { user_id: "$signup.user_id" },
        expect: { error: "user_not_found", tag: "UserNotFound", status: 404 }
      }
    ]
  },
  {
    name: "B2B: log in to an organization, the member session, sessions reset, delete the member",
    seeds: [
      { save: "org", seedOrganization: { organization_name: "Acme", organization_slug: "acme" } },
      { save: "ada", seedMember: { organization_id: "acme", email_address: "ada@acme.com", password: strong } }
    ],
    steps: [
      {
        label: "logs Ada in",
        call: "b2b.passwords.authenticate",
        request: { organization_id: "$org.organization_id", email_address: "ada@acme.com", password: strong, session_duration_minutes: 60 },
        redacted: ["password"],
        save: "login",
        expect: { ok: { member_authenticated: true, member_id: "$ada.member_id" }, present: ["session_token", "session_jwt"] }
      },
      {
        label: "refuses a wrong password",
        call: "b2b.passwords.authenticate",
        request: { organization_id: "$org.organization_id", email_address: "ada@acme.com", password: strong2 },
        expect: { error: "unauthorized_credentials", tag: "UnauthorizedCredentials", status: 401 }
      },
      {
        label: "authenticates the member session",
        call: "b2b.sessions.authenticate",
        request: { session_token: "$login.session_token" },
        expect: { ok: { member_session: { member_id: "$ada.member_id" } }, present: ["session_token"] }
      },
      {
        label: "lists the member's sessions",
        call: "b2b.sessions.get",
        request: { organization_id: "$org.organization_id", member_id: "$ada.member_id" },
        expect: { ok: { status_code: 200 }, present: ["member_sessions"] }
      },
      {
        label: "checks a password's strength",
        call: "b2b.passwords.strengthCheck",
        request: { password: common },
        expect: { ok: { valid_password: false }, present: ["score", "strength_policy"] }
      },
      {
        label: "changes the password with the session",
        call: "b2b.passwords.sessions.reset",
        request: { organization_id: "$org.organization_id", password: strong2, session_token: "$login.session_token" },
        redacted: ["password"],
        expect: { ok: { member_id: "$ada.member_id" } }
      },
      {
        label: "refuses the old password now",
        call: "b2b.passwords.authenticate",
        request: { organization_id: "$org.organization_id", email_address: "ada@acme.com", password: strong },
        expect: { error: "unauthorized_credentials", tag: "UnauthorizedCredentials", status: 401 }
      },
      {
        label: "deletes the member",
        call: "b2b.organizations.members.delete",
        request: { organization_id: "$org.organization_id", member_id: "$ada.member_id" },
        expect: { ok: { member_id: "$ada.member_id" } }
      },
      {
        label: "no longer finds the deleted member",
        call: "b2b.passwords.authenticate",
        request: { organization_id: "$org.organization_id", email_address: "ada@acme.com", password: strong2 },
        expect: { error: "member_not_found", tag: "MemberNotFound", status: 404 }
      }
    ]
  }
]

/** The value at a dotted path in a saved JSON value. */
const at = (value: unknown, path: ReadonlyArray<string>): unknown =>
  path.reduce<unknown>((current, key) => (typeof current === "object" && current !== null ? Object.entries(current).find(([k]) => k === key)?.[1] : undefined), value)

/** A request or expectation with every `"$name.path"` replaced by the saved value. */
export const resolve = (value: unknown, saved: ReadonlyMap<string, unknown>): unknown => {
  if (typeof value === "string" && value.startsWith("$")) {
    const [name = "", ...path] = value.slice(1).split(".")
    if (!saved.has(name)) throw new Error(`nothing saved as ${name} (for ${value})`)
    const found = at(saved.get(name), path)
    if (found === undefined) throw new Error(`no ${value}`)
    return found
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, saved))
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, saved)]))
  return value
}
