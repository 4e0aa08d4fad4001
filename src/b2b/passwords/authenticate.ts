/**
 * `POST /v1/b2b/passwords/authenticate`.
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

/**
 * Logs a member in to an organization with email and password. The answer is either
 * authenticated (a session) or pending (`intermediate_session_token`, with `mfa_required`
 * or `primary_required`) when the organization wants more; a valid `session_token` or
 * `session_jwt` skips MFA. A password found in a breach fails with `MemberResetPassword`,
 * even when it is right.
 *
 * @example
 * ```ts
 * const result = yield* b2b.authenticate({
 *   organization_id: "acme",
 *   email_address: "ada@example.com",
 *   password: Redacted.make("correct horse battery staple")
 * })
 * if (result.member_authenticated) result.session_token
 * ```
 * @since 0.1.0
 */
export const B2BAuthenticate = Endpoint.make({
  name: "b2b.passwords.authenticate",
  path: "/v1/b2b/passwords/authenticate",
  request: Schema.Struct({
    organization_id: OrganizationIdInput,
    email_address: EmailInput,
    password: PasswordInput,
    ...SessionRequestFields,
    /** The language of the MFA code Stytch may text at once. */
    locale: Schema.optional(Locale),
    intermediate_session_token: Schema.optional(IntermediateSessionTokenInput)
  }),
  response: AuthResult({ ...MemberResultFields, organization_id: Schema.String }),
  errors: [
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
  ],
  retrySafe: false
})
