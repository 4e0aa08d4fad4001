/**
 * Where the session middlewares look for a session credential.
 *
 * @since 0.1.0
 */

/**
 * Where a session middleware looks for a session: the options of `SessionAuth.Tag` and
 * `B2BSessionAuth.Tag`, fixed when the tag is declared (they are its OpenAPI security schemes).
 * Every field is optional; the defaults, which `SessionAuth` and `B2BSessionAuth` use, read the
 * cookies Stytch's frontend SDKs set and a bearer token.
 *
 * @example
 * ```ts
 * import type { SessionAuthOptions } from "effect-stytch"
 *
 * // An API that only takes bearer credentials, and a site with cookies of its own name.
 * const apiOnly: SessionAuthOptions = { sessionJwtCookie: false, sessionTokenCookie: false }
 * const renamed: SessionAuthOptions = { sessionJwtCookie: "app_jwt", sessionTokenCookie: "app_session", bearer: false }
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
}

/** The options with every default filled in. */
export interface ResolvedSessionAuthOptions {
  readonly sessionJwtCookie: string | false
  readonly sessionTokenCookie: string | false
  readonly bearer: boolean
}

/** The cookie names Stytch's frontend SDKs (consumer and B2B) write. */
export const defaultSessionJwtCookie = "stytch_session_jwt"
export const defaultSessionTokenCookie = "stytch_session"

export const resolveSessionAuthOptions = (options: SessionAuthOptions = {}): ResolvedSessionAuthOptions => ({
  sessionJwtCookie: options.sessionJwtCookie ?? defaultSessionJwtCookie,
  sessionTokenCookie: options.sessionTokenCookie ?? defaultSessionTokenCookie,
  bearer: options.bearer ?? true
})
