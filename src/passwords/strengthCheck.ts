/**
 * `POST /v1/passwords/strength_check`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import { Feedback } from "../models/Strength.js"
import { PasswordInput } from "../models/Secret.js"
import { InvalidEmail } from "../errors/PasswordErrors.js"
import { EmailInput } from "../models/fields.js"
import { StrengthVerdictFields } from "./shared.js"

/**
 * Checks a password against the project's strength policy (zxcvbn or LUDS) and, when an
 * email is given, against known breaches. It changes nothing, so it is the one consumer
 * Passwords call marked safe to retry after a 5xx or a timeout.
 *
 * @example
 * ```ts
 * const { valid_password, score, feedback } = yield* passwords.strengthCheck({
 *   password: "correct horse battery staple",
 *   email: "ada@example.com"
 * })
 * ```
 * @since 0.1.0
 */
export const StrengthCheck = Endpoint.make({
  name: "passwords.strengthCheck",
  path: "/v1/passwords/strength_check",
  request: Schema.Struct({
    password: PasswordInput,
    email: Schema.optional(EmailInput)
  }),
  response: Schema.Struct({
    ...StrengthVerdictFields,
    feedback: Schema.optional(Feedback)
  }),
  errors: [InvalidEmail],
  retrySafe: true
})
