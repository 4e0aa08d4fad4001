/**
 * `POST /v1/b2b/passwords/discovery/email/reset/start`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import { CrossOrgPasswordsNotEnabled, EmailNotFound } from "../../errors/PasswordErrors.js"
import { InvalidDiscoveryRedirectUrl, NoDiscoveryRedirectUrl } from "../../errors/ResetErrors.js"
import { CodeChallenge, EmailInput, ResetExpirationMinutes } from "../../models/fields.js"
import { ResponseEnvelope } from "../../passwords/shared.js"
import { Locale } from "../fields.js"
import { ResetStartErrors } from "../../errors/groups.js"

/**
 * Emails a reset link to an address that belongs to members of one or more organizations
 * (cross-organization passwords). The PKCE challenge is `pkce_code_challenge` here.
 *
 * @example
 * ```ts
 * const pkce = yield* Pkce.make
 * yield* b2b.discovery.email.resetStart({
 *   email_address: "ada@example.com",
 *   discovery_redirect_url: "https://example.com/discover",
 *   pkce_code_challenge: pkce.code_challenge
 * })
 * ```
 * @since 0.1.0
 */
export const B2BDiscoveryEmailResetStart = Endpoint.make({
  name: "b2b.passwords.discovery.email.resetStart",
  path: "/v1/b2b/passwords/discovery/email/reset/start",
  request: Schema.Struct({
    email_address: EmailInput,
    reset_password_redirect_url: Schema.optional(Schema.String),
    discovery_redirect_url: Schema.optional(Schema.String),
    reset_password_template_id: Schema.optional(Schema.String),
    reset_password_expiration_minutes: Schema.optional(ResetExpirationMinutes),
    pkce_code_challenge: Schema.optional(CodeChallenge),
    locale: Schema.optional(Locale),
    verify_email_template_id: Schema.optional(Schema.String)
  }),
  response: Schema.Struct(ResponseEnvelope),
  errors: [EmailNotFound, CrossOrgPasswordsNotEnabled, NoDiscoveryRedirectUrl, InvalidDiscoveryRedirectUrl, ...ResetStartErrors],
  retrySafe: false
})
