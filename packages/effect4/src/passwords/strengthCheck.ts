/**
 * `POST /v1/passwords/strength_check`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { Feedback } from "../models/Strength.js"
import { PasswordInput } from "../models/Secret.js"
import { InvalidEmail } from "../errors/PasswordErrors.js"
import { EmailInput } from "../models/fields.js"
import { StrengthVerdictFields } from "./shared.js"

const requestFields = {
  password: PasswordInput,
  email: Schema.optional(EmailInput)
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...StrengthVerdictFields,
  feedback: Schema.optional(Feedback)
}

const response = Schema.Struct(responseFields)

const errors = [InvalidEmail] as const

/**
 * What `passwords.strengthCheck` takes.
 *
 * @example
 * ```ts
 * import type { PasswordsStrengthCheckRequest } from "effect4-stytch"
 * const request: PasswordsStrengthCheckRequest = { password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export interface PasswordsStrengthCheckRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `passwords.strengthCheck` sends.
 *
 * @example
 * ```ts
 * import type { PasswordsStrengthCheckRequestEncoded } from "effect4-stytch"
 * const body: PasswordsStrengthCheckRequestEncoded = { password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export type PasswordsStrengthCheckRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `passwords.strengthCheck` succeeds with.
 *
 * @example
 * ```ts
 * import type { PasswordsStrengthCheckResponse } from "effect4-stytch"
 * const read = (response: PasswordsStrengthCheckResponse) => response.valid_password
 * ```
 * @since 0.1.0
 */
export interface PasswordsStrengthCheckResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `passwords.strengthCheck` with.
 *
 * @example
 * ```ts
 * import type { PasswordsStrengthCheckResponseEncoded } from "effect4-stytch"
 * const requestId = (body: PasswordsStrengthCheckResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type PasswordsStrengthCheckResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `passwords.strengthCheck` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { PasswordsStrengthCheckError } from "effect4-stytch"
 * const isKnown = (error: PasswordsStrengthCheckError) => error._tag === "InvalidEmail"
 * ```
 * @since 0.1.0
 */
export type PasswordsStrengthCheckError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Checks a password against the project's strength policy (zxcvbn or LUDS) and, when an
 * email is given, against known breaches. It changes nothing, so it is the one consumer
 * Passwords call marked safe to retry after a 5xx or a timeout.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   const { valid_password, score, feedback } = yield* passwords.strengthCheck({
 *     password: "correct horse battery staple",
 *     email: "ada@example.com"
 *   })
 *   return valid_password ? `score ${score}` : feedback?.suggestions.join(" ")
 * })
 * ```
 * @since 0.1.0
 */
export const StrengthCheck: Endpoint.Endpoint<
  Schema.Codec<PasswordsStrengthCheckRequest, PasswordsStrengthCheckRequestEncoded>,
  Schema.Codec<PasswordsStrengthCheckResponse, PasswordsStrengthCheckResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "passwords.strengthCheck",
  path: "/v1/passwords/strength_check",
  request,
  response,
  errors,
  retrySafe: true
})
