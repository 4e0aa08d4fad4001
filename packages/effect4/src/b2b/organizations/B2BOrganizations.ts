/**
 * The B2B Organizations service: what a member's lifecycle needs (deleting a member).
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { sameType } from "../../internal/sameType.js"
import { StytchClient } from "../../StytchClient.js"
import type { B2BOrganizationsService } from "./B2BOrganizationsService.js"
import { B2BOrganizationsMembersDelete } from "./membersDelete.js"

/**
 * The B2B Organizations endpoint descriptions, as the tree `B2BOrganizations.endpoints` holds
 * them: the shape its service's methods are derived from.
 *
 * @example
 * ```ts
 * import { B2BOrganizations, type B2BOrganizationsEndpoints } from "effect4-stytch"
 * const tree: B2BOrganizationsEndpoints = B2BOrganizations.endpoints
 * ```
 * @since 0.1.0
 */
export type B2BOrganizationsEndpoints = {
  // A type literal, not an interface: only type literals meet the index signature of `EndpointTree`.
  readonly members: {
    readonly delete: typeof B2BOrganizationsMembersDelete
  }
}

/**
 * The B2B Organizations endpoints this package covers, arranged as the official SDK's
 * `b2bClient.organizations` arranges them.
 *
 * @example
 * ```ts
 * import { B2BOrganizations } from "effect4-stytch"
 * B2BOrganizations.endpoints.members.delete.path // "/v1/b2b/organizations/{organization_id}/members/{member_id}"
 * ```
 * @since 0.1.0
 */
export const endpoints: B2BOrganizationsEndpoints = {
  members: {
    delete: B2BOrganizationsMembersDelete
  }
}

/**
 * Stytch B2B Organizations: `members.delete`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BOrganizations } from "effect4-stytch"
 *
 * const offboard = (organization_id: string, member_id: string) =>
 *   Effect.flatMap(B2BOrganizations, (organizations) => organizations.members.delete({ organization_id, member_id }))
 * ```
 * @since 0.1.0
 */
export class B2BOrganizations extends Context.Service<B2BOrganizations, B2BOrganizationsService>()("effect4-stytch/B2BOrganizations", {
  // The service, from the `StytchClient` in the context. The derived client must be exactly
  // the named service: a drift between them does not compile.
  make: Effect.map(StytchClient, (stytch) => sameType<B2BOrganizationsService>()(stytch.client(endpoints)))
}) {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints: B2BOrganizationsEndpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context.
   *
   * @example
   * ```ts
   * import { FetchHttpClient } from "effect/http"
   * import { Effect, Layer } from "effect"
   * import { B2BOrganizations, StytchClient } from "effect4-stytch"
   *
   * const OrganizationsLive = B2BOrganizations.layer.pipe(Layer.provide(StytchClient.layerConfig()), Layer.provide(FetchHttpClient.layer))
   *
   * const program = Effect.flatMap(B2BOrganizations, (organizations) =>
   *   organizations.members.delete({ organization_id: "acme", member_id: "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f" })
   * )
   * const runnable = Effect.provide(program, OrganizationsLive)
   * ```
   */
  static readonly layer: Layer.Layer<B2BOrganizations, never, StytchClient> = Layer.effect(B2BOrganizations, B2BOrganizations.make)
}
