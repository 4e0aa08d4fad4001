/**
 * `POST /v1/b2b/passwords/discovery/authenticate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import {
  CrossOrgPasswordsNotEnabled,
  EmailNotFound,
  InvalidEmail,
  MemberPasswordNotFound,
  MemberResetPassword,
  UnauthorizedCredentials
} from "../../errors/PasswordErrors.js"
import { EmailInput } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { DiscoveryResultFields } from "./shared.js"

/**
 * Checks an email and password across organizations (cross-organization passwords) and
 * returns an intermediate session token with the organizations it can be exchanged for.
 *
 * @example
 * ```ts
 * const { intermediate_session_token, discovered_organizations } = yield* b2b.discovery.authenticate({
 *   email_address: "ada@example.com",
 *   password: Redacted.make("correct horse battery staple")
 * })
 * ```
 * @since 0.1.0
 */
export const B2BDiscoveryAuthenticate = Endpoint.make({
  name: "b2b.passwords.discovery.authenticate",
  path: "/v1/b2b/passwords/discovery/authenticate",
  request: Schema.Struct({
    email_address: EmailInput,
    password: PasswordInput
  }),
  response: Schema.Struct(DiscoveryResultFields),
  errors: [
    UnauthorizedCredentials,
    EmailNotFound,
    MemberResetPassword,
    MemberPasswordNotFound,
    CrossOrgPasswordsNotEnabled,
    InvalidEmail
  ],
  retrySafe: false
})
