/**
 * `POST /v1/b2b/passwords/email/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { InvalidLocale, UnableToAuthPasswordResetToken } from "../../errors/ResetErrors.js"
import { IntermediateSessionNotFound } from "../../errors/SessionErrors.js"
import { CodeVerifier, SessionRequestFields } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { AuthResult } from "../AuthResult.js"
import { IntermediateSessionTokenInput, Locale } from "../fields.js"
import { NewPasswordErrors, PkceVerifierErrors, SessionRequestErrors } from "../../errors/groups.js"
import { MemberResultFields } from "./shared.js"

const requestFields = {
  password_reset_token: Schema.String,
  password: PasswordInput,
  ...SessionRequestFields,
  code_verifier: Schema.optional(CodeVerifier),
  locale: Schema.optional(Locale),
  intermediate_session_token: Schema.optional(IntermediateSessionTokenInput)
}

const request = Schema.Struct(requestFields)

const response = AuthResult({ ...MemberResultFields, member_email_id: Schema.String, organization_id: Schema.String })

const errors = [
  UnableToAuthPasswordResetToken,
  ...PkceVerifierErrors,
  ...NewPasswordErrors,
  IntermediateSessionNotFound,
  InvalidLocale,
  ...SessionRequestErrors
] as const

/**
 * What `b2b.email.reset` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetRequest } from "effect4-stytch"
 * const request: B2BPasswordsEmailResetRequest = { password_reset_token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsEmailResetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.email.reset` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsEmailResetRequestEncoded = { password_reset_token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailResetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * The authenticated outcome of `b2b.email.reset`: the member has a session.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetResponseAuthenticated } from "effect4-stytch"
 * const token = (result: B2BPasswordsEmailResetResponseAuthenticated) => result.session_token
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsEmailResetResponseAuthenticated extends Schema.Schema.Type<(typeof response.members)[0]> {}

/**
 * The pending outcome of `b2b.email.reset`: MFA or another primary factor is still to do.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetResponsePending } from "effect4-stytch"
 * const token = (result: B2BPasswordsEmailResetResponsePending) => result.intermediate_session_token
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsEmailResetResponsePending extends Schema.Schema.Type<(typeof response.members)[1]> {}

/**
 * What `b2b.email.reset` succeeds with: the authenticated or the pending outcome, told apart by
 * `member_authenticated` (or with `matchAuthResult`).
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetResponse } from "effect4-stytch"
 * const label = (result: B2BPasswordsEmailResetResponse) => (result.member_authenticated ? "logged in" : "MFA pending")
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailResetResponse = B2BPasswordsEmailResetResponseAuthenticated | B2BPasswordsEmailResetResponsePending

/**
 * The JSON body Stytch answers `b2b.email.reset` with (one flat object for both outcomes).
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsEmailResetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailResetResponseEncoded = Schema.Codec.Encoded<typeof response>

/**
 * What `b2b.email.reset` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsEmailResetError) => error._tag === "UnableToAuthPasswordResetToken"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailResetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Sets a new password with the token from the reset link, spending the token and
 * verifying the email. Answers like `authenticate`: authenticated with a session, or
 * pending when the organization wants MFA.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { B2BPasswords, type Pkce } from "effect4-stytch"
 *
 * // `token` from the reset link; `pkce` made when the reset started
 * const finishReset = (token: string, pkce: Pkce.PkcePair) =>
 *   Effect.gen(function* () {
 *     const b2b = yield* B2BPasswords
 *     const result = yield* b2b.email.reset({
 *       password_reset_token: token,
 *       password: Redacted.make("a new, long and unusual passphrase"),
 *       code_verifier: pkce.code_verifier
 *     })
 *     return result.member_authenticated
 *   })
 * ```
 * @since 0.1.0
 */
export const B2BEmailReset: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsEmailResetRequest, B2BPasswordsEmailResetRequestEncoded>,
  Schema.Codec<B2BPasswordsEmailResetResponse, B2BPasswordsEmailResetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.email.reset",
  path: "/v1/b2b/passwords/email/reset",
  request,
  response,
  errors,
  retrySafe: false
})
