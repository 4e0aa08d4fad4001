/**
 * Cheap scrypt derivations run inline in the in-process emulator and on the thread pool
 * elsewhere: both give the same keys, and a derivation above the fast profile's cost stays on
 * the pool (and still gives the same key) even where inline derivation is on.
 */
import { scryptSync } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { Passwords } from "../../../src/index.js"
import { StytchEmulator } from "../../../src/emulator/index.js"
import { fastProfile, hashPassword, verifyPassword } from "../../../src/emulator/hashing/index.js"
import { deriveScrypt, inlineCheapDerivations } from "../../../src/emulator/hashing/scryptKdf.js"

const salt = Buffer.from("a fixed salt, 16")
const password = Buffer.from("correct horse battery staple")

describe("scrypt inline or on the pool", () => {
  it.effect("gives the same key either way, cheap or not", () =>
    Effect.gen(function* () {
      for (const params of [{ n: 2 ** 8, r: 8, p: 1 }, { n: 2 ** 4, r: 1, p: 1 }, { n: 2 ** 10, r: 8, p: 1 }]) {
        const expected = scryptSync(password, salt, 32, { N: params.n, r: params.r, p: params.p })
        const pooled = yield* deriveScrypt(password, salt, 32, params)
        const inline = yield* deriveScrypt(password, salt, 32, params).pipe(Effect.locally(inlineCheapDerivations, () => true))
        expect(pooled.equals(expected)).toBe(true)
        expect(inline.equals(expected)).toBe(true)
      }
    }))

  it.effect("a hash made inline verifies on the pool, and the other way round", () =>
    Effect.gen(function* () {
      const inlineHash = yield* hashPassword(fastProfile, "Qz-7f3a9c1e-Lantern").pipe(Effect.locally(inlineCheapDerivations, () => true))
      const pooledHash = yield* hashPassword(fastProfile, "Qz-7f3a9c1e-Lantern")
      expect(yield* verifyPassword(inlineHash, "Qz-7f3a9c1e-Lantern")).toBe(true)
      expect(yield* verifyPassword(pooledHash, "Qz-7f3a9c1e-Lantern").pipe(Effect.locally(inlineCheapDerivations, () => true))).toBe(true)
      expect(yield* verifyPassword(inlineHash, "Qz-7f3a9c1e-lantern").pipe(Effect.locally(inlineCheapDerivations, () => true))).toBe(false)
    }))

  it.effect("the in-process emulator signs up and logs in with its inline hashing", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      yield* passwords.create({ email: "ada@example.com", password: Redacted.make("Qz-7f3a9c1e-Lantern") })
      const login = yield* passwords.authenticate({ email: "ada@example.com", password: Redacted.make("Qz-7f3a9c1e-Lantern") })
      expect(login.user.emails[0]?.email).toBe("ada@example.com")
      const wrong = yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: Redacted.make("Qz-7f3a9c1e-lantern") }))
      expect(wrong._tag).toBe("UnauthorizedCredentials")
    }).pipe(Effect.provide(Passwords.layer.pipe(Layer.provideMerge(StytchEmulator.layer({ hashing: "fast" }))))))
})
