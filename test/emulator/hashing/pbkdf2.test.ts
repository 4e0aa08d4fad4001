import { pbkdf2Sync } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { type MigratedHash, type Pbkdf2Config, verifyMigratedHash } from "../../../src/emulator/hashing/index.js"
import { expectRejected, expectVerifiesOnly, verifies } from "./helpers.js"

const salt = Buffer.from("pbkdf2 fixed salt")

const config = (overrides: Partial<Pbkdf2Config> = {}): Pbkdf2Config => ({
  salt: salt.toString("base64"),
  iteration_amount: 1000,
  key_length: 32,
  algorithm: "sha256",
  ...overrides
})

const vector = (password: string, digest: "sha256" | "sha512", iterations = 1000, keyLength = 32) =>
  pbkdf2Sync(password, salt, iterations, keyLength, digest).toString("base64")

describe("pbkdf_2", () => {
  it.effect("sha256 and sha512 vectors from node:crypto", () =>
    Effect.gen(function*() {
      yield* expectVerifiesOnly(
        { hash: vector("Tr0ub4dor&3 ✓", "sha256"), hash_type: "pbkdf_2", pbkdf_2_config: config() },
        "Tr0ub4dor&3 ✓"
      )
      yield* expectVerifiesOnly(
        {
          hash: vector("Tr0ub4dor&3 ✓", "sha512", 2000, 64),
          hash_type: "pbkdf_2",
          pbkdf_2_config: config({ algorithm: "SHA512", iteration_amount: 2000, key_length: 64 })
        },
        "Tr0ub4dor&3 ✓"
      )
    }))

  it.effect("algorithm defaults to sha256 and the digests are not interchangeable", () =>
    Effect.gen(function*() {
      const { algorithm: _omitted, ...withoutAlgorithm } = config()
      const hash = vector("pw", "sha256")
      yield* expectVerifiesOnly({ hash, hash_type: "pbkdf_2", pbkdf_2_config: withoutAlgorithm }, "pw")
      yield* expectVerifiesOnly({ hash, hash_type: "pbkdf_2", pbkdf_2_config: config({ algorithm: "" }) }, "pw")
      const asSha512 = { hash, hash_type: "pbkdf_2", pbkdf_2_config: config({ algorithm: "sha512" }) }
      expect(yield* verifies(asSha512, "pw")).toBe(false)
    }))

  it.effect("a key longer than one digest block", () =>
    expectVerifiesOnly(
      { hash: vector("pw", "sha256", 1000, 80), hash_type: "pbkdf_2", pbkdf_2_config: config({ key_length: 80 }) },
      "pw"
    ))

  it.effect("RFC 7914 PBKDF2-HMAC-SHA256 vectors", () =>
    Effect.gen(function*() {
      const vectors = [
        {
          password: "passwd",
          salt: "salt",
          iterations: 1,
          hex: "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc" +
            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"
        },
        {
          password: "Password",
          salt: "NaCl",
          iterations: 80000,
          hex: "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56" +
            "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d"
        }
      ]
      for (const v of vectors) {
        const pbkdf_2_config = {
          salt: Buffer.from(v.salt).toString("base64"),
          iteration_amount: v.iterations,
          key_length: 64,
          algorithm: "sha256"
        }
        const hash = Buffer.from(v.hex, "hex").toString("base64")
        yield* expectVerifiesOnly({ hash, hash_type: "pbkdf_2", pbkdf_2_config }, v.password)
      }
    }))

  it.effect("invalid_pbkdf_2_salt, including a missing config", () =>
    Effect.gen(function*() {
      const hash = vector("pw", "sha256")
      yield* expectRejected({ hash, hash_type: "pbkdf_2" }, "invalid_pbkdf_2_salt")
      yield* expectRejected({ hash, hash_type: "pbkdf_2", pbkdf_2_config: config({ salt: "" }) }, "invalid_pbkdf_2_salt")
      yield* expectRejected({ hash, hash_type: "pbkdf_2", pbkdf_2_config: config({ salt: "%%salt%%" }) }, "invalid_pbkdf_2_salt")
    }))

  it.effect("invalid_pbkdf_2_hash", () =>
    Effect.gen(function*() {
      const hash = vector("pw", "sha256")
      yield* expectRejected({ hash: `${hash}#`, hash_type: "pbkdf_2", pbkdf_2_config: config() }, "invalid_pbkdf_2_hash")
      yield* expectRejected(
        { hash: Buffer.alloc(1025).toString("base64"), hash_type: "pbkdf_2", pbkdf_2_config: config() },
        "invalid_pbkdf_2_hash"
      )
    }))

  it.effect("pbkdf_2_key_length_mismatch", () =>
    Effect.gen(function*() {
      const hash = vector("pw", "sha256")
      for (const key_length of [16, 64, 0, -32, 32.5]) {
        yield* expectRejected({ hash, hash_type: "pbkdf_2", pbkdf_2_config: config({ key_length }) }, "pbkdf_2_key_length_mismatch")
      }
    }))

  it.effect("invalid_pbkdf_2_iteration_amount, including the 10 million work cap", () =>
    Effect.gen(function*() {
      const hash = vector("pw", "sha256")
      for (const iteration_amount of [0, -1, 1.5, 10_000_001]) {
        yield* expectRejected(
          { hash, hash_type: "pbkdf_2", pbkdf_2_config: config({ iteration_amount }) },
          "invalid_pbkdf_2_iteration_amount"
        )
      }
      // 6M iterations is fine for one block but 12M of work for two.
      const twoBlocks = vector("pw", "sha256", 1, 64)
      yield* expectRejected(
        { hash: twoBlocks, hash_type: "pbkdf_2", pbkdf_2_config: config({ iteration_amount: 6_000_000, key_length: 64 }) },
        "invalid_pbkdf_2_iteration_amount"
      )
    }))

  it.effect("an unknown algorithm is invalid_hash", () =>
    Effect.asVoid(
      expectRejected(
        { hash: vector("pw", "sha256"), hash_type: "pbkdf_2", pbkdf_2_config: config({ algorithm: "md5" }) },
        "invalid_hash"
      )
    ))

  it.effect("stored values over the caps verify as false instead of running", () =>
    Effect.gen(function*() {
      const stored: MigratedHash = {
        type: "pbkdf_2",
        algorithm: "sha256",
        salt_base64: salt.toString("base64"),
        hash_base64: Buffer.alloc(32).toString("base64"),
        iteration_amount: 1_000_000_000
      }
      expect(yield* verifyMigratedHash(stored, "pw")).toBe(false)
    }))
})
