import { scryptSync } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { type MigratedHash, type ScryptConfig, verifyMigratedHash } from "../../../src/emulator/hashing/index.js"
import { expectRejected, expectVerifiesOnly } from "./helpers.js"

const salt = Buffer.from("a fixed salt, 24 bytes..")
const unpadded = (bytes: Buffer): string => bytes.toString("base64").replace(/=+$/, "")

const vector = (password: string, N: number, r: number, p: number, keyLength: number) =>
  scryptSync(password, salt, keyLength, { N, r, p, maxmem: 256 * 1024 * 1024 })

const config = (overrides: Partial<ScryptConfig> = {}): ScryptConfig => ({
  salt: salt.toString("base64"),
  n_parameter: 1024,
  r_parameter: 8,
  p_parameter: 1,
  key_length: 32,
  ...overrides
})

/** RFC 7914 section 12 test vectors (the ones with a non-empty salt). */
const rfc7914 = [
  {
    password: "password",
    salt: "NaCl",
    n: 1024,
    r: 8,
    p: 16,
    hex: "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162" +
      "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"
  },
  {
    password: "pleaseletmein",
    salt: "SodiumChloride",
    n: 16384,
    r: 8,
    p: 1,
    hex: "7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2" +
      "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"
  }
]

describe("scrypt", () => {
  it.effect("base64 hash + scrypt_config vector from node:crypto", () =>
    Effect.gen(function*() {
      const hash = vector("Tr0ub4dor&3 ✓", 1024, 8, 1, 32).toString("base64")
      yield* expectVerifiesOnly({ hash, hash_type: "scrypt", scrypt_config: config() }, "Tr0ub4dor&3 ✓")
      // URL-safe, unpadded base64 is accepted as well.
      const urlSafe = hash.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
      yield* expectVerifiesOnly({ hash: urlSafe, hash_type: "scrypt", scrypt_config: config() }, "Tr0ub4dor&3 ✓")
    }))

  it.effect("PHC vector from node:crypto", () =>
    Effect.gen(function*() {
      const hash = `$scrypt$ln=11,r=4,p=2$${unpadded(salt)}$${unpadded(vector("hunter2", 2048, 4, 2, 40))}`
      yield* expectVerifiesOnly({ hash, hash_type: "scrypt" }, "hunter2")
      // Parameters may come in any order.
      const reordered = hash.replace("ln=11,r=4,p=2", "p=2,ln=11,r=4")
      yield* expectVerifiesOnly({ hash: reordered, hash_type: "scrypt" }, "hunter2")
    }))

  it.effect("RFC 7914 test vectors", () =>
    Effect.gen(function*() {
      for (const v of rfc7914) {
        const scrypt_config = {
          salt: Buffer.from(v.salt).toString("base64"),
          n_parameter: v.n,
          r_parameter: v.r,
          p_parameter: v.p,
          key_length: 64
        }
        const hash = Buffer.from(v.hex, "hex").toString("base64")
        yield* expectVerifiesOnly({ hash, hash_type: "scrypt", scrypt_config }, v.password)
      }
    }))

  it.effect("invalid_scrypt_n_parameter", () =>
    Effect.gen(function*() {
      const hash = vector("pw", 1024, 8, 1, 32).toString("base64")
      for (const n_parameter of [0, 1, 1000, 262_145, 524_288, 2 ** 40, 1024.5]) {
        yield* expectRejected({ hash, hash_type: "scrypt", scrypt_config: config({ n_parameter }) }, "invalid_scrypt_n_parameter")
      }
      const phc = `$scrypt$ln=19,r=8,p=1$${unpadded(salt)}$${unpadded(vector("pw", 1024, 8, 1, 32))}`
      yield* expectRejected({ hash: phc, hash_type: "scrypt" }, "invalid_scrypt_n_parameter")
    }))

  it.effect("invalid_scrypt_parameters: r, p, caps, missing config, garbled PHC parameters", () =>
    Effect.gen(function*() {
      const raw = vector("pw", 1024, 8, 1, 32)
      const hash = raw.toString("base64")
      const bad: ReadonlyArray<Partial<ScryptConfig>> = [
        { r_parameter: 0 },
        { p_parameter: 0 },
        { r_parameter: -8 },
        { n_parameter: 262_144, r_parameter: 16 },
        { n_parameter: 262_144, r_parameter: 8, p_parameter: 2 },
        { key_length: 0 },
        { key_length: 2048 }
      ]
      for (const overrides of bad) {
        yield* expectRejected({ hash, hash_type: "scrypt", scrypt_config: config(overrides) }, "invalid_scrypt_parameters")
      }
      yield* expectRejected({ hash, hash_type: "scrypt" }, "invalid_scrypt_parameters")
      const tail = `${unpadded(salt)}$${unpadded(raw)}`
      for (const params of ["ln=10,r=8", "ln=10,r=8,p=1,x=1", "ln=10,r=8,r=8", "N=1024,r=8,p=1", ""]) {
        yield* expectRejected({ hash: `$scrypt$${params}$${tail}`, hash_type: "scrypt" }, "invalid_scrypt_parameters")
      }
    }))

  it.effect("invalid_hash for a structurally broken PHC string", () =>
    Effect.gen(function*() {
      const raw = unpadded(vector("pw", 1024, 8, 1, 32))
      yield* expectRejected({ hash: `$scrypt$ln=10,r=8,p=1$${raw}`, hash_type: "scrypt" }, "invalid_hash")
      yield* expectRejected({ hash: `$scrypt2$ln=10,r=8,p=1$${unpadded(salt)}$${raw}`, hash_type: "scrypt" }, "invalid_hash")
    }))

  it.effect("salt, hash and key length errors", () =>
    Effect.gen(function*() {
      const raw = vector("pw", 1024, 8, 1, 32)
      const hash = raw.toString("base64")
      yield* expectRejected({ hash, hash_type: "scrypt", scrypt_config: config({ salt: "" }) }, "invalid_scrypt_salt_length")
      yield* expectRejected(
        { hash, hash_type: "scrypt", scrypt_config: config({ salt: Buffer.alloc(1025).toString("base64") }) },
        "invalid_scrypt_salt_length"
      )
      yield* expectRejected({ hash, hash_type: "scrypt", scrypt_config: config({ salt: "not base64!" }) }, "invalid_base64_scrypt_salt")
      yield* expectRejected({ hash, hash_type: "scrypt", scrypt_config: config({ salt: "QUJDR" }) }, "invalid_base64_scrypt_salt")
      yield* expectRejected({ hash: `${hash}*`, hash_type: "scrypt", scrypt_config: config() }, "invalid_base64_scrypt_hash")
      yield* expectRejected({ hash: "=", hash_type: "scrypt", scrypt_config: config() }, "invalid_base64_scrypt_hash")
      yield* expectRejected({ hash, hash_type: "scrypt", scrypt_config: config({ key_length: 64 }) }, "scrypt_key_length_mismatch")
      yield* expectRejected(
        { hash: `$scrypt$ln=10,r=8,p=1$bad salt$${unpadded(raw)}`, hash_type: "scrypt" },
        "invalid_base64_scrypt_salt"
      )
      yield* expectRejected(
        { hash: `$scrypt$ln=10,r=8,p=1$${unpadded(salt)}$bad hash`, hash_type: "scrypt" },
        "invalid_base64_scrypt_hash"
      )
      yield* expectRejected({ hash: `$scrypt$ln=10,r=8,p=1$$${unpadded(raw)}`, hash_type: "scrypt" }, "invalid_scrypt_salt_length")
    }))

  it.effect("stored values over the caps verify as false instead of running", () =>
    Effect.gen(function*() {
      const stored: MigratedHash = {
        type: "scrypt",
        salt_base64: salt.toString("base64"),
        hash_base64: Buffer.alloc(32).toString("base64"),
        n_parameter: 2 ** 22,
        r_parameter: 8,
        p_parameter: 1
      }
      expect(yield* verifyMigratedHash(stored, "pw")).toBe(false)
    }))
})
