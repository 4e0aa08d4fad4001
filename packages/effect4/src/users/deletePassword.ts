/**
 * `DELETE /v1/users/passwords/{password_id}`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { InvalidPasswordId, PasswordNotFound } from "../errors/PasswordErrors.js"
import { PasswordIdInput } from "../models/ids.js"
import { User } from "../models/User.js"
import { ResponseEnvelope } from "../passwords/shared.js"

const requestFields = {
  password_id: PasswordIdInput
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  user_id: Schema.String,
  user: User
}

const response = Schema.Struct(responseFields)

const errors = [PasswordNotFound, InvalidPasswordId] as const

/**
 * What `users.deletePassword` takes: the password's id (`user.password.password_id`), sent
 * in the path.
 *
 * @example
 * ```ts
 * import type { UsersDeletePasswordRequest } from "effect4-stytch"
 * const request: UsersDeletePasswordRequest = { password_id: "password-test-b8c1e3f1-5c36-4d88-a3b3-5a9a1ec8ed8c" }
 * ```
 * @since 0.1.0
 */
export interface UsersDeletePasswordRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The fields `users.deletePassword` sends (in the path: a `DELETE` has no body).
 *
 * @example
 * ```ts
 * import type { UsersDeletePasswordRequestEncoded } from "effect4-stytch"
 * const sent: UsersDeletePasswordRequestEncoded = { password_id: "password-test-b8c1e3f1-5c36-4d88-a3b3-5a9a1ec8ed8c" }
 * ```
 * @since 0.1.0
 */
export type UsersDeletePasswordRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `users.deletePassword` succeeds with: the user, now without a password.
 *
 * @example
 * ```ts
 * import type { UsersDeletePasswordResponse } from "effect4-stytch"
 * const stillHasOne = (response: UsersDeletePasswordResponse) => response.user.password !== undefined // false
 * ```
 * @since 0.1.0
 */
export interface UsersDeletePasswordResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `users.deletePassword` with.
 *
 * @example
 * ```ts
 * import type { UsersDeletePasswordResponseEncoded } from "effect4-stytch"
 * const requestId = (body: UsersDeletePasswordResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type UsersDeletePasswordResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `users.deletePassword` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { UsersDeletePasswordError } from "effect4-stytch"
 * const isKnown = (error: UsersDeletePasswordError) => error._tag === "PasswordNotFound"
 * ```
 * @since 0.1.0
 */
export type UsersDeletePasswordError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Deletes a user's password: the user stays, and logs in with a password again only after a
 * reset (`passwords.authenticate` answers `no_user_password` until then). Not retried after
 * a 500 or a lost connection.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Users } from "effect4-stytch"
 *
 * const removePassword = (user_id: string) =>
 *   Effect.gen(function* () {
 *     const users = yield* Users
 *     const user = yield* users.get({ user_id })
 *     if (user.password === undefined) return user.user_id
 *     const { user_id: id } = yield* users.deletePassword({ password_id: user.password.password_id })
 *     return id
 *   })
 * ```
 * @since 0.1.0
 */
export const UsersDeletePassword: Endpoint.Endpoint<
  Schema.Codec<UsersDeletePasswordRequest, UsersDeletePasswordRequestEncoded>,
  Schema.Codec<UsersDeletePasswordResponse, UsersDeletePasswordResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "users.deletePassword",
  method: "DELETE",
  path: "/v1/users/passwords/{password_id}",
  request,
  response,
  errors,
  retrySafe: false
})
