/**
 * The consumer Passwords service, derived from its endpoint descriptions.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { sameType } from "../internal/sameType.js"
import { StytchClient } from "../StytchClient.js"
import { Authenticate } from "./authenticate.js"
import { Create } from "./create.js"
import { EmailReset } from "./emailReset.js"
import { EmailResetStart } from "./emailResetStart.js"
import { ExistingPasswordReset } from "./existingPasswordReset.js"
import { Migrate } from "./migrate.js"
import { SessionsReset } from "./sessionsReset.js"
import { StrengthCheck } from "./strengthCheck.js"
import type { PasswordsService } from "./PasswordsService.js"

/**
 * The consumer Passwords endpoint descriptions, as the tree `Passwords.endpoints` holds them: the shape
 * its service's methods are derived from.
 *
 * @example
 * ```ts
 * import { Passwords, type PasswordsEndpoints } from "effect4-stytch"
 * const tree: PasswordsEndpoints = Passwords.endpoints
 * ```
 * @since 0.1.0
 */
export type PasswordsEndpoints = {
  // A type literal, not an interface: only type literals meet the index signature of `EndpointTree`.
  readonly create: typeof Create
  readonly authenticate: typeof Authenticate
  readonly strengthCheck: typeof StrengthCheck
  readonly migrate: typeof Migrate
  readonly email: {
    readonly resetStart: typeof EmailResetStart
    readonly reset: typeof EmailReset
  }
  readonly existingPassword: {
    readonly reset: typeof ExistingPasswordReset
  }
  readonly sessions: {
    readonly reset: typeof SessionsReset
  }
}

/**
 * The consumer Passwords endpoints, arranged as the service exposes them.
 *
 * @example
 * ```ts
 * import { Passwords } from "effect4-stytch"
 * Passwords.endpoints.sessions.reset.path // "/v1/passwords/session/reset"
 * ```
 * @since 0.1.0
 */
export const endpoints: PasswordsEndpoints = {
  create: Create,
  authenticate: Authenticate,
  strengthCheck: StrengthCheck,
  migrate: Migrate,
  email: {
    resetStart: EmailResetStart,
    reset: EmailReset
  },
  existingPassword: {
    reset: ExistingPasswordReset
  },
  sessions: {
    reset: SessionsReset
  }
}

/**
 * Stytch consumer Passwords: one method per endpoint, each an Effect with the endpoint's own
 * error union, so `Effect.catchTag` narrows.
 *
 * `Passwords.make` builds the service from the `StytchClient` in the context (an Effect, for
 * `Layer.effect` or a test); `Passwords.layer` is the layer of it.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "effect/http"
 * import { Effect } from "effect"
 * import { Passwords, StytchClient } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.strengthCheck({ password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.provide(Passwords.layer),
 *   Effect.provide(StytchClient.layerConfig()),
 *   Effect.provide(FetchHttpClient.layer)
 * )
 * ```
 * @since 0.1.0
 */
export class Passwords extends Context.Service<Passwords, PasswordsService>()("effect4-stytch/Passwords", {
  // The service, from the `StytchClient` in the context. The derived client must be exactly
  // the named service: a drift between them does not compile.
  make: Effect.map(StytchClient, (stytch) => sameType<PasswordsService>()(stytch.client(endpoints)))
}) {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints: PasswordsEndpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context.
   *
   * @example
   * ```ts
   * import { FetchHttpClient } from "effect/http"
   * import { Effect, Layer } from "effect"
   * import { Passwords, StytchClient } from "effect4-stytch"
   *
   * const PasswordsLive = Passwords.layer.pipe(Layer.provide(StytchClient.layerConfig()), Layer.provide(FetchHttpClient.layer))
   *
   * const program = Effect.flatMap(Passwords, (passwords) => passwords.strengthCheck({ password: "correct horse battery staple" }))
   * const runnable = Effect.provide(program, PasswordsLive)
   * ```
   */
  static readonly layer: Layer.Layer<Passwords, never, StytchClient> = Layer.effect(Passwords, Passwords.make)
}
