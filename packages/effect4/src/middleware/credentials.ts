/**
 * Reading the session credentials a request carries, in the order they are tried.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as HttpServerRequest from "effect/http/HttpServerRequest"
import * as Redacted from "effect/Redacted"
import type { CredentialUsed } from "./CurrentSession.js"
import type { ResolvedSessionAuthOptions } from "./options.js"

/** One credential a request carries; the value stays redacted so it cannot reach a log by accident. */
export interface SessionCredential extends CredentialUsed {
  readonly value: Redacted.Redacted<string>
}

// Three base64url segments: the compact form of a JWS. Anything else is taken for a session token.
const jwtShape = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/

/** Whether a bearer value is a JWT (three base64url segments) rather than a session token. */
export const looksLikeJwt = (value: string): boolean => jwtShape.test(value)

const bearerPrefix = /^bearer[ \t]+/i

/** The value of an `Authorization: Bearer <value>` header, if it is one and not empty. */
export const bearerValue = (authorization: string | undefined): string | undefined => {
  if (authorization === undefined || !bearerPrefix.test(authorization)) return undefined
  const value = authorization.replace(bearerPrefix, "").trim()
  return value === "" ? undefined : value
}

const cookieValue = (cookies: Readonly<Record<string, string>>, name: string | false): string | undefined => {
  if (name === false || !Object.hasOwn(cookies, name)) return undefined
  const value = cookies[name]
  return value === undefined || value === "" ? undefined : value
}

/**
 * The credentials of a request, most preferred first: the bearer (an explicit choice of the
 * caller), then the JWT cookie, then the token cookie (the JWT lives 5 minutes and can be
 * checked locally; the token outlives it, so it is the fallback).
 */
export const credentialsOf = (
  request: { readonly cookies: Readonly<Record<string, string>>; readonly authorization: string | undefined },
  options: ResolvedSessionAuthOptions
): ReadonlyArray<SessionCredential> => {
  const found: Array<SessionCredential> = []
  const bearer = options.bearer ? bearerValue(request.authorization) : undefined
  if (bearer !== undefined) {
    found.push({ kind: looksLikeJwt(bearer) ? "session_jwt" : "session_token", source: "bearer", value: Redacted.make(bearer) })
  }
  const jwt = cookieValue(request.cookies, options.sessionJwtCookie)
  if (jwt !== undefined) found.push({ kind: "session_jwt", source: "cookie", value: Redacted.make(jwt) })
  const token = cookieValue(request.cookies, options.sessionTokenCookie)
  if (token !== undefined) found.push({ kind: "session_token", source: "cookie", value: Redacted.make(token) })
  return found
}

/** The credentials of the request being served, most preferred first. */
export const requestCredentials = (
  options: ResolvedSessionAuthOptions
): Effect.Effect<ReadonlyArray<SessionCredential>, never, HttpServerRequest.HttpServerRequest> =>
  Effect.map(HttpServerRequest.HttpServerRequest, (request) =>
    credentialsOf({ cookies: request.cookies, authorization: request.headers["authorization"] }, options)
  )
