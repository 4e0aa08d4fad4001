import { Data } from "effect"

/**
 * Every `error_type` the migrate endpoint can answer with when a hash or its
 * config is unusable. The names follow Stytch's public error catalogue.
 *
 * @example
 * const type: HashRejectionType = "invalid_bcrypt_cost"
 */
export type HashRejectionType =
  | "invalid_hash_type"
  | "invalid_hash"
  | "invalid_bcrypt_hash"
  | "invalid_bcrypt_cost"
  | "invalid_argon_2_iteration_amount"
  | "invalid_argon_2_memory"
  | "invalid_argon_2_threads"
  | "invalid_argon_2_key_length"
  | "invalid_argon_2_salt"
  | "argon_2_key_length_mismatch"
  | "invalid_scrypt_n_parameter"
  | "invalid_scrypt_parameters"
  | "invalid_scrypt_salt_length"
  | "scrypt_key_length_mismatch"
  | "invalid_base64_scrypt_hash"
  | "invalid_base64_scrypt_salt"
  | "invalid_pbkdf_2_hash"
  | "invalid_pbkdf_2_iteration_amount"
  | "invalid_pbkdf_2_salt"
  | "pbkdf_2_key_length_mismatch"
  | "invalid_phpass_hash_prefix"
  | "invalid_phpass_hash_format"

/**
 * A migrated hash (or its config) was refused. `message` names the offending
 * field so a developer can fix the request; it never echoes the hash, a salt
 * or a password, because migrate requests carry credentials.
 *
 * @example
 * const error = new HashRejected({
 *   error_type: "invalid_bcrypt_cost",
 *   message: "The bcrypt cost in hash must be between 4 and 16."
 * })
 */
export class HashRejected extends Data.TaggedError("HashRejected")<{
  readonly error_type: HashRejectionType
  readonly message: string
}> {}

/**
 * Shorthand for building a {@link HashRejected}; yield it inside
 * `Effect.gen` to fail.
 *
 * @example
 * const error = rejectHash("invalid_hash", "hash must be a string.")
 */
export const rejectHash = (error_type: HashRejectionType, message: string): HashRejected =>
  new HashRejected({ error_type, message })
