/**
 * `POST /v1/b2b/passwords/email/require_reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { InvalidOrganizationId, MemberNotFound, OrganizationNotFound } from "../../errors/OrganizationErrors.js"
import {
  CrossOrgPasswordsNotEnabled,
  EmailNotFound,
  InvalidEmail,
  MemberPasswordNotFound
} from "../../errors/PasswordErrors.js"
import { SessionCredentialErrors } from "../../errors/groups.js"
import { EmailInput, SessionJwt, SessionToken } from "../../models/fields.js"
import { Member } from "../../models/Member.js"
import { Organization } from "../../models/Organization.js"
import { ResponseEnvelope } from "../../passwords/shared.js"
import { OrganizationIdInput } from "../fields.js"

const MemberAuthorizationFields = {
  session_token: Schema.optional(SessionToken),
  session_jwt: Schema.optional(SessionJwt)
}

/**
 * Whose permissions a `require_reset` call runs with: a member's session token or JWT,
 * sent as the `X-Stytch-Member-Session` / `X-Stytch-Member-SessionJWT` headers, never in
 * the body.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberAuthorization } from "effect4-stytch"
 * Schema.is(MemberAuthorization)({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }) // true
 * ```
 * @since 0.1.0
 */
export const MemberAuthorization: Schema.Codec<MemberAuthorization> = Schema.Struct(MemberAuthorizationFields).annotate({
  identifier: "MemberAuthorization"
})

/**
 * @example
 * ```ts
 * import type { MemberAuthorization } from "effect4-stytch"
 * const asAdmin: MemberAuthorization = { session_jwt: "eyJhbGciOiJSUzI1NiIs..." }
 * ```
 * @since 0.1.0
 */
export interface MemberAuthorization extends Schema.Struct.Type<typeof MemberAuthorizationFields> {}

const requestFields = {
  email_address: EmailInput,
  organization_id: Schema.optional(OrganizationIdInput),
  member_id: Schema.optional(Schema.String),
  authorization: Schema.optional(MemberAuthorization)
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  member_id: Schema.optional(Schema.String),
  member: Schema.optional(Member),
  organization: Schema.optional(Organization)
}

const response = Schema.Struct(responseFields)

const errors = [
  MemberNotFound,
  OrganizationNotFound,
  InvalidOrganizationId,
  EmailNotFound,
  MemberPasswordNotFound,
  CrossOrgPasswordsNotEnabled,
  InvalidEmail,
  ...SessionCredentialErrors
] as const

/**
 * What `b2b.email.requireReset` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailRequireResetRequest } from "effect4-stytch"
 * const request: B2BPasswordsEmailRequireResetRequest = { email_address: "ada@example.com", organization_id: "acme" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsEmailRequireResetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.email.requireReset` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailRequireResetRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsEmailRequireResetRequestEncoded = { email_address: "ada@example.com", organization_id: "acme" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailRequireResetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2b.email.requireReset` succeeds with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailRequireResetResponse } from "effect4-stytch"
 * const read = (response: B2BPasswordsEmailRequireResetResponse) => response.member_id
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsEmailRequireResetResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `b2b.email.requireReset` with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailRequireResetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsEmailRequireResetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailRequireResetResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `b2b.email.requireReset` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsEmailRequireResetError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsEmailRequireResetError) => error._tag === "MemberNotFound"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsEmailRequireResetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Flags a member's password so that the next login fails with `MemberResetPassword` until
 * the password is reset (cross-organization passwords only). Name the member by
 * `email_address` with `organization_id` or `member_id`; pass `authorization` to act with a
 * member's permissions.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * // acting as an admin of the organization, with the admin's session
 * const requireReset = (adminSessionToken: string) =>
 *   Effect.gen(function* () {
 *     const b2b = yield* B2BPasswords
 *     yield* b2b.email.requireReset({
 *       email_address: "ada@example.com",
 *       organization_id: "acme",
 *       authorization: { session_token: adminSessionToken }
 *     })
 *   })
 * ```
 * @since 0.1.0
 */
export const B2BEmailRequireReset: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsEmailRequireResetRequest, B2BPasswordsEmailRequireResetRequestEncoded>,
  Schema.Codec<B2BPasswordsEmailRequireResetResponse, B2BPasswordsEmailRequireResetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.email.requireReset",
  path: "/v1/b2b/passwords/email/require_reset",
  request,
  response,
  errors,
  retrySafe: false,
  headers: {
    "authorization.session_token": "X-Stytch-Member-Session",
    "authorization.session_jwt": "X-Stytch-Member-SessionJWT"
  }
})
