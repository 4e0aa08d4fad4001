/**
 * `POST /v1/passwords/email/reset`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { BreachedPassword, WeakPassword } from "../errors/PasswordErrors.js"
import {
  AttributeMismatch,
  InvalidPkceCodeVerifier,
  PkceDidNotExpectCodeVerifier,
  PkceExpectedCodeVerifier,
  PkceMismatch,
  UnableToAuthPasswordResetToken
} from "../errors/ResetErrors.js"
import { SessionRequestErrors } from "../errors/groups.js"
import { CodeVerifier, SessionRequestFields } from "../models/fields.js"
import { Options } from "../models/Request.js"
import { PasswordInput } from "../models/Secret.js"
import { Attributes } from "../models/Session.js"
import { AuthenticatedUserFields } from "./shared.js"

const requestFields = {
  token: Schema.String,
  password: PasswordInput,
  ...SessionRequestFields,
  code_verifier: Schema.optional(CodeVerifier),
  attributes: Schema.optional(Attributes),
  options: Schema.optional(Options)
}

const request = Schema.Struct(requestFields)

const response = Schema.Struct(AuthenticatedUserFields)

const errors = [
  UnableToAuthPasswordResetToken,
  PkceMismatch,
  PkceExpectedCodeVerifier,
  PkceDidNotExpectCodeVerifier,
  InvalidPkceCodeVerifier,
  AttributeMismatch,
  WeakPassword,
  BreachedPassword,
  ...SessionRequestErrors
] as const

/**
 * What `passwords.email.reset` takes.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetRequest } from "effect4-stytch"
 * const request: PasswordsEmailResetRequest = { token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export interface PasswordsEmailResetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `passwords.email.reset` sends.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetRequestEncoded } from "effect4-stytch"
 * const body: PasswordsEmailResetRequestEncoded = { token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export type PasswordsEmailResetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `passwords.email.reset` succeeds with.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetResponse } from "effect4-stytch"
 * const read = (response: PasswordsEmailResetResponse) => response.user_id
 * ```
 * @since 0.1.0
 */
export interface PasswordsEmailResetResponse extends Schema.Struct.Type<typeof AuthenticatedUserFields> {}

/**
 * The JSON body Stytch answers `passwords.email.reset` with.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: PasswordsEmailResetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type PasswordsEmailResetResponseEncoded = Schema.Struct.Encoded<typeof AuthenticatedUserFields>

/**
 * What `passwords.email.reset` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { PasswordsEmailResetError } from "effect4-stytch"
 * const isKnown = (error: PasswordsEmailResetError) => error._tag === "UnableToAuthPasswordResetToken"
 * ```
 * @since 0.1.0
 */
export type PasswordsEmailResetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Sets a new password with the token from the reset link. Spends the token, verifies the
 * email, revokes every session of the user, and makes a new one if asked.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Passwords, type Pkce } from "effect4-stytch"
 *
 * // `token` from the reset link; `pkce` made when the reset started
 * const finishReset = (token: string, pkce: Pkce.PkcePair) =>
 *   Effect.gen(function* () {
 *     const passwords = yield* Passwords
 *     const { user_id } = yield* passwords.email.reset({
 *       token,
 *       password: Redacted.make("a new, long and unusual passphrase"),
 *       code_verifier: pkce.code_verifier
 *     })
 *     return user_id
 *   })
 * ```
 * @since 0.1.0
 */
export const EmailReset: Endpoint.Endpoint<
  Schema.Codec<PasswordsEmailResetRequest, PasswordsEmailResetRequestEncoded>,
  Schema.Codec<PasswordsEmailResetResponse, PasswordsEmailResetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "passwords.email.reset",
  path: "/v1/passwords/email/reset",
  request,
  response,
  errors,
  retrySafe: false
})
