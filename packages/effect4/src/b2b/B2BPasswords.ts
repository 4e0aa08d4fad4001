/**
 * The B2B Passwords service, derived from its endpoint descriptions.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { sameType } from "../internal/sameType.js"
import { StytchClient } from "../StytchClient.js"
import { B2BAuthenticate } from "./passwords/authenticate.js"
import { B2BDiscoveryAuthenticate } from "./passwords/discoveryAuthenticate.js"
import { B2BDiscoveryEmailReset } from "./passwords/discoveryEmailReset.js"
import { B2BDiscoveryEmailResetStart } from "./passwords/discoveryEmailResetStart.js"
import { B2BEmailRequireReset } from "./passwords/emailRequireReset.js"
import { B2BEmailReset } from "./passwords/emailReset.js"
import { B2BEmailResetStart } from "./passwords/emailResetStart.js"
import { B2BExistingPasswordReset } from "./passwords/existingPasswordReset.js"
import { B2BMigrate } from "./passwords/migrate.js"
import { B2BSessionsReset } from "./passwords/sessionsReset.js"
import { B2BStrengthCheck } from "./passwords/strengthCheck.js"
import type { B2BPasswordsService } from "./B2BPasswordsService.js"

/**
 * The B2B Passwords endpoint descriptions, as the tree `B2BPasswords.endpoints` holds them: the shape
 * its service's methods are derived from.
 *
 * @example
 * ```ts
 * import { B2BPasswords, type B2BPasswordsEndpoints } from "effect4-stytch"
 * const tree: B2BPasswordsEndpoints = B2BPasswords.endpoints
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEndpoints = {
  // A type literal, not an interface: only type literals meet the index signature of `EndpointTree`.
  readonly authenticate: typeof B2BAuthenticate
  readonly strengthCheck: typeof B2BStrengthCheck
  readonly migrate: typeof B2BMigrate
  readonly email: {
    readonly resetStart: typeof B2BEmailResetStart
    readonly reset: typeof B2BEmailReset
    readonly requireReset: typeof B2BEmailRequireReset
  }
  readonly existingPassword: {
    readonly reset: typeof B2BExistingPasswordReset
  }
  readonly sessions: {
    readonly reset: typeof B2BSessionsReset
  }
  readonly discovery: {
    readonly authenticate: typeof B2BDiscoveryAuthenticate
    readonly email: {
      readonly resetStart: typeof B2BDiscoveryEmailResetStart
      readonly reset: typeof B2BDiscoveryEmailReset
    }
  }
}

/**
 * The B2B Passwords endpoints, arranged as the service exposes them (the tree of the
 * official SDK's `b2bClient.passwords`).
 *
 * @example
 * ```ts
 * import { B2BPasswords } from "effect4-stytch"
 * B2BPasswords.endpoints.discovery.email.reset.path // "/v1/b2b/passwords/discovery/email/reset"
 * ```
 * @since 0.1.0
 */
export const endpoints: B2BPasswordsEndpoints = {
  authenticate: B2BAuthenticate,
  strengthCheck: B2BStrengthCheck,
  migrate: B2BMigrate,
  email: {
    resetStart: B2BEmailResetStart,
    reset: B2BEmailReset,
    requireReset: B2BEmailRequireReset
  },
  existingPassword: {
    reset: B2BExistingPasswordReset
  },
  sessions: {
    reset: B2BSessionsReset
  },
  discovery: {
    authenticate: B2BDiscoveryAuthenticate,
    email: {
      resetStart: B2BDiscoveryEmailResetStart,
      reset: B2BDiscoveryEmailReset
    }
  }
}

/**
 * Stytch B2B Passwords: one method per endpoint, each an Effect with the endpoint's own
 * error union, so `Effect.catchTag` narrows. Login calls succeed with a union of the
 * authenticated and the pending (MFA) outcome, told apart by `member_authenticated`.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "effect/http"
 * import { Effect } from "effect"
 * import { B2BPasswords, StytchClient, matchAuthResult } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   const result = yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "..." })
 *   return matchAuthResult(result, {
 *     authenticated: (r) => r.session_token,
 *     pending: (r) => r.intermediate_session_token
 *   })
 * }).pipe(
 *   Effect.provide(B2BPasswords.layer),
 *   Effect.provide(StytchClient.layerConfig()),
 *   Effect.provide(FetchHttpClient.layer)
 * )
 * ```
 * @since 0.1.0
 */
export class B2BPasswords extends Context.Service<B2BPasswords, B2BPasswordsService>()("effect4-stytch/B2BPasswords", {
  // The service, from the `StytchClient` in the context. The derived client must be exactly
  // the named service: a drift between them does not compile.
  make: Effect.map(StytchClient, (stytch) => sameType<B2BPasswordsService>()(stytch.client(endpoints)))
}) {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints: B2BPasswordsEndpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context.
   *
   * @example
   * ```ts
   * import { FetchHttpClient } from "effect/http"
   * import { Effect, Layer } from "effect"
   * import { B2BPasswords, StytchClient } from "effect4-stytch"
   *
   * const B2BPasswordsLive = B2BPasswords.layer.pipe(Layer.provide(StytchClient.layerConfig()), Layer.provide(FetchHttpClient.layer))
   *
   * const program = Effect.flatMap(B2BPasswords, (b2b) => b2b.strengthCheck({ password: "correct horse battery staple" }))
   * const runnable = Effect.provide(program, B2BPasswordsLive)
   * ```
   */
  static readonly layer: Layer.Layer<B2BPasswords, never, StytchClient> = Layer.effect(B2BPasswords, B2BPasswords.make)
}
