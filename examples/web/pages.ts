/**
 * The pages: forms and messages, rendered on the server. Everything shown from a request or
 * from Stytch goes through `html`, which escapes it.
 */
import { type Fragment, type Html, html } from "./html.js"
import { layout } from "./layout.js"

/** Why a form was refused, and what would help (Stytch's strength feedback, say). */
export interface Problem {
  readonly message: string
  readonly details?: ReadonlyArray<string>
}

const problemBox = (problem: Problem | undefined): Fragment =>
  problem &&
  html`<div class="problem" role="alert" id="problem"><strong>${problem.message}</strong>${
    problem.details && problem.details.length > 0 && html`<ul>${problem.details.map((detail) => html`<li>${detail}</li>`)}</ul>`
  }</div>`

const noticeBox = (notice: string | undefined): Fragment => notice && html`<p class="notice" role="status" id="notice">${notice}</p>`

const emailField = (email: string | undefined) =>
  html`<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required value="${email ?? ""}">`

const passwordField = (autocomplete: "current-password" | "new-password", label = "Password") =>
  html`<label for="password">${label}</label><input id="password" name="password" type="password" autocomplete="${autocomplete}" required>`

/** The start page. */
export const homePage = (): Html =>
  layout(
    "Passwords with Stytch",
    html`<p>A small server-rendered app on the effect-stytch client: sign up, log in, see a private page,
reset a forgotten password by email, delete your account.</p>
<ul><li><a href="/signup">Create an account</a></li><li><a href="/login">Log in</a></li>
<li><a href="/forgot">Forgot your password?</a></li><li><a href="/private">Your private page</a></li></ul>`
  )

/** Sign up; a refused password comes back with its feedback, the email kept. */
export const signupPage = (options: { readonly email?: string | undefined; readonly problem?: Problem | undefined } = {}): Html =>
  layout(
    "Sign up",
    html`${problemBox(options.problem)}
<form method="post" action="/signup">${emailField(options.email)}${passwordField("new-password")}
<button type="submit">Create account</button></form>
<p>Already have an account? <a href="/login">Log in</a>.</p>`
  )

/** Log in; also what a signed-out visitor of a private page sees. */
export const loginPage = (
  options: { readonly email?: string | undefined; readonly notice?: string | undefined; readonly problem?: Problem | undefined } = {}
): Html =>
  layout(
    "Log in",
    html`${noticeBox(options.notice)}${problemBox(options.problem)}
<form method="post" action="/login">${emailField(options.email)}${passwordField("current-password")}
<button type="submit">Log in</button></form>
<p><a href="/forgot">Forgot your password?</a> · <a href="/signup">Sign up</a></p>`
  )

/** The page only a signed-in user sees. */
export const privatePage = (user: { readonly email: string; readonly userId: string; readonly expiresAt: string }): Html =>
  layout(
    "Your private page",
    html`<p>Signed in as <strong id="user-email">${user.email}</strong>.</p>
<p>User <code>${user.userId}</code>; this session expires at ${user.expiresAt}.</p>
<form method="post" action="/logout" class="inline"><button type="submit" id="logout">Log out</button></form>
<h2>Delete my account</h2>
<p>This deletes your Stytch user and every session. It cannot be undone.</p>
<form method="post" action="/account/delete"><button type="submit" class="danger" id="delete-account">Delete my account</button></form>`
  )

/** Ask for a reset email. */
export const forgotPage = (options: { readonly notice?: string | undefined; readonly problem?: Problem | undefined } = {}): Html =>
  layout(
    "Forgot your password?",
    html`${noticeBox(options.notice)}${problemBox(options.problem)}
<form method="post" action="/forgot">${emailField(undefined)}
<button type="submit">Email me a reset link</button></form>`
  )

/** Choose a new password; the link's token travels in a hidden field. */
export const resetPage = (options: { readonly token: string; readonly problem?: Problem | undefined }): Html =>
  layout(
    "Choose a new password",
    html`${problemBox(options.problem)}
<form method="post" action="/reset"><input type="hidden" name="token" value="${options.token}">
${passwordField("new-password", "New password")}
<button type="submit">Set new password</button></form>`
  )

/** A reset link without a token, or one opened in another browser. */
export const resetLinkProblemPage = (problem: Problem): Html =>
  layout("Choose a new password", html`${problemBox(problem)}<p><a href="/forgot">Ask for a new link</a>.</p>`)

/** After `users.delete`. */
export const accountDeletedPage = (): Html =>
  layout("Account deleted", html`<p class="notice" role="status" id="notice">Your account and its sessions are gone.</p>
<p><a href="/signup">Sign up again</a></p>`)
