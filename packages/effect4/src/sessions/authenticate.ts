/**
 * `POST /v1/sessions/authenticate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AuthorizationCheck, AuthorizationVerdict } from "./authorization.js"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { SessionRequestErrors } from "../errors/groups.js"
import { NoSessionArguments } from "../errors/SessionErrors.js"
import { SessionCustomClaims, SessionDurationMinutes, SessionJwt, SessionToken } from "../models/fields.js"
import { Session } from "../models/Session.js"
import { User } from "../models/User.js"
import { ResponseEnvelope } from "../passwords/shared.js"

const requestFields = {
  session_token: Schema.optional(SessionToken),
  session_jwt: Schema.optional(SessionJwt),
  session_duration_minutes: Schema.optional(SessionDurationMinutes),
  session_custom_claims: Schema.optional(SessionCustomClaims),
  authorization_check: Schema.optional(AuthorizationCheck)
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  session: Session,
  session_token: Schema.String,
  session_jwt: Schema.String,
  user: User,
  verdict: Schema.optional(AuthorizationVerdict)
}

const response = Schema.Struct(responseFields)

const errors = [NoSessionArguments, ...SessionRequestErrors] as const

/**
 * What `sessions.authenticate` takes.
 *
 * @example
 * ```ts
 * import type { SessionsAuthenticateRequest } from "effect4-stytch"
 * const request: SessionsAuthenticateRequest = { session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }
 * ```
 * @since 0.1.0
 */
export interface SessionsAuthenticateRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `sessions.authenticate` sends.
 *
 * @example
 * ```ts
 * import type { SessionsAuthenticateRequestEncoded } from "effect4-stytch"
 * const body: SessionsAuthenticateRequestEncoded = { session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }
 * ```
 * @since 0.1.0
 */
export type SessionsAuthenticateRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `sessions.authenticate` succeeds with.
 *
 * @example
 * ```ts
 * import type { SessionsAuthenticateResponse } from "effect4-stytch"
 * const read = (response: SessionsAuthenticateResponse) => response.session.expires_at
 * ```
 * @since 0.1.0
 */
export interface SessionsAuthenticateResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `sessions.authenticate` with.
 *
 * @example
 * ```ts
 * import type { SessionsAuthenticateResponseEncoded } from "effect4-stytch"
 * const requestId = (body: SessionsAuthenticateResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type SessionsAuthenticateResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `sessions.authenticate` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { SessionsAuthenticateError } from "effect4-stytch"
 * const isKnown = (error: SessionsAuthenticateError) => error._tag === "SessionNotFound"
 * ```
 * @since 0.1.0
 */
export type SessionsAuthenticateError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Checks a session by token or JWT and returns it with its user; with a duration it also
 * extends the session. Safe to retry: authenticating twice has the same effect as once.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const whoIs = (session_token: string) =>
 *   Effect.gen(function* () {
 *     const sessions = yield* Sessions
 *     const { session, user } = yield* sessions.authenticate({ session_token })
 *     return { user_id: user.user_id, expires_at: session.expires_at }
 *   })
 * ```
 * @since 0.1.0
 */
export const SessionsAuthenticate: Endpoint.Endpoint<
  Schema.Codec<SessionsAuthenticateRequest, SessionsAuthenticateRequestEncoded>,
  Schema.Codec<SessionsAuthenticateResponse, SessionsAuthenticateResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "sessions.authenticate",
  path: "/v1/sessions/authenticate",
  request,
  response,
  errors,
  retrySafe: true
})
