/**
 * `POST /v1/b2b/passwords/discovery/authenticate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
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

const requestFields = {
  email_address: EmailInput,
  password: PasswordInput
}

const request = Schema.Struct(requestFields)

const response = Schema.Struct(DiscoveryResultFields)

const errors = [
  UnauthorizedCredentials,
  EmailNotFound,
  MemberResetPassword,
  MemberPasswordNotFound,
  CrossOrgPasswordsNotEnabled,
  InvalidEmail
] as const

/**
 * What `b2b.discovery.authenticate` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryAuthenticateRequest } from "effect4-stytch"
 * const request: B2BPasswordsDiscoveryAuthenticateRequest = { email_address: "ada@example.com", password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsDiscoveryAuthenticateRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.discovery.authenticate` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryAuthenticateRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsDiscoveryAuthenticateRequestEncoded = { email_address: "ada@example.com", password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsDiscoveryAuthenticateRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2b.discovery.authenticate` succeeds with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryAuthenticateResponse } from "effect4-stytch"
 * const read = (response: B2BPasswordsDiscoveryAuthenticateResponse) => response.discovered_organizations
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsDiscoveryAuthenticateResponse extends Schema.Struct.Type<typeof DiscoveryResultFields> {}

/**
 * The JSON body Stytch answers `b2b.discovery.authenticate` with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryAuthenticateResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsDiscoveryAuthenticateResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsDiscoveryAuthenticateResponseEncoded = Schema.Struct.Encoded<typeof DiscoveryResultFields>

/**
 * What `b2b.discovery.authenticate` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryAuthenticateError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsDiscoveryAuthenticateError) => error._tag === "UnauthorizedCredentials"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsDiscoveryAuthenticateError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Checks an email and password across organizations (cross-organization passwords) and
 * returns an intermediate session token with the organizations it can be exchanged for.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   const { intermediate_session_token, discovered_organizations } = yield* b2b.discovery.authenticate({
 *     email_address: "ada@example.com",
 *     password: Redacted.make("correct horse battery staple")
 *   })
 *   return { intermediate_session_token, organizations: discovered_organizations.length }
 * })
 * ```
 * @since 0.1.0
 */
export const B2BDiscoveryAuthenticate: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsDiscoveryAuthenticateRequest, B2BPasswordsDiscoveryAuthenticateRequestEncoded>,
  Schema.Codec<B2BPasswordsDiscoveryAuthenticateResponse, B2BPasswordsDiscoveryAuthenticateResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.discovery.authenticate",
  path: "/v1/b2b/passwords/discovery/authenticate",
  request,
  response,
  errors,
  retrySafe: false
})
