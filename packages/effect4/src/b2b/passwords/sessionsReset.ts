/**
 * `POST /v1/b2b/passwords/session/reset` (singular "session" in the path).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { InvalidOrganizationId, OrganizationNotFound } from "../../errors/OrganizationErrors.js"
import { SessionTooOldToResetPassword } from "../../errors/PasswordErrors.js"
import { InvalidLocale } from "../../errors/ResetErrors.js"
import { NoSessionArguments } from "../../errors/SessionErrors.js"
import { SessionRequestFields } from "../../models/fields.js"
import { PasswordInput } from "../../models/Secret.js"
import { AuthResultWithoutPrimaryRequired } from "../AuthResult.js"
import { Locale, OrganizationIdInput } from "../fields.js"
import { NewPasswordErrors, SessionRequestErrors } from "../../errors/groups.js"
import { MemberResultFields } from "./shared.js"

const requestFields = {
  organization_id: OrganizationIdInput,
  password: PasswordInput,
  ...SessionRequestFields,
  locale: Schema.optional(Locale)
}

const request = Schema.Struct(requestFields)

const response = AuthResultWithoutPrimaryRequired(MemberResultFields)

const errors = [
  NoSessionArguments,
  SessionTooOldToResetPassword,
  OrganizationNotFound,
  InvalidOrganizationId,
  ...NewPasswordErrors,
  InvalidLocale,
  ...SessionRequestErrors
] as const

/**
 * What `b2b.sessions.reset` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsSessionResetRequest } from "effect4-stytch"
 * const request: B2BPasswordsSessionResetRequest = { organization_id: "acme", session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsSessionResetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.sessions.reset` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsSessionResetRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsSessionResetRequestEncoded = { organization_id: "acme", session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", password: "a new, long and unusual passphrase" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsSessionResetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * The authenticated outcome of `b2b.sessions.reset`: the member has a session.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsSessionResetResponseAuthenticated } from "effect4-stytch"
 * const token = (result: B2BPasswordsSessionResetResponseAuthenticated) => result.session_token
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsSessionResetResponseAuthenticated extends Schema.Schema.Type<(typeof response.members)[0]> {}

/**
 * The pending outcome of `b2b.sessions.reset`: MFA or another primary factor is still to do.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsSessionResetResponsePending } from "effect4-stytch"
 * const token = (result: B2BPasswordsSessionResetResponsePending) => result.intermediate_session_token
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsSessionResetResponsePending extends Schema.Schema.Type<(typeof response.members)[1]> {}

/**
 * What `b2b.sessions.reset` succeeds with: the authenticated or the pending outcome, told apart by
 * `member_authenticated` (or with `matchAuthResult`).
 *
 * @example
 * ```ts
 * import type { B2BPasswordsSessionResetResponse } from "effect4-stytch"
 * const label = (result: B2BPasswordsSessionResetResponse) => (result.member_authenticated ? "logged in" : "MFA pending")
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsSessionResetResponse = B2BPasswordsSessionResetResponseAuthenticated | B2BPasswordsSessionResetResponsePending

/**
 * The JSON body Stytch answers `b2b.sessions.reset` with (one flat object for both outcomes).
 *
 * @example
 * ```ts
 * import type { B2BPasswordsSessionResetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsSessionResetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsSessionResetResponseEncoded = Schema.Codec.Encoded<typeof response>

/**
 * What `b2b.sessions.reset` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsSessionResetError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsSessionResetError) => error._tag === "SessionTooOldToResetPassword"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsSessionResetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Sets a new password for the member of a live session (`session_token` or `session_jwt`)
 * authenticated recently enough. Its answer has no `primary_required`.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const changePassword = (session_token: string) =>
 *   Effect.gen(function* () {
 *     const b2b = yield* B2BPasswords
 *     yield* b2b.sessions.reset({
 *       organization_id: "acme",
 *       session_token,
 *       password: Redacted.make("a new, long and unusual passphrase")
 *     })
 *   })
 * ```
 * @since 0.1.0
 */
export const B2BSessionsReset: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsSessionResetRequest, B2BPasswordsSessionResetRequestEncoded>,
  Schema.Codec<B2BPasswordsSessionResetResponse, B2BPasswordsSessionResetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.sessions.reset",
  path: "/v1/b2b/passwords/session/reset",
  request,
  response,
  errors,
  retrySafe: false
})
