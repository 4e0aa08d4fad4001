/**
 * The B2B Organizations routes: delete a member. The delete reads what it names, then commits
 * only if the member is still there (see `state/Store.ts`).
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { endpoints } from "../../b2b/organizations/B2BOrganizations.js"
import { MemberNotFound } from "../../errors/OrganizationErrors.js"
import { memberNamed, organizationOf } from "../b2b/lookups.js"
import { findLiveMemberSession } from "../b2b/memberSessions.js"
import { type Route, endpointRoute } from "../http/route.js"
import { raise } from "../http/RouteError.js"
import { EmulatorStore } from "../state/Store.js"

/** The member goes with its member sessions, intermediate sessions and reset tokens. */
const deleteMember = endpointRoute(endpoints.members.delete, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const organization = yield* organizationOf(request.organization_id)
    const member = yield* memberNamed(organization, request.member_id)
    // A member session given to act as must be live (the emulator has no RBAC to check it against).
    if (request.authorization !== undefined) yield* findLiveMemberSession(request.authorization)
    // Whatever the member became since it was read, it is deleted if it is still there; of
    // concurrent deletes, one succeeds and the others answer member_not_found.
    const deleted = yield* store.commit((tx) => tx.b2b.deleteMember(member.member_id))
    if (!deleted) return yield* raise(MemberNotFound, 404, "member_id: the organization has no member with this id or external id.")
    return { member_id: member.member_id }
  })
)

/**
 * The B2B Organizations routes.
 *
 * @example
 * ```ts
 * import { b2bOrganizationRoutes } from "./b2bOrganizations.js"
 *
 * b2bOrganizationRoutes.map((route) => `${route.method} ${route.path}`) // ["DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}"]
 * ```
 */
export const b2bOrganizationRoutes: ReadonlyArray<Route> = [deleteMember]
