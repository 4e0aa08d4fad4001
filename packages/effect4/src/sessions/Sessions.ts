/**
 * The consumer Sessions service: checking, listing and revoking sessions, and the JWKS.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { sameType } from "../internal/sameType.js"
import { StytchClient } from "../StytchClient.js"
import { SessionsAuthenticate } from "./authenticate.js"
import { sessionJwtMethods } from "./authenticateJwt.js"
import { SessionsGet } from "./get.js"
import { SessionsGetJWKS } from "./getJWKS.js"
import { SessionsRevoke } from "./revoke.js"
import type { SessionsService } from "./SessionsService.js"

/**
 * The consumer Sessions endpoint descriptions, as the tree `Sessions.endpoints` holds them: the shape
 * its service's methods are derived from.
 *
 * @example
 * ```ts
 * import { Sessions, type SessionsEndpoints } from "effect4-stytch"
 * const tree: SessionsEndpoints = Sessions.endpoints
 * ```
 * @since 0.1.0
 */
export type SessionsEndpoints = {
  // A type literal, not an interface: only type literals meet the index signature of `EndpointTree`.
  readonly authenticate: typeof SessionsAuthenticate
  readonly revoke: typeof SessionsRevoke
  readonly get: typeof SessionsGet
  readonly getJWKS: typeof SessionsGetJWKS
}

/**
 * The consumer Sessions endpoints this package covers.
 *
 * @example
 * ```ts
 * import { Sessions } from "effect4-stytch"
 * Sessions.endpoints.revoke.path // "/v1/sessions/revoke"
 * ```
 * @since 0.1.0
 */
export const endpoints: SessionsEndpoints = {
  authenticate: SessionsAuthenticate,
  revoke: SessionsRevoke,
  get: SessionsGet,
  getJWKS: SessionsGetJWKS
}

/** The methods of `SessionsService` that are not derived from an endpoint. */
type JwtMethods = "authenticateJwt" | "authenticateJwtLocal"

/**
 * Stytch consumer Sessions: `authenticate`, `revoke`, `get` (a user's live sessions),
 * `getJWKS` (the keys that verify session JWTs), and `authenticateJwt` /
 * `authenticateJwtLocal` (session JWTs checked in-process against those keys).
 *
 * `Sessions.make` builds the service from the `StytchClient` in the context (an Effect, for
 * `Layer.effect` or a test); `Sessions.layer` is the layer of it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const whoAmI = (session_token: string) =>
 *   Effect.flatMap(Sessions, (sessions) => sessions.authenticate({ session_token }))
 * ```
 * @since 0.1.0
 */
export class Sessions extends Context.Service<Sessions, SessionsService>()("effect4-stytch/Sessions", {
  // The service, from the `StytchClient` in the context, with its own JWKS cache (each service
  // made holds one).
  make: Effect.map(StytchClient, (stytch): SessionsService => {
    // The derived client must be exactly the named service's endpoint methods: a drift between them does not compile.
    const derived = sameType<Omit<SessionsService, JwtMethods>>()(stytch.client(endpoints))
    return { ...derived, ...sessionJwtMethods(stytch, derived) }
  })
}) {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints: SessionsEndpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context. Each service built holds its
   * own JWKS cache.
   *
   * @example
   * ```ts
   * import { FetchHttpClient } from "effect/http"
   * import { Effect, Layer } from "effect"
   * import { Sessions, StytchClient } from "effect4-stytch"
   *
   * const SessionsLive = Sessions.layer.pipe(Layer.provide(StytchClient.layerConfig()), Layer.provide(FetchHttpClient.layer))
   *
   * const program = Effect.flatMap(Sessions, (sessions) => sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }))
   * const runnable = Effect.provide(program, SessionsLive)
   * ```
   */
  static readonly layer: Layer.Layer<Sessions, never, StytchClient> = Layer.effect(Sessions, Sessions.make)
}
