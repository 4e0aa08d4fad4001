/**
 * `POST /v1/b2b/passwords/discovery/email/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { CrossOrgPasswordsNotEnabled } from "../../errors/PasswordErrors.js"
import { UnableToAuthPasswordResetToken } from "../../errors/ResetErrors.js"
import { CodeVerifier } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { NewPasswordErrors, PkceVerifierErrors } from "../../errors/groups.js"
import { DiscoveryResultFields } from "./shared.js"

const requestFields = {
  password_reset_token: Schema.String,
  password: PasswordInput,
  pkce_code_verifier: Schema.optional(CodeVerifier)
}

const request = Schema.Struct(requestFields)

const response = Schema.Struct(DiscoveryResultFields)

const errors = [UnableToAuthPasswordResetToken, ...PkceVerifierErrors, ...NewPasswordErrors, CrossOrgPasswordsNotEnabled] as const

/**
 * What `b2b.discovery.email.reset` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetRequest } from "effect4-stytch"
 * const request: B2BPasswordsDiscoveryEmailResetRequest = { password_reset_token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsDiscoveryEmailResetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.discovery.email.reset` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsDiscoveryEmailResetRequestEncoded = { password_reset_token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsDiscoveryEmailResetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2b.discovery.email.reset` succeeds with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetResponse } from "effect4-stytch"
 * const read = (response: B2BPasswordsDiscoveryEmailResetResponse) => response.intermediate_session_token
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsDiscoveryEmailResetResponse extends Schema.Struct.Type<typeof DiscoveryResultFields> {}

/**
 * The JSON body Stytch answers `b2b.discovery.email.reset` with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsDiscoveryEmailResetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsDiscoveryEmailResetResponseEncoded = Schema.Struct.Encoded<typeof DiscoveryResultFields>

/**
 * What `b2b.discovery.email.reset` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsDiscoveryEmailResetError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsDiscoveryEmailResetError) => error._tag === "UnableToAuthPasswordResetToken"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsDiscoveryEmailResetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Sets a new password with the token from a discovery reset link, and returns an
 * intermediate session token with the organizations it can be exchanged for. The PKCE
 * verifier is `pkce_code_verifier` here.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { B2BPasswords, type Pkce } from "effect4-stytch"
 *
 * // `token` from the reset link; `pkce` made when the reset started
 * const finishReset = (token: string, pkce: Pkce.PkcePair) =>
 *   Effect.gen(function* () {
 *     const b2b = yield* B2BPasswords
 *     const { discovered_organizations } = yield* b2b.discovery.email.reset({
 *       password_reset_token: token,
 *       password: Redacted.make("a new, long and unusual passphrase"),
 *       pkce_code_verifier: pkce.code_verifier
 *     })
 *     return discovered_organizations
 *   })
 * ```
 * @since 0.1.0
 */
export const B2BDiscoveryEmailReset: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsDiscoveryEmailResetRequest, B2BPasswordsDiscoveryEmailResetRequestEncoded>,
  Schema.Codec<B2BPasswordsDiscoveryEmailResetResponse, B2BPasswordsDiscoveryEmailResetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.discovery.email.reset",
  path: "/v1/b2b/passwords/discovery/email/reset",
  request,
  response,
  errors,
  retrySafe: false
})
