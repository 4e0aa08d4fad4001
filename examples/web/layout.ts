/**
 * The frame of every page: one document with its own small stylesheet (no external CSS, JS or
 * fonts) and a navigation bar.
 */
import { type Fragment, Html, html } from "./html.js"

/** A constant written here, so it goes in unescaped. */
const style = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #f5f5f7; }
  header { background: #1d1d1f; padding: .75rem 1.5rem; }
  header a { color: #f5f5f7; margin-right: 1.25rem; text-decoration: none; }
  main { max-width: 32rem; margin: 2rem auto; background: #fff; padding: 1.5rem 2rem; border-radius: .75rem;
         box-shadow: 0 1px 4px rgba(0,0,0,.08); }
  h1 { font-size: 1.5rem; margin-top: 0; }
  label { display: block; margin: .75rem 0 .25rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: .5rem; font: inherit; border: 1px solid #c7c7cc; border-radius: .375rem; }
  button { margin-top: 1rem; padding: .5rem 1rem; font: inherit; border: 0; border-radius: .375rem; background: #0a58ca; color: #fff; cursor: pointer; }
  button.danger { background: #b02a37; }
  form.inline { display: inline; }
  .notice { padding: .75rem 1rem; border-radius: .375rem; background: #e7f1ff; }
  .problem { padding: .75rem 1rem; border-radius: .375rem; background: #fdecea; }
  .problem ul { margin: .5rem 0 0; padding-left: 1.25rem; }
`

/** A whole page: `<title>`, the navigation bar and the body. */
export const layout = (title: string, body: Fragment): Html => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · effect-stytch web example</title>
<style>${new Html(style)}</style>
</head>
<body>
<header><nav>
  <a href="/">Home</a><a href="/signup">Sign up</a><a href="/login">Log in</a><a href="/private">Private page</a>
</nav></header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`
