import { pbkdf2 } from "node:crypto"
import { Effect } from "effect"
import { constantTimeEqual, utf8 } from "../bytes.js"
import { decodeBase64, encodeBase64 } from "../encoding.js"
import { type HashRejected, rejectHash } from "../HashRejected.js"
import { describeNumber, HashingLimits, isIntBetween } from "../limits.js"
import type { Pbkdf2Config } from "../MigrateHashInput.js"
import type { Pbkdf2Hash } from "../MigratedHash.js"

type Pbkdf2Algorithm = Pbkdf2Hash["algorithm"]

const digestBytes: { readonly [A in Pbkdf2Algorithm]: number } = { sha256: 32, sha512: 64 }

/** PBKDF2 runs the full iteration count once per output block of the digest size. */
const workOf = (algorithm: Pbkdf2Algorithm, iterations: number, keyLength: number): number =>
  iterations * Math.ceil(keyLength / digestBytes[algorithm])

const readAlgorithm = (value: unknown): Pbkdf2Algorithm | undefined => {
  if (value === undefined || value === null || value === "") return "sha256"
  if (typeof value !== "string") return undefined
  const lower = value.toLowerCase()
  return lower === "sha256" || lower === "sha512" ? lower : undefined
}

/**
 * Validates a `pbkdf_2` migrate request: `hash` and `pbkdf_2_config.salt`
 * are base64, `algorithm` is `sha256` (the default) or `sha512`. A missing
 * config is reported as `invalid_pbkdf_2_salt`, its first required field;
 * an unknown algorithm as `invalid_hash`. Iterations times output blocks
 * are capped at 10 million.
 *
 * @example
 * parsePbkdf2("<base64>", { salt: "c2FsdA==", iteration_amount: 600000, key_length: 32, algorithm: "sha256" })
 */
export const parsePbkdf2 = (hash: string, config: Pbkdf2Config | undefined): Effect.Effect<Pbkdf2Hash, HashRejected> =>
  Effect.gen(function*() {
    if (config === undefined || config === null || typeof config !== "object") {
      return yield* rejectHash(
        "invalid_pbkdf_2_salt",
        "pbkdf_2_config is required for hash_type pbkdf_2, with salt (base64), iteration_amount, key_length and algorithm."
      )
    }
    const algorithm = readAlgorithm(config.algorithm)
    if (algorithm === undefined) {
      return yield* rejectHash("invalid_hash", "pbkdf_2_config.algorithm must be sha256 or sha512.")
    }
    const salt = typeof config.salt === "string" ? decodeBase64(config.salt) : undefined
    if (salt === undefined || salt.length < 1 || salt.length > HashingLimits.maxBytes) {
      return yield* rejectHash(
        "invalid_pbkdf_2_salt",
        `pbkdf_2_config.salt must be base64 encoding between 1 and ${HashingLimits.maxBytes} bytes.`
      )
    }
    const digest = decodeBase64(hash)
    if (digest === undefined || digest.length < 1 || digest.length > HashingLimits.maxBytes) {
      return yield* rejectHash(
        "invalid_pbkdf_2_hash",
        `hash must be base64 encoding between 1 and ${HashingLimits.maxBytes} bytes for hash_type pbkdf_2.`
      )
    }
    if (!isIntBetween(config.key_length, 1, HashingLimits.maxBytes) || digest.length !== config.key_length) {
      return yield* rejectHash(
        "pbkdf_2_key_length_mismatch",
        `hash decodes to ${digest.length} bytes, which pbkdf_2_config.key_length must equal${
          describeNumber(config.key_length)
        }.`
      )
    }
    const { maxIterations } = HashingLimits.pbkdf2
    const iterations = config.iteration_amount
    if (!isIntBetween(iterations, 1, maxIterations) || workOf(algorithm, iterations, digest.length) > maxIterations) {
      return yield* rejectHash(
        "invalid_pbkdf_2_iteration_amount",
        `pbkdf_2_config.iteration_amount must be a positive whole number, and iteration_amount times ` +
          `ceil(key_length / ${digestBytes[algorithm]}) at most ${maxIterations} (the emulator's cap)` +
          `${describeNumber(iterations)}.`
      )
    }
    return { type: "pbkdf_2", algorithm, salt_base64: encodeBase64(salt), hash_base64: encodeBase64(digest), iteration_amount: iterations }
  })

/**
 * Recomputes PBKDF2-HMAC (node:crypto, off the event loop) and compares in
 * constant time. Stored values over the caps verify as `false`.
 *
 * @example
 * verifyPbkdf2(stored, "password")
 */
export const verifyPbkdf2 = (stored: Pbkdf2Hash, password: string): Effect.Effect<boolean> => {
  const salt = decodeBase64(stored.salt_base64)
  const expected = decodeBase64(stored.hash_base64)
  const algorithm = readAlgorithm(stored.algorithm)
  if (
    salt === undefined || expected === undefined || algorithm === undefined ||
    !isIntBetween(expected.length, 1, HashingLimits.maxBytes) ||
    !isIntBetween(stored.iteration_amount, 1, HashingLimits.pbkdf2.maxIterations) ||
    workOf(algorithm, stored.iteration_amount, expected.length) > HashingLimits.pbkdf2.maxIterations
  ) {
    return Effect.succeed(false)
  }
  return Effect.async<boolean>((resume) => {
    pbkdf2(utf8(password), salt, stored.iteration_amount, expected.length, algorithm, (error, actual) =>
      resume(error === null ? Effect.succeed(constantTimeEqual(actual, expected)) : Effect.die(error)))
  })
}
