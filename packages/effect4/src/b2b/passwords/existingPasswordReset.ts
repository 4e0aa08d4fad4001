/**
 * `POST /v1/b2b/passwords/existing_password/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { InvalidOrganizationId, MemberNotFound, OrganizationNotFound } from "../../errors/OrganizationErrors.js"
import {
  CannotResetPasswordWithExistingPassword,
  InvalidEmail,
  MemberPasswordNotFound,
  UnauthorizedCredentials
} from "../../errors/PasswordErrors.js"
import { InvalidLocale } from "../../errors/ResetErrors.js"
import { EmailInput, SessionRequestFields } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { AuthResult } from "../AuthResult.js"
import { Locale, OrganizationIdInput } from "../fields.js"
import { NewPasswordErrors, SessionRequestErrors } from "../../errors/groups.js"
import { MemberResultFields } from "./shared.js"

const requestFields = {
  email_address: EmailInput,
  existing_password: PasswordInput,
  new_password: PasswordInput,
  organization_id: OrganizationIdInput,
  ...SessionRequestFields,
  locale: Schema.optional(Locale)
}

const request = Schema.Struct(requestFields)

const response = AuthResult(MemberResultFields)

const errors = [
  UnauthorizedCredentials,
  MemberNotFound,
  MemberPasswordNotFound,
  OrganizationNotFound,
  InvalidOrganizationId,
  CannotResetPasswordWithExistingPassword,
  ...NewPasswordErrors,
  InvalidEmail,
  InvalidLocale,
  ...SessionRequestErrors
] as const

/**
 * What `b2b.existingPassword.reset` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsExistingPasswordResetRequest } from "effect4-stytch"
 * const request: B2BPasswordsExistingPasswordResetRequest = { organization_id: "acme", email_address: "ada@example.com", existing_password: "the old passphrase", new_password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsExistingPasswordResetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.existingPassword.reset` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsExistingPasswordResetRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsExistingPasswordResetRequestEncoded = { organization_id: "acme", email_address: "ada@example.com", existing_password: "the old passphrase", new_password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsExistingPasswordResetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * The authenticated outcome of `b2b.existingPassword.reset`: the member has a session.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsExistingPasswordResetResponseAuthenticated } from "effect4-stytch"
 * const token = (result: B2BPasswordsExistingPasswordResetResponseAuthenticated) => result.session_token
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsExistingPasswordResetResponseAuthenticated extends Schema.Schema.Type<(typeof response.members)[0]> {}

/**
 * The pending outcome of `b2b.existingPassword.reset`: MFA or another primary factor is still to do.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsExistingPasswordResetResponsePending } from "effect4-stytch"
 * const token = (result: B2BPasswordsExistingPasswordResetResponsePending) => result.intermediate_session_token
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsExistingPasswordResetResponsePending extends Schema.Schema.Type<(typeof response.members)[1]> {}

/**
 * What `b2b.existingPassword.reset` succeeds with: the authenticated or the pending outcome, told apart by
 * `member_authenticated` (or with `matchAuthResult`).
 *
 * @example
 * ```ts
 * import type { B2BPasswordsExistingPasswordResetResponse } from "effect4-stytch"
 * const label = (result: B2BPasswordsExistingPasswordResetResponse) => (result.member_authenticated ? "logged in" : "MFA pending")
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsExistingPasswordResetResponse = B2BPasswordsExistingPasswordResetResponseAuthenticated | B2BPasswordsExistingPasswordResetResponsePending

/**
 * The JSON body Stytch answers `b2b.existingPassword.reset` with (one flat object for both outcomes).
 *
 * @example
 * ```ts
 * import type { B2BPasswordsExistingPasswordResetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsExistingPasswordResetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsExistingPasswordResetResponseEncoded = Schema.Codec.Encoded<typeof response>

/**
 * What `b2b.existingPassword.reset` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsExistingPasswordResetError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsExistingPasswordResetError) => error._tag === "UnauthorizedCredentials"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsExistingPasswordResetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Changes a member's password given the current one. Answers like `authenticate`:
 * authenticated with a session, or pending when the organization wants MFA.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   yield* b2b.existingPassword.reset({
 *     organization_id: "acme",
 *     email_address: "ada@example.com",
 *     existing_password: Redacted.make("the old passphrase"),
 *     new_password: Redacted.make("a new, long and unusual passphrase")
 *   })
 * })
 * ```
 * @since 0.1.0
 */
export const B2BExistingPasswordReset: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsExistingPasswordResetRequest, B2BPasswordsExistingPasswordResetRequestEncoded>,
  Schema.Codec<B2BPasswordsExistingPasswordResetResponse, B2BPasswordsExistingPasswordResetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.existingPassword.reset",
  path: "/v1/b2b/passwords/existing_password/reset",
  request,
  response,
  errors,
  retrySafe: false
})
