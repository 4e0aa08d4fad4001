/**
 * The JWKS behind local session JWT verification: cached per service, fetched again for an
 * unknown key (once, however many callers ask at the same time) but not within the 30-second
 * cool-down, so a rotation is picked up without a restart and a flood of unknown keys cannot
 * hammer Stytch; and the JWT never shows in an error, a log or a span.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Option, Result } from "effect"
import { TestClock } from "effect/testing"
import * as Jose from "jose"
import { Passwords, Sessions } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"
import { capture, withCapture } from "../support/capture.js"
import { catchUp, consumerJwks, countedEmulator, elapse, ownKey, partsOf, signAsEmulator, signWithOwnKey, tampered } from "./jwtSupport.js"

const strong = "correct horse battery staple 42"

const frozenNow = TestClock.setTime(Date.now())

const signUp = (email: string) =>
  Effect.flatMap(Passwords, (passwords) => passwords.create({ email, password: strong, session_duration_minutes: 60 })).pipe(
    Effect.map((created) => Option.getOrThrow(created.session_jwt)),
    Effect.tap(catchUp)
  )

const login = (email: string) =>
  Effect.flatMap(Passwords, (passwords) => passwords.authenticate({ email, password: strong, session_duration_minutes: 60 })).pipe(
    Effect.map((answer) => Option.getOrThrow(answer.session_jwt)),
    Effect.tap(catchUp)
  )

const verify = (session_jwt: string) => Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt }))

describe("the JWKS cache", () => {
  it.effect("a rotated key: refused within the cool-down without a fetch, then accepted with exactly one more fetch", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const control = yield* StytchEmulator
      const before = yield* signUp("ada@example.com")
      yield* verify(before)
      expect(log.count(consumerJwks)).toBe(1)

      const kid = yield* control.rotateSigningKey
      const after = yield* login("ada@example.com")
      expect(partsOf(after).header.kid).toBe(kid)
      expect(partsOf(before).header.kid).not.toBe(kid)
      // Within 30 seconds of the last fetch, an unknown key is refused as it is.
      expect(yield* Effect.flip(verify(after))).toMatchObject({ _tag: "JwtUnknownKey", kid })
      expect(log.count(consumerJwks)).toBe(1)

      yield* TestClock.adjust("30 seconds")
      yield* verify(after)
      expect(log.count(consumerJwks)).toBe(2)
      // The older key is still published: its JWTs still verify, with no more fetches.
      yield* verify(before)
      yield* verify(after)
      expect(log.count(consumerJwks)).toBe(2)
    }).pipe(Effect.provide(layer))
  })

  it.effect("50 concurrent JWTs with unknown keys make one fetch; more within the cool-down none; after it, one more", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const claims = partsOf(yield* signUp("ada@example.com")).claims
      const { privateKey } = yield* ownKey
      const forged = yield* Effect.forEach(Array.from({ length: 50 }, (_, i) => i), (i) =>
        signWithOwnKey(claims, `jwk-test-attacker-${i}`, privateKey)
      )
      const flood = Effect.forEach(forged, (jwt) => Effect.flip(verify(jwt)), { concurrency: "unbounded" })

      // A cold cache: the first fetch is shared by all 50.
      const cold = yield* flood
      expect(cold.every((error) => error._tag === "JwtUnknownKey")).toBe(true)
      expect(log.count(consumerJwks)).toBe(1)

      // Past the cool-down: 50 at once still make one fetch.
      yield* TestClock.adjust("31 seconds")
      yield* flood
      expect(log.count(consumerJwks)).toBe(2)

      // Within the cool-down: none.
      yield* TestClock.adjust("29 seconds")
      yield* flood
      yield* flood
      expect(log.count(consumerJwks)).toBe(2)

      // After it: exactly one more.
      yield* TestClock.adjust("2 seconds")
      yield* flood
      expect(log.count(consumerJwks)).toBe(3)
    }).pipe(Effect.provide(layer))
  })

  it.effect("50 concurrent valid JWTs on a cold cache share one fetch; each service keeps its own cache", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const jwts = yield* Effect.forEach(Array.from({ length: 5 }, (_, i) => i), (i) => signUp(`user${i}@example.com`))
      const fifty = Array.from({ length: 50 }, (_, i) => jwts[i % jwts.length] ?? "")
      const sessions = yield* Effect.forEach(fifty, verify, { concurrency: "unbounded" })
      expect(new Set(sessions.map((answer) => answer.session.user_id)).size).toBe(5)
      expect(log.count(consumerJwks)).toBe(1)
      // Another service built by the layer fetches for itself. (Effect 4 reuses a layer an
      // enclosing `provide` already built: `local` builds it again.)
      yield* Effect.flatMap(Sessions, (other) => other.authenticateJwtLocal({ session_jwt: fifty[0] ?? "" })).pipe(
        Effect.provide(Sessions.layer, { local: true })
      )
      expect(log.count(consumerJwks)).toBe(2)
    }).pipe(Effect.provide(layer))
  })

  it.effect("a JWKS older than 10 minutes is fetched again before use", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      yield* verify(yield* signUp("ada@example.com"))
      yield* elapse("9 minutes")
      yield* verify(yield* login("ada@example.com"))
      expect(log.count(consumerJwks)).toBe(1)
      yield* elapse("1 minute")
      yield* verify(yield* login("ada@example.com"))
      expect(log.count(consumerJwks)).toBe(2)
    }).pipe(Effect.provide(layer))
  })
  it.effect("a JWT that verified once is checked again when its key id comes back with other key material", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const control = yield* StytchEmulator
      const jwt = yield* signUp("ada@example.com")
      const lenient = { session_jwt: jwt, clock_tolerance_seconds: 3600 }
      const sessions = yield* Sessions
      yield* sessions.authenticateJwtLocal(lenient)
      // The same kid, now with a key that did not sign the JWT (another key's material).
      const state = yield* control.exportState
      const other = JSON.parse(JSON.stringify(yield* Effect.flatMap(StytchEmulator, (c) => c.exportState).pipe(Effect.provide(StytchEmulator.layerControl()))))
      const reused = state.signing_keys.map((key) => ({
        kid: key.kid,
        private_jwk: { ...other.signing_keys[0].private_jwk, kid: key.kid },
        public_jwk: { ...other.signing_keys[0].public_jwk, kid: key.kid }
      }))
      yield* control.importState({ ...JSON.parse(JSON.stringify(state)), signing_keys: reused }).pipe(Effect.orDie)
      // Still the cached keys: accepted.
      yield* sessions.authenticateJwtLocal(lenient)
      // Past the JWKS's 10 minutes: fetched again, imported again, the signature checked again.
      yield* TestClock.adjust("10 minutes")
      expect(yield* Effect.flip(sessions.authenticateJwtLocal(lenient))).toMatchObject({ _tag: "JwtBadSignature" })
      expect(log.count(consumerJwks)).toBe(2)
    }).pipe(Effect.provide(layer))
  })
})

describe("the JWT stays secret", () => {
  it.effect("no error, message, JSON, string, log line or span holds the JWT or its signature", () => {
    const { layer } = countedEmulator()
    const captured = capture()
    return Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const jwt = yield* signUp("ada@example.com")
      const { claims } = partsOf(jwt)
      const { privateKey } = yield* ownKey
      const refusedLocally = [
        tampered(jwt, (c) => ({ ...c, sub: "user-test-other" })),
        yield* signAsEmulator({ ...claims, iss: "stytch.com/elsewhere" }),
        yield* signAsEmulator({ ...claims, aud: ["elsewhere"] }),
        yield* signAsEmulator(claims, { typ: "JOSE" }),
        yield* signWithOwnKey(claims, "jwk-test-attacker", privateKey),
        `${jwt}.extra`,
        jwt.slice(0, -10)
      ]
      const errors: Array<unknown> = []
      for (const candidate of refusedLocally) {
        errors.push(yield* Effect.flip(sessions.authenticateJwtLocal({ session_jwt: candidate })))
        // The fallback, too: Stytch's refusal travels the usual way.
        errors.push(Option.getOrUndefined(Result.getFailure(yield* Effect.result(sessions.authenticateJwt({ session_jwt: candidate })))))
      }
      errors.push(yield* Effect.flip(sessions.authenticateJwtLocal({ session_jwt: jwt, max_token_age_seconds: 0 })))
      yield* sessions.authenticateJwt({ session_jwt: jwt })
      yield* elapse("6 minutes")
      errors.push(yield* Effect.flip(sessions.authenticateJwtLocal({ session_jwt: jwt })))
      const refreshed = yield* sessions.authenticateJwt({ session_jwt: jwt })

      const secrets = [jwt, ...refusedLocally, refreshed.session_jwt].flatMap((token) => {
        const [header, payload, signature] = token.split(".")
        return [token, ...(signature !== undefined && signature.length > 20 ? [signature] : []), `${header}.${payload}`]
      })
      const rendered = errors.flatMap((error) =>
        Option.match(Option.fromNullishOr(error), {
          onNone: () => [],
          onSome: (e) => [JSON.stringify(e), String(e), e instanceof Error ? `${e.message}\n${e.stack ?? ""}` : ""]
        })
      )
      expect(errors.filter((error) => error !== undefined).length).toBeGreaterThanOrEqual(10)
      // Span exits that failed, whole (a success value is the answer, which holds a JWT by design).
      const failedExits = captured.exits.filter((exit) => exit.startsWith('{"_id":"Exit","_tag":"Failure"'))
      expect(failedExits.length).toBeGreaterThanOrEqual(10)
      const everything = [...rendered, captured.everything(), ...failedExits].join("\n")
      for (const secret of secrets) expect(everything.includes(secret)).toBe(false)
      // The spans are there, named, and say how each JWT was verified.
      const names = captured.spans.map((span) => span.name)
      expect(names).toContain("Stytch.sessions.authenticateJwtLocal")
      expect(names).toContain("Stytch.sessions.authenticateJwt")
      const verifiedBy = captured.spans.filter((span) => span.name === "Stytch.sessions.authenticateJwt").map((span) => span.attributes.get("stytch.jwt.verified"))
      expect(verifiedBy).toContain("local")
      expect(verifiedBy).toContain("remote")
      // The fallback's authenticate call nests in the authenticateJwt span.
      expect(captured.spans.find((span) => span.name === "Stytch.sessions.authenticate")?.parentName).toBe("Stytch.sessions.authenticateJwt")
    }).pipe((effect) => withCapture(effect, captured), Effect.provide(layer))
  })
})

describe("the emulator's key rotation", () => {
  it.effect("over HTTP: the JWKS then holds both keys, new JWTs use the new one, old JWTs still authenticate", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const sessions = yield* Sessions
      const before = yield* signUp("ada@example.com")
      const jwksOf = Effect.promise(async () => {
        const response = await control.handler(new Request(`http://emulator.local/v1/sessions/jwks/${control.projectId}`))
        return Jose.createLocalJWKSet((await response.json()) as Jose.JSONWebKeySet)
      })
      const rotated = yield* Effect.promise(async () => {
        const response = await control.handler(new Request("http://emulator.local/emulator/v1/signing_keys/rotate", { method: "POST" }))
        return { status: response.status, body: (await response.json()) as { kid: string } }
      })
      expect(rotated.status).toBe(200)
      expect(rotated.body.kid).toMatch(/^jwk-test-/)
      const after = yield* login("ada@example.com")
      expect(partsOf(after).header.kid).toBe(rotated.body.kid)
      const jwks = yield* jwksOf
      // Both verify under the published set, with jose.
      for (const jwt of [before, after]) yield* Effect.promise(() => Jose.jwtVerify(jwt, jwks))
      expect((yield* sessions.authenticate({ session_jwt: before })).session.session_id).toBeTruthy()
      // Two more at once: both land, every older key kept, in order.
      const [third, fourth] = yield* Effect.all([control.rotateSigningKey, control.rotateSigningKey], { concurrency: 2 })
      const exported = yield* control.exportState
      expect(exported.signing_keys.length).toBe(4)
      expect(exported.signing_keys[1]?.kid).toBe(rotated.body.kid)
      expect(new Set(exported.signing_keys.slice(2).map((key) => key.kid))).toEqual(new Set([third, fourth]))
    }).pipe(Effect.provide(Layer.mergeAll(Passwords.layer, Sessions.layer).pipe(Layer.provideMerge(StytchEmulator.layer())))))
})
