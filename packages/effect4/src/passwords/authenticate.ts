/**
 * `POST /v1/passwords/authenticate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import {
  EmailNotFound,
  InvalidEmail,
  NoUserPassword,
  ResetPassword,
  UnauthorizedCredentials
} from "../errors/PasswordErrors.js"
import { SessionRequestErrors } from "../errors/groups.js"
import { EmailInput, SessionRequestFields } from "../models/fields.js"
import { PasswordInput } from "../models/Secret.js"
import { AuthenticatedUserFields } from "./shared.js"

const requestFields = { email: EmailInput, password: PasswordInput, ...SessionRequestFields }

const request = Schema.Struct(requestFields)

const response = Schema.Struct(AuthenticatedUserFields)

const errors = [
  EmailNotFound,
  UnauthorizedCredentials,
  ResetPassword,
  NoUserPassword,
  InvalidEmail,
  ...SessionRequestErrors
] as const

/**
 * What `passwords.authenticate` takes.
 *
 * @example
 * ```ts
 * import type { PasswordsAuthenticateRequest } from "effect4-stytch"
 * const request: PasswordsAuthenticateRequest = { email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 }
 * ```
 * @since 0.1.0
 */
export interface PasswordsAuthenticateRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `passwords.authenticate` sends.
 *
 * @example
 * ```ts
 * import type { PasswordsAuthenticateRequestEncoded } from "effect4-stytch"
 * const body: PasswordsAuthenticateRequestEncoded = { email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 }
 * ```
 * @since 0.1.0
 */
export type PasswordsAuthenticateRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `passwords.authenticate` succeeds with.
 *
 * @example
 * ```ts
 * import type { PasswordsAuthenticateResponse } from "effect4-stytch"
 * const read = (response: PasswordsAuthenticateResponse) => response.session?.expires_at
 * ```
 * @since 0.1.0
 */
export interface PasswordsAuthenticateResponse extends Schema.Struct.Type<typeof AuthenticatedUserFields> {}

/**
 * The JSON body Stytch answers `passwords.authenticate` with.
 *
 * @example
 * ```ts
 * import type { PasswordsAuthenticateResponseEncoded } from "effect4-stytch"
 * const requestId = (body: PasswordsAuthenticateResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type PasswordsAuthenticateResponseEncoded = Schema.Struct.Encoded<typeof AuthenticatedUserFields>

/**
 * What `passwords.authenticate` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { PasswordsAuthenticateError } from "effect4-stytch"
 * const isKnown = (error: PasswordsAuthenticateError) => error._tag === "UnauthorizedCredentials"
 * ```
 * @since 0.1.0
 */
export type PasswordsAuthenticateError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Logs a user in with email and password. `ResetPassword` can come even for the right
 * password: the password was found in a breach, or the project requires a reset.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   const { user, session } = yield* passwords.authenticate({
 *     email: "ada@example.com",
 *     password: Redacted.make("correct horse battery staple"),
 *     session_duration_minutes: 60
 *   })
 *   return session?.expires_at
 * })
 * ```
 * @since 0.1.0
 */
export const Authenticate: Endpoint.Endpoint<
  Schema.Codec<PasswordsAuthenticateRequest, PasswordsAuthenticateRequestEncoded>,
  Schema.Codec<PasswordsAuthenticateResponse, PasswordsAuthenticateResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "passwords.authenticate",
  path: "/v1/passwords/authenticate",
  request,
  response,
  errors,
  retrySafe: false
})
