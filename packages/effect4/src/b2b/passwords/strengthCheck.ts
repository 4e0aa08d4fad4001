/**
 * `POST /v1/b2b/passwords/strength_check`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { InvalidEmail } from "../../errors/PasswordErrors.js"
import { EmailInput } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { LudsRequirements, ZxcvbnFeedback } from "../../models/Strength.js"
import { StrengthVerdictFields } from "../../passwords/shared.js"

const requestFields = {
  password: PasswordInput,
  email_address: Schema.optional(EmailInput)
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...StrengthVerdictFields,
  luds_feedback: Schema.optional(LudsRequirements),
  zxcvbn_feedback: Schema.optional(ZxcvbnFeedback)
}

const response = Schema.Struct(responseFields)

const errors = [InvalidEmail] as const

/**
 * What `b2b.strengthCheck` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsStrengthCheckRequest } from "effect4-stytch"
 * const request: B2BPasswordsStrengthCheckRequest = { password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsStrengthCheckRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.strengthCheck` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsStrengthCheckRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsStrengthCheckRequestEncoded = { password: "correct horse battery staple" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsStrengthCheckRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2b.strengthCheck` succeeds with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsStrengthCheckResponse } from "effect4-stytch"
 * const read = (response: B2BPasswordsStrengthCheckResponse) => response.valid_password
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsStrengthCheckResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `b2b.strengthCheck` with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsStrengthCheckResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsStrengthCheckResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsStrengthCheckResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `b2b.strengthCheck` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsStrengthCheckError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsStrengthCheckError) => error._tag === "InvalidEmail"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsStrengthCheckError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Checks a password against the project's strength policy and, with `email_address`,
 * against known breaches. Unlike the consumer call, the feedback comes as `luds_feedback`
 * or `zxcvbn_feedback`, whichever policy the project uses. It changes nothing: the only
 * B2B Passwords call retried after a 5xx or a timeout.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   const { valid_password, zxcvbn_feedback } = yield* b2b.strengthCheck({
 *     password: "correct horse battery staple",
 *     email_address: "ada@example.com"
 *   })
 *   return valid_password ? [] : (zxcvbn_feedback?.suggestions ?? [])
 * })
 * ```
 * @since 0.1.0
 */
export const B2BStrengthCheck: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsStrengthCheckRequest, B2BPasswordsStrengthCheckRequestEncoded>,
  Schema.Codec<B2BPasswordsStrengthCheckResponse, B2BPasswordsStrengthCheckResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.strengthCheck",
  path: "/v1/b2b/passwords/strength_check",
  request,
  response,
  errors,
  retrySafe: true
})
