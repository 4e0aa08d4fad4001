/**
 * What the B2B Organizations service offers: one method per endpoint, named after its
 * request, response and error union.
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type {
  B2BOrganizationsMembersDeleteError,
  B2BOrganizationsMembersDeleteRequest,
  B2BOrganizationsMembersDeleteResponse
} from "./membersDelete.js"

/**
 * The B2B Organizations service, as the official SDK's `b2bClient.organizations` arranges it:
 * `members.delete`. Each method takes the endpoint's named request and returns an Effect of
 * its named response, failing with its named error union. The service the
 * `B2BOrganizations` tag holds; it is checked, at compile time, to be exactly the client
 * derived from `B2BOrganizations.endpoints`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BOrganizations, type B2BOrganizationsService } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const organizations: B2BOrganizationsService = yield* B2BOrganizations
 *   return yield* organizations.members.delete({ organization_id: "acme", member_id: "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f" })
 * })
 * ```
 * @since 0.1.0
 */
export interface B2BOrganizationsService {
  /** The organization's members. */
  readonly members: {
    /**
     * Deletes a member of the organization, with its member sessions.
     *
     * @example
     * ```ts
     * import { Effect } from "effect"
     * import { B2BOrganizations } from "effect4-stytch"
     *
     * const offboard = (organization_id: string, member_id: string) =>
     *   Effect.flatMap(B2BOrganizations, (organizations) => organizations.members.delete({ organization_id, member_id }))
     * ```
     */
    readonly delete: (
      request: B2BOrganizationsMembersDeleteRequest
    ) => Effect.Effect<B2BOrganizationsMembersDeleteResponse, B2BOrganizationsMembersDeleteError>
  }
}
