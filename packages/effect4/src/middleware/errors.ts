/**
 * The two ways the session middlewares turn a request away, as declared HttpApi errors.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * 401: the request carries no session credential, or none that is accepted (unknown,
 * revoked, expired, malformed, or its user or member is gone; a JWT checked locally is refused
 * only once Stytch, asked, refuses it). The body says which of the two, and never holds the
 * credential.
 *
 * @example
 * ```ts
 * import { Unauthenticated } from "effect4-stytch"
 *
 * const error = new Unauthenticated({ reason: "missing_credentials" })
 * error.reason // "missing_credentials"
 * ```
 * @since 0.1.0
 */
export class Unauthenticated extends Schema.TaggedError<Unauthenticated>()(
  "Unauthenticated",
  {
    /** `missing_credentials`: no cookie or bearer was sent; `invalid_session`: what was sent was refused. */
    reason: Schema.Literals(["missing_credentials", "invalid_session"])
  },
  { httpApiStatus: 401 }
) {}

/**
 * 503: the session could not be checked because Stytch could not be reached or did not answer
 * usefully (connection refused, timeout, 5xx, 429, a malformed answer, or our own project
 * credentials refused). The client's credential was not judged, so a client should retry
 * rather than log the user out.
 *
 * @example
 * ```ts
 * import { AuthenticationUnavailable } from "effect4-stytch"
 *
 * const error = new AuthenticationUnavailable({ reason: "stytch_unavailable" })
 * error._tag // "AuthenticationUnavailable"
 * ```
 * @since 0.1.0
 */
export class AuthenticationUnavailable extends Schema.TaggedError<AuthenticationUnavailable>()(
  "AuthenticationUnavailable",
  {
    reason: Schema.Literal("stytch_unavailable")
  },
  { httpApiStatus: 503 }
) {}

/**
 * What the session middlewares can fail with: the declared failure of `SessionAuth` and
 * `B2BSessionAuth`. Its `members` are what the middlewares declare as their `error`, so each
 * keeps its own status (a union declared whole would be one 500 response to the HttpApi).
 *
 * @example
 * ```ts
 * import { SessionAuthFailure } from "effect4-stytch"
 * import { Schema } from "effect"
 *
 * Schema.decodeUnknownSync(SessionAuthFailure)({ _tag: "Unauthenticated", reason: "invalid_session" })
 * ```
 * @since 0.1.0
 */
export const SessionAuthFailure = Schema.Union([Unauthenticated, AuthenticationUnavailable])
