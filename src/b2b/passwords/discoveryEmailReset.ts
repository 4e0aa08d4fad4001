/**
 * `POST /v1/b2b/passwords/discovery/email/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import { CrossOrgPasswordsNotEnabled } from "../../errors/PasswordErrors.js"
import { UnableToAuthPasswordResetToken } from "../../errors/ResetErrors.js"
import { CodeVerifier } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { NewPasswordErrors, PkceVerifierErrors } from "../../errors/groups.js"
import { DiscoveryResultFields } from "./shared.js"

/**
 * Sets a new password with the token from a discovery reset link, and returns an
 * intermediate session token with the organizations it can be exchanged for. The PKCE
 * verifier is `pkce_code_verifier` here.
 *
 * @example
 * ```ts
 * const { discovered_organizations } = yield* b2b.discovery.email.reset({
 *   password_reset_token: token,
 *   password: Redacted.make("a new, long and unusual passphrase"),
 *   pkce_code_verifier: pkce.code_verifier
 * })
 * ```
 * @since 0.1.0
 */
export const B2BDiscoveryEmailReset = Endpoint.make({
  name: "b2b.passwords.discovery.email.reset",
  path: "/v1/b2b/passwords/discovery/email/reset",
  request: Schema.Struct({
    password_reset_token: Schema.String,
    password: PasswordInput,
    pkce_code_verifier: Schema.optional(CodeVerifier)
  }),
  response: Schema.Struct(DiscoveryResultFields),
  errors: [UnableToAuthPasswordResetToken, ...PkceVerifierErrors, ...NewPasswordErrors, CrossOrgPasswordsNotEnabled],
  retrySafe: false
})
