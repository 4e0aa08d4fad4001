import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { argon2i, argon2id } from "hash-wasm"
import { type Argon2Config, type MigratedHash, verifyMigratedHash } from "../../../src/emulator/hashing/index.js"
import { expectRejected, expectVerifiesOnly, verifies } from "./helpers.js"

/** From the argon2 reference implementation's README: "password", salt "somesalt". */
const readmeEncoded = "$argon2i$v=19$m=65536,t=2,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG"
const readmeHex = "45d7ac72e76f242b20b77b9bf9bf9d5915894e669a24e6c6"

const fixedSalt = "fixed-salt-16byt"
const cheap = { iterations: 2, memorySize: 64, parallelism: 2, hashLength: 32 }

const config = (overrides: Partial<Argon2Config> = {}): Argon2Config => ({
  salt: fixedSalt,
  iteration_amount: 2,
  memory: 64,
  threads: 2,
  key_length: 32,
  ...overrides
})

describe("argon2", () => {
  it.effect("reference README example (PHC) for \"password\"", () =>
    expectVerifiesOnly({ hash: readmeEncoded, hash_type: "argon_2i" }, "password"))

  it.effect("reference README example as hex + argon_2_config (salt read as UTF-8 text)", () =>
    Effect.gen(function*() {
      expect(Buffer.from("RdescudvJCsgt3ub+b+dWRWJTmaaJObG", "base64").toString("hex")).toBe(readmeHex)
      const argon_2_config = { salt: "somesalt", iteration_amount: 2, memory: 65536, threads: 4, key_length: 24 }
      yield* expectVerifiesOnly({ hash: readmeHex, hash_type: "argon_2i", argon_2_config }, "password")
    }))

  it.effect("PHC vectors encoded by hash-wasm with a fixed salt, both variants", () =>
    Effect.gen(function*() {
      const options = { password: "Tr0ub4dor&3 ✓", salt: fixedSalt, ...cheap, outputType: "encoded" } as const
      const encodedI = yield* Effect.promise(() => argon2i(options))
      const encodedId = yield* Effect.promise(() => argon2id(options))
      expect(encodedId).toMatch(/^\$argon2id\$v=19\$m=64,t=2,p=2\$/)
      yield* expectVerifiesOnly({ hash: encodedI, hash_type: "argon_2i" }, "Tr0ub4dor&3 ✓")
      yield* expectVerifiesOnly({ hash: encodedId, hash_type: "argon_2id" }, "Tr0ub4dor&3 ✓")
      // PHC salts may also come padded.
      const padded = encodedId.replace(/\$([^$]+)\$([^$]+)$/, (_, salt: string, hash: string) => `$${salt}==$${hash}`)
      yield* expectVerifiesOnly({ hash: padded, hash_type: "argon_2id" }, "Tr0ub4dor&3 ✓")
    }))

  it.effect("hex + config vectors computed by hash-wasm", () =>
    Effect.gen(function*() {
      const hex = { password: "hunter2", salt: fixedSalt, ...cheap, outputType: "hex" } as const
      const hexId = yield* Effect.promise(() => argon2id(hex))
      const hexI = yield* Effect.promise(() => argon2i(hex))
      yield* expectVerifiesOnly({ hash: hexId, hash_type: "argon_2id", argon_2_config: config() }, "hunter2")
      yield* expectVerifiesOnly({ hash: hexI.toUpperCase(), hash_type: "argon_2i", argon_2_config: config() }, "hunter2")
      // The variants are not interchangeable.
      expect(yield* verifies({ hash: hexId, hash_type: "argon_2i", argon_2_config: config() }, "hunter2")).toBe(false)
      // A config ignored for PHC hashes: any argon_2_config is fine alongside one.
      const encoded = yield* Effect.promise(() => argon2id({ ...hex, outputType: "encoded" }))
      const ignored = config({ salt: "a different salt", iteration_amount: 1 })
      yield* expectVerifiesOnly({ hash: encoded, hash_type: "argon_2id", argon_2_config: ignored }, "hunter2")
    }))

  it.effect("invalid_hash: no config, non-hex with config, variant or version mismatch, bad PHC", () =>
    Effect.gen(function*() {
      const encoded = yield* Effect.promise(() =>
        argon2id({ password: "pw", salt: fixedSalt, ...cheap, outputType: "encoded" })
      )
      const [, , , params = "", salt = "", hash = ""] = encoded.split("$")
      const hex = Buffer.from(hash, "base64").toString("hex")
      const bad = [
        { hash: hex, hash_type: "argon_2id" },
        { hash: `${hex.slice(1)}z`, hash_type: "argon_2id", argon_2_config: config() },
        { hash: encoded, hash_type: "argon_2i" },
        { hash: encoded.replace("$argon2id$", "$argon2d$"), hash_type: "argon_2id" },
        { hash: encoded.replace("v=19", "v=16"), hash_type: "argon_2id" },
        { hash: `$argon2id$${params}$${salt}$${hash}`, hash_type: "argon_2id" },
        { hash: encoded.replace(params, `${params},keyid=abc`), hash_type: "argon_2id" },
        { hash: encoded.replace(params, "m=64,t=2"), hash_type: "argon_2id" },
        { hash: `${encoded.slice(0, -hash.length)}!!!notb64`, hash_type: "argon_2id" }
      ]
      for (const input of bad) yield* expectRejected(input, "invalid_hash")
    }))

  it.effect("cost and size errors from argon_2_config", () =>
    Effect.gen(function*() {
      const hash = yield* Effect.promise(() =>
        argon2id({ password: "pw", salt: fixedSalt, ...cheap, outputType: "hex" })
      )
      const input = (overrides: Partial<Argon2Config>) => ({
        hash,
        hash_type: "argon_2id",
        argon_2_config: config(overrides)
      })
      yield* expectRejected(input({ iteration_amount: 0 }), "invalid_argon_2_iteration_amount")
      yield* expectRejected(input({ iteration_amount: 11 }), "invalid_argon_2_iteration_amount")
      yield* expectRejected(input({ iteration_amount: 1.5 }), "invalid_argon_2_iteration_amount")
      yield* expectRejected(input({ memory: 15 }), "invalid_argon_2_memory")
      yield* expectRejected(input({ memory: 262_145 }), "invalid_argon_2_memory")
      yield* expectRejected(input({ threads: 0 }), "invalid_argon_2_threads")
      yield* expectRejected(input({ threads: 65 }), "invalid_argon_2_threads")
      yield* expectRejected(input({ key_length: 3 }), "invalid_argon_2_key_length")
      yield* expectRejected(input({ key_length: 1025 }), "invalid_argon_2_key_length")
      yield* expectRejected(input({ key_length: 16 }), "argon_2_key_length_mismatch")
      yield* expectRejected(input({ salt: "short" }), "invalid_argon_2_salt")
      yield* expectRejected(input({ salt: "s".repeat(1025) }), "invalid_argon_2_salt")
    }))

  it.effect("cost and size errors from a PHC string", () =>
    Effect.gen(function*() {
      const encoded = yield* Effect.promise(() =>
        argon2id({ password: "pw", salt: fixedSalt, ...cheap, outputType: "encoded" })
      )
      const [, , , params = "", salt = ""] = encoded.split("$")
      const withParams = (replacement: string) => ({ hash: encoded.replace(params, replacement), hash_type: "argon_2id" })
      yield* expectRejected(withParams("m=64,t=11,p=2"), "invalid_argon_2_iteration_amount")
      yield* expectRejected(withParams("m=524288,t=1,p=2"), "invalid_argon_2_memory")
      yield* expectRejected(withParams("m=64,t=2,p=0"), "invalid_argon_2_threads")
      yield* expectRejected({ hash: encoded.replace(salt, "c2hvcnQ"), hash_type: "argon_2id" }, "invalid_argon_2_salt")
      yield* expectRejected({ hash: encoded.replace(salt, "*bad*salt*"), hash_type: "argon_2id" }, "invalid_argon_2_salt")
      yield* expectRejected(
        { hash: encoded.replace(/[^$]+$/, "AAAA"), hash_type: "argon_2id" },
        "invalid_argon_2_key_length"
      )
    }))

  it.effect("stored values over the caps verify as false instead of running", () =>
    Effect.gen(function*() {
      const stored: MigratedHash = {
        type: "argon_2id",
        salt_base64: Buffer.from(fixedSalt).toString("base64"),
        hash_base64: Buffer.alloc(32).toString("base64"),
        iteration_amount: 1_000,
        memory: 4_194_304,
        threads: 1
      }
      expect(yield* verifyMigratedHash(stored, "pw")).toBe(false)
    }))
})
