/**
 * `POST /v1/passwords`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { BreachedPassword, DuplicateEmail, InvalidEmail, WeakPassword } from "../errors/PasswordErrors.js"
import { MetadataInvalidFormat } from "../errors/MigrateErrors.js"
import { CustomClaimsTooLarge, InvalidSessionDurationMinutes } from "../errors/SessionErrors.js"
import { EmailInput, Metadata, SessionCustomClaims, SessionDurationMinutes } from "../models/fields.js"
import { PasswordInput } from "../models/Secret.js"
import { Name } from "../models/User.js"
import { AuthenticatedUserFields } from "./shared.js"

const requestFields = {
  email: EmailInput,
  password: PasswordInput,
  session_duration_minutes: Schema.optional(SessionDurationMinutes),
  session_custom_claims: Schema.optional(SessionCustomClaims),
  trusted_metadata: Schema.optional(Metadata),
  untrusted_metadata: Schema.optional(Metadata),
  name: Schema.optional(Name),
  telemetry_id: Schema.optional(Schema.String)
}

const request = Schema.Struct(requestFields)

const responseFields = { ...AuthenticatedUserFields, email_id: Schema.String }

const response = Schema.Struct(responseFields)

const errors = [
  DuplicateEmail,
  WeakPassword,
  BreachedPassword,
  InvalidEmail,
  InvalidSessionDurationMinutes,
  CustomClaimsTooLarge,
  MetadataInvalidFormat
] as const

/**
 * What `passwords.create` takes.
 *
 * @example
 * ```ts
 * import type { PasswordsCreateRequest } from "effect4-stytch"
 * const request: PasswordsCreateRequest = { email: "ada@example.com", password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export interface PasswordsCreateRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `passwords.create` sends.
 *
 * @example
 * ```ts
 * import type { PasswordsCreateRequestEncoded } from "effect4-stytch"
 * const body: PasswordsCreateRequestEncoded = { email: "ada@example.com", password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export type PasswordsCreateRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `passwords.create` succeeds with.
 *
 * @example
 * ```ts
 * import type { PasswordsCreateResponse } from "effect4-stytch"
 * const newUserId = (response: PasswordsCreateResponse) => response.user_id
 * ```
 * @since 0.1.0
 */
export interface PasswordsCreateResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `passwords.create` with.
 *
 * @example
 * ```ts
 * import type { PasswordsCreateResponseEncoded } from "effect4-stytch"
 * const sessionToken = (body: PasswordsCreateResponseEncoded) => body.session_token
 * ```
 * @since 0.1.0
 */
export type PasswordsCreateResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `passwords.create` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { PasswordsCreateError } from "effect4-stytch"
 * const taken = (error: PasswordsCreateError) => error._tag === "DuplicateEmail"
 * ```
 * @since 0.1.0
 */
export type PasswordsCreateError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Creates a user with an email and a password that passes the project's strength policy,
 * and a session when `session_duration_minutes` is given.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   const { user_id, session_token } = yield* passwords.create({
 *     email: "ada@example.com",
 *     password: Redacted.make("correct horse battery staple"),
 *     session_duration_minutes: 60
 *   })
 *   return { user_id, session_token }
 * })
 * ```
 * @since 0.1.0
 */
export const Create: Endpoint.Endpoint<
  Schema.Codec<PasswordsCreateRequest, PasswordsCreateRequestEncoded>,
  Schema.Codec<PasswordsCreateResponse, PasswordsCreateResponseEncoded>,
  typeof errors
> = Endpoint.make({ name: "passwords.create", path: "/v1/passwords", request, response, errors, retrySafe: false })
