/**
 * `POST /v1/b2b/passwords/email/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import { InvalidLocale, UnableToAuthPasswordResetToken } from "../../errors/ResetErrors.js"
import { IntermediateSessionNotFound } from "../../errors/SessionErrors.js"
import { CodeVerifier, SessionRequestFields } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { AuthResult } from "../AuthResult.js"
import { IntermediateSessionTokenInput, Locale } from "../fields.js"
import { NewPasswordErrors, PkceVerifierErrors, SessionRequestErrors } from "../../errors/groups.js"
import { MemberResultFields } from "./shared.js"

/**
 * Sets a new password with the token from the reset link, spending the token and
 * verifying the email. Answers like `authenticate`: authenticated with a session, or
 * pending when the organization wants MFA.
 *
 * @example
 * ```ts
 * const result = yield* b2b.email.reset({
 *   password_reset_token: token,
 *   password: Redacted.make("a new, long and unusual passphrase"),
 *   code_verifier: pkce.code_verifier
 * })
 * ```
 * @since 0.1.0
 */
export const B2BEmailReset = Endpoint.make({
  name: "b2b.passwords.email.reset",
  path: "/v1/b2b/passwords/email/reset",
  request: Schema.Struct({
    password_reset_token: Schema.String,
    password: PasswordInput,
    ...SessionRequestFields,
    code_verifier: Schema.optional(CodeVerifier),
    locale: Schema.optional(Locale),
    intermediate_session_token: Schema.optional(IntermediateSessionTokenInput)
  }),
  response: AuthResult({ ...MemberResultFields, member_email_id: Schema.String, organization_id: Schema.String }),
  errors: [
    UnableToAuthPasswordResetToken,
    ...PkceVerifierErrors,
    ...NewPasswordErrors,
    IntermediateSessionNotFound,
    InvalidLocale,
    ...SessionRequestErrors
  ],
  retrySafe: false
})
