import { Effect, Either } from "effect"
import { constantTimeEqual, utf8 } from "../bytes.js"
import { decodeBase64, decodeHex, encodeBase64 } from "../encoding.js"
import { type HashRejected, rejectHash } from "../HashRejected.js"
import { describeNumber } from "../limits.js"
import type { Argon2Config } from "../MigrateHashInput.js"
import type { Argon2Hash } from "../MigratedHash.js"
import { readPhcParams } from "../phcParams.js"
import { loadArgon2 } from "../wasmHashes.js"
import {
  type Argon2Cost,
  argon2KeyLengthRule,
  configFields,
  isArgon2KeyLength,
  phcFields,
  validateArgon2Cost,
  validateArgon2Salt
} from "./argon2Rules.js"

type Argon2Type = Argon2Hash["type"]

const phcVariant = { argon_2i: "argon2i", argon_2id: "argon2id" } as const

const toStored = (type: Argon2Type, salt: Buffer, hash: Buffer, cost: Argon2Cost): Argon2Hash => ({
  type,
  salt_base64: encodeBase64(salt),
  hash_base64: encodeBase64(hash),
  ...cost
})

const parsePhc = (type: Argon2Type, hash: string): Effect.Effect<Argon2Hash, HashRejected> =>
  Effect.gen(function*() {
    const parts = hash.split("$")
    const [, variant, version, params = "", saltSegment = "", hashSegment = ""] = parts
    if (parts.length !== 6 || parts[0] !== "") {
      return yield* rejectHash(
        "invalid_hash",
        `hash must be a PHC string like $${phcVariant[type]}$v=19$m=<KiB>,t=<iterations>,p=<threads>$<salt>$<hash>, ` +
          "or hex together with argon_2_config."
      )
    }
    if (variant !== phcVariant[type]) {
      return yield* rejectHash("invalid_hash", `hash_type ${type} needs a PHC hash starting with $${phcVariant[type]}$.`)
    }
    if (version !== "v=19") {
      return yield* rejectHash("invalid_hash", "Only Argon2 version 19 (v=19 in the PHC hash) is supported.")
    }
    const raw = readPhcParams(params, ["m", "t", "p"])
    if (raw === undefined) {
      return yield* rejectHash("invalid_hash", "The PHC hash parameters must be exactly m=<KiB>,t=<iterations>,p=<threads>.")
    }
    const cost = yield* validateArgon2Cost({ iterations: raw.t, memory: raw.m, threads: raw.p }, phcFields)
    const salt = yield* validateArgon2Salt(decodeBase64(saltSegment), phcFields.salt)
    const digest = decodeBase64(hashSegment)
    if (digest === undefined) {
      return yield* rejectHash("invalid_hash", "The hash segment of the PHC hash must be unpadded base64.")
    }
    if (!isArgon2KeyLength(digest.length)) {
      return yield* rejectHash("invalid_argon_2_key_length", `${phcFields.keyLength} must decode to ${argon2KeyLengthRule}.`)
    }
    return toStored(type, salt, digest, cost)
  })

const parseWithConfig = (
  type: Argon2Type,
  hash: string,
  config: Argon2Config | undefined
): Effect.Effect<Argon2Hash, HashRejected> =>
  Effect.gen(function*() {
    if (config === undefined || config === null || typeof config !== "object") {
      return yield* rejectHash(
        "invalid_hash",
        `hash is not a PHC string ($${phcVariant[type]}$v=19$...), so argon_2_config is required with a hex hash.`
      )
    }
    const digest = decodeHex(hash)
    if (digest === undefined || digest.length === 0) {
      return yield* rejectHash("invalid_hash", "hash must be hex encoded when argon_2_config is given.")
    }
    if (!isArgon2KeyLength(config.key_length)) {
      return yield* rejectHash(
        "invalid_argon_2_key_length",
        `argon_2_config.key_length must be ${argon2KeyLengthRule}${describeNumber(config.key_length)}.`
      )
    }
    if (digest.length !== config.key_length) {
      return yield* rejectHash(
        "argon_2_key_length_mismatch",
        `hash decodes to ${digest.length} bytes but argon_2_config.key_length is ${config.key_length}.`
      )
    }
    // The config salt is the string's UTF-8 bytes, not base64 or hex.
    const salt = yield* validateArgon2Salt(
      typeof config.salt === "string" ? utf8(config.salt) : undefined,
      `${configFields.salt} (read as UTF-8 text)`
    )
    const cost = yield* validateArgon2Cost(
      { iterations: config.iteration_amount, memory: config.memory, threads: config.threads },
      configFields
    )
    return toStored(type, salt, digest, cost)
  })

/**
 * Validates an `argon_2i` / `argon_2id` migrate request. A hash starting
 * with `$` is read as a PHC string (salt and hash in base64, version 19
 * only) and any `argon_2_config` is ignored; otherwise the hash is hex and
 * `argon_2_config` is required, its `salt` taken as the string's UTF-8 bytes.
 *
 * @example
 * parseArgon2("argon_2i", "$argon2i$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG", undefined)
 */
export const parseArgon2 = (
  type: Argon2Type,
  hash: string,
  config: Argon2Config | undefined
): Effect.Effect<Argon2Hash, HashRejected> =>
  hash.startsWith("$") ? parsePhc(type, hash) : parseWithConfig(type, hash, config)

/**
 * Recomputes Argon2 with hash-wasm and compares in constant time. Stored
 * values over the caps (e.g. an edited state file) verify as `false`.
 *
 * @example
 * verifyArgon2(stored, "password")
 */
export const verifyArgon2 = (stored: Argon2Hash, password: string): Effect.Effect<boolean> => {
  const salt = decodeBase64(stored.salt_base64)
  const expected = decodeBase64(stored.hash_base64)
  const cost = validateArgon2Cost(
    { iterations: stored.iteration_amount, memory: stored.memory, threads: stored.threads },
    configFields
  )
  if (
    salt === undefined || expected === undefined || !isArgon2KeyLength(expected.length) ||
    Either.isLeft(validateArgon2Salt(salt, configFields.salt)) || Either.isLeft(cost)
  ) {
    return Effect.succeed(false)
  }
  const options = {
    password: utf8(password),
    salt,
    iterations: cost.right.iteration_amount,
    memorySize: cost.right.memory,
    parallelism: cost.right.threads,
    hashLength: expected.length,
    outputType: "binary"
  } as const
  return Effect.promise(async () => {
    const { argon2i, argon2id } = await loadArgon2()
    return stored.type === "argon_2i" ? argon2i(options) : argon2id(options)
  }).pipe(
    Effect.map((actual) => constantTimeEqual(actual, expected))
  )
}
