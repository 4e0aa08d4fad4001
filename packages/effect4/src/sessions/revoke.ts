/**
 * `POST /v1/sessions/revoke`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { SessionCredentialErrors } from "../errors/groups.js"
import { SessionJwt, SessionToken } from "../models/fields.js"
import { ResponseEnvelope } from "../passwords/shared.js"

const requestFields = {
  session_id: Schema.optional(Schema.String),
  session_token: Schema.optional(SessionToken),
  session_jwt: Schema.optional(SessionJwt)
}

const request = Schema.Struct(requestFields)

const response = Schema.Struct(ResponseEnvelope)

const errors = [...SessionCredentialErrors] as const

/**
 * What `sessions.revoke` takes.
 *
 * @example
 * ```ts
 * import type { SessionsRevokeRequest } from "effect4-stytch"
 * const request: SessionsRevokeRequest = { session_id: "session-test-1" }
 * ```
 * @since 0.1.0
 */
export interface SessionsRevokeRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `sessions.revoke` sends.
 *
 * @example
 * ```ts
 * import type { SessionsRevokeRequestEncoded } from "effect4-stytch"
 * const body: SessionsRevokeRequestEncoded = { session_id: "session-test-1" }
 * ```
 * @since 0.1.0
 */
export type SessionsRevokeRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `sessions.revoke` succeeds with.
 *
 * @example
 * ```ts
 * import type { SessionsRevokeResponse } from "effect4-stytch"
 * const read = (response: SessionsRevokeResponse) => response.request_id
 * ```
 * @since 0.1.0
 */
export interface SessionsRevokeResponse extends Schema.Struct.Type<typeof ResponseEnvelope> {}

/**
 * The JSON body Stytch answers `sessions.revoke` with.
 *
 * @example
 * ```ts
 * import type { SessionsRevokeResponseEncoded } from "effect4-stytch"
 * const requestId = (body: SessionsRevokeResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type SessionsRevokeResponseEncoded = Schema.Struct.Encoded<typeof ResponseEnvelope>

/**
 * What `sessions.revoke` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { SessionsRevokeError } from "effect4-stytch"
 * const isKnown = (error: SessionsRevokeError) => error._tag === "SessionNotFound"
 * ```
 * @since 0.1.0
 */
export type SessionsRevokeError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Revokes a session, named by id, token or JWT. Safe to retry: revoking twice is revoking once.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const revoke = (session_id: string) => Effect.flatMap(Sessions, (sessions) => sessions.revoke({ session_id }))
 * ```
 * @since 0.1.0
 */
export const SessionsRevoke: Endpoint.Endpoint<
  Schema.Codec<SessionsRevokeRequest, SessionsRevokeRequestEncoded>,
  Schema.Codec<SessionsRevokeResponse, SessionsRevokeResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "sessions.revoke",
  path: "/v1/sessions/revoke",
  request,
  response,
  errors,
  retrySafe: true
})
