import type { Effect } from "effect"
import { verifyArgon2 } from "./migrate/argon2.js"
import { verifyBcrypt } from "./migrate/bcrypt.js"
import { verifyPbkdf2 } from "./migrate/pbkdf2.js"
import { verifyPhpass } from "./migrate/phpass.js"
import { verifySaltedDigest } from "./migrate/saltedDigest.js"
import { verifyScrypt } from "./migrate/scrypt.js"
import type { MigratedHash } from "./MigratedHash.js"

/**
 * Checks a password against a migrated hash, comparing digests in constant
 * time. Stored values that no longer pass validation or the cost caps (a
 * hand-edited state file, say) give `false` instead of running.
 *
 * @example
 * const ok = yield* verifyMigratedHash({ type: "md_5", digest_hex: "5f4dcc3b5aa765d61d8327deb882cf99", prepend_salt: "", append_salt: "" }, "password")
 */
export const verifyMigratedHash = (stored: MigratedHash, password: string): Effect.Effect<boolean> => {
  switch (stored.type) {
    case "md_5":
    case "sha_1":
    case "sha_512":
      return verifySaltedDigest(stored, password)
    case "bcrypt":
      return verifyBcrypt(stored, password)
    case "argon_2i":
    case "argon_2id":
      return verifyArgon2(stored, password)
    case "scrypt":
      return verifyScrypt(stored, password)
    case "pbkdf_2":
      return verifyPbkdf2(stored, password)
    case "phpass":
      return verifyPhpass(stored, password)
  }
}
