/**
 * `POST /v1/b2b/passwords/authenticate`.
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
import {
  InvalidEmail,
  MemberPasswordNotFound,
  MemberResetPassword,
  UnauthorizedCredentials
} from "../../errors/PasswordErrors.js"
import { InvalidLocale } from "../../errors/ResetErrors.js"
import { IntermediateSessionNotFound, InvalidIntermediateSessionTokenForOrganization } from "../../errors/SessionErrors.js"
import { EmailInput, SessionRequestFields } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { AuthResult } from "../AuthResult.js"
import { IntermediateSessionTokenInput, Locale, OrganizationIdInput } from "../fields.js"
import { SessionRequestErrors } from "../../errors/groups.js"
import { MemberResultFields } from "./shared.js"

const requestFields = {
  organization_id: OrganizationIdInput,
  email_address: EmailInput,
  password: PasswordInput,
  ...SessionRequestFields,
  /** The language of the MFA code Stytch may text at once. */
  locale: Schema.optional(Locale),
  intermediate_session_token: Schema.optional(IntermediateSessionTokenInput)
}

const request = Schema.Struct(requestFields)

const response = AuthResult({ ...MemberResultFields, organization_id: Schema.String })

const errors = [
  UnauthorizedCredentials,
  MemberResetPassword,
  MemberPasswordNotFound,
  MemberNotFound,
  OrganizationNotFound,
  InvalidOrganizationId,
  OperationRestrictedByOrganizationAuthMethods,
  IntermediateSessionNotFound,
  InvalidIntermediateSessionTokenForOrganization,
  InvalidEmail,
  InvalidLocale,
  ...SessionRequestErrors
] as const

/**
 * What `b2b.authenticate` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsAuthenticateRequest } from "effect4-stytch"
 * const request: B2BPasswordsAuthenticateRequest = { organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsAuthenticateRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.authenticate` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsAuthenticateRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsAuthenticateRequestEncoded = { organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsAuthenticateRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * The authenticated outcome of `b2b.authenticate`: the member has a session.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsAuthenticateResponseAuthenticated } from "effect4-stytch"
 * const token = (result: B2BPasswordsAuthenticateResponseAuthenticated) => result.session_token
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsAuthenticateResponseAuthenticated extends Schema.Schema.Type<(typeof response.members)[0]> {}

/**
 * The pending outcome of `b2b.authenticate`: MFA or another primary factor is still to do.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsAuthenticateResponsePending } from "effect4-stytch"
 * const token = (result: B2BPasswordsAuthenticateResponsePending) => result.intermediate_session_token
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsAuthenticateResponsePending extends Schema.Schema.Type<(typeof response.members)[1]> {}

/**
 * What `b2b.authenticate` succeeds with: the authenticated or the pending outcome, told apart by
 * `member_authenticated` (or with `matchAuthResult`).
 *
 * @example
 * ```ts
 * import type { B2BPasswordsAuthenticateResponse } from "effect4-stytch"
 * const label = (result: B2BPasswordsAuthenticateResponse) => (result.member_authenticated ? "logged in" : "MFA pending")
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsAuthenticateResponse = B2BPasswordsAuthenticateResponseAuthenticated | B2BPasswordsAuthenticateResponsePending

/**
 * The JSON body Stytch answers `b2b.authenticate` with (one flat object for both outcomes).
 *
 * @example
 * ```ts
 * import type { B2BPasswordsAuthenticateResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsAuthenticateResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsAuthenticateResponseEncoded = Schema.Codec.Encoded<typeof response>

/**
 * What `b2b.authenticate` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsAuthenticateError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsAuthenticateError) => error._tag === "MemberResetPassword"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsAuthenticateError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Logs a member in to an organization with email and password. The answer is either
 * authenticated (a session) or pending (`intermediate_session_token`, with `mfa_required`
 * or `primary_required`) when the organization wants more; a valid `session_token` or
 * `session_jwt` skips MFA. A password found in a breach fails with `MemberResetPassword`,
 * even when it is right.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   const result = yield* b2b.authenticate({
 *     organization_id: "acme",
 *     email_address: "ada@example.com",
 *     password: Redacted.make("correct horse battery staple")
 *   })
 *   return result.member_authenticated ? result.session_token : result.intermediate_session_token
 * })
 * ```
 * @since 0.1.0
 */
export const B2BAuthenticate: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsAuthenticateRequest, B2BPasswordsAuthenticateRequestEncoded>,
  Schema.Codec<B2BPasswordsAuthenticateResponse, B2BPasswordsAuthenticateResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.authenticate",
  path: "/v1/b2b/passwords/authenticate",
  request,
  response,
  errors,
  retrySafe: false
})
