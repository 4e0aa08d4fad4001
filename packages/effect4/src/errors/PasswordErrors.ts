/**
 * Errors of the password checks themselves: strength, breaches, credentials.
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
 * `weak_password`: The password does not meet the project's strength policy.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("WeakPassword", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class WeakPassword extends knownErrorClass("weak_password", Schema.TaggedError<WeakPassword>()("WeakPassword", ApiErrorFields)) {}

/**
 * `breached_password`: The password appears in a known data breach.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("BreachedPassword", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class BreachedPassword extends knownErrorClass("breached_password", Schema.TaggedError<BreachedPassword>()("BreachedPassword", ApiErrorFields)) {}

/**
 * `reset_password`: The user must reset the password before logging in (breached, or flagged for reset).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(Effect.catchTag("ResetPassword", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class ResetPassword extends knownErrorClass("reset_password", Schema.TaggedError<ResetPassword>()("ResetPassword", ApiErrorFields)) {}

/**
 * `member_reset_password`: The member must reset the password before logging in (B2B).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("MemberResetPassword", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class MemberResetPassword extends knownErrorClass("member_reset_password", Schema.TaggedError<MemberResetPassword>()("MemberResetPassword", ApiErrorFields)) {}

/**
 * `duplicate_email`: A user with this email already exists.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("DuplicateEmail", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class DuplicateEmail extends knownErrorClass("duplicate_email", Schema.TaggedError<DuplicateEmail>()("DuplicateEmail", ApiErrorFields)) {}

/**
 * `duplicate_member_email`: A member with this email already exists in the organization.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords, DuplicateMemberEmail } from "effect4-stytch"
 *
 * // No endpoint lists `duplicate_member_email`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === DuplicateMemberEmail.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class DuplicateMemberEmail extends knownErrorClass("duplicate_member_email", Schema.TaggedError<DuplicateMemberEmail>()("DuplicateMemberEmail", ApiErrorFields)) {}

/**
 * `unauthorized_credentials`: The credentials do not match (a wrong password, or a wrong project secret).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(Effect.catchTag("UnauthorizedCredentials", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class UnauthorizedCredentials extends knownErrorClass("unauthorized_credentials", Schema.TaggedError<UnauthorizedCredentials>()("UnauthorizedCredentials", ApiErrorFields)) {}

/**
 * `email_not_found`: No user has this email.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(Effect.catchTag("EmailNotFound", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class EmailNotFound extends knownErrorClass("email_not_found", Schema.TaggedError<EmailNotFound>()("EmailNotFound", ApiErrorFields)) {}

/**
 * `invalid_email`: The email address is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("InvalidEmail", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidEmail extends knownErrorClass("invalid_email", Schema.TaggedError<InvalidEmail>()("InvalidEmail", ApiErrorFields)) {}

/**
 * `invalid_email_sandbox`: The email address is not allowed in the sandbox.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidEmailSandbox, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_email_sandbox`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidEmailSandbox.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidEmailSandbox extends knownErrorClass("invalid_email_sandbox", Schema.TaggedError<InvalidEmailSandbox>()("InvalidEmailSandbox", ApiErrorFields)) {}

/**
 * `no_user_password`: The user has no password set.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(Effect.catchTag("NoUserPassword", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class NoUserPassword extends knownErrorClass("no_user_password", Schema.TaggedError<NoUserPassword>()("NoUserPassword", ApiErrorFields)) {}

/**
 * `password_not_found`: No password was found for this user.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Users } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const users = yield* Users
 *   return yield* users.deletePassword({ password_id: "password-test-b8c1e3f1-5c36-4d88-a3b3-5a9a1ec8ed8c" })
 * }).pipe(Effect.catchTag("PasswordNotFound", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class PasswordNotFound extends knownErrorClass("password_not_found", Schema.TaggedError<PasswordNotFound>()("PasswordNotFound", ApiErrorFields)) {}

/**
 * `member_password_not_found`: No password was found for this member.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("MemberPasswordNotFound", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class MemberPasswordNotFound extends knownErrorClass("member_password_not_found", Schema.TaggedError<MemberPasswordNotFound>()("MemberPasswordNotFound", ApiErrorFields)) {}

/**
 * `password_already_exists`: The user already has a password.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt" })
 * }).pipe(Effect.catchTag("PasswordAlreadyExists", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class PasswordAlreadyExists extends knownErrorClass("password_already_exists", Schema.TaggedError<PasswordAlreadyExists>()("PasswordAlreadyExists", ApiErrorFields)) {}

/**
 * `password_does_not_match`: The password does not match.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { PasswordDoesNotMatch, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `password_does_not_match`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === PasswordDoesNotMatch.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class PasswordDoesNotMatch extends knownErrorClass("password_does_not_match", Schema.TaggedError<PasswordDoesNotMatch>()("PasswordDoesNotMatch", ApiErrorFields)) {}

/**
 * `password_validation_timeout`: Checking the password took too long.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { PasswordValidationTimeout, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `password_validation_timeout`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === PasswordValidationTimeout.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class PasswordValidationTimeout extends knownErrorClass("password_validation_timeout", Schema.TaggedError<PasswordValidationTimeout>()("PasswordValidationTimeout", ApiErrorFields)) {}

/**
 * `cannot_reset_password_with_existing_password`: The new password must differ from the existing one.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.existingPassword.reset({ organization_id: "acme", email_address: "ada@example.com", existing_password: "the old passphrase", new_password: "a new, long and unusual passphrase" })
 * }).pipe(Effect.catchTag("CannotResetPasswordWithExistingPassword", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class CannotResetPasswordWithExistingPassword extends knownErrorClass("cannot_reset_password_with_existing_password", Schema.TaggedError<CannotResetPasswordWithExistingPassword>()("CannotResetPasswordWithExistingPassword", ApiErrorFields)) {}

/**
 * `session_too_old_to_reset_password`: The session was not authenticated recently enough to reset the password.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.sessions.reset({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q", password: "a new, long and unusual passphrase" })
 * }).pipe(Effect.catchTag("SessionTooOldToResetPassword", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class SessionTooOldToResetPassword extends knownErrorClass("session_too_old_to_reset_password", Schema.TaggedError<SessionTooOldToResetPassword>()("SessionTooOldToResetPassword", ApiErrorFields)) {}

/**
 * `invalid_password_id`: The password id is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Users } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const users = yield* Users
 *   return yield* users.deletePassword({ password_id: "not-a-password-id" })
 * }).pipe(Effect.catchTag("InvalidPasswordId", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPasswordId extends knownErrorClass("invalid_password_id", Schema.TaggedError<InvalidPasswordId>()("InvalidPasswordId", ApiErrorFields)) {}

/**
 * `invalid_password_strength_luds_complexity`: The LUDS complexity setting is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidPasswordStrengthLudsComplexity, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_password_strength_luds_complexity`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidPasswordStrengthLudsComplexity.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidPasswordStrengthLudsComplexity extends knownErrorClass("invalid_password_strength_luds_complexity", Schema.TaggedError<InvalidPasswordStrengthLudsComplexity>()("InvalidPasswordStrengthLudsComplexity", ApiErrorFields)) {}

/**
 * `invalid_password_strength_luds_length`: The LUDS length setting is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidPasswordStrengthLudsLength, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_password_strength_luds_length`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidPasswordStrengthLudsLength.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidPasswordStrengthLudsLength extends knownErrorClass("invalid_password_strength_luds_length", Schema.TaggedError<InvalidPasswordStrengthLudsLength>()("InvalidPasswordStrengthLudsLength", ApiErrorFields)) {}

/**
 * `passwords_incompatible_with_sdk_config`: Passwords are not compatible with the project's SDK configuration.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, PasswordsIncompatibleWithSdkConfig } from "effect4-stytch"
 *
 * // No endpoint lists `passwords_incompatible_with_sdk_config`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === PasswordsIncompatibleWithSdkConfig.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class PasswordsIncompatibleWithSdkConfig extends knownErrorClass("passwords_incompatible_with_sdk_config", Schema.TaggedError<PasswordsIncompatibleWithSdkConfig>()("PasswordsIncompatibleWithSdkConfig", ApiErrorFields)) {}

/**
 * `cross_org_passwords_enabled`: The operation is not allowed while cross-organization passwords are enabled.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords, CrossOrgPasswordsEnabled } from "effect4-stytch"
 *
 * // No endpoint lists `cross_org_passwords_enabled`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === CrossOrgPasswordsEnabled.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class CrossOrgPasswordsEnabled extends knownErrorClass("cross_org_passwords_enabled", Schema.TaggedError<CrossOrgPasswordsEnabled>()("CrossOrgPasswordsEnabled", ApiErrorFields)) {}

/**
 * `cross_org_passwords_not_enabled`: Cross-organization passwords are not enabled for the project.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.email.requireReset({ organization_id: "acme", email_address: "ada@example.com" })
 * }).pipe(Effect.catchTag("CrossOrgPasswordsNotEnabled", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class CrossOrgPasswordsNotEnabled extends knownErrorClass("cross_org_passwords_not_enabled", Schema.TaggedError<CrossOrgPasswordsNotEnabled>()("CrossOrgPasswordsNotEnabled", ApiErrorFields)) {}
