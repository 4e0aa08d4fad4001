/**
 * `POST /v1/passwords/session/reset` (singular "session" in the path).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { BreachedPassword, SessionTooOldToResetPassword, WeakPassword } from "../errors/PasswordErrors.js"
import { SessionRequestErrors } from "../errors/groups.js"
import { NoSessionArguments } from "../errors/SessionErrors.js"
import { SessionRequestFields } from "../models/fields.js"
import { PasswordInput } from "../models/Secret.js"
import { AuthenticatedUserFields } from "./shared.js"

const requestFields = { password: PasswordInput, ...SessionRequestFields }

const request = Schema.Struct(requestFields)

const response = Schema.Struct(AuthenticatedUserFields)

const errors = [SessionTooOldToResetPassword, NoSessionArguments, WeakPassword, BreachedPassword, ...SessionRequestErrors] as const

/**
 * What `passwords.sessions.reset` takes.
 *
 * @example
 * ```ts
 * import type { PasswordsSessionResetRequest } from "effect4-stytch"
 * const request: PasswordsSessionResetRequest = { session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export interface PasswordsSessionResetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `passwords.sessions.reset` sends.
 *
 * @example
 * ```ts
 * import type { PasswordsSessionResetRequestEncoded } from "effect4-stytch"
 * const body: PasswordsSessionResetRequestEncoded = { session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export type PasswordsSessionResetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `passwords.sessions.reset` succeeds with.
 *
 * @example
 * ```ts
 * import type { PasswordsSessionResetResponse } from "effect4-stytch"
 * const read = (response: PasswordsSessionResetResponse) => response.user_id
 * ```
 * @since 0.1.0
 */
export interface PasswordsSessionResetResponse extends Schema.Struct.Type<typeof AuthenticatedUserFields> {}

/**
 * The JSON body Stytch answers `passwords.sessions.reset` with.
 *
 * @example
 * ```ts
 * import type { PasswordsSessionResetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: PasswordsSessionResetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type PasswordsSessionResetResponseEncoded = Schema.Struct.Encoded<typeof AuthenticatedUserFields>

/**
 * What `passwords.sessions.reset` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { PasswordsSessionResetError } from "effect4-stytch"
 * const isKnown = (error: PasswordsSessionResetError) => error._tag === "SessionTooOldToResetPassword"
 * ```
 * @since 0.1.0
 */
export type PasswordsSessionResetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Sets a new password for the user of a live session (`session_token` or `session_jwt`)
 * whose password, email magic link or email OTP factor was authenticated in the last 5
 * minutes. Revokes the user's other sessions.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const changePassword = (session_token: string) =>
 *   Effect.gen(function* () {
 *     const passwords = yield* Passwords
 *     yield* passwords.sessions.reset({
 *       session_token,
 *       password: Redacted.make("a new, long and unusual passphrase")
 *     })
 *   })
 * ```
 * @since 0.1.0
 */
export const SessionsReset: Endpoint.Endpoint<
  Schema.Codec<PasswordsSessionResetRequest, PasswordsSessionResetRequestEncoded>,
  Schema.Codec<PasswordsSessionResetResponse, PasswordsSessionResetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "passwords.sessions.reset",
  path: "/v1/passwords/session/reset",
  request,
  response,
  errors,
  retrySafe: false
})
