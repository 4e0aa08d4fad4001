/**
 * The OpenAPI security schemes of a session middleware: one per place a credential is read.
 *
 * @since 0.1.0
 */
import * as HttpApiSecurity from "effect/http-api/HttpApiSecurity"
import * as OpenApi from "effect/http-api/OpenApi"
import type { ResolvedSessionAuthOptions } from "./options.js"

/** A middleware's schemes, by name; all of them hand their handler a `Redacted` credential. */
export type SessionSecurity = Readonly<Record<string, HttpApiSecurity.Http | HttpApiSecurity.ApiKey>>

/**
 * The bearer scheme's name. Cookie schemes are named after their cookie, so tags reading other
 * cookies never share a scheme, and tags reading the same ones (`SessionAuth` and
 * `B2BSessionAuth`) share it, which is why the descriptions say "Stytch session" for both kinds.
 */
export const bearerSchemeName = "stytch_session_bearer"

// What OpenAPI allows as the name of a component (`components.securitySchemes` keys).
const componentName = /^[A-Za-z0-9._-]+$/

const cookieScheme = (cookie: string, description: string): HttpApiSecurity.ApiKey =>
  HttpApiSecurity.apiKey({ in: "cookie", key: cookie }).pipe(HttpApiSecurity.annotate(OpenApi.Description, description))

/**
 * The schemes, in the order they are tried: the bearer, the JWT cookie, the token cookie.
 * Throws when there is nothing to read, when two sources share a name, or when a cookie name
 * cannot name an OpenAPI scheme: a mistake in the tag's declaration, found when it is declared.
 */
export const sessionSecurity = (id: string, options: ResolvedSessionAuthOptions): SessionSecurity => {
  const schemes: Array<readonly [string, HttpApiSecurity.Http | HttpApiSecurity.ApiKey]> = []
  if (options.bearer) {
    const bearer = HttpApiSecurity.bearer.pipe(
      HttpApiSecurity.annotate(OpenApi.Description, "A Stytch session token, or a session JWT (three base64url segments), as `Authorization: Bearer <value>`. Tried before the cookies.")
    )
    schemes.push([bearerSchemeName, bearer])
  }
  if (options.sessionJwtCookie !== false) {
    schemes.push([options.sessionJwtCookie, cookieScheme(options.sessionJwtCookie, "A Stytch session JWT, in a cookie. Tried after the bearer, before the token cookie.")])
  }
  if (options.sessionTokenCookie !== false) {
    schemes.push([
      options.sessionTokenCookie,
      cookieScheme(options.sessionTokenCookie, "A Stytch session token, in a cookie. Tried last.")
    ])
  }
  if (schemes.length === 0) throw new Error(`${id}: no credential source; keep the bearer or one of the cookies`)
  const names = schemes.map(([name]) => name)
  for (const name of names) {
    if (!componentName.test(name)) throw new Error(`${id}: the cookie name ${JSON.stringify(name)} cannot name an OpenAPI security scheme`)
  }
  if (new Set(names).size !== names.length) throw new Error(`${id}: two credential sources share the name ${names.join(", ")}`)
  return Object.fromEntries(schemes)
}
