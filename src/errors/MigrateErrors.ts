/**
 * Errors of password migration: hash formats, hash configs and imported profile data.
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
 * `invalid_hash`: The hash is not valid for its type.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidHash", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidHash extends knownErrorClass("invalid_hash", Schema.TaggedError<InvalidHash>()("InvalidHash", ApiErrorFields)) {}

/**
 * `invalid_hash_type`: The hash type is not supported.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidHashType", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidHashType extends knownErrorClass("invalid_hash_type", Schema.TaggedError<InvalidHashType>()("InvalidHashType", ApiErrorFields)) {}

/**
 * `invalid_bcrypt_hash`: The bcrypt hash is malformed.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidBcryptHash", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidBcryptHash extends knownErrorClass("invalid_bcrypt_hash", Schema.TaggedError<InvalidBcryptHash>()("InvalidBcryptHash", ApiErrorFields)) {}

/**
 * `invalid_bcrypt_cost`: The bcrypt cost is out of range.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidBcryptCost", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidBcryptCost extends knownErrorClass("invalid_bcrypt_cost", Schema.TaggedError<InvalidBcryptCost>()("InvalidBcryptCost", ApiErrorFields)) {}

/**
 * `invalid_md_5_hash`: The MD-5 hash is malformed.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidMd5Hash", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidMd5Hash extends knownErrorClass("invalid_md_5_hash", Schema.TaggedError<InvalidMd5Hash>()("InvalidMd5Hash", ApiErrorFields)) {}

/**
 * `invalid_sha_1_hash`: The SHA-1 hash is malformed.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidSha1Hash", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidSha1Hash extends knownErrorClass("invalid_sha_1_hash", Schema.TaggedError<InvalidSha1Hash>()("InvalidSha1Hash", ApiErrorFields)) {}

/**
 * `invalid_prepend_salt`: The prepend salt is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPrependSalt", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPrependSalt extends knownErrorClass("invalid_prepend_salt", Schema.TaggedError<InvalidPrependSalt>()("InvalidPrependSalt", ApiErrorFields)) {}

/**
 * `invalid_append_salt`: The append salt is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidAppendSalt", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidAppendSalt extends knownErrorClass("invalid_append_salt", Schema.TaggedError<InvalidAppendSalt>()("InvalidAppendSalt", ApiErrorFields)) {}

/**
 * `invalid_pbkdf_2_hash`: The PBKDF2 hash is malformed.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPbkdf2Hash", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPbkdf2Hash extends knownErrorClass("invalid_pbkdf_2_hash", Schema.TaggedError<InvalidPbkdf2Hash>()("InvalidPbkdf2Hash", ApiErrorFields)) {}

/**
 * `invalid_pbkdf_2_iteration_amount`: The PBKDF2 iteration amount is out of range.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPbkdf2IterationAmount", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPbkdf2IterationAmount extends knownErrorClass("invalid_pbkdf_2_iteration_amount", Schema.TaggedError<InvalidPbkdf2IterationAmount>()("InvalidPbkdf2IterationAmount", ApiErrorFields)) {}

/**
 * `invalid_pbkdf_2_salt`: The PBKDF2 salt is not valid base64.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPbkdf2Salt", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPbkdf2Salt extends knownErrorClass("invalid_pbkdf_2_salt", Schema.TaggedError<InvalidPbkdf2Salt>()("InvalidPbkdf2Salt", ApiErrorFields)) {}

/**
 * `pbkdf_2_key_length_mismatch`: The PBKDF2 hash length differs from the configured key length.
 *
 * @example
 * ```ts
 * Effect.catchTag("Pbkdf2KeyLengthMismatch", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class Pbkdf2KeyLengthMismatch extends knownErrorClass("pbkdf_2_key_length_mismatch", Schema.TaggedError<Pbkdf2KeyLengthMismatch>()("Pbkdf2KeyLengthMismatch", ApiErrorFields)) {}

/**
 * `invalid_argon_2_iteration_amount`: The Argon2 iteration amount is out of range.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidArgon2IterationAmount", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2IterationAmount extends knownErrorClass("invalid_argon_2_iteration_amount", Schema.TaggedError<InvalidArgon2IterationAmount>()("InvalidArgon2IterationAmount", ApiErrorFields)) {}

/**
 * `invalid_argon_2_key_length`: The Argon2 key length is out of range.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidArgon2KeyLength", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2KeyLength extends knownErrorClass("invalid_argon_2_key_length", Schema.TaggedError<InvalidArgon2KeyLength>()("InvalidArgon2KeyLength", ApiErrorFields)) {}

/**
 * `invalid_argon_2_memory`: The Argon2 memory is out of range.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidArgon2Memory", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2Memory extends knownErrorClass("invalid_argon_2_memory", Schema.TaggedError<InvalidArgon2Memory>()("InvalidArgon2Memory", ApiErrorFields)) {}

/**
 * `invalid_argon_2_salt`: The Argon2 salt is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidArgon2Salt", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2Salt extends knownErrorClass("invalid_argon_2_salt", Schema.TaggedError<InvalidArgon2Salt>()("InvalidArgon2Salt", ApiErrorFields)) {}

/**
 * `invalid_argon_2_threads`: The Argon2 thread count is out of range.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidArgon2Threads", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2Threads extends knownErrorClass("invalid_argon_2_threads", Schema.TaggedError<InvalidArgon2Threads>()("InvalidArgon2Threads", ApiErrorFields)) {}

/**
 * `argon_2_key_length_mismatch`: The Argon2 hash length differs from the configured key length.
 *
 * @example
 * ```ts
 * Effect.catchTag("Argon2KeyLengthMismatch", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class Argon2KeyLengthMismatch extends knownErrorClass("argon_2_key_length_mismatch", Schema.TaggedError<Argon2KeyLengthMismatch>()("Argon2KeyLengthMismatch", ApiErrorFields)) {}

/**
 * `invalid_scrypt_n_parameter`: The scrypt N parameter is not a power of two in range.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidScryptNParameter", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidScryptNParameter extends knownErrorClass("invalid_scrypt_n_parameter", Schema.TaggedError<InvalidScryptNParameter>()("InvalidScryptNParameter", ApiErrorFields)) {}

/**
 * `invalid_scrypt_parameters`: The scrypt parameters are not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidScryptParameters", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidScryptParameters extends knownErrorClass("invalid_scrypt_parameters", Schema.TaggedError<InvalidScryptParameters>()("InvalidScryptParameters", ApiErrorFields)) {}

/**
 * `invalid_scrypt_salt_length`: The scrypt salt has the wrong length.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidScryptSaltLength", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidScryptSaltLength extends knownErrorClass("invalid_scrypt_salt_length", Schema.TaggedError<InvalidScryptSaltLength>()("InvalidScryptSaltLength", ApiErrorFields)) {}

/**
 * `scrypt_key_length_mismatch`: The scrypt hash length differs from the configured key length.
 *
 * @example
 * ```ts
 * Effect.catchTag("ScryptKeyLengthMismatch", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class ScryptKeyLengthMismatch extends knownErrorClass("scrypt_key_length_mismatch", Schema.TaggedError<ScryptKeyLengthMismatch>()("ScryptKeyLengthMismatch", ApiErrorFields)) {}

/**
 * `invalid_base64_scrypt_hash`: The scrypt hash is not valid base64.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidBase64ScryptHash", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidBase64ScryptHash extends knownErrorClass("invalid_base64_scrypt_hash", Schema.TaggedError<InvalidBase64ScryptHash>()("InvalidBase64ScryptHash", ApiErrorFields)) {}

/**
 * `invalid_base64_scrypt_salt`: The scrypt salt is not valid base64.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidBase64ScryptSalt", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidBase64ScryptSalt extends knownErrorClass("invalid_base64_scrypt_salt", Schema.TaggedError<InvalidBase64ScryptSalt>()("InvalidBase64ScryptSalt", ApiErrorFields)) {}

/**
 * `invalid_phpass_hash_format`: The phpass hash is malformed.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPhpassHashFormat", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPhpassHashFormat extends knownErrorClass("invalid_phpass_hash_format", Schema.TaggedError<InvalidPhpassHashFormat>()("InvalidPhpassHashFormat", ApiErrorFields)) {}

/**
 * `invalid_phpass_hash_prefix`: The phpass hash does not start with $P$ or $H$.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPhpassHashPrefix", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPhpassHashPrefix extends knownErrorClass("invalid_phpass_hash_prefix", Schema.TaggedError<InvalidPhpassHashPrefix>()("InvalidPhpassHashPrefix", ApiErrorFields)) {}

/**
 * `duplicate_user_external_id`: Another user has this external id.
 *
 * @example
 * ```ts
 * Effect.catchTag("DuplicateUserExternalId", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class DuplicateUserExternalId extends knownErrorClass("duplicate_user_external_id", Schema.TaggedError<DuplicateUserExternalId>()("DuplicateUserExternalId", ApiErrorFields)) {}

/**
 * `duplicate_member_external_id`: Another member has this external id.
 *
 * @example
 * ```ts
 * Effect.catchTag("DuplicateMemberExternalId", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class DuplicateMemberExternalId extends knownErrorClass("duplicate_member_external_id", Schema.TaggedError<DuplicateMemberExternalId>()("DuplicateMemberExternalId", ApiErrorFields)) {}

/**
 * `duplicate_phone_number`: Another user has this phone number.
 *
 * @example
 * ```ts
 * Effect.catchTag("DuplicatePhoneNumber", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class DuplicatePhoneNumber extends knownErrorClass("duplicate_phone_number", Schema.TaggedError<DuplicatePhoneNumber>()("DuplicatePhoneNumber", ApiErrorFields)) {}

/**
 * `invalid_phone_number`: The phone number is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidPhoneNumber", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidPhoneNumber extends knownErrorClass("invalid_phone_number", Schema.TaggedError<InvalidPhoneNumber>()("InvalidPhoneNumber", ApiErrorFields)) {}

/**
 * `metadata_too_large`: The metadata is too large.
 *
 * @example
 * ```ts
 * Effect.catchTag("MetadataTooLarge", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class MetadataTooLarge extends knownErrorClass("metadata_too_large", Schema.TaggedError<MetadataTooLarge>()("MetadataTooLarge", ApiErrorFields)) {}

/**
 * `metadata_invalid_format`: The metadata is not a JSON object of the allowed shape.
 *
 * @example
 * ```ts
 * Effect.catchTag("MetadataInvalidFormat", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class MetadataInvalidFormat extends knownErrorClass("metadata_invalid_format", Schema.TaggedError<MetadataInvalidFormat>()("MetadataInvalidFormat", ApiErrorFields)) {}

/**
 * `metadata_too_many_keys`: The metadata has too many keys.
 *
 * @example
 * ```ts
 * Effect.catchTag("MetadataTooManyKeys", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class MetadataTooManyKeys extends knownErrorClass("metadata_too_many_keys", Schema.TaggedError<MetadataTooManyKeys>()("MetadataTooManyKeys", ApiErrorFields)) {}

/**
 * `invalid_role`: The role is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidRole", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidRole extends knownErrorClass("invalid_role", Schema.TaggedError<InvalidRole>()("InvalidRole", ApiErrorFields)) {}

/**
 * `invalid_rbac_role_id`: The RBAC role id is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidRbacRoleId", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidRbacRoleId extends knownErrorClass("invalid_rbac_role_id", Schema.TaggedError<InvalidRbacRoleId>()("InvalidRbacRoleId", ApiErrorFields)) {}
