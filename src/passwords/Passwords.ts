/**
 * The consumer Passwords service, derived from its endpoint descriptions.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer } from "effect"
import { type ClientOf, StytchClient } from "../StytchClient.js"
import { StrengthCheck } from "./strengthCheck.js"

/**
 * The consumer Passwords endpoints, arranged as the service exposes them.
 *
 * @example
 * ```ts
 * import { Passwords } from "effect-stytch"
 * Passwords.endpoints.strengthCheck.path // "/v1/passwords/strength_check"
 * ```
 * @since 0.1.0
 */
export const endpoints = {
  /**
   * Checks a password against the project's strength policy and, with `email`, known
   * breaches. Safe to retry: it changes nothing.
   *
   * @example
   * ```ts
   * const check = yield* passwords.strengthCheck({ password: "correct horse battery staple" })
   * if (!check.valid_password) yield* Effect.log(check.feedback?.warning)
   * ```
   */
  strengthCheck: StrengthCheck
} as const

/**
 * Stytch consumer Passwords: one method per endpoint, each an Effect with the endpoint's own
 * error union, so `Effect.catchTag` narrows.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect } from "effect"
 * import { Passwords, StytchClient } from "effect-stytch"
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
export class Passwords extends Context.Tag("effect-stytch/Passwords")<Passwords, ClientOf<typeof endpoints>>() {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context.
   *
   * @example
   * ```ts
   * Effect.provide(program, Passwords.layer.pipe(Layer.provide(StytchClient.layerConfig())))
   * ```
   */
  static readonly layer: Layer.Layer<Passwords, never, StytchClient> = Layer.effect(
    Passwords,
    Effect.map(StytchClient, (stytch) => stytch.client(endpoints))
  )
}
