/**
 * `POST /v1/b2b/passwords/strength_check`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import { InvalidEmail } from "../../errors/PasswordErrors.js"
import { EmailInput } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { LudsRequirements, ZxcvbnFeedback } from "../../models/Strength.js"
import { StrengthVerdictFields } from "../../passwords/shared.js"

/**
 * Checks a password against the project's strength policy and, with `email_address`,
 * against known breaches. Unlike the consumer call, the feedback comes as `luds_feedback`
 * or `zxcvbn_feedback`, whichever policy the project uses. It changes nothing: the only
 * B2B Passwords call retried after a 5xx or a timeout.
 *
 * @example
 * ```ts
 * const { valid_password, zxcvbn_feedback } = yield* b2b.strengthCheck({
 *   password: "correct horse battery staple",
 *   email_address: "ada@example.com"
 * })
 * ```
 * @since 0.1.0
 */
export const B2BStrengthCheck = Endpoint.make({
  name: "b2b.passwords.strengthCheck",
  path: "/v1/b2b/passwords/strength_check",
  request: Schema.Struct({
    password: PasswordInput,
    email_address: Schema.optional(EmailInput)
  }),
  response: Schema.Struct({
    ...StrengthVerdictFields,
    luds_feedback: Schema.optional(LudsRequirements),
    zxcvbn_feedback: Schema.optional(ZxcvbnFeedback)
  }),
  errors: [InvalidEmail],
  retrySafe: true
})
