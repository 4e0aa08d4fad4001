/**
 * `GET /v1/b2b/sessions?organization_id=&member_id=`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { InvalidOrganizationId, MemberNotFound, OrganizationNotFound } from "../../errors/OrganizationErrors.js"
import { MemberIdInput } from "../../models/ids.js"
import { MemberSession } from "../../models/MemberSession.js"
import { ResponseEnvelope } from "../../passwords/shared.js"
import { OrganizationIdInput } from "../fields.js"

const requestFields = {
  organization_id: OrganizationIdInput,
  member_id: MemberIdInput
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  member_sessions: Schema.Array(MemberSession)
}

const response = Schema.Struct(responseFields)

const errors = [OrganizationNotFound, MemberNotFound, InvalidOrganizationId] as const

/**
 * What `b2bSessions.get` takes: the organization (id, slug or external id) and the member
 * whose sessions to list, both sent in the query string.
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetRequest } from "effect4-stytch"
 * const request: B2BSessionsGetRequest = { organization_id: "acme", member_id: "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f" }
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsGetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The fields `b2bSessions.get` sends (as `?organization_id=&member_id=`: a `GET` has no body).
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetRequestEncoded } from "effect4-stytch"
 * const sent: B2BSessionsGetRequestEncoded = { organization_id: "acme", member_id: "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f" }
 * ```
 * @since 0.1.0
 */
export type B2BSessionsGetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2bSessions.get` succeeds with: the member's live sessions.
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetResponse } from "effect4-stytch"
 * const ids = (response: B2BSessionsGetResponse) => response.member_sessions.map((session) => session.member_session_id)
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsGetResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `b2bSessions.get` with.
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BSessionsGetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BSessionsGetResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `b2bSessions.get` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetError } from "effect4-stytch"
 * const isKnown = (error: B2BSessionsGetError) => error._tag === "MemberNotFound"
 * ```
 * @since 0.1.0
 */
export type B2BSessionsGetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Lists a member's live sessions in an organization (expired and revoked ones are not
 * listed). A `GET`: safe to retry.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BSessions } from "effect4-stytch"
 *
 * const sessionsOf = (organization_id: string, member_id: string) =>
 *   Effect.gen(function* () {
 *     const b2bSessions = yield* B2BSessions
 *     const { member_sessions } = yield* b2bSessions.get({ organization_id, member_id })
 *     return member_sessions.map((session) => session.expires_at)
 *   })
 * ```
 * @since 0.1.0
 */
export const B2BSessionsGet: Endpoint.Endpoint<
  Schema.Codec<B2BSessionsGetRequest, B2BSessionsGetRequestEncoded>,
  Schema.Codec<B2BSessionsGetResponse, B2BSessionsGetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.sessions.get",
  method: "GET",
  path: "/v1/b2b/sessions",
  query: ["organization_id", "member_id"],
  request,
  response,
  errors,
  retrySafe: true
})
