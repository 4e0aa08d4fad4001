/**
 * `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { SessionCredentialErrors } from "../../errors/groups.js"
import { InvalidOrganizationId, MemberNotFound, OrganizationNotFound } from "../../errors/OrganizationErrors.js"
import { MemberIdInput } from "../../models/ids.js"
import { ResponseEnvelope } from "../../passwords/shared.js"
import { OrganizationIdInput } from "../fields.js"
import { MemberAuthorization } from "../passwords/emailRequireReset.js"

const requestFields = {
  organization_id: OrganizationIdInput,
  member_id: MemberIdInput,
  authorization: Schema.optional(MemberAuthorization)
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  member_id: Schema.String
}

const response = Schema.Struct(responseFields)

const errors = [OrganizationNotFound, MemberNotFound, InvalidOrganizationId, ...SessionCredentialErrors] as const

/**
 * What `b2bOrganizations.members.delete` takes: the organization (id, slug or external id) and
 * the member, both sent in the path, and optionally the member session to act as (sent as the
 * `X-Stytch-Member-Session` / `X-Stytch-Member-SessionJWT` headers).
 *
 * @example
 * ```ts
 * import type { B2BOrganizationsMembersDeleteRequest } from "effect4-stytch"
 * const request: B2BOrganizationsMembersDeleteRequest = {
 *   organization_id: "acme",
 *   member_id: "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f"
 * }
 * ```
 * @since 0.1.0
 */
export interface B2BOrganizationsMembersDeleteRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The fields `b2bOrganizations.members.delete` sends (in the path and headers: a `DELETE` has
 * no body).
 *
 * @example
 * ```ts
 * import type { B2BOrganizationsMembersDeleteRequestEncoded } from "effect4-stytch"
 * const sent: B2BOrganizationsMembersDeleteRequestEncoded = {
 *   organization_id: "acme",
 *   member_id: "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f"
 * }
 * ```
 * @since 0.1.0
 */
export type B2BOrganizationsMembersDeleteRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2bOrganizations.members.delete` succeeds with: the id of the member deleted.
 *
 * @example
 * ```ts
 * import type { B2BOrganizationsMembersDeleteResponse } from "effect4-stytch"
 * const deleted = (response: B2BOrganizationsMembersDeleteResponse) => response.member_id
 * ```
 * @since 0.1.0
 */
export interface B2BOrganizationsMembersDeleteResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `b2bOrganizations.members.delete` with.
 *
 * @example
 * ```ts
 * import type { B2BOrganizationsMembersDeleteResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BOrganizationsMembersDeleteResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BOrganizationsMembersDeleteResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `b2bOrganizations.members.delete` can fail with: its known errors, and every
 * {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BOrganizationsMembersDeleteError } from "effect4-stytch"
 * const isKnown = (error: B2BOrganizationsMembersDeleteError) => error._tag === "MemberNotFound"
 * ```
 * @since 0.1.0
 */
export type B2BOrganizationsMembersDeleteError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Deletes a member of an organization: its member sessions stop working. With
 * `authorization`, the call runs with that member session's permissions. Not retried after
 * a 500 or a lost connection.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BOrganizations } from "effect4-stytch"
 *
 * const offboard = (organization_id: string, member_id: string) =>
 *   Effect.flatMap(B2BOrganizations, (organizations) => organizations.members.delete({ organization_id, member_id })).pipe(
 *     Effect.catchTag("MemberNotFound", () => Effect.void) // already gone
 *   )
 * ```
 * @since 0.1.0
 */
export const B2BOrganizationsMembersDelete: Endpoint.Endpoint<
  Schema.Codec<B2BOrganizationsMembersDeleteRequest, B2BOrganizationsMembersDeleteRequestEncoded>,
  Schema.Codec<B2BOrganizationsMembersDeleteResponse, B2BOrganizationsMembersDeleteResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.organizations.members.delete",
  method: "DELETE",
  path: "/v1/b2b/organizations/{organization_id}/members/{member_id}",
  request,
  response,
  errors,
  retrySafe: false,
  headers: {
    "authorization.session_token": "X-Stytch-Member-Session",
    "authorization.session_jwt": "X-Stytch-Member-SessionJWT"
  }
})
