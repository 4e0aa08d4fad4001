/** The responses the handlers give: a page with a status, or a redirect after a form post. */
import { HttpServerResponse } from "@effect/platform"
import type { Html } from "./html.js"

/** A page, with a status other than 200 when a form was refused. */
export const page = (document: Html, status = 200): HttpServerResponse.HttpServerResponse =>
  HttpServerResponse.text(document.markup, { status, contentType: "text/html; charset=utf-8" })

/** 303 See Other: after a post, the browser loads the next page with a GET. */
export const seeOther = (location: string): HttpServerResponse.HttpServerResponse =>
  HttpServerResponse.redirect(location, { status: 303 })

/** Short notices a redirect may ask a page to show; by key, so no text is reflected from a URL. */
const notices: Readonly<Record<string, string>> = {
  created: "Your account is ready: log in.",
  "logged-out": "You are logged out.",
  "password-changed": "Your password is changed and your other sessions ended: log in with the new password."
}

export const noticeText = (key: string | undefined): string | undefined =>
  key !== undefined && Object.hasOwn(notices, key) ? notices[key] : undefined
