import { scryptSync } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import {
  fastProfile,
  HashingProfiles,
  hashPassword,
  productionProfile,
  verifyPassword
} from "../../../src/emulator/hashing/index.js"

const phcShape = /^\$scrypt\$ln=(\d+),r=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/

/** Splits a stored hash with a regex independent of the implementation's parser. */
const split = (stored: string) => {
  const match = phcShape.exec(stored)
  if (match === null) throw new Error("not a PHC scrypt string")
  return {
    ln: Number(match[1]),
    r: Number(match[2]),
    p: Number(match[3]),
    salt: Buffer.from(match[4] ?? "", "base64"),
    hash: Buffer.from(match[5] ?? "", "base64")
  }
}

const unpadded = (bytes: Buffer): string => bytes.toString("base64").replace(/=+$/, "")

describe("storage hashing", () => {
  it("exposes both profiles by name", () => {
    expect(HashingProfiles.fast).toBe(fastProfile)
    expect(HashingProfiles.production).toBe(productionProfile)
    expect(productionProfile).toMatchObject({ log2N: 17, r: 8, p: 1, keyLength: 32, saltLength: 16 })
  })

  it.effect("fast profile round trip, wrong password rejected", () =>
    Effect.gen(function*() {
      const stored = yield* hashPassword(fastProfile, "correct horse battery staple")
      expect(stored).toMatch(/^\$scrypt\$ln=6,r=8,p=1\$/)
      expect(yield* verifyPassword(stored, "correct horse battery staple")).toBe(true)
      expect(yield* verifyPassword(stored, "correct horse battery stapl")).toBe(false)
      expect(yield* verifyPassword(stored, "")).toBe(false)
    }))

  it.effect("is real scrypt: node's scryptSync recomputes the stored key", () =>
    Effect.gen(function*() {
      const stored = yield* hashPassword(fastProfile, "pässwörd 🔑")
      const { hash, ln, p, r, salt } = split(stored)
      expect(salt.length).toBe(16)
      expect(hash.length).toBe(32)
      expect(scryptSync("pässwörd 🔑", salt, 32, { N: 2 ** ln, r, p }).equals(hash)).toBe(true)
    }))

  it.effect("verifies a PHC string made independently with scryptSync", () =>
    Effect.gen(function*() {
      const salt = Buffer.from("0123456789abcdef")
      const hash = scryptSync("hunter2", salt, 24, { N: 2 ** 10, r: 4, p: 2 })
      const stored = `$scrypt$ln=10,r=4,p=2$${unpadded(salt)}$${unpadded(hash)}`
      expect(yield* verifyPassword(stored, "hunter2")).toBe(true)
      expect(yield* verifyPassword(stored, "hunter3")).toBe(false)
    }))

  it.effect("uses a fresh salt each time", () =>
    Effect.gen(function*() {
      const first = yield* hashPassword(fastProfile, "same password")
      const second = yield* hashPassword(fastProfile, "same password")
      expect(first).not.toBe(second)
      expect(split(first).salt.equals(split(second).salt)).toBe(false)
      expect(yield* verifyPassword(first, "same password")).toBe(true)
      expect(yield* verifyPassword(second, "same password")).toBe(true)
    }))

  it.effect("does not normalise Unicode: NFC and NFD spellings differ", () =>
    Effect.gen(function*() {
      const stored = yield* hashPassword(fastProfile, "caf\u00e9")
      expect(yield* verifyPassword(stored, "caf\u00e9")).toBe(true)
      expect(yield* verifyPassword(stored, "cafe\u0301")).toBe(false)
    }))

  it.effect("fails closed on malformed or over-cap stored strings", () =>
    Effect.gen(function*() {
      const good = yield* hashPassword(fastProfile, "pw")
      const { hash, salt } = split(good)
      const tail = `${unpadded(salt)}$${unpadded(hash)}`
      const bad = [
        "",
        "plaintext",
        "$scrypt$ln=8,r=8,p=1",
        `$scrypt$ln=8,r=8$${tail}`,
        `$scrypt$ln=8,r=8,p=1,x=2$${tail}`,
        `$scrypt$ln=30,r=8,p=1$${tail}`,
        `$scrypt$ln=18,r=16,p=1$${tail}`,
        `$scrypt$ln=8,r=8,p=1$***$${unpadded(hash)}`,
        `$argon2id$ln=8,r=8,p=1$${tail}`
      ]
      for (const stored of bad) expect(yield* verifyPassword(stored, "pw")).toBe(false)
    }))

  // The production profile is slow (~0.5 s per scrypt), so one hash only.
  it.effect("production profile round trip", () =>
    Effect.gen(function*() {
      const stored = yield* hashPassword(productionProfile, "correct horse battery staple")
      expect(stored).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/)
      expect(yield* verifyPassword(stored, "correct horse battery staple")).toBe(true)
      expect(yield* verifyPassword(stored, "Correct horse battery staple")).toBe(false)
    }))
})
