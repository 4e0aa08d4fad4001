/**
 * `POST /v1/b2b/passwords/session/reset` (singular "session" in the path).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import { InvalidOrganizationId, OrganizationNotFound } from "../../errors/OrganizationErrors.js"
import { SessionTooOldToResetPassword } from "../../errors/PasswordErrors.js"
import { InvalidLocale } from "../../errors/ResetErrors.js"
import { NoSessionArguments } from "../../errors/SessionErrors.js"
import { SessionRequestFields } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { AuthResultWithoutPrimaryRequired } from "../AuthResult.js"
import { Locale, OrganizationIdInput } from "../fields.js"
import { NewPasswordErrors, SessionRequestErrors } from "../../errors/groups.js"
import { MemberResultFields } from "./shared.js"

/**
 * Sets a new password for the member of a live session (`session_token` or `session_jwt`)
 * authenticated recently enough. Its answer has no `primary_required`.
 *
 * @example
 * ```ts
 * yield* b2b.sessions.reset({
 *   organization_id: "acme",
 *   session_token,
 *   password: Redacted.make("a new, long and unusual passphrase")
 * })
 * ```
 * @since 0.1.0
 */
export const B2BSessionsReset = Endpoint.make({
  name: "b2b.passwords.sessions.reset",
  path: "/v1/b2b/passwords/session/reset",
  request: Schema.Struct({
    organization_id: OrganizationIdInput,
    password: PasswordInput,
    ...SessionRequestFields,
    locale: Schema.optional(Locale)
  }),
  response: AuthResultWithoutPrimaryRequired(MemberResultFields),
  errors: [
    NoSessionArguments,
    SessionTooOldToResetPassword,
    OrganizationNotFound,
    InvalidOrganizationId,
    ...NewPasswordErrors,
    InvalidLocale,
    ...SessionRequestErrors
  ],
  retrySafe: false
})
