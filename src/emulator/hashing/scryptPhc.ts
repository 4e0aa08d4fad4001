import { Either } from "effect"
import { encodeBase64Unpadded } from "./encoding.js"
import { type HashRejected, rejectHash } from "./HashRejected.js"
import { readPhcParams } from "./phcParams.js"
import {
  type ScryptParams,
  validateScryptHash,
  validateScryptParams,
  validateScryptSalt
} from "./scryptParams.js"

/**
 * A decoded PHC scrypt string: `$scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<hash>`.
 *
 * @example
 * const phc: ScryptPhc = { params: { n: 1024, r: 8, p: 1 }, salt: Buffer.alloc(16), hash: Buffer.alloc(32) }
 */
export interface ScryptPhc {
  readonly params: ScryptParams
  readonly salt: Buffer
  readonly hash: Buffer
}

/**
 * Writes a PHC scrypt string (salt and hash in unpadded standard base64).
 *
 * @example
 * formatScryptPhc({ params: { n: 1024, r: 8, p: 1 }, salt, hash })
 * // "$scrypt$ln=10,r=8,p=1$...$..."
 */
export const formatScryptPhc = ({ hash, params, salt }: ScryptPhc): string =>
  `$scrypt$ln=${Math.log2(params.n)},r=${params.r},p=${params.p}$${encodeBase64Unpadded(salt)}$${
    encodeBase64Unpadded(hash)
  }`

/**
 * Parses and validates a PHC scrypt string against the emulator caps.
 *
 * @example
 * parseScryptPhc("$scrypt$ln=10,r=8,p=1$c29tZXNhbHQ$...") // Either.right(...)
 */
export const parseScryptPhc = (text: string): Either.Either<ScryptPhc, HashRejected> => {
  const parts = text.split("$")
  if (parts.length !== 5 || parts[0] !== "" || parts[1] !== "scrypt") {
    return Either.left(rejectHash(
      "invalid_hash",
      "hash must be a PHC scrypt string of the form $scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<hash>."
    ))
  }
  const [, , paramSegment = "", saltSegment = "", hashSegment = ""] = parts
  const raw = readPhcParams(paramSegment, ["ln", "r", "p"])
  if (raw === undefined) {
    return Either.left(rejectHash(
      "invalid_scrypt_parameters",
      "The parameters in the PHC scrypt hash must be exactly ln=<log2 N>,r=<r>,p=<p>."
    ))
  }
  return Either.gen(function*() {
    const params = yield* validateScryptParams(
      { n: 2 ** raw.ln, r: raw.r, p: raw.p },
      { n: "2^ln in the PHC scrypt hash", r: "r in the PHC scrypt hash", p: "p in the PHC scrypt hash" }
    )
    const salt = yield* validateScryptSalt(saltSegment, "The salt in the PHC scrypt hash")
    const hash = yield* validateScryptHash(hashSegment, "The hash segment of the PHC scrypt hash")
    return { params, salt, hash }
  })
}
