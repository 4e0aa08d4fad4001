import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Record } from "effect"
import {
  HashingLimits,
  type HashRejectionType,
  type MigrateHashInput,
  migratedHashTypes,
  parseMigratedHash
} from "../../../src/emulator/hashing/index.js"
import { expectRejected, verifies } from "./helpers.js"

const md5 = (text: string) => createHash("md5").update(text).digest("hex")
const secretSalt = "s3cret-salt-value"
const secretB64 = Buffer.from(secretSalt).toString("base64")
const b64 = (length: number) => Buffer.alloc(length, 7).toString("base64")
const bcryptBody = "CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"
const argonConfig = { salt: secretSalt, iteration_amount: 2, memory: 64, threads: 1, key_length: 32 }
const scryptConfig = { salt: secretB64, n_parameter: 1024, r_parameter: 8, p_parameter: 1, key_length: 32 }
const pbkdfConfig = { salt: secretB64, iteration_amount: 1000, key_length: 32, algorithm: "sha256" }
const hex32 = "ab".repeat(32)

/** One request per error type; the Record type makes the list exhaustive. */
const oneOfEach: Record.ReadonlyRecord<HashRejectionType, MigrateHashInput> = {
  invalid_hash_type: { hash: md5("pw"), hash_type: "md5" },
  invalid_hash: { hash: `${md5("pw")}ff`, hash_type: "md_5" },
  invalid_bcrypt_hash: { hash: `$2x$05$${bcryptBody}`, hash_type: "bcrypt" },
  invalid_bcrypt_cost: { hash: `$2b$17$${bcryptBody}`, hash_type: "bcrypt" },
  invalid_argon_2_iteration_amount: {
    hash: hex32,
    hash_type: "argon_2id",
    argon_2_config: { ...argonConfig, iteration_amount: 0 }
  },
  invalid_argon_2_memory: { hash: hex32, hash_type: "argon_2id", argon_2_config: { ...argonConfig, memory: 1 << 20 } },
  invalid_argon_2_threads: { hash: hex32, hash_type: "argon_2i", argon_2_config: { ...argonConfig, threads: 0 } },
  invalid_argon_2_key_length: { hash: hex32, hash_type: "argon_2i", argon_2_config: { ...argonConfig, key_length: 2 } },
  invalid_argon_2_salt: { hash: hex32, hash_type: "argon_2i", argon_2_config: { ...argonConfig, salt: "tiny" } },
  argon_2_key_length_mismatch: { hash: hex32, hash_type: "argon_2i", argon_2_config: { ...argonConfig, key_length: 64 } },
  invalid_scrypt_n_parameter: { hash: b64(32), hash_type: "scrypt", scrypt_config: { ...scryptConfig, n_parameter: 1000 } },
  invalid_scrypt_parameters: { hash: b64(32), hash_type: "scrypt", scrypt_config: { ...scryptConfig, r_parameter: 0 } },
  invalid_scrypt_salt_length: { hash: b64(32), hash_type: "scrypt", scrypt_config: { ...scryptConfig, salt: "" } },
  scrypt_key_length_mismatch: { hash: b64(32), hash_type: "scrypt", scrypt_config: { ...scryptConfig, key_length: 16 } },
  invalid_base64_scrypt_hash: { hash: "~~~~~~~~", hash_type: "scrypt", scrypt_config: scryptConfig },
  invalid_base64_scrypt_salt: { hash: b64(32), hash_type: "scrypt", scrypt_config: { ...scryptConfig, salt: "s3cret salt!" } },
  invalid_pbkdf_2_hash: { hash: "~~~~~~~~", hash_type: "pbkdf_2", pbkdf_2_config: pbkdfConfig },
  invalid_pbkdf_2_iteration_amount: {
    hash: b64(32),
    hash_type: "pbkdf_2",
    pbkdf_2_config: { ...pbkdfConfig, iteration_amount: 20_000_000 }
  },
  invalid_pbkdf_2_salt: { hash: b64(32), hash_type: "pbkdf_2", pbkdf_2_config: { ...pbkdfConfig, salt: "s3cret salt!" } },
  pbkdf_2_key_length_mismatch: { hash: b64(32), hash_type: "pbkdf_2", pbkdf_2_config: { ...pbkdfConfig, key_length: 20 } },
  invalid_phpass_hash_prefix: { hash: "$Q$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", hash_type: "phpass" },
  invalid_phpass_hash_format: { hash: "$P$9IQRaTwmfeRo7ud9Fh4E2PdI0S3r.L", hash_type: "phpass" }
}

describe("parseMigratedHash", () => {
  it.effect("produces every error type, with messages free of hashes and salts", () =>
    Effect.gen(function*() {
      for (const [errorType, input] of Record.toEntries(oneOfEach)) yield* expectRejected(input, errorType)
    }))

  it.effect("invalid_hash_type does not echo the value (it might be a misplaced hash)", () =>
    Effect.gen(function*() {
      const misplaced = "$2b$10$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"
      for (const hash_type of ["", "MD_5", "argon2", "sha_256", misplaced]) {
        const error = yield* expectRejected({ hash: md5("pw"), hash_type }, "invalid_hash_type")
        expect(error.message).not.toContain(misplaced)
        expect(error.message).toContain("pbkdf_2")
      }
    }))

  it.effect("invalid_hash for an empty, oversized or non-string hash", () =>
    Effect.gen(function*() {
      for (const hash_type of migratedHashTypes) {
        yield* expectRejected({ hash: "", hash_type }, "invalid_hash")
        yield* expectRejected({ hash: "a".repeat(HashingLimits.maxHashLength + 1), hash_type }, "invalid_hash")
      }
      const notAString: { hash: string; hash_type: string } = JSON.parse("{\"hash\":12345,\"hash_type\":\"md_5\"}")
      yield* expectRejected(notAString, "invalid_hash")
    }))

  it.effect("configs for other hash types are ignored", () =>
    Effect.gen(function*() {
      const input: MigrateHashInput = {
        hash: md5("pw"),
        hash_type: "md_5",
        sha_1_config: { prepend_salt: "x" },
        scrypt_config: { ...scryptConfig, n_parameter: 3 },
        pbkdf_2_config: { ...pbkdfConfig, algorithm: "md4" }
      }
      expect(yield* verifies(input, "pw")).toBe(true)
    }))

  it.effect("wire values of the wrong JSON type are refused, not crashed on", () =>
    Effect.gen(function*() {
      const argon: MigrateHashInput = JSON.parse(JSON.stringify({
        hash: hex32,
        hash_type: "argon_2id",
        argon_2_config: { ...argonConfig, memory: "64" }
      }))
      yield* expectRejected(argon, "invalid_argon_2_memory")
      const scrypt: MigrateHashInput = JSON.parse(JSON.stringify({
        hash: b64(32),
        hash_type: "scrypt",
        scrypt_config: { ...scryptConfig, salt: null }
      }))
      yield* expectRejected(scrypt, "invalid_base64_scrypt_salt")
      const md: MigrateHashInput = JSON.parse(JSON.stringify({ hash: md5("pw"), hash_type: "md_5", md_5_config: "x" }))
      yield* expectRejected(md, "invalid_hash")
    }))

  it.effect("normalises into plain JSON", () =>
    Effect.gen(function*() {
      const stored = yield* parseMigratedHash({
        hash: md5("pre-pw").toUpperCase(),
        hash_type: "md_5",
        md_5_config: { prepend_salt: "pre-" }
      })
      expect(stored).toEqual({ type: "md_5", digest_hex: md5("pre-pw"), prepend_salt: "pre-", append_salt: "" })
      expect(JSON.parse(JSON.stringify(stored))).toEqual(stored)
    }))
})
