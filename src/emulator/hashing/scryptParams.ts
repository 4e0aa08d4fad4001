import { Either } from "effect"
import { type HashRejected, rejectHash } from "./HashRejected.js"
import { decodeBase64 } from "./encoding.js"
import { describeNumber, HashingLimits, isIntBetween } from "./limits.js"

/**
 * scrypt cost parameters: CPU/memory cost `n` (a power of two), block size
 * `r` and parallelism `p`.
 *
 * @example
 * const owasp: ScryptParams = { n: 2 ** 17, r: 8, p: 1 }
 */
export interface ScryptParams {
  readonly n: number
  readonly r: number
  readonly p: number
}

const isPowerOfTwo = (value: number): boolean => (value & (value - 1)) === 0

/**
 * Checks scrypt parameters against the algorithm's rules and the emulator
 * caps (see {@link HashingLimits}). `fieldNames` lets the message use the
 * names the caller sent (`scrypt_config.n_parameter` or the PHC `ln`).
 *
 * @example
 * validateScryptParams({ n: 1024, r: 8, p: 1 }) // Either.right(...)
 */
export const validateScryptParams = (
  params: { readonly n: unknown; readonly r: unknown; readonly p: unknown },
  fieldNames: { readonly n: string; readonly r: string; readonly p: string } = {
    n: "scrypt_config.n_parameter",
    r: "scrypt_config.r_parameter",
    p: "scrypt_config.p_parameter"
  }
): Either.Either<ScryptParams, HashRejected> => {
  const { n, r, p } = params
  const caps = HashingLimits.scrypt
  if (!isIntBetween(n, 2, caps.maxN) || !isPowerOfTwo(n)) {
    return Either.left(rejectHash(
      "invalid_scrypt_n_parameter",
      `${fieldNames.n} must be a power of two greater than 1 and at most ${caps.maxN}${describeNumber(n)}.`
    ))
  }
  if (!isIntBetween(r, 1, 2 ** 30) || !isIntBetween(p, 1, 2 ** 30)) {
    return Either.left(rejectHash(
      "invalid_scrypt_parameters",
      `${fieldNames.r} and ${fieldNames.p} must be positive whole numbers.`
    ))
  }
  // RFC 7914 bound, then the emulator's memory and work caps.
  if (r * p >= 2 ** 30 || 128 * n * r > caps.maxMemoryBytes || n * r * p > caps.maxWork) {
    return Either.left(rejectHash(
      "invalid_scrypt_parameters",
      `scrypt parameters are too expensive for the emulator: 128 * N * r must be at most 256 MiB ` +
        `and N * r * p at most ${caps.maxWork} (${fieldNames.n}, ${fieldNames.r}, ${fieldNames.p}).`
    ))
  }
  return Either.right({ n, r, p })
}

/**
 * Decodes and length-checks a base64 scrypt salt (1 to 1024 bytes).
 *
 * @example
 * validateScryptSalt("c29tZXNhbHQ", "scrypt_config.salt") // Either.right(<8 bytes>)
 */
export const validateScryptSalt = (encoded: unknown, field: string): Either.Either<Buffer, HashRejected> => {
  const salt = typeof encoded === "string" ? decodeBase64(encoded) : undefined
  if (salt === undefined) {
    return Either.left(rejectHash("invalid_base64_scrypt_salt", `${field} must be base64 encoded.`))
  }
  if (salt.length < 1 || salt.length > HashingLimits.maxBytes) {
    return Either.left(rejectHash(
      "invalid_scrypt_salt_length",
      `${field} must decode to between 1 and ${HashingLimits.maxBytes} bytes (got ${salt.length}).`
    ))
  }
  return Either.right(salt)
}

/**
 * Decodes and length-checks a base64 scrypt derived key (1 to 1024 bytes).
 *
 * @example
 * validateScryptHash("AAAA", "hash") // Either.right(<3 bytes>)
 */
export const validateScryptHash = (encoded: string, field: string): Either.Either<Buffer, HashRejected> => {
  const hash = decodeBase64(encoded)
  if (hash === undefined || hash.length < 1 || hash.length > HashingLimits.maxBytes) {
    return Either.left(rejectHash(
      "invalid_base64_scrypt_hash",
      `${field} must be base64 encoding between 1 and ${HashingLimits.maxBytes} bytes.`
    ))
  }
  return Either.right(hash)
}
