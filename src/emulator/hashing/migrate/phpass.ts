import { createHash } from "node:crypto"
import { Effect, Either } from "effect"
import { constantTimeEqual, utf8 } from "../bytes.js"
import { type HashRejected, rejectHash } from "../HashRejected.js"
import { HashingLimits } from "../limits.js"
import type { PhpassHash } from "../MigratedHash.js"

/** phpass's own base64 alphabet; also encodes log2 of the round count. */
const itoa64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

/** `$P$` or `$H$`, one round-count character, 8 salt and 22 checksum characters. */
const phpassShape = /^\$[PH]\$([./0-9A-Za-z])([./0-9A-Za-z]{8})([./0-9A-Za-z]{22})$/

interface PhpassParts {
  readonly rounds: number
  readonly salt: string
  readonly checksum: string
}

const splitPhpass = (hash: string): Either.Either<PhpassParts, HashRejected> => {
  if (!hash.startsWith("$P$") && !hash.startsWith("$H$")) {
    return Either.left(rejectHash("invalid_phpass_hash_prefix", "A phpass hash must start with $P$ or $H$."))
  }
  const match = phpassShape.exec(hash)
  const log2 = match?.[1] === undefined ? -1 : itoa64.indexOf(match[1])
  const { maxLog2Rounds, minLog2Rounds } = HashingLimits.phpass
  if (match === null || match[2] === undefined || match[3] === undefined || log2 < minLog2Rounds || log2 > maxLog2Rounds) {
    return Either.left(rejectHash(
      "invalid_phpass_hash_format",
      "hash must be 34 characters: $P$ or $H$, a round-count character for 2^7 to " +
        `2^${maxLog2Rounds} rounds (the emulator's cap), an 8-character salt and a 22-character checksum.`
    ))
  }
  return Either.right({ rounds: 2 ** log2, salt: match[2], checksum: match[3] })
}

/** phpass's little-endian 6-bit packing of the 16-byte MD5 digest. */
const encode64 = (bytes: Uint8Array): string => {
  let out = ""
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = bytes.subarray(i, i + 3)
    const value = (chunk[0] ?? 0) | ((chunk[1] ?? 0) << 8) | ((chunk[2] ?? 0) << 16)
    // n bytes need n + 1 characters.
    for (let c = 0; c <= chunk.length; c++) out += itoa64[(value >> (6 * c)) & 0x3f]
  }
  return out
}

/**
 * Validates a phpass portable hash (`$P$` WordPress / `$H$` phpBB). Round
 * counts above 2^20 (phpass allows 2^30) are refused to bound the MD5 loop.
 *
 * @example
 * parsePhpass("$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0")
 */
export const parsePhpass = (hash: string): Effect.Effect<PhpassHash, HashRejected> =>
  Effect.map(splitPhpass(hash), () => ({ type: "phpass", hash }))

/**
 * Recomputes the iterated MD5 (hash = md5(salt + password), then `rounds`
 * times hash = md5(hash + password)) and compares the checksums in constant
 * time.
 *
 * @example
 * verifyPhpass({ type: "phpass", hash: "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0" }, "test12345")
 */
export const verifyPhpass = (stored: PhpassHash, password: string): Effect.Effect<boolean> =>
  Either.match(splitPhpass(stored.hash), {
    onLeft: () => Effect.succeed(false),
    onRight: ({ checksum, rounds, salt }) =>
      Effect.sync(() => {
        const secret = utf8(password)
        let digest = createHash("md5").update(salt, "latin1").update(secret).digest()
        for (let i = 0; i < rounds; i++) digest = createHash("md5").update(digest).update(secret).digest()
        return constantTimeEqual(Buffer.from(encode64(digest)), Buffer.from(checksum))
      })
  })
