/**
 * The dashboard's HTML: a shell the script fills in, with what the script cannot fetch
 * (the project id, and the forms' JSON Schemas, derived from the schemas the control routes
 * decode with, so a form never offers what the route would refuse).
 *
 * @since 0.1.0
 */
import { JSONSchema, Schema } from "effect"
import { OrganizationPatch } from "../control/operations.js"
import { Fault, Settings } from "../state/State.js"
import { dashboardPaths } from "./paths.js"

/** The pages, in the order the navigation lists them: `#/<id>`. */
export const dashboardTabs = [
  { id: "users", title: "Users" },
  { id: "outbox", title: "Outbox" },
  { id: "sessions", title: "Sessions" },
  { id: "requests", title: "Requests" },
  { id: "settings", title: "Faults, settings, clock" },
  { id: "state", title: "State" },
  { id: "b2b", title: "B2B" }
] as const

const forms = {
  settings: JSONSchema.make(Schema.typeSchema(Settings)),
  fault: JSONSchema.make(Schema.typeSchema(Fault)),
  organization: JSONSchema.make(Schema.typeSchema(OrganizationPatch))
}

/** JSON that is safe inside a `<script>` element: no `</script>`, no `<!--`. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c")

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/**
 * The page for a project.
 *
 * @example
 * ```ts
 * import { dashboardPage } from "./page.js"
 *
 * const html = dashboardPage("project-test-00000000-0000-4000-8000-000000000000")
 * ```
 */
export const dashboardPage = (projectId: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stytch emulator</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${dashboardPaths.styles}">
<script type="application/json" id="forms">${scriptJson(forms)}</script>
<script src="${dashboardPaths.script}" defer></script>
</head>
<body>
<header>
<h1>Stytch emulator</h1>
<span class="project" title="project id">${escapeHtml(projectId)}</span>
<span class="clock" id="clock"></span>
<span class="live" id="live" title="live request log">offline</span>
</header>
<nav>
${dashboardTabs.map((tab) => `<a href="#/${tab.id}" data-tab="${tab.id}">${tab.title}</a>`).join("\n")}
</nav>
<main id="view" aria-live="polite"></main>
<div id="toast" role="status"></div>
<noscript>The dashboard needs JavaScript. The same data is JSON under /emulator/v1/.</noscript>
</body>
</html>
`

/**
 * The page a browser gets without the token, when the server listens beyond loopback.
 *
 * @example
 * ```ts
 * import { deniedPage } from "./page.js"
 *
 * deniedPage.includes("token") // true
 * ```
 */
export const deniedPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Stytch emulator: token required</title><link rel="stylesheet" href="${dashboardPaths.styles}"></head>
<body>
<main>
<h1>Token required</h1>
<p>This emulator listens beyond loopback, so its dashboard and control API need the token printed when it started.
Open the dashboard link printed with it, or send the token as the <code>x-emulator-token</code> header.</p>
</main>
</body>
</html>
`
