import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { type MigratedHash, verifyMigratedHash } from "../../../src/emulator/hashing/index.js"
import { expectRejected, expectVerifiesOnly } from "./helpers.js"

const itoa64 = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

/** Independent phpass reference: reads the digest as one little-endian bit stream. */
const referencePhpass = (prefix: "$P$" | "$H$", log2: number, salt: string, password: string): string => {
  let digest = createHash("md5").update(salt + password, "utf8").digest()
  for (let i = 0; i < 2 ** log2; i++) digest = createHash("md5").update(Buffer.concat([digest, Buffer.from(password)])).digest()
  let bits = 0n
  digest.forEach((byte, i) => {
    bits |= BigInt(byte) << BigInt(8 * i)
  })
  let checksum = ""
  for (let i = 0; i < 22; i++) checksum += itoa64[Number((bits >> BigInt(6 * i)) & 63n)]
  return `${prefix}${itoa64[log2]}${salt}${checksum}`
}

describe("phpass", () => {
  it.effect("the phpass test-suite example for \"test12345\"", () =>
    expectVerifiesOnly({ hash: "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", hash_type: "phpass" }, "test12345"))

  it.effect("$P$ and $H$ vectors from an independent implementation", () =>
    Effect.gen(function*() {
      yield* expectVerifiesOnly({ hash: referencePhpass("$P$", 8, "abcdEFGH", "Tr0ub4dor&3 ✓"), hash_type: "phpass" }, "Tr0ub4dor&3 ✓")
      yield* expectVerifiesOnly({ hash: referencePhpass("$H$", 11, "./09AZaz", "hunter2"), hash_type: "phpass" }, "hunter2")
      yield* expectVerifiesOnly({ hash: referencePhpass("$P$", 7, "saltsalt", "pw"), hash_type: "phpass" }, "pw")
    }))

  it.effect("the reference reproduces the published example", () =>
    Effect.sync(() => {
      expect(referencePhpass("$P$", 11, "IQRaTwmf", "test12345")).toBe("$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0")
    }))

  it.effect("invalid_phpass_hash_prefix", () =>
    Effect.gen(function*() {
      const good = referencePhpass("$P$", 8, "abcdEFGH", "pw")
      for (const hash of [`$S$${good.slice(3)}`, `$p$${good.slice(3)}`, good.slice(1), "$2b$10$notphpass"]) {
        yield* expectRejected({ hash, hash_type: "phpass" }, "invalid_phpass_hash_prefix")
      }
    }))

  it.effect("invalid_phpass_hash_format: length, alphabet, round count outside 2^7..2^20", () =>
    Effect.gen(function*() {
      const good = referencePhpass("$P$", 8, "abcdEFGH", "pw")
      const withCount = (char: string) => `$P$${char}${good.slice(4)}`
      const bad = [
        good.slice(0, -1),
        `${good}A`,
        `${good.slice(0, -1)}*`,
        `$P$6${"ab#dEFGH"}${good.slice(12)}`,
        withCount("4"),
        withCount("K"),
        withCount("S"),
        withCount("*")
      ]
      for (const hash of bad) yield* expectRejected({ hash, hash_type: "phpass" }, "invalid_phpass_hash_format")
    }))

  it.effect("stored values over the caps verify as false instead of running", () =>
    Effect.gen(function*() {
      const stored: MigratedHash = { type: "phpass", hash: "$P$SIQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0" }
      expect(yield* verifyMigratedHash(stored, "test12345")).toBe(false)
    }))
})
