/**
 * `POST /v1/passwords/existing_password/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import {
  BreachedPassword,
  EmailNotFound,
  InvalidEmail,
  UnauthorizedCredentials,
  WeakPassword
} from "../errors/PasswordErrors.js"
import { SessionRequestErrors } from "../errors/groups.js"
import { EmailInput, SessionRequestFields } from "../models/fields.js"
import { PasswordInput } from "../models/Secret.js"
import { AuthenticatedUserFields } from "./shared.js"

const requestFields = {
  email: EmailInput,
  existing_password: PasswordInput,
  new_password: PasswordInput,
  ...SessionRequestFields
}

const request = Schema.Struct(requestFields)

const response = Schema.Struct(AuthenticatedUserFields)

const errors = [UnauthorizedCredentials, WeakPassword, BreachedPassword, EmailNotFound, InvalidEmail, ...SessionRequestErrors] as const

/**
 * What `passwords.existingPassword.reset` takes.
 *
 * @example
 * ```ts
 * import type { PasswordsExistingPasswordResetRequest } from "effect4-stytch"
 * const request: PasswordsExistingPasswordResetRequest = { email: "ada@example.com", existing_password: "the old passphrase", new_password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export interface PasswordsExistingPasswordResetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `passwords.existingPassword.reset` sends.
 *
 * @example
 * ```ts
 * import type { PasswordsExistingPasswordResetRequestEncoded } from "effect4-stytch"
 * const body: PasswordsExistingPasswordResetRequestEncoded = { email: "ada@example.com", existing_password: "the old passphrase", new_password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export type PasswordsExistingPasswordResetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `passwords.existingPassword.reset` succeeds with.
 *
 * @example
 * ```ts
 * import type { PasswordsExistingPasswordResetResponse } from "effect4-stytch"
 * const read = (response: PasswordsExistingPasswordResetResponse) => response.user_id
 * ```
 * @since 0.1.0
 */
export interface PasswordsExistingPasswordResetResponse extends Schema.Struct.Type<typeof AuthenticatedUserFields> {}

/**
 * The JSON body Stytch answers `passwords.existingPassword.reset` with.
 *
 * @example
 * ```ts
 * import type { PasswordsExistingPasswordResetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: PasswordsExistingPasswordResetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type PasswordsExistingPasswordResetResponseEncoded = Schema.Struct.Encoded<typeof AuthenticatedUserFields>

/**
 * What `passwords.existingPassword.reset` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { PasswordsExistingPasswordResetError } from "effect4-stytch"
 * const isKnown = (error: PasswordsExistingPasswordResetError) => error._tag === "UnauthorizedCredentials"
 * ```
 * @since 0.1.0
 */
export type PasswordsExistingPasswordResetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Changes a password given the current one. Revokes every session of the user and makes a
 * new one if asked.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   yield* passwords.existingPassword.reset({
 *     email: "ada@example.com",
 *     existing_password: Redacted.make("the old passphrase"),
 *     new_password: Redacted.make("a new, long and unusual passphrase")
 *   })
 * })
 * ```
 * @since 0.1.0
 */
export const ExistingPasswordReset: Endpoint.Endpoint<
  Schema.Codec<PasswordsExistingPasswordResetRequest, PasswordsExistingPasswordResetRequestEncoded>,
  Schema.Codec<PasswordsExistingPasswordResetResponse, PasswordsExistingPasswordResetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "passwords.existingPassword.reset",
  path: "/v1/passwords/existing_password/reset",
  request,
  response,
  errors,
  retrySafe: false
})
