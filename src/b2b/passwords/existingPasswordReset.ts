/**
 * `POST /v1/b2b/passwords/existing_password/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
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

/**
 * Changes a member's password given the current one. Answers like `authenticate`:
 * authenticated with a session, or pending when the organization wants MFA.
 *
 * @example
 * ```ts
 * yield* b2b.existingPassword.reset({
 *   organization_id: "acme",
 *   email_address: "ada@example.com",
 *   existing_password: Redacted.make("the old passphrase"),
 *   new_password: Redacted.make("a new, long and unusual passphrase")
 * })
 * ```
 * @since 0.1.0
 */
export const B2BExistingPasswordReset = Endpoint.make({
  name: "b2b.passwords.existingPassword.reset",
  path: "/v1/b2b/passwords/existing_password/reset",
  request: Schema.Struct({
    email_address: EmailInput,
    existing_password: PasswordInput,
    new_password: PasswordInput,
    organization_id: OrganizationIdInput,
    ...SessionRequestFields,
    locale: Schema.optional(Locale)
  }),
  response: AuthResult(MemberResultFields),
  errors: [
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
  ],
  retrySafe: false
})
