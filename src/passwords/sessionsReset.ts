/**
 * `POST /v1/passwords/session/reset` (singular "session" in the path).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import { BreachedPassword, SessionTooOldToResetPassword, WeakPassword } from "../errors/PasswordErrors.js"
import { SessionRequestErrors } from "../errors/groups.js"
import { NoSessionArguments } from "../errors/SessionErrors.js"
import { SessionRequestFields } from "../models/fields.js"
import { PasswordInput } from "../models/Secret.js"
import { AuthenticatedUserFields } from "./shared.js"

/**
 * Sets a new password for the user of a live session (`session_token` or `session_jwt`)
 * whose password, email magic link or email OTP factor was authenticated in the last 5
 * minutes. Revokes the user's other sessions.
 *
 * @example
 * ```ts
 * yield* passwords.sessions.reset({
 *   session_token,
 *   password: Redacted.make("a new, long and unusual passphrase")
 * })
 * ```
 * @since 0.1.0
 */
export const SessionsReset = Endpoint.make({
  name: "passwords.sessions.reset",
  path: "/v1/passwords/session/reset",
  request: Schema.Struct({ password: PasswordInput, ...SessionRequestFields }),
  response: Schema.Struct(AuthenticatedUserFields),
  errors: [SessionTooOldToResetPassword, NoSessionArguments, WeakPassword, BreachedPassword, ...SessionRequestErrors],
  retrySafe: false
})
