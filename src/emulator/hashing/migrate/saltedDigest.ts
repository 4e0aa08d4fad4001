import { createHash } from "node:crypto"
import { Effect, Either } from "effect"
import { constantTimeEqual } from "../bytes.js"
import { decodeHex } from "../encoding.js"
import { type HashRejected, rejectHash } from "../HashRejected.js"
import type { MigrateHashInput } from "../MigrateHashInput.js"
import type { SaltedDigestHash } from "../MigratedHash.js"

const digests = {
  md_5: { algorithm: "md5", bytes: 16, config: "md_5_config", label: "MD5" },
  sha_1: { algorithm: "sha1", bytes: 20, config: "sha_1_config", label: "SHA-1" },
  sha_512: { algorithm: "sha512", bytes: 64, config: "sha_512_config", label: "SHA-512" }
} as const

/** A salt field: absent means "", anything else but a string is refused. */
const readSalt = (value: unknown, field: string): Either.Either<string, HashRejected> =>
  value === undefined || value === null
    ? Either.right("")
    : typeof value === "string"
    ? Either.right(value)
    : Either.left(rejectHash("invalid_hash", `${field} must be a string.`))

/**
 * Validates an `md_5`, `sha_1` or `sha_512` migrate request: `hash` must be
 * the hex digest (either case) of the right length; the optional config
 * supplies `prepend_salt` / `append_salt`.
 *
 * @example
 * parseSaltedDigest("md_5", { hash: "5f4dcc3b5aa765d61d8327deb882cf99", hash_type: "md_5" })
 */
export const parseSaltedDigest = (
  type: SaltedDigestHash["type"],
  input: MigrateHashInput
): Effect.Effect<SaltedDigestHash, HashRejected> =>
  Effect.gen(function*() {
    const spec = digests[type]
    const config: unknown = input[spec.config]
    if (config !== undefined && config !== null && typeof config !== "object") {
      return yield* rejectHash("invalid_hash", `${spec.config} must be an object.`)
    }
    const salts: { readonly prepend_salt?: unknown; readonly append_salt?: unknown } =
      typeof config === "object" && config !== null ? config : {}
    const prepend_salt = yield* readSalt(salts.prepend_salt, `${spec.config}.prepend_salt`)
    const append_salt = yield* readSalt(salts.append_salt, `${spec.config}.append_salt`)
    const digest = decodeHex(input.hash)
    if (digest === undefined || digest.length !== spec.bytes) {
      return yield* rejectHash(
        "invalid_hash",
        `hash must be the ${spec.bytes * 2}-character hex ${spec.label} digest for hash_type ${type}.`
      )
    }
    return { type, digest_hex: digest.toString("hex"), prepend_salt, append_salt }
  })

/**
 * Recomputes H(prepend_salt + password + append_salt) and compares digests
 * in constant time.
 *
 * @example
 * verifySaltedDigest({ type: "md_5", digest_hex: "5f4dcc3b5aa765d61d8327deb882cf99", prepend_salt: "", append_salt: "" }, "password")
 */
export const verifySaltedDigest = (stored: SaltedDigestHash, password: string): Effect.Effect<boolean> =>
  Effect.sync(() => {
    const expected = decodeHex(stored.digest_hex)
    if (expected === undefined) return false
    const actual = createHash(digests[stored.type].algorithm)
      .update(stored.prepend_salt, "utf8")
      .update(password, "utf8")
      .update(stored.append_salt, "utf8")
      .digest()
    return constantTimeEqual(actual, expected)
  })
