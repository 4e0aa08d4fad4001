/**
 * Where the session middlewares look for a session credential, and how fresh a session JWT
 * must be to be accepted without asking Stytch.
 *
 * @since 0.1.0
 */

/**
 * How a session middleware finds and checks a session: the options of `SessionAuth.Tag` and
 * `B2BSessionAuth.Tag`, fixed when the tag is declared (the sources are its OpenAPI security
 * schemes). Every field is optional; the defaults, which `SessionAuth` and `B2BSessionAuth`
 * use, read the cookies Stytch's frontend SDKs set and a bearer token, and accept a session
 * JWT locally until it expires (as Stytch's SDKs do).
 *
 * @example
 * ```ts
 * import type { SessionAuthOptions } from "effect4-stytch"
 *
 * // An API that only takes bearer credentials, and a site with cookies of its own name.
 * const apiOnly: SessionAuthOptions = { sessionJwtCookie: false, sessionTokenCookie: false }
 * const renamed: SessionAuthOptions = { sessionJwtCookie: "app_jwt", sessionTokenCookie: "app_session", bearer: false }
 * // A JWT older than a minute is checked with Stytch: a revoked session is refused within a minute.
 * const tighter: SessionAuthOptions = { maxTokenAgeSeconds: 60 }
 * // Every JWT is checked with Stytch: a revoked session is refused at once, at a round trip per request.
 * const strict: SessionAuthOptions = { maxTokenAgeSeconds: 0 }
 * ```
 * @since 0.1.0
 */
export interface SessionAuthOptions {
  /** The cookie holding a session JWT; `false` reads none. Default `stytch_session_jwt`. */
  readonly sessionJwtCookie?: string | false | undefined
  /** The cookie holding a session token; `false` reads none. Default `stytch_session`. */
  readonly sessionTokenCookie?: string | false | undefined
  /** Whether `Authorization: Bearer <session token or JWT>` is read. Default `true`. */
  readonly bearer?: boolean | undefined
  /**
   * A session JWT issued this many seconds ago or more is not accepted locally: Stytch is
   * asked (`max_token_age_seconds` of `authenticateJwt`). `0` asks Stytch for every JWT, so a
   * revoked session is refused at once. Default: none, a JWT is accepted locally until it
   * expires (5 minutes after it was issued). A non-negative integer.
   */
  readonly maxTokenAgeSeconds?: number | undefined
  /**
   * Leeway, in seconds, when comparing a JWT's `exp` and `nbf` with this server's clock
   * (`clock_tolerance_seconds` of `authenticateJwt`). Default 0. A non-negative integer.
   */
  readonly clockToleranceSeconds?: number | undefined
}

/** The options with every default filled in. */
export interface ResolvedSessionAuthOptions {
  readonly sessionJwtCookie: string | false
  readonly sessionTokenCookie: string | false
  readonly bearer: boolean
  readonly maxTokenAgeSeconds: number | undefined
  readonly clockToleranceSeconds: number | undefined
}

/** The cookie names Stytch's frontend SDKs (consumer and B2B) write. */
export const defaultSessionJwtCookie = "stytch_session_jwt"
export const defaultSessionTokenCookie = "stytch_session"

/**
 * A number of seconds as declared, checked: a mistake in the tag's declaration throws when it
 * is declared, not on the first request.
 */
const seconds = (id: string, name: string, value: number | undefined): number | undefined => {
  if (value === undefined) return undefined
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`${id}: ${name} must be a non-negative integer number of seconds, not ${String(value)}`)
  }
  return value
}

/** The options with their defaults; throws when a number of seconds is not one. */
export const resolveSessionAuthOptions = (options: SessionAuthOptions = {}, id = "SessionAuthOptions"): ResolvedSessionAuthOptions => ({
  sessionJwtCookie: options.sessionJwtCookie ?? defaultSessionJwtCookie,
  sessionTokenCookie: options.sessionTokenCookie ?? defaultSessionTokenCookie,
  bearer: options.bearer ?? true,
  maxTokenAgeSeconds: seconds(id, "maxTokenAgeSeconds", options.maxTokenAgeSeconds),
  clockToleranceSeconds: seconds(id, "clockToleranceSeconds", options.clockToleranceSeconds)
})
