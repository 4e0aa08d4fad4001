import { Data } from "effect"

import {
  Argon2KeyLengthMismatch,
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
  InvalidPbkdf2Hash,
  InvalidPbkdf2IterationAmount,
  InvalidPbkdf2Salt,
  InvalidPhpassHashFormat,
  InvalidPhpassHashPrefix,
  InvalidScryptNParameter,
  InvalidScryptParameters,
  InvalidScryptSaltLength,
  Pbkdf2KeyLengthMismatch,
  ScryptKeyLengthMismatch
} from "../../errors/MigrateErrors.js"

/**
 * The error classes the migrate endpoints answer with when a hash or its config is
 * unusable. The names follow Stytch's public error catalogue.
 *
 * @example
 * const classes = hashRejectionClasses.map((errorClass) => errorClass.errorType)
 */
export const hashRejectionClasses = [
  InvalidHashType,
  InvalidHash,
  InvalidBcryptHash,
  InvalidBcryptCost,
  InvalidArgon2IterationAmount,
  InvalidArgon2Memory,
  InvalidArgon2Threads,
  InvalidArgon2KeyLength,
  InvalidArgon2Salt,
  Argon2KeyLengthMismatch,
  InvalidScryptNParameter,
  InvalidScryptParameters,
  InvalidScryptSaltLength,
  ScryptKeyLengthMismatch,
  InvalidBase64ScryptHash,
  InvalidBase64ScryptSalt,
  InvalidPbkdf2Hash,
  InvalidPbkdf2IterationAmount,
  InvalidPbkdf2Salt,
  Pbkdf2KeyLengthMismatch,
  InvalidPhpassHashPrefix,
  InvalidPhpassHashFormat
] as const

/**
 * One of {@link hashRejectionClasses}.
 *
 * @example
 * const errorClass: HashRejectionClass = InvalidBcryptCost
 */
export type HashRejectionClass = (typeof hashRejectionClasses)[number]

/**
 * Every `error_type` of {@link hashRejectionClasses}.
 *
 * @example
 * const type: HashRejectionType = "invalid_bcrypt_cost"
 */
export type HashRejectionType = HashRejectionClass["errorType"]

/**
 * The class of a rejection's `error_type`.
 *
 * @example
 * hashRejectionClass("invalid_bcrypt_cost") // InvalidBcryptCost
 */
export const hashRejectionClass = (type: HashRejectionType): HashRejectionClass =>
  hashRejectionClasses.find((errorClass) => errorClass.errorType === type) ?? InvalidHash

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
