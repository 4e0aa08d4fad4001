/**
 * The consumer Sessions service: the two calls a password flow needs next to it.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { type ClientOf, StytchClient } from "../StytchClient.js"
import { SessionsAuthenticate } from "./authenticate.js"
import { SessionsRevoke } from "./revoke.js"

/**
 * The consumer Sessions endpoints this package covers.
 *
 * @example
 * ```ts
 * import { Sessions } from "effect-stytch"
 * Sessions.endpoints.revoke.path // "/v1/sessions/revoke"
 * ```
 * @since 0.1.0
 */
export const endpoints = {
  /**
   * Checks a session by token or JWT; extends it with `session_duration_minutes`.
   *
   * @example
   * ```ts
   * const { session } = yield* sessions.authenticate({ session_token })
   * ```
   */
  authenticate: SessionsAuthenticate,
  /**
   * Revokes a session by id, token or JWT.
   *
   * @example
   * ```ts
   * yield* sessions.revoke({ session_token })
   * ```
   */
  revoke: SessionsRevoke
} as const

/**
 * Stytch consumer Sessions: `authenticate` and `revoke`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect-stytch"
 *
 * const whoAmI = (session_token: string) =>
 *   Effect.flatMap(Sessions, (sessions) => sessions.authenticate({ session_token }))
 * ```
 * @since 0.1.0
 */
export class Sessions extends Context.Tag("effect-stytch/Sessions")<Sessions, ClientOf<typeof endpoints>>() {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context.
   *
   * @example
   * ```ts
   * Effect.provide(program, Sessions.layer)
   * ```
   */
  static readonly layer: Layer.Layer<Sessions, never, StytchClient> = Layer.effect(
    Sessions,
    Effect.map(StytchClient, (stytch) => stytch.client(endpoints))
  )
}
