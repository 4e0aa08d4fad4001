import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { bcrypt } from "hash-wasm"
import { parseMigratedHash } from "../../../src/emulator/hashing/index.js"
import { expectRejected, expectVerifiesOnly, verifies } from "./helpers.js"

/** A fixed 16-byte salt so the vectors are reproducible. */
const salt = Uint8Array.from({ length: 16 }, (_, i) => i * 13 + 7)

const hashWith = (password: string, costFactor: number) =>
  Effect.promise(() => bcrypt({ password, salt, costFactor, outputType: "encoded" }))

/**
 * Published vectors: the first four from Solar Designer's crypt_blowfish
 * test suite, the rest from the OpenBSD / jBCrypt test vectors.
 */
const publishedVectors: ReadonlyArray<readonly [password: string, hash: string]> = [
  ["U*U", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"],
  ["U*U*", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK"],
  ["U*U*U", "$2a$05$XXXXXXXXXXXXXXXXXXXXXOAcXxm9kjPGEMsLznoKqmqw7tc8WCx4a"],
  [
    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789chars after 72 are ignored",
    "$2a$05$abcdefghijklmnopqrstuu5s2v8.iXieOjg/.AySBTTZIIVFJeBui"
  ],
  ["a", "$2a$06$m0CrhHm10qJ3lXRY.5zDGO3rS2KdeeWLuGmsfGlMfOxih58VYVfxe"],
  ["abc", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i"],
  ["abcdefghijklmnopqrstuvwxyz", "$2a$06$.rCVZVOThsIa97pEDOxvGuRRgzG64bvtJ0938xuqzv18d3ZpQhstC"],
  ["~!@#$%^&*()      ~!@#$%^&*()PNBFRD", "$2a$06$fPIsBO8qRqkjj273rfaOI.HtSV9jLDpTbZn782DC6/t7qT67P6FfO"]
]

describe("bcrypt", () => {
  it.effect("vector hashed by hash-wasm with a fixed salt, in all three prefixes", () =>
    Effect.gen(function*() {
      const hash = yield* hashWith("Tr0ub4dor&3 ✓", 6)
      for (const prefix of ["$2a$", "$2b$", "$2y$"]) {
        yield* expectVerifiesOnly({ hash: prefix + hash.slice(4), hash_type: "bcrypt" }, "Tr0ub4dor&3 ✓")
      }
    }))

  it.effect("published test vectors", () =>
    Effect.gen(function*() {
      for (const [password, hash] of publishedVectors) {
        expect(yield* verifies({ hash, hash_type: "bcrypt" }, password)).toBe(true)
        expect(yield* verifies({ hash, hash_type: "bcrypt" }, `#${password.slice(1)}`)).toBe(false)
      }
    }))

  it.effect("only the first 72 bytes count, as in every bcrypt", () =>
    Effect.gen(function*() {
      const long = "x".repeat(72)
      const hash = yield* hashWith(long, 4)
      expect(yield* verifies({ hash, hash_type: "bcrypt" }, `${long}anything`)).toBe(true)
      expect(yield* verifies({ hash, hash_type: "bcrypt" }, long.slice(1))).toBe(false)
    }))

  it.effect("an empty password never matches", () =>
    Effect.gen(function*() {
      const hash = yield* hashWith("a", 4)
      expect(yield* verifies({ hash, hash_type: "bcrypt" }, "")).toBe(false)
    }))

  it.effect("invalid_bcrypt_hash for malformed strings", () =>
    Effect.gen(function*() {
      const hash = yield* hashWith("pw", 4)
      const malformed = [
        `$2x$${hash.slice(4)}`,
        `$2$${hash.slice(4)}`,
        hash.slice(0, -1),
        `${hash}A`,
        `${hash.slice(0, -1)}!`,
        `$2b$4$${hash.slice(7)}`,
        "plainly not bcrypt at all"
      ]
      for (const bad of malformed) yield* expectRejected({ hash: bad, hash_type: "bcrypt" }, "invalid_bcrypt_hash")
    }))

  it.effect("invalid_bcrypt_cost outside 4..31 and above the emulator cap of 16", () =>
    Effect.gen(function*() {
      const body = (yield* hashWith("pw", 4)).slice(7)
      for (const cost of ["00", "03", "17", "31", "32", "99"]) {
        const error = yield* expectRejected({ hash: `$2b$${cost}$${body}`, hash_type: "bcrypt" }, "invalid_bcrypt_cost")
        expect(error.message).toContain("16")
      }
    }))

  it.effect("cost 16 is still accepted at parse time", () =>
    Effect.gen(function*() {
      const body = (yield* hashWith("pw", 4)).slice(7)
      // Parsing only: verifying at cost 16 would take seconds.
      const stored = yield* parseMigratedHash({ hash: `$2b$16$${body}`, hash_type: "bcrypt" })
      expect(stored).toEqual({ type: "bcrypt", hash: `$2b$16$${body}` })
    }))
})
