import { Effect } from "effect"
import { type HashRejected, rejectHash } from "./HashRejected.js"
import { HashingLimits } from "./limits.js"
import { parseArgon2 } from "./migrate/argon2.js"
import { parseBcrypt } from "./migrate/bcrypt.js"
import { parsePbkdf2 } from "./migrate/pbkdf2.js"
import { parsePhpass } from "./migrate/phpass.js"
import { parseSaltedDigest } from "./migrate/saltedDigest.js"
import { parseScrypt } from "./migrate/scrypt.js"
import type { MigrateHashInput } from "./MigrateHashInput.js"
import { isMigratedHashType, type MigratedHash, migratedHashTypes } from "./MigratedHash.js"

/**
 * Validates the hash part of a `POST /v1/passwords/migrate` request and
 * normalises it into a JSON-safe {@link MigratedHash}. Fails with
 * {@link HashRejected} carrying Stytch's `error_type`; messages name fields
 * and never repeat the hash or salts. Configs for other hash types are
 * ignored, as is a config sent alongside a self-describing PHC hash.
 *
 * @example
 * const stored = yield* parseMigratedHash({ hash: "$2b$10$...", hash_type: "bcrypt" })
 */
export const parseMigratedHash = (input: MigrateHashInput): Effect.Effect<MigratedHash, HashRejected> => {
  const { hash, hash_type } = input
  if (!isMigratedHashType(hash_type)) {
    // The value is not echoed: a misplaced hash could land in hash_type.
    return Effect.fail(rejectHash("invalid_hash_type", `hash_type must be one of ${migratedHashTypes.join(", ")}.`))
  }
  if (typeof hash !== "string" || hash.length === 0 || hash.length > HashingLimits.maxHashLength) {
    return Effect.fail(rejectHash(
      "invalid_hash",
      `hash must be a non-empty string of at most ${HashingLimits.maxHashLength} characters.`
    ))
  }
  switch (hash_type) {
    case "md_5":
    case "sha_1":
    case "sha_512":
      return parseSaltedDigest(hash_type, input)
    case "bcrypt":
      return parseBcrypt(hash)
    case "argon_2i":
    case "argon_2id":
      return parseArgon2(hash_type, hash, input.argon_2_config)
    case "scrypt":
      return parseScrypt(hash, input.scrypt_config)
    case "pbkdf_2":
      return parsePbkdf2(hash, input.pbkdf_2_config)
    case "phpass":
      return parsePhpass(hash)
  }
}
