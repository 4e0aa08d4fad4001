/**
 * `POST /v1/b2b/passwords/email/reset/start`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import {
  InvalidOrganizationId,
  MemberNotFound,
  OperationRestrictedByOrganizationAuthMethods,
  OrganizationNotFound
} from "../../errors/OrganizationErrors.js"
import { InvalidLoginRedirectUrl } from "../../errors/ResetErrors.js"
import { CodeChallenge, EmailInput, ResetExpirationMinutes } from "../../models/fields.js"
import { Member } from "../../models/Member.js"
import { ResponseEnvelope } from "../../passwords/shared.js"
import { Locale, OrganizationIdInput } from "../fields.js"
import { ResetStartErrors } from "../../errors/groups.js"

const requestFields = {
  organization_id: OrganizationIdInput,
  email_address: EmailInput,
  reset_password_redirect_url: Schema.optional(Schema.String),
  reset_password_expiration_minutes: Schema.optional(ResetExpirationMinutes),
  code_challenge: Schema.optional(CodeChallenge),
  login_redirect_url: Schema.optional(Schema.String),
  locale: Schema.optional(Locale),
  reset_password_template_id: Schema.optional(Schema.String),
  verify_email_template_id: Schema.optional(Schema.String)
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  member_id: Schema.String,
  member_email_id: Schema.String,
  member: Member
}

const response = Schema.Struct(responseFields)

const errors = [
  MemberNotFound,
  OrganizationNotFound,
  InvalidOrganizationId,
  OperationRestrictedByOrganizationAuthMethods,
  InvalidLoginRedirectUrl,
  ...ResetStartErrors
] as const

/**
 * What `b2b.email.resetStart` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetStartRequest } from "effect4-stytch"
 * const request: B2BPasswordsEmailResetStartRequest = { organization_id: "acme", email_address: "ada@example.com" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsEmailResetStartRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.email.resetStart` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetStartRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsEmailResetStartRequestEncoded = { organization_id: "acme", email_address: "ada@example.com" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailResetStartRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2b.email.resetStart` succeeds with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetStartResponse } from "effect4-stytch"
 * const read = (response: B2BPasswordsEmailResetStartResponse) => response.member_email_id
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsEmailResetStartResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `b2b.email.resetStart` with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetStartResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsEmailResetStartResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailResetStartResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `b2b.email.resetStart` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailResetStartError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsEmailResetStartError) => error._tag === "MemberNotFound"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailResetStartError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Emails a member of an organization a reset link. With `code_challenge` (see `Pkce.make`)
 * only the holder of the matching verifier can complete the reset.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords, Pkce } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   const pkce = yield* Pkce.make
 *   yield* b2b.email.resetStart({
 *     organization_id: "acme",
 *     email_address: "ada@example.com",
 *     reset_password_redirect_url: "https://example.com/reset",
 *     code_challenge: pkce.code_challenge
 *   })
 *   return pkce // keep `code_verifier` for b2b.email.reset
 * })
 * ```
 * @since 0.1.0
 */
export const B2BEmailResetStart: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsEmailResetStartRequest, B2BPasswordsEmailResetStartRequestEncoded>,
  Schema.Codec<B2BPasswordsEmailResetStartResponse, B2BPasswordsEmailResetStartResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.email.resetStart",
  path: "/v1/b2b/passwords/email/reset/start",
  request,
  response,
  errors,
  retrySafe: false
})
