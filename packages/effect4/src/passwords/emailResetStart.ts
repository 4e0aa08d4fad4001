/**
 * `POST /v1/passwords/email/reset/start`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
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

const requestFields = {
  email: EmailInput,
  reset_password_redirect_url: Schema.optional(Schema.String),
  reset_password_expiration_minutes: Schema.optional(ResetExpirationMinutes),
  code_challenge: Schema.optional(CodeChallenge),
  attributes: Schema.optional(Attributes),
  login_redirect_url: Schema.optional(Schema.String),
  /** `"en"`, `"es"`, `"pt-br"`, `"fr"`, ... */
  locale: Schema.optional(Schema.String),
  reset_password_template_id: Schema.optional(Schema.String)
}

const request = Schema.Struct(requestFields)

const responseFields = { ...ResponseEnvelope, user_id: Schema.String, email_id: Schema.String }

const response = Schema.Struct(responseFields)

const errors = [
  EmailNotFound,
  NoPasswordResetRedirectUrl,
  InvalidExpiration,
  InvalidPasswordResetRedirectUrl,
  InvalidLoginRedirectUrl,
  InvalidLocale,
  InvalidPkceCodeChallenge,
  InvalidEmail
] as const

/**
 * What `passwords.email.resetStart` takes.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetStartRequest } from "effect4-stytch"
 * const request: PasswordsEmailResetStartRequest = { email: "ada@example.com", reset_password_redirect_url: "https://example.com/reset" }
 * ```
 * @since 0.1.0
 */
export interface PasswordsEmailResetStartRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `passwords.email.resetStart` sends.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetStartRequestEncoded } from "effect4-stytch"
 * const body: PasswordsEmailResetStartRequestEncoded = { email: "ada@example.com", reset_password_redirect_url: "https://example.com/reset" }
 * ```
 * @since 0.1.0
 */
export type PasswordsEmailResetStartRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `passwords.email.resetStart` succeeds with.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetStartResponse } from "effect4-stytch"
 * const read = (response: PasswordsEmailResetStartResponse) => response.email_id
 * ```
 * @since 0.1.0
 */
export interface PasswordsEmailResetStartResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `passwords.email.resetStart` with.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetStartResponseEncoded } from "effect4-stytch"
 * const requestId = (body: PasswordsEmailResetStartResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type PasswordsEmailResetStartResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `passwords.email.resetStart` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetStartError } from "effect4-stytch"
 * const isKnown = (error: PasswordsEmailResetStartError) => error._tag === "EmailNotFound"
 * ```
 * @since 0.1.0
 */
export type PasswordsEmailResetStartError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Emails the user a reset link. With `code_challenge` (see `Pkce.make`) only the holder of
 * the matching verifier can complete the reset.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, Pkce } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   const pkce = yield* Pkce.make
 *   yield* passwords.email.resetStart({
 *     email: "ada@example.com",
 *     reset_password_redirect_url: "https://example.com/reset",
 *     code_challenge: pkce.code_challenge
 *   })
 *   return pkce // keep `code_verifier` for passwords.email.reset
 * })
 * ```
 * @since 0.1.0
 */
export const EmailResetStart: Endpoint.Endpoint<
  Schema.Codec<PasswordsEmailResetStartRequest, PasswordsEmailResetStartRequestEncoded>,
  Schema.Codec<PasswordsEmailResetStartResponse, PasswordsEmailResetStartResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "passwords.email.resetStart",
  path: "/v1/passwords/email/reset/start",
  request,
  response,
  errors,
  retrySafe: false
})
