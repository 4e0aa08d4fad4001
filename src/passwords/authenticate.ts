/**
 * `POST /v1/passwords/authenticate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import {
  EmailNotFound,
  InvalidEmail,
  NoUserPassword,
  ResetPassword,
  UnauthorizedCredentials
} from "../errors/PasswordErrors.js"
import { SessionRequestErrors } from "../errors/groups.js"
import { EmailInput, SessionRequestFields } from "../models/fields.js"
import { PasswordInput } from "../models/Secret.js"
import { AuthenticatedUserFields } from "./shared.js"

/**
 * Logs a user in with email and password. `ResetPassword` can come even for the right
 * password: the password was found in a breach, or the project requires a reset.
 *
 * @example
 * ```ts
 * const { user, session } = yield* passwords.authenticate({
 *   email: "ada@example.com",
 *   password: Redacted.make("correct horse battery staple"),
 *   session_duration_minutes: 60
 * })
 * ```
 * @since 0.1.0
 */
export const Authenticate = Endpoint.make({
  name: "passwords.authenticate",
  path: "/v1/passwords/authenticate",
  request: Schema.Struct({ email: EmailInput, password: PasswordInput, ...SessionRequestFields }),
  response: Schema.Struct(AuthenticatedUserFields),
  errors: [
    EmailNotFound,
    UnauthorizedCredentials,
    ResetPassword,
    NoUserPassword,
    InvalidEmail,
    ...SessionRequestErrors
  ],
  retrySafe: false
})
