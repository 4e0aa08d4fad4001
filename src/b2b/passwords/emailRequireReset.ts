/**
 * `POST /v1/b2b/passwords/email/require_reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
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

/**
 * Whose permissions a `require_reset` call runs with: a member's session token or JWT,
 * sent as the `X-Stytch-Member-Session` / `X-Stytch-Member-SessionJWT` headers, never in
 * the body.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberAuthorization } from "effect-stytch"
 * Schema.is(MemberAuthorization)({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }) // true
 * ```
 * @since 0.1.0
 */
export const MemberAuthorization = Schema.Struct({
  session_token: Schema.optional(SessionToken),
  session_jwt: Schema.optional(SessionJwt)
}).annotations({ identifier: "MemberAuthorization" })

/**
 * Flags a member's password so that the next login fails with `MemberResetPassword` until
 * the password is reset (cross-organization passwords only). Name the member by
 * `email_address` with `organization_id` or `member_id`; pass `authorization` to act with a
 * member's permissions.
 *
 * @example
 * ```ts
 * yield* b2b.email.requireReset({
 *   email_address: "ada@example.com",
 *   organization_id: "acme",
 *   authorization: { session_token: adminSessionToken }
 * })
 * ```
 * @since 0.1.0
 */
export const B2BEmailRequireReset = Endpoint.make({
  name: "b2b.passwords.email.requireReset",
  path: "/v1/b2b/passwords/email/require_reset",
  request: Schema.Struct({
    email_address: EmailInput,
    organization_id: Schema.optional(OrganizationIdInput),
    member_id: Schema.optional(Schema.String),
    authorization: Schema.optional(MemberAuthorization)
  }),
  response: Schema.Struct({
    ...ResponseEnvelope,
    member_id: Schema.optional(Schema.String),
    member: Schema.optional(Member),
    organization: Schema.optional(Organization)
  }),
  errors: [
    MemberNotFound,
    OrganizationNotFound,
    InvalidOrganizationId,
    EmailNotFound,
    MemberPasswordNotFound,
    CrossOrgPasswordsNotEnabled,
    InvalidEmail,
    ...SessionCredentialErrors
  ],
  retrySafe: false,
  headers: {
    "authorization.session_token": "X-Stytch-Member-Session",
    "authorization.session_jwt": "X-Stytch-Member-SessionJWT"
  }
})
