/**
 * The B2B Sessions service: checking, listing and revoking member sessions, and the JWKS.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { sameType } from "../../internal/sameType.js"
import { StytchClient } from "../../StytchClient.js"
import { B2BSessionsAuthenticate } from "./authenticate.js"
import { memberSessionJwtMethods } from "./authenticateJwt.js"
import { B2BSessionsGet } from "./get.js"
import { B2BSessionsGetJWKS } from "./getJWKS.js"
import { B2BSessionsRevoke } from "./revoke.js"
import type { B2BSessionsService } from "./B2BSessionsService.js"

/**
 * The B2B Sessions endpoint descriptions, as the tree `B2BSessions.endpoints` holds them: the shape
 * its service's methods are derived from.
 *
 * @example
 * ```ts
 * import { B2BSessions, type B2BSessionsEndpoints } from "effect4-stytch"
 * const tree: B2BSessionsEndpoints = B2BSessions.endpoints
 * ```
 * @since 0.1.0
 */
export type B2BSessionsEndpoints = {
  // A type literal, not an interface: only type literals meet the index signature of `EndpointTree`.
  readonly authenticate: typeof B2BSessionsAuthenticate
  readonly revoke: typeof B2BSessionsRevoke
  readonly get: typeof B2BSessionsGet
  readonly getJWKS: typeof B2BSessionsGetJWKS
}

/**
 * The B2B Sessions endpoints this package covers.
 *
 * @example
 * ```ts
 * import { B2BSessions } from "effect4-stytch"
 * B2BSessions.endpoints.authenticate.path // "/v1/b2b/sessions/authenticate"
 * ```
 * @since 0.1.0
 */
export const endpoints: B2BSessionsEndpoints = {
  authenticate: B2BSessionsAuthenticate,
  revoke: B2BSessionsRevoke,
  get: B2BSessionsGet,
  getJWKS: B2BSessionsGetJWKS
}

/** The methods of `B2BSessionsService` that are not derived from an endpoint. */
type JwtMethods = "authenticateJwt" | "authenticateJwtLocal"

/**
 * Stytch B2B Sessions: `authenticate`, `revoke`, `get` (a member's live sessions), `getJWKS`
 * (the keys that verify member session JWTs), and `authenticateJwt` / `authenticateJwtLocal`
 * (member session JWTs checked in-process against those keys).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BSessions } from "effect4-stytch"
 *
 * const whoAmI = (session_token: string) =>
 *   Effect.flatMap(B2BSessions, (sessions) => sessions.authenticate({ session_token }))
 * ```
 * @since 0.1.0
 */
export class B2BSessions extends Context.Service<B2BSessions, B2BSessionsService>()("effect4-stytch/B2BSessions", {
  // The service, from the `StytchClient` in the context, with its own JWKS cache (each service
  // made holds one).
  make: Effect.map(StytchClient, (stytch): B2BSessionsService => {
    // The derived client must be exactly the named service's endpoint methods: a drift between them does not compile.
    const derived = sameType<Omit<B2BSessionsService, JwtMethods>>()(stytch.client(endpoints))
    return { ...derived, ...memberSessionJwtMethods(stytch, derived) }
  })
}) {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints: B2BSessionsEndpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context. Each service built holds its
   * own JWKS cache.
   *
   * @example
   * ```ts
   * import { FetchHttpClient } from "effect/http"
   * import { Effect, Layer } from "effect"
   * import { B2BSessions, StytchClient } from "effect4-stytch"
   *
   * const B2BSessionsLive = B2BSessions.layer.pipe(Layer.provide(StytchClient.layerConfig()), Layer.provide(FetchHttpClient.layer))
   *
   * const program = Effect.flatMap(B2BSessions, (b2bSessions) => b2bSessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }))
   * const runnable = Effect.provide(program, B2BSessionsLive)
   * ```
   */
  static readonly layer: Layer.Layer<B2BSessions, never, StytchClient> = Layer.effect(B2BSessions, B2BSessions.make)
}
