/**
 * Salts around the password for `md_5`, `sha_1` and `sha_512`: the digest is
 * H(prepend_salt + password + append_salt). A missing salt means "".
 *
 * @example
 * const config: SaltedDigestConfig = { prepend_salt: "pre-", append_salt: "" }
 */
export interface SaltedDigestConfig {
  readonly prepend_salt?: string
  readonly append_salt?: string
}

/**
 * Parameters for an Argon2 hash sent as hex. `salt` is read as the UTF-8
 * bytes of the string (not base64 or hex); memory is in KiB.
 *
 * @example
 * const config: Argon2Config = { salt: "somesalt", iteration_amount: 2, memory: 65536, threads: 4, key_length: 32 }
 */
export interface Argon2Config {
  readonly salt: string
  readonly iteration_amount: number
  readonly memory: number
  readonly threads: number
  readonly key_length: number
}

/**
 * Parameters for an scrypt hash sent as base64 rather than a PHC string.
 * `salt` is base64.
 *
 * @example
 * const config: ScryptConfig = { salt: "c29tZXNhbHQ=", n_parameter: 16384, r_parameter: 8, p_parameter: 1, key_length: 32 }
 */
export interface ScryptConfig {
  readonly salt: string
  readonly n_parameter: number
  readonly r_parameter: number
  readonly p_parameter: number
  readonly key_length: number
}

/**
 * Parameters for a PBKDF2-HMAC hash (base64). `salt` is base64; an absent or
 * empty `algorithm` means `sha256`, as in Stytch's API.
 *
 * @example
 * const config: Pbkdf2Config = { salt: "c2FsdA==", iteration_amount: 600000, key_length: 32, algorithm: "sha256" }
 */
export interface Pbkdf2Config {
  readonly salt: string
  readonly iteration_amount: number
  readonly key_length: number
  readonly algorithm?: string
}

/**
 * The hash part of a `POST /v1/passwords/migrate` body, field names as on
 * the wire. `hash_type` stays a plain string so unknown values reach the
 * parser and get Stytch's `invalid_hash_type` answer.
 *
 * @example
 * const input: MigrateHashInput = { hash: "5f4dcc3b5aa765d61d8327deb882cf99", hash_type: "md_5" }
 */
export interface MigrateHashInput {
  readonly hash: string
  readonly hash_type: string
  readonly md_5_config?: SaltedDigestConfig | undefined
  readonly sha_1_config?: SaltedDigestConfig | undefined
  readonly sha_512_config?: SaltedDigestConfig | undefined
  readonly argon_2_config?: Argon2Config | undefined
  readonly scrypt_config?: ScryptConfig | undefined
  readonly pbkdf_2_config?: Pbkdf2Config | undefined
}
