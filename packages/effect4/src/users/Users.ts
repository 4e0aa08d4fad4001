/**
 * The consumer Users service: what a login's lifecycle needs besides Passwords and Sessions
 * (reading a user, deleting a user or a password).
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { sameType } from "../internal/sameType.js"
import { StytchClient } from "../StytchClient.js"
import { UsersDelete } from "./delete.js"
import { UsersDeletePassword } from "./deletePassword.js"
import { UsersGet } from "./get.js"
import type { UsersService } from "./UsersService.js"

/**
 * The consumer Users endpoint descriptions, as the tree `Users.endpoints` holds them: the
 * shape its service's methods are derived from.
 *
 * @example
 * ```ts
 * import { Users, type UsersEndpoints } from "effect4-stytch"
 * const tree: UsersEndpoints = Users.endpoints
 * ```
 * @since 0.1.0
 */
export type UsersEndpoints = {
  // A type literal, not an interface: only type literals meet the index signature of `EndpointTree`.
  readonly get: typeof UsersGet
  readonly delete: typeof UsersDelete
  readonly deletePassword: typeof UsersDeletePassword
}

/**
 * The consumer Users endpoints this package covers, named as the official SDK's
 * `client.users` names them.
 *
 * @example
 * ```ts
 * import { Users } from "effect4-stytch"
 * Users.endpoints.deletePassword.path // "/v1/users/passwords/{password_id}"
 * ```
 * @since 0.1.0
 */
export const endpoints: UsersEndpoints = {
  get: UsersGet,
  delete: UsersDelete,
  deletePassword: UsersDeletePassword
}

/**
 * Stytch consumer Users: `get`, `delete` and `deletePassword`.
 *
 * `Users.make` builds the service from the `StytchClient` in the context (an Effect, for
 * `Layer.effect` or a test); `Users.layer` is the layer of it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Users } from "effect4-stytch"
 *
 * const emailsOf = (user_id: string) =>
 *   Effect.flatMap(Users, (users) => users.get({ user_id })).pipe(Effect.map((user) => user.emails))
 * ```
 * @since 0.1.0
 */
export class Users extends Context.Service<Users, UsersService>()("effect4-stytch/Users", {
  // The service, from the `StytchClient` in the context. The derived client must be exactly
  // the named service: a drift between them does not compile.
  make: Effect.map(StytchClient, (stytch) => sameType<UsersService>()(stytch.client(endpoints)))
}) {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints: UsersEndpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context.
   *
   * @example
   * ```ts
   * import { FetchHttpClient } from "effect/http"
   * import { Effect, Layer } from "effect"
   * import { StytchClient, Users } from "effect4-stytch"
   *
   * const UsersLive = Users.layer.pipe(Layer.provide(StytchClient.layerConfig()), Layer.provide(FetchHttpClient.layer))
   *
   * const program = Effect.flatMap(Users, (users) => users.get({ user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6" }))
   * const runnable = Effect.provide(program, UsersLive)
   * ```
   */
  static readonly layer: Layer.Layer<Users, never, StytchClient> = Layer.effect(Users, Users.make)
}
