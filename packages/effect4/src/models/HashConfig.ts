/**
 * The hash parameters `passwords.migrate` takes next to a hash imported from another system.
 * Request-side: every field is required inside the object that is sent.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const SaltAroundFields = {
  prepend_salt: Schema.String,
  append_salt: Schema.String
}

/**
 * `md_5_config`: the hash is `md5(prepend_salt + password + append_salt)`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MD5Config } from "effect4-stytch"
 *
 * Schema.encodeSync(MD5Config)({ prepend_salt: "", append_salt: "pepper" })
 * ```
 * @since 0.1.0
 */
export const MD5Config: Schema.Codec<MD5Config, MD5ConfigEncoded> = Schema.Struct(SaltAroundFields).annotate({
  identifier: "MD5Config"
})

/**
 * @example
 * ```ts
 * import type { MD5Config } from "effect4-stytch"
 * const unsalted: MD5Config = { prepend_salt: "", append_salt: "" }
 * ```
 * @since 0.1.0
 */
export interface MD5Config extends Schema.Struct.Type<typeof SaltAroundFields> {}

/**
 * `MD5Config` as JSON, before decoding: what `Schema.encodeSync(MD5Config)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MD5Config, type MD5ConfigEncoded } from "effect4-stytch"
 * const toJson = (value: MD5Config): MD5ConfigEncoded => Schema.encodeSync(MD5Config)(value)
 * ```
 * @since 0.1.0
 */
export type MD5ConfigEncoded = Schema.Struct.Encoded<typeof SaltAroundFields>

/**
 * `sha_1_config`: the hash is `sha1(prepend_salt + password + append_salt)`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SHA1Config } from "effect4-stytch"
 *
 * Schema.encodeSync(SHA1Config)({ prepend_salt: "s4lt", append_salt: "" })
 * ```
 * @since 0.1.0
 */
export const SHA1Config: Schema.Codec<SHA1Config, SHA1ConfigEncoded> = Schema.Struct(SaltAroundFields).annotate({
  identifier: "SHA1Config"
})

/**
 * @example
 * ```ts
 * import type { SHA1Config } from "effect4-stytch"
 * const prefixed: SHA1Config = { prepend_salt: "s4lt", append_salt: "" }
 * ```
 * @since 0.1.0
 */
export interface SHA1Config extends Schema.Struct.Type<typeof SaltAroundFields> {}

/**
 * `SHA1Config` as JSON, before decoding: what `Schema.encodeSync(SHA1Config)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SHA1Config, type SHA1ConfigEncoded } from "effect4-stytch"
 * const toJson = (value: SHA1Config): SHA1ConfigEncoded => Schema.encodeSync(SHA1Config)(value)
 * ```
 * @since 0.1.0
 */
export type SHA1ConfigEncoded = Schema.Struct.Encoded<typeof SaltAroundFields>

/**
 * `sha_512_config`: the hash is `sha512(prepend_salt + password + append_salt)`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SHA512Config } from "effect4-stytch"
 *
 * Schema.encodeSync(SHA512Config)({ prepend_salt: "", append_salt: "s4lt" })
 * ```
 * @since 0.1.0
 */
export const SHA512Config: Schema.Codec<SHA512Config, SHA512ConfigEncoded> = Schema.Struct(SaltAroundFields).annotate({
  identifier: "SHA512Config"
})

/**
 * @example
 * ```ts
 * import type { SHA512Config } from "effect4-stytch"
 * const suffixed: SHA512Config = { prepend_salt: "", append_salt: "s4lt" }
 * ```
 * @since 0.1.0
 */
export interface SHA512Config extends Schema.Struct.Type<typeof SaltAroundFields> {}

/**
 * `SHA512Config` as JSON, before decoding: what `Schema.encodeSync(SHA512Config)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SHA512Config, type SHA512ConfigEncoded } from "effect4-stytch"
 * const toJson = (value: SHA512Config): SHA512ConfigEncoded => Schema.encodeSync(SHA512Config)(value)
 * ```
 * @since 0.1.0
 */
export type SHA512ConfigEncoded = Schema.Struct.Encoded<typeof SaltAroundFields>

const ScryptConfigFields = {
  salt: Schema.String,
  n_parameter: Schema.Int,
  r_parameter: Schema.Int,
  p_parameter: Schema.Int,
  key_length: Schema.Int
}

/**
 * `scrypt_config`, for a base64 scrypt hash that is not a PHC string: base64 `salt`, cost
 * `n_parameter` (a power of two, 1 < N ≤ 262144), block size `r_parameter`, parallelism
 * `p_parameter`, and the hash length in bytes `key_length`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ScryptConfig } from "effect4-stytch"
 *
 * Schema.encodeSync(ScryptConfig)({ salt: "c2FsdA==", n_parameter: 16384, r_parameter: 8, p_parameter: 1, key_length: 32 })
 * ```
 * @since 0.1.0
 */
export const ScryptConfig: Schema.Codec<ScryptConfig, ScryptConfigEncoded> = Schema.Struct(ScryptConfigFields).annotate({ identifier: "ScryptConfig" })

/**
 * @example
 * ```ts
 * import type { ScryptConfig } from "effect4-stytch"
 * const interactive: ScryptConfig = { salt: "c2FsdA==", n_parameter: 16384, r_parameter: 8, p_parameter: 1, key_length: 32 }
 * ```
 * @since 0.1.0
 */
export interface ScryptConfig extends Schema.Struct.Type<typeof ScryptConfigFields> {}

/**
 * `ScryptConfig` as JSON, before decoding: what `Schema.encodeSync(ScryptConfig)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ScryptConfig, type ScryptConfigEncoded } from "effect4-stytch"
 * const toJson = (value: ScryptConfig): ScryptConfigEncoded => Schema.encodeSync(ScryptConfig)(value)
 * ```
 * @since 0.1.0
 */
export type ScryptConfigEncoded = Schema.Struct.Encoded<typeof ScryptConfigFields>

const Argon2ConfigFields = {
  salt: Schema.String,
  iteration_amount: Schema.Int,
  memory: Schema.Int,
  threads: Schema.Int,
  key_length: Schema.Int
}

/**
 * `argon_2_config`, for an Argon2 hash that is not a PHC string: `salt`, passes
 * `iteration_amount`, `memory` in KiB, `threads`, and the hash length in bytes `key_length`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Argon2Config } from "effect4-stytch"
 *
 * Schema.encodeSync(Argon2Config)({ salt: "somesalt", iteration_amount: 2, memory: 19456, threads: 1, key_length: 32 })
 * ```
 * @since 0.1.0
 */
export const Argon2Config: Schema.Codec<Argon2Config, Argon2ConfigEncoded> = Schema.Struct(Argon2ConfigFields).annotate({ identifier: "Argon2Config" })

/**
 * @example
 * ```ts
 * import type { Argon2Config } from "effect4-stytch"
 * const owasp: Argon2Config = { salt: "somesalt", iteration_amount: 2, memory: 19456, threads: 1, key_length: 32 }
 * ```
 * @since 0.1.0
 */
export interface Argon2Config extends Schema.Struct.Type<typeof Argon2ConfigFields> {}

/**
 * `Argon2Config` as JSON, before decoding: what `Schema.encodeSync(Argon2Config)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Argon2Config, type Argon2ConfigEncoded } from "effect4-stytch"
 * const toJson = (value: Argon2Config): Argon2ConfigEncoded => Schema.encodeSync(Argon2Config)(value)
 * ```
 * @since 0.1.0
 */
export type Argon2ConfigEncoded = Schema.Struct.Encoded<typeof Argon2ConfigFields>

const PBKDF2ConfigFields = {
  salt: Schema.String,
  iteration_amount: Schema.Int,
  key_length: Schema.Int,
  /** `"sha256"` or `"sha512"`. */
  algorithm: Schema.String
}

/**
 * `pbkdf_2_config`: base64 `salt`, `iteration_amount`, the hash length in bytes
 * `key_length`, and the HMAC `algorithm`: `"sha256"` (Stytch's default) or `"sha512"`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PBKDF2Config } from "effect4-stytch"
 *
 * Schema.encodeSync(PBKDF2Config)({ salt: "c2FsdA==", iteration_amount: 600000, key_length: 32, algorithm: "sha256" })
 * ```
 * @since 0.1.0
 */
export const PBKDF2Config: Schema.Codec<PBKDF2Config, PBKDF2ConfigEncoded> = Schema.Struct(PBKDF2ConfigFields).annotate({ identifier: "PBKDF2Config" })

/**
 * @example
 * ```ts
 * import type { PBKDF2Config } from "effect4-stytch"
 * const django: PBKDF2Config = { salt: "c2FsdA==", iteration_amount: 600000, key_length: 32, algorithm: "sha256" }
 * ```
 * @since 0.1.0
 */
export interface PBKDF2Config extends Schema.Struct.Type<typeof PBKDF2ConfigFields> {}

/**
 * `PBKDF2Config` as JSON, before decoding: what `Schema.encodeSync(PBKDF2Config)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PBKDF2Config, type PBKDF2ConfigEncoded } from "effect4-stytch"
 * const toJson = (value: PBKDF2Config): PBKDF2ConfigEncoded => Schema.encodeSync(PBKDF2Config)(value)
 * ```
 * @since 0.1.0
 */
export type PBKDF2ConfigEncoded = Schema.Struct.Encoded<typeof PBKDF2ConfigFields>
