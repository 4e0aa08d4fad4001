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
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt" })
 * }).pipe(Effect.catchTag("InvalidHash", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidHash extends knownErrorClass("invalid_hash", Schema.TaggedError<InvalidHash>()("InvalidHash", ApiErrorFields)) {}

/**
 * `invalid_hash_type`: The hash type is not supported.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt" })
 * }).pipe(Effect.catchTag("InvalidHashType", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidHashType extends knownErrorClass("invalid_hash_type", Schema.TaggedError<InvalidHashType>()("InvalidHashType", ApiErrorFields)) {}

/**
 * `invalid_bcrypt_hash`: The bcrypt hash is malformed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt" })
 * }).pipe(Effect.catchTag("InvalidBcryptHash", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidBcryptHash extends knownErrorClass("invalid_bcrypt_hash", Schema.TaggedError<InvalidBcryptHash>()("InvalidBcryptHash", ApiErrorFields)) {}

/**
 * `invalid_bcrypt_cost`: The bcrypt cost is out of range.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt" })
 * }).pipe(Effect.catchTag("InvalidBcryptCost", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidBcryptCost extends knownErrorClass("invalid_bcrypt_cost", Schema.TaggedError<InvalidBcryptCost>()("InvalidBcryptCost", ApiErrorFields)) {}

/**
 * `invalid_md_5_hash`: The MD-5 hash is malformed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "5f4dcc3b5aa765d61d8327deb882cf99", hash_type: "md_5", md_5_config: { prepend_salt: "", append_salt: "pepper" } })
 * }).pipe(Effect.catchTag("InvalidMd5Hash", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidMd5Hash extends knownErrorClass("invalid_md_5_hash", Schema.TaggedError<InvalidMd5Hash>()("InvalidMd5Hash", ApiErrorFields)) {}

/**
 * `invalid_sha_1_hash`: The SHA-1 hash is malformed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8", hash_type: "sha_1" })
 * }).pipe(Effect.catchTag("InvalidSha1Hash", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidSha1Hash extends knownErrorClass("invalid_sha_1_hash", Schema.TaggedError<InvalidSha1Hash>()("InvalidSha1Hash", ApiErrorFields)) {}

/**
 * `invalid_prepend_salt`: The prepend salt is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "5f4dcc3b5aa765d61d8327deb882cf99", hash_type: "md_5", md_5_config: { prepend_salt: "", append_salt: "pepper" } })
 * }).pipe(Effect.catchTag("InvalidPrependSalt", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPrependSalt extends knownErrorClass("invalid_prepend_salt", Schema.TaggedError<InvalidPrependSalt>()("InvalidPrependSalt", ApiErrorFields)) {}

/**
 * `invalid_append_salt`: The append salt is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "5f4dcc3b5aa765d61d8327deb882cf99", hash_type: "md_5", md_5_config: { prepend_salt: "", append_salt: "pepper" } })
 * }).pipe(Effect.catchTag("InvalidAppendSalt", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidAppendSalt extends knownErrorClass("invalid_append_salt", Schema.TaggedError<InvalidAppendSalt>()("InvalidAppendSalt", ApiErrorFields)) {}

/**
 * `invalid_pbkdf_2_hash`: The PBKDF2 hash is malformed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "8ZD6sBXiDuxNEbPV8EbYLfOQcHNEbqYh8dbNwbiDWYg=", hash_type: "pbkdf_2", pbkdf_2_config: { salt: "c2FsdHNhbHQ=", iteration_amount: 100000, key_length: 32, algorithm: "sha256" } })
 * }).pipe(Effect.catchTag("InvalidPbkdf2Hash", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPbkdf2Hash extends knownErrorClass("invalid_pbkdf_2_hash", Schema.TaggedError<InvalidPbkdf2Hash>()("InvalidPbkdf2Hash", ApiErrorFields)) {}

/**
 * `invalid_pbkdf_2_iteration_amount`: The PBKDF2 iteration amount is out of range.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "8ZD6sBXiDuxNEbPV8EbYLfOQcHNEbqYh8dbNwbiDWYg=", hash_type: "pbkdf_2", pbkdf_2_config: { salt: "c2FsdHNhbHQ=", iteration_amount: 100000, key_length: 32, algorithm: "sha256" } })
 * }).pipe(Effect.catchTag("InvalidPbkdf2IterationAmount", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPbkdf2IterationAmount extends knownErrorClass("invalid_pbkdf_2_iteration_amount", Schema.TaggedError<InvalidPbkdf2IterationAmount>()("InvalidPbkdf2IterationAmount", ApiErrorFields)) {}

/**
 * `invalid_pbkdf_2_salt`: The PBKDF2 salt is not valid base64.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "8ZD6sBXiDuxNEbPV8EbYLfOQcHNEbqYh8dbNwbiDWYg=", hash_type: "pbkdf_2", pbkdf_2_config: { salt: "c2FsdHNhbHQ=", iteration_amount: 100000, key_length: 32, algorithm: "sha256" } })
 * }).pipe(Effect.catchTag("InvalidPbkdf2Salt", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPbkdf2Salt extends knownErrorClass("invalid_pbkdf_2_salt", Schema.TaggedError<InvalidPbkdf2Salt>()("InvalidPbkdf2Salt", ApiErrorFields)) {}

/**
 * `pbkdf_2_key_length_mismatch`: The PBKDF2 hash length differs from the configured key length.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "8ZD6sBXiDuxNEbPV8EbYLfOQcHNEbqYh8dbNwbiDWYg=", hash_type: "pbkdf_2", pbkdf_2_config: { salt: "c2FsdHNhbHQ=", iteration_amount: 100000, key_length: 32, algorithm: "sha256" } })
 * }).pipe(Effect.catchTag("Pbkdf2KeyLengthMismatch", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class Pbkdf2KeyLengthMismatch extends knownErrorClass("pbkdf_2_key_length_mismatch", Schema.TaggedError<Pbkdf2KeyLengthMismatch>()("Pbkdf2KeyLengthMismatch", ApiErrorFields)) {}

/**
 * `invalid_argon_2_iteration_amount`: The Argon2 iteration amount is out of range.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", hash_type: "argon_2id" })
 * }).pipe(Effect.catchTag("InvalidArgon2IterationAmount", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2IterationAmount extends knownErrorClass("invalid_argon_2_iteration_amount", Schema.TaggedError<InvalidArgon2IterationAmount>()("InvalidArgon2IterationAmount", ApiErrorFields)) {}

/**
 * `invalid_argon_2_key_length`: The Argon2 key length is out of range.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", hash_type: "argon_2id" })
 * }).pipe(Effect.catchTag("InvalidArgon2KeyLength", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2KeyLength extends knownErrorClass("invalid_argon_2_key_length", Schema.TaggedError<InvalidArgon2KeyLength>()("InvalidArgon2KeyLength", ApiErrorFields)) {}

/**
 * `invalid_argon_2_memory`: The Argon2 memory is out of range.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", hash_type: "argon_2id" })
 * }).pipe(Effect.catchTag("InvalidArgon2Memory", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2Memory extends knownErrorClass("invalid_argon_2_memory", Schema.TaggedError<InvalidArgon2Memory>()("InvalidArgon2Memory", ApiErrorFields)) {}

/**
 * `invalid_argon_2_salt`: The Argon2 salt is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", hash_type: "argon_2id" })
 * }).pipe(Effect.catchTag("InvalidArgon2Salt", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2Salt extends knownErrorClass("invalid_argon_2_salt", Schema.TaggedError<InvalidArgon2Salt>()("InvalidArgon2Salt", ApiErrorFields)) {}

/**
 * `invalid_argon_2_threads`: The Argon2 thread count is out of range.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", hash_type: "argon_2id" })
 * }).pipe(Effect.catchTag("InvalidArgon2Threads", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidArgon2Threads extends knownErrorClass("invalid_argon_2_threads", Schema.TaggedError<InvalidArgon2Threads>()("InvalidArgon2Threads", ApiErrorFields)) {}

/**
 * `argon_2_key_length_mismatch`: The Argon2 hash length differs from the configured key length.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", hash_type: "argon_2id" })
 * }).pipe(Effect.catchTag("Argon2KeyLengthMismatch", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class Argon2KeyLengthMismatch extends knownErrorClass("argon_2_key_length_mismatch", Schema.TaggedError<Argon2KeyLengthMismatch>()("Argon2KeyLengthMismatch", ApiErrorFields)) {}

/**
 * `invalid_scrypt_n_parameter`: The scrypt N parameter is not a power of two in range.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$scrypt$ln=15,r=8,p=1$c29tZXNhbHQ$8Xb6cVyPW4p8RZ6d8Hd0ZhX4Nq3cVdeOQ9Ky2vZ0AIk", hash_type: "scrypt" })
 * }).pipe(Effect.catchTag("InvalidScryptNParameter", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidScryptNParameter extends knownErrorClass("invalid_scrypt_n_parameter", Schema.TaggedError<InvalidScryptNParameter>()("InvalidScryptNParameter", ApiErrorFields)) {}

/**
 * `invalid_scrypt_parameters`: The scrypt parameters are not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$scrypt$ln=15,r=8,p=1$c29tZXNhbHQ$8Xb6cVyPW4p8RZ6d8Hd0ZhX4Nq3cVdeOQ9Ky2vZ0AIk", hash_type: "scrypt" })
 * }).pipe(Effect.catchTag("InvalidScryptParameters", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidScryptParameters extends knownErrorClass("invalid_scrypt_parameters", Schema.TaggedError<InvalidScryptParameters>()("InvalidScryptParameters", ApiErrorFields)) {}

/**
 * `invalid_scrypt_salt_length`: The scrypt salt has the wrong length.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$scrypt$ln=15,r=8,p=1$c29tZXNhbHQ$8Xb6cVyPW4p8RZ6d8Hd0ZhX4Nq3cVdeOQ9Ky2vZ0AIk", hash_type: "scrypt" })
 * }).pipe(Effect.catchTag("InvalidScryptSaltLength", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidScryptSaltLength extends knownErrorClass("invalid_scrypt_salt_length", Schema.TaggedError<InvalidScryptSaltLength>()("InvalidScryptSaltLength", ApiErrorFields)) {}

/**
 * `scrypt_key_length_mismatch`: The scrypt hash length differs from the configured key length.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$scrypt$ln=15,r=8,p=1$c29tZXNhbHQ$8Xb6cVyPW4p8RZ6d8Hd0ZhX4Nq3cVdeOQ9Ky2vZ0AIk", hash_type: "scrypt" })
 * }).pipe(Effect.catchTag("ScryptKeyLengthMismatch", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class ScryptKeyLengthMismatch extends knownErrorClass("scrypt_key_length_mismatch", Schema.TaggedError<ScryptKeyLengthMismatch>()("ScryptKeyLengthMismatch", ApiErrorFields)) {}

/**
 * `invalid_base64_scrypt_hash`: The scrypt hash is not valid base64.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$scrypt$ln=15,r=8,p=1$c29tZXNhbHQ$8Xb6cVyPW4p8RZ6d8Hd0ZhX4Nq3cVdeOQ9Ky2vZ0AIk", hash_type: "scrypt" })
 * }).pipe(Effect.catchTag("InvalidBase64ScryptHash", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidBase64ScryptHash extends knownErrorClass("invalid_base64_scrypt_hash", Schema.TaggedError<InvalidBase64ScryptHash>()("InvalidBase64ScryptHash", ApiErrorFields)) {}

/**
 * `invalid_base64_scrypt_salt`: The scrypt salt is not valid base64.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$scrypt$ln=15,r=8,p=1$c29tZXNhbHQ$8Xb6cVyPW4p8RZ6d8Hd0ZhX4Nq3cVdeOQ9Ky2vZ0AIk", hash_type: "scrypt" })
 * }).pipe(Effect.catchTag("InvalidBase64ScryptSalt", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidBase64ScryptSalt extends knownErrorClass("invalid_base64_scrypt_salt", Schema.TaggedError<InvalidBase64ScryptSalt>()("InvalidBase64ScryptSalt", ApiErrorFields)) {}

/**
 * `invalid_phpass_hash_format`: The phpass hash is malformed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$P$984478476IagS59wHZvyQMArzfx58u.", hash_type: "phpass" })
 * }).pipe(Effect.catchTag("InvalidPhpassHashFormat", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPhpassHashFormat extends knownErrorClass("invalid_phpass_hash_format", Schema.TaggedError<InvalidPhpassHashFormat>()("InvalidPhpassHashFormat", ApiErrorFields)) {}

/**
 * `invalid_phpass_hash_prefix`: The phpass hash does not start with $P$ or $H$.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$P$984478476IagS59wHZvyQMArzfx58u.", hash_type: "phpass" })
 * }).pipe(Effect.catchTag("InvalidPhpassHashPrefix", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPhpassHashPrefix extends knownErrorClass("invalid_phpass_hash_prefix", Schema.TaggedError<InvalidPhpassHashPrefix>()("InvalidPhpassHashPrefix", ApiErrorFields)) {}

/**
 * `duplicate_user_external_id`: Another user has this external id.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", external_id: "legacy-user-1042" })
 * }).pipe(Effect.catchTag("DuplicateUserExternalId", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class DuplicateUserExternalId extends knownErrorClass("duplicate_user_external_id", Schema.TaggedError<DuplicateUserExternalId>()("DuplicateUserExternalId", ApiErrorFields)) {}

/**
 * `duplicate_member_external_id`: Another member has this external id.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.migrate({ organization_id: "acme", email_address: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", external_id: "legacy-user-1042" })
 * }).pipe(Effect.catchTag("DuplicateMemberExternalId", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class DuplicateMemberExternalId extends knownErrorClass("duplicate_member_external_id", Schema.TaggedError<DuplicateMemberExternalId>()("DuplicateMemberExternalId", ApiErrorFields)) {}

/**
 * `duplicate_phone_number`: Another user has this phone number.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", phone_number: "+12025550162" })
 * }).pipe(Effect.catchTag("DuplicatePhoneNumber", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class DuplicatePhoneNumber extends knownErrorClass("duplicate_phone_number", Schema.TaggedError<DuplicatePhoneNumber>()("DuplicatePhoneNumber", ApiErrorFields)) {}

/**
 * `invalid_phone_number`: The phone number is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", phone_number: "+12025550162" })
 * }).pipe(Effect.catchTag("InvalidPhoneNumber", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPhoneNumber extends knownErrorClass("invalid_phone_number", Schema.TaggedError<InvalidPhoneNumber>()("InvalidPhoneNumber", ApiErrorFields)) {}

/**
 * `metadata_too_large`: The metadata is too large.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", trusted_metadata: { plan: "pro" } })
 * }).pipe(Effect.catchTag("MetadataTooLarge", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class MetadataTooLarge extends knownErrorClass("metadata_too_large", Schema.TaggedError<MetadataTooLarge>()("MetadataTooLarge", ApiErrorFields)) {}

/**
 * `metadata_invalid_format`: The metadata is not a JSON object of the allowed shape.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple", trusted_metadata: { plan: "pro" } })
 * }).pipe(Effect.catchTag("MetadataInvalidFormat", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class MetadataInvalidFormat extends knownErrorClass("metadata_invalid_format", Schema.TaggedError<MetadataInvalidFormat>()("MetadataInvalidFormat", ApiErrorFields)) {}

/**
 * `metadata_too_many_keys`: The metadata has too many keys.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", trusted_metadata: { plan: "pro" } })
 * }).pipe(Effect.catchTag("MetadataTooManyKeys", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class MetadataTooManyKeys extends knownErrorClass("metadata_too_many_keys", Schema.TaggedError<MetadataTooManyKeys>()("MetadataTooManyKeys", ApiErrorFields)) {}

/**
 * `invalid_role`: The role is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", roles: ["billing-admin"] })
 * }).pipe(Effect.catchTag("InvalidRole", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidRole extends knownErrorClass("invalid_role", Schema.TaggedError<InvalidRole>()("InvalidRole", ApiErrorFields)) {}

/**
 * `invalid_rbac_role_id`: The RBAC role id is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", roles: ["billing-admin"] })
 * }).pipe(Effect.catchTag("InvalidRbacRoleId", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidRbacRoleId extends knownErrorClass("invalid_rbac_role_id", Schema.TaggedError<InvalidRbacRoleId>()("InvalidRbacRoleId", ApiErrorFields)) {}
