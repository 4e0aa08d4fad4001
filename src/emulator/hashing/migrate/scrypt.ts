import { Effect, Either } from "effect"
import { constantTimeEqual, utf8 } from "../bytes.js"
import { decodeBase64, encodeBase64 } from "../encoding.js"
import { type HashRejected, rejectHash } from "../HashRejected.js"
import { describeNumber, HashingLimits, isIntBetween } from "../limits.js"
import type { ScryptConfig } from "../MigrateHashInput.js"
import type { ScryptHash } from "../MigratedHash.js"
import { deriveScrypt } from "../scryptKdf.js"
import { type ScryptParams, validateScryptHash, validateScryptParams, validateScryptSalt } from "../scryptParams.js"
import { parseScryptPhc } from "../scryptPhc.js"

const toStored = (params: ScryptParams, salt: Buffer, hash: Buffer): ScryptHash => ({
  type: "scrypt",
  salt_base64: encodeBase64(salt),
  hash_base64: encodeBase64(hash),
  n_parameter: params.n,
  r_parameter: params.r,
  p_parameter: params.p
})

const parseWithConfig = (hash: string, config: ScryptConfig | undefined): Effect.Effect<ScryptHash, HashRejected> =>
  Effect.gen(function*() {
    if (config === undefined || config === null || typeof config !== "object") {
      return yield* rejectHash(
        "invalid_scrypt_parameters",
        "hash is not a PHC string ($scrypt$ln=...,r=...,p=...$salt$hash), so scrypt_config is required."
      )
    }
    const digest = yield* validateScryptHash(hash, "hash")
    const salt = yield* validateScryptSalt(config.salt, "scrypt_config.salt")
    const params = yield* validateScryptParams({ n: config.n_parameter, r: config.r_parameter, p: config.p_parameter })
    if (!isIntBetween(config.key_length, 1, HashingLimits.maxBytes)) {
      return yield* rejectHash(
        "invalid_scrypt_parameters",
        `scrypt_config.key_length must be between 1 and ${HashingLimits.maxBytes}${describeNumber(config.key_length)}.`
      )
    }
    if (digest.length !== config.key_length) {
      return yield* rejectHash(
        "scrypt_key_length_mismatch",
        `hash decodes to ${digest.length} bytes but scrypt_config.key_length is ${config.key_length}.`
      )
    }
    return toStored(params, salt, digest)
  })

/**
 * Validates an `scrypt` migrate request. A hash starting with `$scrypt$` is
 * read as PHC (`ln` = log2 N) and `scrypt_config` is ignored; otherwise the
 * hash is base64 and `scrypt_config` (base64 salt) is required. Parameters
 * are capped (see `HashingLimits.scrypt`).
 *
 * @example
 * parseScrypt("$scrypt$ln=14,r=8,p=1$c29tZXNhbHQ$...", undefined)
 */
export const parseScrypt = (hash: string, config: ScryptConfig | undefined): Effect.Effect<ScryptHash, HashRejected> =>
  hash.startsWith("$")
    ? Effect.map(parseScryptPhc(hash), ({ hash, params, salt }) => toStored(params, salt, hash))
    : parseWithConfig(hash, config)

/**
 * Recomputes scrypt (node:crypto, off the event loop) and compares in
 * constant time. Stored values over the caps verify as `false`.
 *
 * @example
 * verifyScrypt(stored, "password")
 */
export const verifyScrypt = (stored: ScryptHash, password: string): Effect.Effect<boolean> => {
  const salt = decodeBase64(stored.salt_base64)
  const expected = decodeBase64(stored.hash_base64)
  const params = validateScryptParams({ n: stored.n_parameter, r: stored.r_parameter, p: stored.p_parameter })
  if (
    salt === undefined || expected === undefined || Either.isLeft(params) ||
    expected.length < 1 || expected.length > HashingLimits.maxBytes || salt.length > HashingLimits.maxBytes
  ) {
    return Effect.succeed(false)
  }
  return deriveScrypt(utf8(password), salt, expected.length, params.right).pipe(
    Effect.map((actual) => constantTimeEqual(actual, expected))
  )
}
