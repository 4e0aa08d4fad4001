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
 * Effect.catchTag("WeakPassword", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class WeakPassword extends knownErrorClass("weak_password", Schema.TaggedError<WeakPassword>()("WeakPassword", ApiErrorFields)) {}

/**
 * `breached_password`: The password appears in a known data breach.
 *
 * @example
 * ```ts
 * Effect.catchTag("BreachedPassword", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class BreachedPassword extends knownErrorClass("breached_password", Schema.TaggedError<BreachedPassword>()("BreachedPassword", ApiErrorFields)) {}

/**
 * `reset_password`: The user must reset the password before logging in (breached, or flagged for reset).
 *
 * @example
 * ```ts
 * Effect.catchTag("ResetPassword", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class ResetPassword extends knownErrorClass("reset_password", Schema.TaggedError<ResetPassword>()("ResetPassword", ApiErrorFields)) {}

/**
 * `member_reset_password`: The member must reset the password before logging in (B2B).
 *
 * @example
 * ```ts
 * Effect.catchTag("MemberResetPassword", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class MemberResetPassword extends knownErrorClass("member_reset_password", Schema.TaggedError<MemberResetPassword>()("MemberResetPassword", ApiErrorFields)) {}

/**
 * `duplicate_email`: A user with this email already exists.
 *
 * @example
 * ```ts
 * Effect.catchTag("DuplicateEmail", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class DuplicateEmail extends knownErrorClass("duplicate_email", Schema.TaggedError<DuplicateEmail>()("DuplicateEmail", ApiErrorFields)) {}

/**
 * `duplicate_member_email`: A member with this email already exists in the organization.
 *
 * @example
 * ```ts
 * Effect.catchTag("DuplicateMemberEmail", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class DuplicateMemberEmail extends knownErrorClass("duplicate_member_email", Schema.TaggedError<DuplicateMemberEmail>()("DuplicateMemberEmail", ApiErrorFields)) {}

/**
 * `unauthorized_credentials`: The credentials do not match (a wrong password, or a wrong project secret).
 *
 * @example
 * ```ts
 * Effect.catchTag("UnauthorizedCredentials", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class UnauthorizedCredentials extends knownErrorClass("unauthorized_credentials", Schema.TaggedError<UnauthorizedCredentials>()("UnauthorizedCredentials", ApiErrorFields)) {}

/**
 * `email_not_found`: No user has this email.
 *
 * @example
 * ```ts
 * Effect.catchTag("EmailNotFound", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class EmailNotFound extends knownErrorClass("email_not_found", Schema.TaggedError<EmailNotFound>()("EmailNotFound", ApiErrorFields)) {}

/**
 * `invalid_email`: The email address is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidEmail", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidEmail extends knownErrorClass("invalid_email", Schema.TaggedError<InvalidEmail>()("InvalidEmail", ApiErrorFields)) {}

/**
 * `invalid_email_sandbox`: The email address is not allowed in the sandbox.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidEmailSandbox", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidEmailSandbox extends knownErrorClass("invalid_email_sandbox", Schema.TaggedError<InvalidEmailSandbox>()("InvalidEmailSandbox", ApiErrorFields)) {}

/**
 * `no_user_password`: The user has no password set.
 *
 * @example
 * ```ts
 * Effect.catchTag("NoUserPassword", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class NoUserPassword extends knownErrorClass("no_user_password", Schema.TaggedError<NoUserPassword>()("NoUserPassword", ApiErrorFields)) {}

/**
 * `password_not_found`: No password was found for this user.
 *
 * @example
 * ```ts
 * Effect.catchTag("PasswordNotFound", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class PasswordNotFound extends knownErrorClass("password_not_found", Schema.TaggedError<PasswordNotFound>()("PasswordNotFound", ApiErrorFields)) {}

/**
 * `member_password_not_found`: No password was found for this member.
 *
 * @example
 * ```ts
 * Effect.catchTag("MemberPasswordNotFound", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class MemberPasswordNotFound extends knownErrorClass("member_password_not_found", Schema.TaggedError<MemberPasswordNotFound>()("MemberPasswordNotFound", ApiErrorFields)) {}

/**
 * `password_already_exists`: The user already has a password.
 *
 * @example
 * ```ts
 * Effect.catchTag("PasswordAlreadyExists", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class PasswordAlreadyExists extends knownErrorClass("password_already_exists", Schema.TaggedError<PasswordAlreadyExists>()("PasswordAlreadyExists", ApiErrorFields)) {}

/**
 * `password_does_not_match`: The password does not match.
 *
 * @example
 * ```ts
 * Effect.catchTag("PasswordDoesNotMatch", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class PasswordDoesNotMatch extends knownErrorClass("password_does_not_match", Schema.TaggedError<PasswordDoesNotMatch>()("PasswordDoesNotMatch", ApiErrorFields)) {}

/**
 * `password_validation_timeout`: Checking the password took too long.
 *
 * @example
 * ```ts
 * Effect.catchTag("PasswordValidationTimeout", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class PasswordValidationTimeout extends knownErrorClass("password_validation_timeout", Schema.TaggedError<PasswordValidationTimeout>()("PasswordValidationTimeout", ApiErrorFields)) {}

/**
 * `cannot_reset_password_with_existing_password`: The new password must differ from the existing one.
 *
 * @example
 * ```ts
 * Effect.catchTag("CannotResetPasswordWithExistingPassword", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class CannotResetPasswordWithExistingPassword extends knownErrorClass("cannot_reset_password_with_existing_password", Schema.TaggedError<CannotResetPasswordWithExistingPassword>()("CannotResetPasswordWithExistingPassword", ApiErrorFields)) {}

/**
 * `session_too_old_to_reset_password`: The session was not authenticated recently enough to reset the password.
 *
 * @example
 * ```ts
 * Effect.catchTag("SessionTooOldToResetPassword", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class SessionTooOldToResetPassword extends knownErrorClass("session_too_old_to_reset_password", Schema.TaggedError<SessionTooOldToResetPassword>()("SessionTooOldToResetPassword", ApiErrorFields)) {}

/**
 * `invalid_password_id`: The password id is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPasswordId", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPasswordId extends knownErrorClass("invalid_password_id", Schema.TaggedError<InvalidPasswordId>()("InvalidPasswordId", ApiErrorFields)) {}

/**
 * `invalid_password_strength_luds_complexity`: The LUDS complexity setting is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPasswordStrengthLudsComplexity", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPasswordStrengthLudsComplexity extends knownErrorClass("invalid_password_strength_luds_complexity", Schema.TaggedError<InvalidPasswordStrengthLudsComplexity>()("InvalidPasswordStrengthLudsComplexity", ApiErrorFields)) {}

/**
 * `invalid_password_strength_luds_length`: The LUDS length setting is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPasswordStrengthLudsLength", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPasswordStrengthLudsLength extends knownErrorClass("invalid_password_strength_luds_length", Schema.TaggedError<InvalidPasswordStrengthLudsLength>()("InvalidPasswordStrengthLudsLength", ApiErrorFields)) {}

/**
 * `passwords_incompatible_with_sdk_config`: Passwords are not compatible with the project's SDK configuration.
 *
 * @example
 * ```ts
 * Effect.catchTag("PasswordsIncompatibleWithSdkConfig", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class PasswordsIncompatibleWithSdkConfig extends knownErrorClass("passwords_incompatible_with_sdk_config", Schema.TaggedError<PasswordsIncompatibleWithSdkConfig>()("PasswordsIncompatibleWithSdkConfig", ApiErrorFields)) {}

/**
 * `cross_org_passwords_enabled`: The operation is not allowed while cross-organization passwords are enabled.
 *
 * @example
 * ```ts
 * Effect.catchTag("CrossOrgPasswordsEnabled", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class CrossOrgPasswordsEnabled extends knownErrorClass("cross_org_passwords_enabled", Schema.TaggedError<CrossOrgPasswordsEnabled>()("CrossOrgPasswordsEnabled", ApiErrorFields)) {}

/**
 * `cross_org_passwords_not_enabled`: Cross-organization passwords are not enabled for the project.
 *
 * @example
 * ```ts
 * Effect.catchTag("CrossOrgPasswordsNotEnabled", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class CrossOrgPasswordsNotEnabled extends knownErrorClass("cross_org_passwords_not_enabled", Schema.TaggedError<CrossOrgPasswordsNotEnabled>()("CrossOrgPasswordsNotEnabled", ApiErrorFields)) {}
