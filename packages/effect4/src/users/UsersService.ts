/**
 * What the consumer Users service offers: one method per endpoint, named after its request,
 * response and error union.
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type { UsersDeleteError, UsersDeleteRequest, UsersDeleteResponse } from "./delete.js"
import type { UsersDeletePasswordError, UsersDeletePasswordRequest, UsersDeletePasswordResponse } from "./deletePassword.js"
import type { UsersGetError, UsersGetRequest, UsersGetResponse } from "./get.js"

/**
 * The consumer Users service: each method takes the endpoint's named request and returns an
 * Effect of its named response, failing with its named error union (so `Effect.catchTag`
 * narrows). The service the `Users` tag holds; it is checked, at compile time, to be exactly
 * the client derived from `Users.endpoints`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Users, type UsersService } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const users: UsersService = yield* Users
 *   const user = yield* users.get({ user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6" })
 *   return user.emails.map((email) => email.email)
 * })
 * ```
 * @since 0.1.0
 */
export interface UsersService {
  /**
   * Reads a user, by id or external id.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Users } from "effect4-stytch"
   *
   * const statusOf = (user_id: string) => Effect.flatMap(Users, (users) => users.get({ user_id })).pipe(Effect.map((user) => user.status))
   * ```
   */
  readonly get: (request: UsersGetRequest) => Effect.Effect<UsersGetResponse, UsersGetError>
  /**
   * Deletes a user, with its sessions and reset links.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Users } from "effect4-stytch"
   *
   * const closeAccount = (user_id: string) => Effect.flatMap(Users, (users) => users.delete({ user_id }))
   * ```
   */
  readonly delete: (request: UsersDeleteRequest) => Effect.Effect<UsersDeleteResponse, UsersDeleteError>
  /**
   * Deletes a user's password, by its id.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Users } from "effect4-stytch"
   *
   * const forgetPassword = (password_id: string) => Effect.flatMap(Users, (users) => users.deletePassword({ password_id }))
   * ```
   */
  readonly deletePassword: (
    request: UsersDeletePasswordRequest
  ) => Effect.Effect<UsersDeletePasswordResponse, UsersDeletePasswordError>
}
