/**
 * `POST /v1/passwords/email/reset/start`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import { EmailNotFound, InvalidEmail } from "../errors/PasswordErrors.js"
import {
  InvalidExpiration,
  InvalidLocale,
  InvalidLoginRedirectUrl,
  InvalidPasswordResetRedirectUrl,
  InvalidPkceCodeChallenge,
  NoPasswordResetRedirectUrl
} from "../errors/ResetErrors.js"
import { CodeChallenge, EmailInput, ResetExpirationMinutes } from "../models/fields.js"
import { Attributes } from "../models/Session.js"
import { ResponseEnvelope } from "./shared.js"

/**
 * Emails the user a reset link. With `code_challenge` (see `Pkce.make`) only the holder of
 * the matching verifier can complete the reset.
 *
 * @example
 * ```ts
 * const pkce = yield* Pkce.make
 * yield* passwords.email.resetStart({
 *   email: "ada@example.com",
 *   reset_password_redirect_url: "https://example.com/reset",
 *   code_challenge: pkce.code_challenge
 * })
 * ```
 * @since 0.1.0
 */
export const EmailResetStart = Endpoint.make({
  name: "passwords.email.resetStart",
  path: "/v1/passwords/email/reset/start",
  request: Schema.Struct({
    email: EmailInput,
    reset_password_redirect_url: Schema.optional(Schema.String),
    reset_password_expiration_minutes: Schema.optional(ResetExpirationMinutes),
    code_challenge: Schema.optional(CodeChallenge),
    attributes: Schema.optional(Attributes),
    login_redirect_url: Schema.optional(Schema.String),
    /** `"en"`, `"es"`, `"pt-br"`, `"fr"`, ... */
    locale: Schema.optional(Schema.String),
    reset_password_template_id: Schema.optional(Schema.String)
  }),
  response: Schema.Struct({ ...ResponseEnvelope, user_id: Schema.String, email_id: Schema.String }),
  errors: [
    EmailNotFound,
    NoPasswordResetRedirectUrl,
    InvalidExpiration,
    InvalidPasswordResetRedirectUrl,
    InvalidLoginRedirectUrl,
    InvalidLocale,
    InvalidPkceCodeChallenge,
    InvalidEmail
  ],
  retrySafe: false
})
