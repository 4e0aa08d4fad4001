/**
 * `POST /v1/passwords/existing_password/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
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

/**
 * Changes a password given the current one. Revokes every session of the user and makes a
 * new one if asked.
 *
 * @example
 * ```ts
 * yield* passwords.existingPassword.reset({
 *   email: "ada@example.com",
 *   existing_password: Redacted.make("the old passphrase"),
 *   new_password: Redacted.make("a new, long and unusual passphrase")
 * })
 * ```
 * @since 0.1.0
 */
export const ExistingPasswordReset = Endpoint.make({
  name: "passwords.existingPassword.reset",
  path: "/v1/passwords/existing_password/reset",
  request: Schema.Struct({
    email: EmailInput,
    existing_password: PasswordInput,
    new_password: PasswordInput,
    ...SessionRequestFields
  }),
  response: Schema.Struct(AuthenticatedUserFields),
  errors: [UnauthorizedCredentials, WeakPassword, BreachedPassword, EmailNotFound, InvalidEmail, ...SessionRequestErrors],
  retrySafe: false
})
