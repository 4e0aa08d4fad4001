/**
 * Errors of sessions, session JWTs, custom claims and intermediate sessions.
 *
 * Each class is the `Schema.TaggedError` for one Stytch `error_type`; its tag is the
 * PascalCase of the type.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ApiErrorFields } from "../StytchError.js"
import { knownErrorClass } from "./KnownErrorClass.js"

/**
 * `session_not_found`: No live session matches the session token or JWT.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(Effect.catchTag("SessionNotFound", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class SessionNotFound extends knownErrorClass("session_not_found", Schema.TaggedError<SessionNotFound>()("SessionNotFound", ApiErrorFields)) {}

/**
 * `invalid_session_token`: The session token is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(Effect.catchTag("InvalidSessionToken", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidSessionToken extends knownErrorClass("invalid_session_token", Schema.TaggedError<InvalidSessionToken>()("InvalidSessionToken", ApiErrorFields)) {}

/**
 * `invalid_session_duration_minutes`: The session duration is out of range (5 to 527040 minutes).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(Effect.catchTag("InvalidSessionDurationMinutes", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidSessionDurationMinutes extends knownErrorClass("invalid_session_duration_minutes", Schema.TaggedError<InvalidSessionDurationMinutes>()("InvalidSessionDurationMinutes", ApiErrorFields)) {}

/**
 * `invalid_session_duration`: The session duration is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidSessionDuration, Sessions } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_session_duration`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidSessionDuration.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidSessionDuration extends knownErrorClass("invalid_session_duration", Schema.TaggedError<InvalidSessionDuration>()("InvalidSessionDuration", ApiErrorFields)) {}

/**
 * `too_many_session_arguments`: Send a session token or a session JWT, not both.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions, TooManySessionArguments } from "effect4-stytch"
 *
 * // No endpoint lists `too_many_session_arguments`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === TooManySessionArguments.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class TooManySessionArguments extends knownErrorClass("too_many_session_arguments", Schema.TaggedError<TooManySessionArguments>()("TooManySessionArguments", ApiErrorFields)) {}

/**
 * `no_session_arguments`: A session token or a session JWT is required.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_duration_minutes: 60 })
 * }).pipe(Effect.catchTag("NoSessionArguments", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class NoSessionArguments extends knownErrorClass("no_session_arguments", Schema.TaggedError<NoSessionArguments>()("NoSessionArguments", ApiErrorFields)) {}

/**
 * `invalid_session_missing_primary_factor`: The session has no primary authentication factor.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidSessionMissingPrimaryFactor, Sessions } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_session_missing_primary_factor`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidSessionMissingPrimaryFactor.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidSessionMissingPrimaryFactor extends knownErrorClass("invalid_session_missing_primary_factor", Schema.TaggedError<InvalidSessionMissingPrimaryFactor>()("InvalidSessionMissingPrimaryFactor", ApiErrorFields)) {}

/**
 * `unable_to_parse_session_jwt`: The session JWT could not be parsed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_jwt: "eyJhbGciOiJSUzI1NiIs..." })
 * }).pipe(Effect.catchTag("UnableToParseSessionJwt", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class UnableToParseSessionJwt extends knownErrorClass("unable_to_parse_session_jwt", Schema.TaggedError<UnableToParseSessionJwt>()("UnableToParseSessionJwt", ApiErrorFields)) {}

/**
 * `custom_claims_too_large`: The custom claims are larger than 4 KB of JSON.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_custom_claims: { plan: "pro" } })
 * }).pipe(Effect.catchTag("CustomClaimsTooLarge", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class CustomClaimsTooLarge extends knownErrorClass("custom_claims_too_large", Schema.TaggedError<CustomClaimsTooLarge>()("CustomClaimsTooLarge", ApiErrorFields)) {}

/**
 * `reserved_claims_in_custom_claims`: The custom claims use a reserved claim name.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ReservedClaimsInCustomClaims, Sessions } from "effect4-stytch"
 *
 * // No endpoint lists `reserved_claims_in_custom_claims`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === ReservedClaimsInCustomClaims.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class ReservedClaimsInCustomClaims extends knownErrorClass("reserved_claims_in_custom_claims", Schema.TaggedError<ReservedClaimsInCustomClaims>()("ReservedClaimsInCustomClaims", ApiErrorFields)) {}

/**
 * `stytch_claims_in_custom_claims`: The custom claims use a claim name that Stytch reserves.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions, StytchClaimsInCustomClaims } from "effect4-stytch"
 *
 * // No endpoint lists `stytch_claims_in_custom_claims`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === StytchClaimsInCustomClaims.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class StytchClaimsInCustomClaims extends knownErrorClass("stytch_claims_in_custom_claims", Schema.TaggedError<StytchClaimsInCustomClaims>()("StytchClaimsInCustomClaims", ApiErrorFields)) {}

/**
 * `unable_to_represent_custom_claims_json`: The custom claims cannot be represented as JSON.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions, UnableToRepresentCustomClaimsJson } from "effect4-stytch"
 *
 * // No endpoint lists `unable_to_represent_custom_claims_json`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === UnableToRepresentCustomClaimsJson.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class UnableToRepresentCustomClaimsJson extends knownErrorClass("unable_to_represent_custom_claims_json", Schema.TaggedError<UnableToRepresentCustomClaimsJson>()("UnableToRepresentCustomClaimsJson", ApiErrorFields)) {}

/**
 * `intermediate_session_not_found`: No live intermediate session matches the token.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple", intermediate_session_token: "intermediate-session-token-from-discovery" })
 * }).pipe(Effect.catchTag("IntermediateSessionNotFound", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class IntermediateSessionNotFound extends knownErrorClass("intermediate_session_not_found", Schema.TaggedError<IntermediateSessionNotFound>()("IntermediateSessionNotFound", ApiErrorFields)) {}

/**
 * `invalid_intermediate_session_token_for_organization`: The intermediate session token belongs to another organization.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple", intermediate_session_token: "intermediate-session-token-from-discovery" })
 * }).pipe(Effect.catchTag("InvalidIntermediateSessionTokenForOrganization", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidIntermediateSessionTokenForOrganization extends knownErrorClass("invalid_intermediate_session_token_for_organization", Schema.TaggedError<InvalidIntermediateSessionTokenForOrganization>()("InvalidIntermediateSessionTokenForOrganization", ApiErrorFields)) {}

/**
 * `insufficient_factors`: The session lacks the authentication factors the operation needs.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InsufficientFactors, Sessions } from "effect4-stytch"
 *
 * // No endpoint lists `insufficient_factors`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const sessions = yield* Sessions
 *   return yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InsufficientFactors.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InsufficientFactors extends knownErrorClass("insufficient_factors", Schema.TaggedError<InsufficientFactors>()("InsufficientFactors", ApiErrorFields)) {}
