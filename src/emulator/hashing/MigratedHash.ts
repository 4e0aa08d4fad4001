/**
 * The hash types `POST /v1/passwords/migrate` accepts.
 *
 * @example
 * const type: MigratedHashType = "argon_2id"
 */
import { HashType } from "../../passwords/migrate.js"
export type MigratedHashType = MigratedHash["type"]

/**
 * Every supported `hash_type`, in the order Stytch documents them.
 *
 * @example
 * migratedHashTypes.includes("bcrypt") // true
 */
export const migratedHashTypes: ReadonlyArray<MigratedHashType> = HashType.literals

/**
 * Narrows a wire `hash_type` to a supported one.
 *
 * @example
 * isMigratedHashType("md_5") // true
 * isMigratedHashType("md5") // false
 */
export const isMigratedHashType = (value: unknown): value is MigratedHashType =>
  migratedHashTypes.some((type) => type === value)

/**
 * An unkeyed digest of prepend_salt + password + append_salt.
 *
 * @example
 * const h: SaltedDigestHash = { type: "md_5", digest_hex: "5f4dcc3b5aa765d61d8327deb882cf99", prepend_salt: "", append_salt: "" }
 */
export interface SaltedDigestHash {
  readonly type: "md_5" | "sha_1" | "sha_512"
  /** Lower-case hex. */
  readonly digest_hex: string
  readonly prepend_salt: string
  readonly append_salt: string
}

/**
 * A bcrypt modular crypt string (`$2a$`, `$2b$` or `$2y$`), kept verbatim.
 *
 * @example
 * const h: BcryptHash = { type: "bcrypt", hash: "$2b$10$..." }
 */
export interface BcryptHash {
  readonly type: "bcrypt"
  readonly hash: string
}

/**
 * Argon2 (version 19) parameters, whether the hash came as PHC or hex.
 *
 * @example
 * const h: Argon2Hash = { type: "argon_2id", salt_base64: "c29tZXNhbHQ=", hash_base64: "...", iteration_amount: 2, memory: 19456, threads: 1 }
 */
export interface Argon2Hash {
  readonly type: "argon_2i" | "argon_2id"
  readonly salt_base64: string
  /** Its decoded length is the key length. */
  readonly hash_base64: string
  readonly iteration_amount: number
  /** KiB. */
  readonly memory: number
  readonly threads: number
}

/**
 * scrypt parameters, whether the hash came as PHC or with scrypt_config.
 *
 * @example
 * const h: ScryptHash = { type: "scrypt", salt_base64: "...", hash_base64: "...", n_parameter: 16384, r_parameter: 8, p_parameter: 1 }
 */
export interface ScryptHash {
  readonly type: "scrypt"
  readonly salt_base64: string
  /** Its decoded length is the key length. */
  readonly hash_base64: string
  readonly n_parameter: number
  readonly r_parameter: number
  readonly p_parameter: number
}

/**
 * PBKDF2-HMAC parameters.
 *
 * @example
 * const h: Pbkdf2Hash = { type: "pbkdf_2", algorithm: "sha256", salt_base64: "...", hash_base64: "...", iteration_amount: 600000 }
 */
export interface Pbkdf2Hash {
  readonly type: "pbkdf_2"
  readonly algorithm: "sha256" | "sha512"
  readonly salt_base64: string
  /** Its decoded length is the key length. */
  readonly hash_base64: string
  readonly iteration_amount: number
}

/**
 * A phpass portable hash (`$P$` or `$H$`), kept verbatim.
 *
 * @example
 * const h: PhpassHash = { type: "phpass", hash: "$P$B..." }
 */
export interface PhpassHash {
  readonly type: "phpass"
  readonly hash: string
}

/**
 * A validated, normalised migrated hash: plain JSON, safe to keep in the
 * emulator state and export. Byte fields are padded standard base64.
 *
 * @example
 * const stored: MigratedHash = { type: "phpass", hash: "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0" }
 */
export type MigratedHash =
  | SaltedDigestHash
  | BcryptHash
  | Argon2Hash
  | ScryptHash
  | Pbkdf2Hash
  | PhpassHash
