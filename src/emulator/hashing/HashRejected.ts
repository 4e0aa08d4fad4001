import { Data } from "effect"

import { HashErrors } from "../../errors/groups.js"
import { InvalidHash } from "../../errors/MigrateErrors.js"

/**
 * The error classes the migrate endpoints answer with when a hash or its config is
 * unusable: the shared `HashErrors` group the endpoints declare.
 *
 * @example
 * const types = hashRejectionClasses.map((errorClass) => errorClass.errorType)
 */
export const hashRejectionClasses = HashErrors

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
