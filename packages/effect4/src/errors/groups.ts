/**
 * Groups of known errors several endpoints share, consumer and B2B.
 *
 * @since 0.1.0
 */
import {
  Argon2KeyLengthMismatch,
  InvalidAppendSalt,
  InvalidArgon2IterationAmount,
  InvalidArgon2KeyLength,
  InvalidArgon2Memory,
  InvalidArgon2Salt,
  InvalidArgon2Threads,
  InvalidBase64ScryptHash,
  InvalidBase64ScryptSalt,
  InvalidBcryptCost,
  InvalidBcryptHash,
  InvalidHash,
  InvalidHashType,
  InvalidMd5Hash,
  InvalidPbkdf2Hash,
  InvalidPbkdf2IterationAmount,
  InvalidPbkdf2Salt,
  InvalidPhpassHashFormat,
  InvalidPhpassHashPrefix,
  InvalidPrependSalt,
  InvalidRbacRoleId,
  InvalidRole,
  InvalidScryptNParameter,
  InvalidScryptParameters,
  InvalidScryptSaltLength,
  InvalidSha1Hash,
  MetadataInvalidFormat,
  MetadataTooLarge,
  MetadataTooManyKeys,
  Pbkdf2KeyLengthMismatch,
  ScryptKeyLengthMismatch
} from "./MigrateErrors.js"
import { BreachedPassword, InvalidEmail, WeakPassword } from "./PasswordErrors.js"
import {
  EmailTemplateNotFound,
  InvalidExpiration,
  InvalidLocale,
  InvalidPasswordResetRedirectUrl,
  InvalidPkceCodeChallenge,
  InvalidPkceCodeVerifier,
  InvalidTemplateId,
  NoPasswordResetRedirectUrl,
  PkceDidNotExpectCodeVerifier,
  PkceExpectedCodeVerifier,
  PkceMismatch
} from "./ResetErrors.js"
import {
  CustomClaimsTooLarge,
  InvalidSessionDurationMinutes,
  InvalidSessionToken,
  SessionNotFound,
  UnableToParseSessionJwt
} from "./SessionErrors.js"

/**
 * The errors of a session named by `session_token` or `session_jwt`: malformed, unreadable,
 * or no live session.
 *
 * @example
 * ```ts
 * import { SessionCredentialErrors } from "effect4-stytch"
 * const errors = [...SessionCredentialErrors]
 * ```
 * @since 0.1.0
 */
export const SessionCredentialErrors = [SessionNotFound, InvalidSessionToken, UnableToParseSessionJwt] as const

/**
 * The errors of the session part of a request (`session_token`, `session_jwt`,
 * `session_duration_minutes`, `session_custom_claims`).
 *
 * @example
 * ```ts
 * import { SessionRequestErrors } from "effect4-stytch"
 * const errors = [...SessionRequestErrors]
 * ```
 * @since 0.1.0
 */
export const SessionRequestErrors = [...SessionCredentialErrors, InvalidSessionDurationMinutes, CustomClaimsTooLarge] as const

/**
 * The errors of a new password: it fails the strength policy, or it was found in a breach.
 *
 * @example
 * ```ts
 * import { NewPasswordErrors } from "effect4-stytch"
 * const errors = [...NewPasswordErrors]
 * ```
 * @since 0.1.0
 */
export const NewPasswordErrors = [WeakPassword, BreachedPassword] as const

/**
 * The errors of a PKCE code verifier checked against the challenge the flow started with.
 *
 * @example
 * ```ts
 * import { PkceVerifierErrors } from "effect4-stytch"
 * const errors = [...PkceVerifierErrors]
 * ```
 * @since 0.1.0
 */
export const PkceVerifierErrors = [
  PkceMismatch,
  PkceExpectedCodeVerifier,
  PkceDidNotExpectCodeVerifier,
  InvalidPkceCodeVerifier
] as const

/**
 * The errors of a call that emails a reset link: the address, the redirect URL, the
 * expiration, the locale, the template, the PKCE challenge.
 *
 * @example
 * ```ts
 * import { ResetStartErrors } from "effect4-stytch"
 * const errors = [...ResetStartErrors]
 * ```
 * @since 0.1.0
 */
export const ResetStartErrors = [
  InvalidEmail,
  NoPasswordResetRedirectUrl,
  InvalidPasswordResetRedirectUrl,
  InvalidExpiration,
  InvalidLocale,
  InvalidTemplateId,
  EmailTemplateNotFound,
  InvalidPkceCodeChallenge
] as const

/**
 * The errors of a migrated password hash or its config, for every hash type.
 *
 * @example
 * ```ts
 * import { HashErrors } from "effect4-stytch"
 * const errors = [...HashErrors]
 * ```
 * @since 0.1.0
 */
export const HashErrors = [
  InvalidHash,
  InvalidHashType,
  InvalidBcryptHash,
  InvalidBcryptCost,
  InvalidMd5Hash,
  InvalidSha1Hash,
  InvalidPrependSalt,
  InvalidAppendSalt,
  InvalidPbkdf2Hash,
  InvalidPbkdf2IterationAmount,
  InvalidPbkdf2Salt,
  Pbkdf2KeyLengthMismatch,
  InvalidArgon2IterationAmount,
  InvalidArgon2KeyLength,
  InvalidArgon2Memory,
  InvalidArgon2Salt,
  InvalidArgon2Threads,
  Argon2KeyLengthMismatch,
  InvalidScryptNParameter,
  InvalidScryptParameters,
  InvalidScryptSaltLength,
  ScryptKeyLengthMismatch,
  InvalidBase64ScryptHash,
  InvalidBase64ScryptSalt,
  InvalidPhpassHashFormat,
  InvalidPhpassHashPrefix
] as const

/**
 * The errors of the profile fields a migration may set, consumer and B2B alike: metadata
 * and roles.
 *
 * @example
 * ```ts
 * import { ProfileErrors } from "effect4-stytch"
 * const errors = [...ProfileErrors]
 * ```
 * @since 0.1.0
 */
export const ProfileErrors = [MetadataTooLarge, MetadataInvalidFormat, MetadataTooManyKeys, InvalidRole, InvalidRbacRoleId] as const
