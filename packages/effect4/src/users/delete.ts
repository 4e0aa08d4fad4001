/**
 * `DELETE /v1/users/{user_id}`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { InvalidUserId, UserNotFound } from "../errors/PlatformErrors.js"
import { UserIdInput } from "../models/ids.js"
import { ResponseEnvelope } from "../passwords/shared.js"

const requestFields = {
  user_id: UserIdInput
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  user_id: Schema.String
}

const response = Schema.Struct(responseFields)

const errors = [UserNotFound, InvalidUserId] as const

/**
 * What `users.delete` takes: the user, by id or external id (sent in the path).
 *
 * @example
 * ```ts
 * import type { UsersDeleteRequest } from "effect4-stytch"
 * const request: UsersDeleteRequest = { user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6" }
 * ```
 * @since 0.1.0
 */
export interface UsersDeleteRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The fields `users.delete` sends (in the path: a `DELETE` has no body).
 *
 * @example
 * ```ts
 * import type { UsersDeleteRequestEncoded } from "effect4-stytch"
 * const sent: UsersDeleteRequestEncoded = { user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6" }
 * ```
 * @since 0.1.0
 */
export type UsersDeleteRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `users.delete` succeeds with: the id of the user deleted.
 *
 * @example
 * ```ts
 * import type { UsersDeleteResponse } from "effect4-stytch"
 * const deleted = (response: UsersDeleteResponse) => response.user_id
 * ```
 * @since 0.1.0
 */
export interface UsersDeleteResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `users.delete` with.
 *
 * @example
 * ```ts
 * import type { UsersDeleteResponseEncoded } from "effect4-stytch"
 * const requestId = (body: UsersDeleteResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type UsersDeleteResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `users.delete` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { UsersDeleteError } from "effect4-stytch"
 * const isKnown = (error: UsersDeleteError) => error._tag === "UserNotFound"
 * ```
 * @since 0.1.0
 */
export type UsersDeleteError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Deletes a user, by id or external id: its sessions and reset links stop working, and its
 * emails are free again. Not retried after a 500 or a lost connection (a `DELETE` may have
 * acted, and a second one answers `user_not_found`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Users } from "effect4-stytch"
 *
 * const closeAccount = (user_id: string) =>
 *   Effect.flatMap(Users, (users) => users.delete({ user_id })).pipe(
 *     Effect.catchTag("UserNotFound", () => Effect.void) // already gone
 *   )
 * ```
 * @since 0.1.0
 */
export const UsersDelete: Endpoint.Endpoint<
  Schema.Codec<UsersDeleteRequest, UsersDeleteRequestEncoded>,
  Schema.Codec<UsersDeleteResponse, UsersDeleteResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "users.delete",
  method: "DELETE",
  path: "/v1/users/{user_id}",
  request,
  response,
  errors,
  retrySafe: false
})
