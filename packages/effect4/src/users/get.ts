/**
 * `GET /v1/users/{user_id}`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { InvalidUserId, UserNotFound } from "../errors/PlatformErrors.js"
import { UserIdInput } from "../models/ids.js"
import { UserFields } from "../models/User.js"
import { ResponseEnvelope } from "../passwords/shared.js"

const requestFields = {
  user_id: UserIdInput
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  ...UserFields
}

const response = Schema.Struct(responseFields)

const errors = [UserNotFound, InvalidUserId] as const

/**
 * What `users.get` takes: the user, by id or external id (sent in the path).
 *
 * @example
 * ```ts
 * import type { UsersGetRequest } from "effect4-stytch"
 * const request: UsersGetRequest = { user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6" }
 * ```
 * @since 0.1.0
 */
export interface UsersGetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The fields `users.get` sends (in the path: nothing goes in a body).
 *
 * @example
 * ```ts
 * import type { UsersGetRequestEncoded } from "effect4-stytch"
 * const sent: UsersGetRequestEncoded = { user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6" }
 * ```
 * @since 0.1.0
 */
export type UsersGetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `users.get` succeeds with: the user's fields, at the top level.
 *
 * @example
 * ```ts
 * import type { UsersGetResponse } from "effect4-stytch"
 * const emailsOf = (response: UsersGetResponse) => response.emails.map((email) => email.email)
 * ```
 * @since 0.1.0
 */
export interface UsersGetResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `users.get` with.
 *
 * @example
 * ```ts
 * import type { UsersGetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: UsersGetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type UsersGetResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `users.get` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { UsersGetError } from "effect4-stytch"
 * const isKnown = (error: UsersGetError) => error._tag === "UserNotFound"
 * ```
 * @since 0.1.0
 */
export type UsersGetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Reads a user, by id or external id. A `GET`: safe to retry.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Users } from "effect4-stytch"
 *
 * const hasPassword = (user_id: string) =>
 *   Effect.gen(function* () {
 *     const users = yield* Users
 *     const user = yield* users.get({ user_id })
 *     return user.password !== undefined
 *   })
 * ```
 * @since 0.1.0
 */
export const UsersGet: Endpoint.Endpoint<
  Schema.Codec<UsersGetRequest, UsersGetRequestEncoded>,
  Schema.Codec<UsersGetResponse, UsersGetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "users.get",
  method: "GET",
  path: "/v1/users/{user_id}",
  request,
  response,
  errors,
  retrySafe: true
})
