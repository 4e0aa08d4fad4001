/**
 * `POST /v1/b2b/passwords/email/reset/start`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
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

/**
 * Emails a member of an organization a reset link. With `code_challenge` (see `Pkce.make`)
 * only the holder of the matching verifier can complete the reset.
 *
 * @example
 * ```ts
 * const pkce = yield* Pkce.make
 * yield* b2b.email.resetStart({
 *   organization_id: "acme",
 *   email_address: "ada@example.com",
 *   reset_password_redirect_url: "https://example.com/reset",
 *   code_challenge: pkce.code_challenge
 * })
 * ```
 * @since 0.1.0
 */
export const B2BEmailResetStart = Endpoint.make({
  name: "b2b.passwords.email.resetStart",
  path: "/v1/b2b/passwords/email/reset/start",
  request: Schema.Struct({
    organization_id: OrganizationIdInput,
    email_address: EmailInput,
    reset_password_redirect_url: Schema.optional(Schema.String),
    reset_password_expiration_minutes: Schema.optional(ResetExpirationMinutes),
    code_challenge: Schema.optional(CodeChallenge),
    login_redirect_url: Schema.optional(Schema.String),
    locale: Schema.optional(Locale),
    reset_password_template_id: Schema.optional(Schema.String),
    verify_email_template_id: Schema.optional(Schema.String)
  }),
  response: Schema.Struct({
    ...ResponseEnvelope,
    member_id: Schema.String,
    member_email_id: Schema.String,
    member: Member
  }),
  errors: [
    MemberNotFound,
    OrganizationNotFound,
    InvalidOrganizationId,
    OperationRestrictedByOrganizationAuthMethods,
    InvalidLoginRedirectUrl,
    ...ResetStartErrors
  ],
  retrySafe: false
})
