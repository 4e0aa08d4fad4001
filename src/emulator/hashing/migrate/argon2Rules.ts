import { Either } from "effect"
import { type HashRejected, rejectHash } from "../HashRejected.js"
import { describeNumber, HashingLimits, isIntBetween } from "../limits.js"

/**
 * Argon2 cost parameters, named as in `argon_2_config`.
 *
 * @example
 * const owasp: Argon2Cost = { iteration_amount: 2, memory: 19456, threads: 1 }
 */
export interface Argon2Cost {
  readonly iteration_amount: number
  readonly memory: number
  readonly threads: number
}

/**
 * Field names to quote in messages, depending on where a value came from.
 *
 * @example
 * const fields: Argon2Fields = configFields
 */
export interface Argon2Fields {
  readonly iterations: string
  readonly memory: string
  readonly threads: string
  readonly salt: string
  readonly keyLength: string
}

/**
 * Message names for values taken from `argon_2_config`.
 *
 * @example
 * configFields.memory // "argon_2_config.memory"
 */
export const configFields: Argon2Fields = {
  iterations: "argon_2_config.iteration_amount",
  memory: "argon_2_config.memory",
  threads: "argon_2_config.threads",
  salt: "argon_2_config.salt",
  keyLength: "argon_2_config.key_length"
}

/**
 * Message names for values taken from a PHC string.
 *
 * @example
 * phcFields.memory // "m in the PHC hash"
 */
export const phcFields: Argon2Fields = {
  iterations: "t in the PHC hash",
  memory: "m in the PHC hash",
  threads: "p in the PHC hash",
  salt: "The salt in the PHC hash",
  keyLength: "The hash segment of the PHC hash"
}

/**
 * Checks threads, iterations and memory (KiB) against Argon2's rules and the
 * emulator caps (see `HashingLimits.argon2`).
 *
 * @example
 * validateArgon2Cost({ iterations: 2, memory: 19456, threads: 1 }, configFields) // Either.right(...)
 */
export const validateArgon2Cost = (
  raw: { readonly iterations: unknown; readonly memory: unknown; readonly threads: unknown },
  fields: Argon2Fields
): Either.Either<Argon2Cost, HashRejected> => {
  const caps = HashingLimits.argon2
  const { iterations, memory, threads } = raw
  if (!isIntBetween(threads, 1, caps.maxThreads)) {
    return Either.left(rejectHash(
      "invalid_argon_2_threads",
      `${fields.threads} must be a whole number between 1 and ${caps.maxThreads}${describeNumber(threads)}.`
    ))
  }
  if (!isIntBetween(iterations, 1, caps.maxIterations)) {
    return Either.left(rejectHash(
      "invalid_argon_2_iteration_amount",
      `${fields.iterations} must be a whole number between 1 and ${caps.maxIterations} ` +
        `(the emulator's cap)${describeNumber(iterations)}.`
    ))
  }
  // Argon2 needs at least 8 KiB per lane.
  if (!isIntBetween(memory, 8 * threads, caps.maxMemoryKiB)) {
    return Either.left(rejectHash(
      "invalid_argon_2_memory",
      `${fields.memory} is in KiB and must be between 8 * threads (${8 * threads}) and ${caps.maxMemoryKiB} ` +
        `(256 MiB, the emulator's cap)${describeNumber(memory)}.`
    ))
  }
  return Either.right({ iteration_amount: iterations, memory, threads })
}

/**
 * Checks an Argon2 salt's size (8 to 1024 bytes); `undefined` means it did
 * not decode.
 *
 * @example
 * validateArgon2Salt(Buffer.from("somesalt"), configFields.salt) // Either.right(...)
 */
export const validateArgon2Salt = (salt: Buffer | undefined, field: string): Either.Either<Buffer, HashRejected> => {
  const { minSaltBytes } = HashingLimits.argon2
  return salt !== undefined && salt.length >= minSaltBytes && salt.length <= HashingLimits.maxBytes
    ? Either.right(salt)
    : Either.left(rejectHash(
      "invalid_argon_2_salt",
      `${field} must be between ${minSaltBytes} and ${HashingLimits.maxBytes} bytes` +
        (field === phcFields.salt ? ", in unpadded base64." : ".")
    ))
}

/**
 * True for a usable Argon2 key (tag) length: 4 to 1024 bytes.
 *
 * @example
 * isArgon2KeyLength(32) // true
 */
export const isArgon2KeyLength = (value: unknown): value is number =>
  isIntBetween(value, HashingLimits.argon2.minKeyBytes, HashingLimits.maxBytes)

/**
 * The key length rule, worded for messages.
 *
 * @example
 * `key_length must be ${argon2KeyLengthRule}.`
 */
export const argon2KeyLengthRule = `between ${HashingLimits.argon2.minKeyBytes} and ${HashingLimits.maxBytes} bytes`
