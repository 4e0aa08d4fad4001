/**
 * `POST /v1/passwords/email/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import { BreachedPassword, WeakPassword } from "../errors/PasswordErrors.js"
import {
  AttributeMismatch,
  InvalidPkceCodeVerifier,
  PkceDidNotExpectCodeVerifier,
  PkceExpectedCodeVerifier,
  PkceMismatch,
  UnableToAuthPasswordResetToken
} from "../errors/ResetErrors.js"
import { SessionRequestErrors } from "../errors/groups.js"
import { CodeVerifier, SessionRequestFields } from "../models/fields.js"
import { Options } from "../models/Request.js"
import { PasswordInput } from "../models/Secret.js"
import { Attributes } from "../models/Session.js"
import { AuthenticatedUserFields } from "./shared.js"

/**
 * Sets a new password with the token from the reset link. Spends the token, verifies the
 * email, revokes every session of the user, and makes a new one if asked.
 *
 * @example
 * ```ts
 * const { user_id } = yield* passwords.email.reset({
 *   token,
 *   password: Redacted.make("a new, long and unusual passphrase"),
 *   code_verifier: pkce.code_verifier
 * })
 * ```
 * @since 0.1.0
 */
export const EmailReset = Endpoint.make({
  name: "passwords.email.reset",
  path: "/v1/passwords/email/reset",
  request: Schema.Struct({
    token: Schema.String,
    password: PasswordInput,
    ...SessionRequestFields,
    code_verifier: Schema.optional(CodeVerifier),
    attributes: Schema.optional(Attributes),
    options: Schema.optional(Options)
  }),
  response: Schema.Struct(AuthenticatedUserFields),
  errors: [
    UnableToAuthPasswordResetToken,
    PkceMismatch,
    PkceExpectedCodeVerifier,
    PkceDidNotExpectCodeVerifier,
    InvalidPkceCodeVerifier,
    AttributeMismatch,
    WeakPassword,
    BreachedPassword,
    ...SessionRequestErrors
  ],
  retrySafe: false
})
