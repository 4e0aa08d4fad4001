/**
 * What every response gets: security headers, and for a browser refused by `SessionAuth`
 * (its 401 is JSON, for API clients) the login form instead, with the stale cookies cleared.
 */
import { HttpApiBuilder, HttpApp, type HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Effect } from "effect"
import { WebConfig } from "./config.js"
import { sessionJwtCookie, sessionTokenCookie, withoutSession } from "./cookies.js"
import { loginPage } from "./pages.js"
import { page } from "./respond.js"

const securityHeaders = {
  // Pages load nothing from anywhere: inline styles only, forms post here only.
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  // A reset link's token is in the URL: never send it on as a Referer.
  "referrer-policy": "no-referrer",
  // Private pages and forms are not to be kept by caches.
  "cache-control": "no-store"
}

const wantsHtml = (request: HttpServerRequest.HttpServerRequest) => (request.headers["accept"] ?? "").includes("text/html")

const isHtml = (response: HttpServerResponse.HttpServerResponse) =>
  response.body._tag === "Uint8Array" && response.body.contentType.startsWith("text/html")

const loginInstead = (request: HttpServerRequest.HttpServerRequest, secureCookies: boolean) => {
  const login = page(loginPage({ notice: "Please log in to see that page." }), 401)
  // Clear only cookies that came and were refused: a request without them (a form posted from
  // another site, which SameSite=Lax strips) must not log the visitor out.
  const carried = request.cookies[sessionTokenCookie] !== undefined || request.cookies[sessionJwtCookie] !== undefined
  return carried ? withoutSession(login, secureCookies) : login
}

const finish = (secureCookies: boolean): HttpApp.PreResponseHandler => (request, response) => {
  const shown = response.status === 401 && wantsHtml(request) && !isHtml(response) ? loginInstead(request, secureCookies) : response
  return Effect.succeed(HttpServerResponse.setHeaders(shown, securityHeaders))
}

/**
 * An HttpApi-level middleware. It works as a pre-response handler: those see the response last,
 * after errors (the middleware's 401 among them) are encoded.
 */
export const PagePolicyLive = HttpApiBuilder.middleware(
  Effect.map(WebConfig, ({ secureCookies }) => (app: HttpApp.Default) =>
    Effect.zipRight(HttpApp.appendPreResponseHandler(finish(secureCookies)), app)
  )
)
