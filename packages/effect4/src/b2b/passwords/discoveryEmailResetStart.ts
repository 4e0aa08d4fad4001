/**
 * `POST /v1/b2b/passwords/discovery/email/reset/start`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { CrossOrgPasswordsNotEnabled, EmailNotFound } from "../../errors/PasswordErrors.js"
import { InvalidDiscoveryRedirectUrl, NoDiscoveryRedirectUrl } from "../../errors/ResetErrors.js"
import { CodeChallenge, EmailInput, ResetExpirationMinutes } from "../../models/fields.js"
import { ResponseEnvelope } from "../../passwords/shared.js"
import { Locale } from "../fields.js"
import { ResetStartErrors } from "../../errors/groups.js"

const requestFields = {
  email_address: EmailInput,
  reset_password_redirect_url: Schema.optional(Schema.String),
  discovery_redirect_url: Schema.optional(Schema.String),
  reset_password_template_id: Schema.optional(Schema.String),
  reset_password_expiration_minutes: Schema.optional(ResetExpirationMinutes),
  pkce_code_challenge: Schema.optional(CodeChallenge),
  locale: Schema.optional(Locale),
  verify_email_template_id: Schema.optional(Schema.String)
}

const request = Schema.Struct(requestFields)

const response = Schema.Struct(ResponseEnvelope)

const errors = [EmailNotFound, CrossOrgPasswordsNotEnabled, NoDiscoveryRedirectUrl, InvalidDiscoveryRedirectUrl, ...ResetStartErrors] as const

/**
 * What `b2b.discovery.email.resetStart` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetStartRequest } from "effect4-stytch"
 * const request: B2BPasswordsDiscoveryEmailResetStartRequest = { email_address: "ada@example.com", discovery_redirect_url: "https://example.com/discover" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsDiscoveryEmailResetStartRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.discovery.email.resetStart` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetStartRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsDiscoveryEmailResetStartRequestEncoded = { email_address: "ada@example.com", discovery_redirect_url: "https://example.com/discover" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsDiscoveryEmailResetStartRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2b.discovery.email.resetStart` succeeds with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetStartResponse } from "effect4-stytch"
 * const read = (response: B2BPasswordsDiscoveryEmailResetStartResponse) => response.request_id
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsDiscoveryEmailResetStartResponse extends Schema.Struct.Type<typeof ResponseEnvelope> {}

/**
 * The JSON body Stytch answers `b2b.discovery.email.resetStart` with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetStartResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsDiscoveryEmailResetStartResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsDiscoveryEmailResetStartResponseEncoded = Schema.Struct.Encoded<typeof ResponseEnvelope>

/**
 * What `b2b.discovery.email.resetStart` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetStartError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsDiscoveryEmailResetStartError) => error._tag === "EmailNotFound"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsDiscoveryEmailResetStartError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Emails a reset link to an address that belongs to members of one or more organizations
 * (cross-organization passwords). The PKCE challenge is `pkce_code_challenge` here.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords, Pkce } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   const pkce = yield* Pkce.make
 *   yield* b2b.discovery.email.resetStart({
 *     email_address: "ada@example.com",
 *     discovery_redirect_url: "https://example.com/discover",
 *     pkce_code_challenge: pkce.code_challenge
 *   })
 *   return pkce // keep `code_verifier` for b2b.discovery.email.reset
 * })
 * ```
 * @since 0.1.0
 */
export const B2BDiscoveryEmailResetStart: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsDiscoveryEmailResetStartRequest, B2BPasswordsDiscoveryEmailResetStartRequestEncoded>,
  Schema.Codec<B2BPasswordsDiscoveryEmailResetStartResponse, B2BPasswordsDiscoveryEmailResetStartResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.discovery.email.resetStart",
  path: "/v1/b2b/passwords/discovery/email/reset/start",
  request,
  response,
  errors,
  retrySafe: false
})
