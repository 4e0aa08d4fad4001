/**
 * The B2B Sessions service: checking and revoking member sessions.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { type ClientOf, StytchClient } from "../../StytchClient.js"
import { B2BSessionsAuthenticate } from "./authenticate.js"
import { B2BSessionsRevoke } from "./revoke.js"

/**
 * The B2B Sessions endpoints this package covers.
 *
 * @example
 * ```ts
 * import { B2BSessions } from "effect-stytch"
 * B2BSessions.endpoints.authenticate.path // "/v1/b2b/sessions/authenticate"
 * ```
 * @since 0.1.0
 */
export const endpoints = {
  /**
   * Checks a member session by token or JWT; extends it with `session_duration_minutes`.
   *
   * @example
   * ```ts
   * const { member, organization } = yield* b2bSessions.authenticate({ session_jwt })
   * ```
   */
  authenticate: B2BSessionsAuthenticate,
  /**
   * Revokes a member session, or every session of a member.
   *
   * @example
   * ```ts
   * yield* b2bSessions.revoke({ session_token })
   * ```
   */
  revoke: B2BSessionsRevoke
} as const

/**
 * Stytch B2B Sessions: `authenticate` and `revoke`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BSessions } from "effect-stytch"
 *
 * const whoAmI = (session_token: string) =>
 *   Effect.flatMap(B2BSessions, (sessions) => sessions.authenticate({ session_token }))
 * ```
 * @since 0.1.0
 */
export class B2BSessions extends Context.Tag("effect-stytch/B2BSessions")<B2BSessions, ClientOf<typeof endpoints>>() {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context.
   *
   * @example
   * ```ts
   * Effect.provide(program, B2BSessions.layer)
   * ```
   */
  static readonly layer: Layer.Layer<B2BSessions, never, StytchClient> = Layer.effect(
    B2BSessions,
    Effect.map(StytchClient, (stytch) => stytch.client(endpoints))
  )
}
