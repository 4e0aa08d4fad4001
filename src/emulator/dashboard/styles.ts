/**
 * The dashboard's stylesheet: system fonts, no images, light and dark.
 *
 * @since 0.1.0
 */

/**
 * The CSS served at `/emulator/ui/dashboard.css`.
 *
 * @example
 * ```ts
 * import { dashboardStyles } from "./styles.js"
 *
 * dashboardStyles.includes("prefers-color-scheme") // true
 * ```
 */
export const dashboardStyles = `
:root { --bg: #f7f7f9; --panel: #fff; --text: #1d1d24; --muted: #6b6b78; --line: #e2e2e8; --accent: #3b5bdb;
  --ok: #2b8a3e; --warn: #b35c00; --bad: #c92a2a; color-scheme: light dark; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16161b; --panel: #1e1e25; --text: #e8e8ee; --muted: #9a9aa8; --line: #2e2e38; --accent: #7c95ff;
    --ok: #69db7c; --warn: #ffa94d; --bad: #ff8787; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; background: var(--bg); color: var(--text); }
header { display: flex; gap: 16px; align-items: baseline; padding: 12px 24px; background: var(--panel); border-bottom: 1px solid var(--line); }
header h1 { font-size: 17px; margin: 0; }
.project, .clock, code, pre, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.project, .clock { color: var(--muted); }
.live { margin-left: auto; font-size: 12px; color: var(--muted); }
.live.on { color: var(--ok); }
nav { display: flex; gap: 4px; padding: 0 24px; background: var(--panel); border-bottom: 1px solid var(--line); overflow-x: auto; }
nav a { padding: 10px 12px; color: var(--muted); text-decoration: none; border-bottom: 2px solid transparent; white-space: nowrap; }
nav a.active { color: var(--text); border-bottom-color: var(--accent); }
main { padding: 20px 24px 48px; max-width: 1400px; }
h2 { font-size: 16px; margin: 24px 0 10px; }
h2:first-child { margin-top: 0; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: 16px; margin-bottom: 16px; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 7px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); font-size: 12px; }
tr.clickable { cursor: pointer; }
tr.clickable:hover, tr.selected { background: color-mix(in srgb, var(--accent) 9%, transparent); }
.badge { display: inline-block; padding: 0 6px; margin: 0 4px 2px 0; border-radius: 9px; font-size: 11.5px; border: 1px solid var(--line); color: var(--muted); }
.badge.ok { color: var(--ok); border-color: currentColor; }
.badge.warn { color: var(--warn); border-color: currentColor; }
.badge.bad { color: var(--bad); border-color: currentColor; }
.status-2 { color: var(--ok); } .status-4 { color: var(--warn); } .status-5 { color: var(--bad); }
.muted { color: var(--muted); }
.empty { color: var(--muted); padding: 12px 0; }
.toolbar { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; margin-bottom: 12px; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 10px 16px; margin-bottom: 12px; }
label { display: flex; flex-direction: column; gap: 3px; font-size: 12px; color: var(--muted); }
label.check { flex-direction: row; align-items: center; gap: 6px; }
input, select, button { font: inherit; }
input[type=text], input[type=number], input[type=password], input[type=search], select {
  padding: 6px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--text); }
input[type=search] { min-width: 280px; }
button { padding: 5px 11px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); color: var(--text); cursor: pointer; }
button:hover { border-color: var(--accent); }
button.primary { background: var(--accent); border-color: var(--accent); color: #fff; }
button.danger { color: var(--bad); }
td button { padding: 2px 8px; font-size: 12.5px; margin: 0 4px 2px 0; }
pre { margin: 0; padding: 10px; background: var(--bg); border: 1px solid var(--line); border-radius: 6px; overflow: auto; max-height: 420px; white-space: pre-wrap; word-break: break-word; }
.split { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; align-items: start; }
.message { border-bottom: 1px solid var(--line); padding: 10px 0; }
.message:last-child { border-bottom: 0; }
.message a { word-break: break-all; }
#toast { position: fixed; bottom: 16px; right: 16px; max-width: 420px; padding: 10px 14px; border-radius: 8px; background: var(--text); color: var(--bg); opacity: 0; transition: opacity .2s; pointer-events: none; }
#toast.show { opacity: .95; }
#toast.error { background: var(--bad); color: #fff; }
`
