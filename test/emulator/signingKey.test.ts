/**
 * The emulator's signing key is made in the background: what needs it (session JWTs, the
 * JWKS, an export) waits for it, and an import that brings keys of its own wins over it.
 * Session JWTs are signed with node:crypto and verify with jose, as issued by jose before.
 */
import { describe, expect, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Option } from "effect"
import * as Jose from "jose"
import { Passwords, Sessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { generateSigningKey, readSessionJwt, signSessionJwt } from "../../src/emulator/sessions/Jwt.js"
import type { SigningKey } from "../../src/emulator/state/State.js"
import { EmulatorStore, type EmulatorStoreService } from "../../src/emulator/state/Store.js"
import { emulator, raw, some, strong } from "./support.js"

const projectId = "project-test-signing-key"

/** A store whose first key is whatever `first` gives, when it gives it. */
const withStore = <A, E>(first: Effect.Effect<SigningKey>, use: (store: EmulatorStoreService) => Effect.Effect<A, E>) =>
  Effect.flatMap(EmulatorStore, use).pipe(Effect.provide(EmulatorStore.layer(first)))

/** Lets every fiber that can run, run. */
const settle = Effect.repeatN(Effect.yieldNow(), 20)

describe("the signing key made in the background", () => {
  it.live("the store's keys, JWKS and export wait for the first key, then keep it", () =>
    Effect.gen(function* () {
      const key = yield* generateSigningKey
      const gate = yield* Deferred.make<SigningKey>()
      yield* withStore(Deferred.await(gate), (store) =>
        Effect.gen(function* () {
          const keys = yield* Effect.fork(store.signingKeys)
          const exported = yield* Effect.fork(store.exportState)
          yield* settle
          expect(Option.isNone(yield* Fiber.poll(keys))).toBe(true)
          expect(Option.isNone(yield* Fiber.poll(exported))).toBe(true)
          // A wipe while the key is being made changes nothing about it.
          yield* store.wipe
          yield* Deferred.succeed(gate, key)
          expect(yield* Fiber.join(keys)).toEqual([key])
          expect((yield* Fiber.join(exported)).signing_keys).toEqual([key])
          expect(yield* store.signingKeys).toEqual([key])
        })
      )
    }))

  it.live("an import with keys of its own, before the first key is made, signs with the imported keys", () =>
    Effect.gen(function* () {
      const imported = yield* generateSigningKey
      const file = JSON.parse(JSON.stringify(yield* withStore(Effect.succeed(imported), (store) => store.exportState)))
      const gate = yield* Deferred.make<SigningKey>()
      yield* withStore(Deferred.await(gate), (store) =>
        Effect.gen(function* () {
          yield* store.importState(file)
          // The first key never comes: nothing waits for it any more.
          const keys = yield* store.signingKeys
          expect(keys.map((key) => key.kid)).toEqual([imported.kid])
          const jwt = yield* signSessionJwt(keys, { projectId, subject: "user-test-1", now: 1_700_000_000, stytchClaims: {}, customClaims: {} })
          expect(Jose.decodeProtectedHeader(jwt).kid).toBe(imported.kid)
          expect(Option.isSome(yield* readSessionJwt(keys, projectId, jwt))).toBe(true)
          expect((yield* store.exportState).signing_keys.map((key) => key.kid)).toEqual([imported.kid])
        })
      )
    }))

  it.live("an import without keys, before the first key is made, still gets the first key", () =>
    Effect.gen(function* () {
      const file = JSON.parse(JSON.stringify(yield* withStore(generateSigningKey, (store) => store.exportState)))
      const key = yield* generateSigningKey
      const gate = yield* Deferred.make<SigningKey>()
      yield* withStore(Deferred.await(gate), (store) =>
        Effect.gen(function* () {
          yield* store.importState({ ...file, signing_keys: [] })
          const keys = yield* Effect.fork(store.signingKeys)
          yield* settle
          expect(Option.isNone(yield* Fiber.poll(keys))).toBe(true)
          yield* Deferred.succeed(gate, key)
          expect(yield* Fiber.join(keys)).toEqual([key])
        })
      )
    }))

  it.live("a fresh emulator asked at once for the JWKS, a session and an export answers all three with the same key", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const passwords = yield* Passwords
      // All three go out as soon as the layer is built, while the key is most likely still being made.
      const [jwksAnswer, created, exported] = yield* Effect.all(
        [
          raw({ method: "GET", path: `/v1/sessions/jwks/${control.projectId}`, authorization: null }),
          passwords.create({ email: "ada@example.com", password: strong, session_duration_minutes: 60 }),
          control.exportState
        ],
        { concurrency: "unbounded" }
      )
      expect(jwksAnswer.status).toBe(200)
      const jwks = jwksAnswer.json as Jose.JSONWebKeySet
      expect(jwks.keys.map((key) => key.kid)).toEqual(exported.signing_keys.map((key) => key.kid))
      expect(jwks.keys).toHaveLength(1)
      const jwt = some(created.session_jwt)
      const { payload, protectedHeader } = yield* Effect.promise(() =>
        Jose.jwtVerify(jwt, Jose.createLocalJWKSet(jwks), {
          algorithms: ["RS256"],
          issuer: `stytch.com/${control.projectId}`,
          audience: control.projectId,
          typ: "JWT"
        })
      )
      expect(protectedHeader).toEqual({ alg: "RS256", kid: jwks.keys[0]?.kid, typ: "JWT" })
      expect(Object.keys(payload)).toEqual(["https://stytch.com/session", "iss", "aud", "sub", "iat", "nbf", "exp", "jti"])
      expect(payload.sub).toBe(created.user_id)
      const sessions = yield* Sessions
      expect((yield* sessions.authenticate({ session_jwt: jwt })).session.session_id).toBe(created.session?.session_id)
    }).pipe(Effect.provide(emulator())))

  it.live("a state file with a key made by jose (as earlier versions made them) keeps signing and reading JWTs", () =>
    Effect.gen(function* () {
      const { privateKey, publicKey } = yield* Effect.promise(() => Jose.generateKeyPair("RS256", { extractable: true }))
      const kid = "jwk-test-made-by-jose"
      const key = {
        kid,
        private_jwk: { ...(yield* Effect.promise(() => Jose.exportJWK(privateKey))), kid, alg: "RS256" },
        public_jwk: { ...(yield* Effect.promise(() => Jose.exportJWK(publicKey))), kid, alg: "RS256", use: "sig", key_ops: ["verify"], x5c: [], x5tS256: "" }
      }
      const control = yield* StytchEmulator
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const state = yield* control.exportState
      yield* control.importState(JSON.parse(JSON.stringify({ ...state, signing_keys: [key] })))
      const created = yield* passwords.create({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      const jwt = some(created.session_jwt)
      const { payload } = yield* Effect.promise(() => Jose.jwtVerify(jwt, publicKey, { algorithms: ["RS256"], typ: "JWT" }))
      expect(payload.aud).toEqual([control.projectId])
      expect((yield* sessions.authenticate({ session_jwt: jwt })).session.session_id).toBe(created.session?.session_id)
      // A JWT signed by jose with that key (as the emulator signed before) is read too.
      const joseSigned = yield* Effect.promise(() =>
        new Jose.SignJWT({ "https://stytch.com/session": { id: created.session?.session_id } })
          .setProtectedHeader({ alg: "RS256", kid, typ: "JWT" })
          .setIssuer(`stytch.com/${control.projectId}`)
          .setAudience([control.projectId])
          .setSubject(created.user_id)
          .setIssuedAt()
          .setExpirationTime("5m")
          .sign(privateKey)
      )
      expect((yield* sessions.authenticate({ session_jwt: joseSigned })).session.session_id).toBe(created.session?.session_id)
    }).pipe(Effect.provide(emulator())))

  it.live("tampered, re-encoded or extended JWTs name no session", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const created = yield* passwords.create({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      const jwt = some(created.session_jwt)
      const [head = "", body = "", signature = ""] = jwt.split(".")
      const keys = (yield* control.exportState).signing_keys
      const reads = (token: string) => Effect.map(readSessionJwt(keys, control.projectId, token), Option.isSome)
      expect(yield* reads(jwt)).toBe(true)
      const header = (fields: Record<string, unknown>) => Buffer.from(JSON.stringify(fields)).toString("base64url")
      const kid = keys[0]?.kid
      for (const bad of [
        `${jwt}.`,
        `${head}.${body}`,
        `${head}.${body}.${signature}=`,
        `${head}.${body}.${signature}*`,
        `${head}.${body}x.${signature}`,
        `${header({ alg: "RS256", kid, typ: "JWT", crit: ["exp"] })}.${body}.${signature}`,
        `${header({ alg: "none", kid, typ: "JWT" })}.${body}.`,
        `${header({ alg: "HS256", kid, typ: "JWT" })}.${body}.${signature}`
      ]) {
        expect(yield* reads(bad)).toBe(false)
      }
      // Another project's emulator does not take it either.
      expect(Option.isSome(yield* readSessionJwt(keys, "project-test-other", jwt))).toBe(false)
    }).pipe(Effect.provide(emulator())))
})
