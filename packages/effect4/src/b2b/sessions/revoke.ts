/**
 * `POST /v1/b2b/sessions/revoke`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { MemberNotFound } from "../../errors/OrganizationErrors.js"
import { SessionCredentialErrors } from "../../errors/groups.js"
import { SessionJwt, SessionToken } from "../../models/fields.js"
import { ResponseEnvelope } from "../../passwords/shared.js"

const requestFields = {
  member_session_id: Schema.optional(Schema.String),
  session_token: Schema.optional(SessionToken),
  session_jwt: Schema.optional(SessionJwt),
  member_id: Schema.optional(Schema.String)
}

const request = Schema.Struct(requestFields)

const response = Schema.Struct(ResponseEnvelope)

const errors = [MemberNotFound, ...SessionCredentialErrors] as const

/**
 * What `b2bSessions.revoke` takes.
 *
 * @example
 * ```ts
 * import type { B2BSessionsRevokeRequest } from "effect4-stytch"
 * const request: B2BSessionsRevokeRequest = { member_id: "member-test-1" }
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsRevokeRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2bSessions.revoke` sends.
 *
 * @example
 * ```ts
 * import type { B2BSessionsRevokeRequestEncoded } from "effect4-stytch"
 * const body: B2BSessionsRevokeRequestEncoded = { member_id: "member-test-1" }
 * ```
 * @since 0.1.0
 */
export type B2BSessionsRevokeRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2bSessions.revoke` succeeds with.
 *
 * @example
 * ```ts
 * import type { B2BSessionsRevokeResponse } from "effect4-stytch"
 * const read = (response: B2BSessionsRevokeResponse) => response.request_id
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsRevokeResponse extends Schema.Struct.Type<typeof ResponseEnvelope> {}

/**
 * The JSON body Stytch answers `b2bSessions.revoke` with.
 *
 * @example
 * ```ts
 * import type { B2BSessionsRevokeResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BSessionsRevokeResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BSessionsRevokeResponseEncoded = Schema.Struct.Encoded<typeof ResponseEnvelope>

/**
 * What `b2bSessions.revoke` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BSessionsRevokeError } from "effect4-stytch"
 * const isKnown = (error: B2BSessionsRevokeError) => error._tag === "MemberNotFound"
 * ```
 * @since 0.1.0
 */
export type B2BSessionsRevokeError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Revokes a member session by id, token or JWT, or every session of a member by
 * `member_id`. Safe to retry: revoking twice is revoking once.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BSessions } from "effect4-stytch"
 *
 * // every session of the member
 * const revokeAll = (member_id: string) => Effect.flatMap(B2BSessions, (b2bSessions) => b2bSessions.revoke({ member_id }))
 * ```
 * @since 0.1.0
 */
export const B2BSessionsRevoke: Endpoint.Endpoint<
  Schema.Codec<B2BSessionsRevokeRequest, B2BSessionsRevokeRequestEncoded>,
  Schema.Codec<B2BSessionsRevokeResponse, B2BSessionsRevokeResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.sessions.revoke",
  path: "/v1/b2b/sessions/revoke",
  request,
  response,
  errors,
  retrySafe: true
})
