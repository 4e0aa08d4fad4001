import { Effect, Either } from "effect"
import { constantTimeEqual, utf8 } from "../bytes.js"
import { type HashRejected, rejectHash } from "../HashRejected.js"
import { HashingLimits } from "../limits.js"
import type { BcryptHash } from "../MigratedHash.js"
import { loadBcrypt } from "../wasmHashes.js"

/** `$2a$`, `$2b$` or `$2y$`, two cost digits, 22 salt + 31 checksum characters. */
const bcryptShape = /^\$2[aby]\$(\d\d)\$([./A-Za-z0-9]{22})([./A-Za-z0-9]{31})$/

/** bcrypt's base64 alphabet, position for position against the standard one. */
const bcryptAlphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
const standardAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

/** bcrypt only reads the first 72 bytes of a password. */
const maxPasswordBytes = 72

interface BcryptParts {
  readonly cost: number
  readonly salt: Buffer
  readonly checksum: string
}

/** 22 bcrypt-base64 characters hold the 16 salt bytes (the last 4 bits are padding). */
const decodeSalt = (encoded: string): Buffer => {
  let standard = ""
  for (const char of encoded) standard += standardAlphabet[bcryptAlphabet.indexOf(char)] ?? ""
  return Buffer.from(standard, "base64")
}

const splitBcrypt = (hash: string): Either.Either<BcryptParts, HashRejected> => {
  const match = bcryptShape.exec(hash)
  if (match === null || match[1] === undefined || match[2] === undefined || match[3] === undefined) {
    return Either.left(rejectHash(
      "invalid_bcrypt_hash",
      "hash must be a 60-character bcrypt string starting with $2a$, $2b$ or $2y$ followed by a two-digit cost."
    ))
  }
  const cost = Number(match[1])
  const { maxCost, minCost } = HashingLimits.bcrypt
  if (cost < minCost || cost > maxCost) {
    return Either.left(rejectHash(
      "invalid_bcrypt_cost",
      `The bcrypt cost in hash must be between ${minCost} and ${maxCost}; the emulator caps it at ${maxCost} ` +
        `to stay responsive (got ${cost}).`
    ))
  }
  return Either.right({ cost, salt: decodeSalt(match[2]), checksum: match[3] })
}

/**
 * Validates a bcrypt migrate request. Costs above 16 (valid bcrypt, up to
 * 31) are refused as `invalid_bcrypt_cost` to keep verification bounded.
 *
 * @example
 * parseBcrypt("$2b$10$...") // Effect of { type: "bcrypt", hash }
 */
export const parseBcrypt = (hash: string): Effect.Effect<BcryptHash, HashRejected> =>
  Effect.map(splitBcrypt(hash), () => ({ type: "bcrypt", hash }))

/**
 * Recomputes bcrypt with hash-wasm using the stored salt and cost, then
 * compares the 31-character checksums in constant time (hash-wasm's own
 * `bcryptVerify` compares with an ordinary loop). Passwords are cut to 72
 * bytes like every bcrypt; an empty password never matches, since hash-wasm
 * refuses to hash it and Stytch never stores one.
 *
 * @example
 * verifyBcrypt({ type: "bcrypt", hash: "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW" }, "U*U")
 */
export const verifyBcrypt = (stored: BcryptHash, password: string): Effect.Effect<boolean> =>
  Either.match(splitBcrypt(stored.hash), {
    onLeft: () => Effect.succeed(false),
    onRight: ({ checksum, cost, salt }) => {
      const bytes = utf8(password).subarray(0, maxPasswordBytes)
      if (bytes.length === 0) return Effect.succeed(false)
      return Effect.promise(async () => {
        const bcrypt = await loadBcrypt()
        return bcrypt({ password: bytes, salt, costFactor: cost, outputType: "encoded" })
      }).pipe(
        Effect.map((encoded) => constantTimeEqual(Buffer.from(encoded.slice(-31)), Buffer.from(checksum)))
      )
    }
  })
