/**
 * Consumer session JWTs verified in-process (`authenticateJwtLocal`) and local-first with
 * Stytch as the fallback (`authenticateJwt`), against the emulator through real HTTP: the
 * decoded session, every refusal, the fallback, and the time rules (read from `TestClock`).
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option, TestClock } from "effect"
import { Passwords, Sessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import {
  consumerAuthenticate,
  consumerJwks,
  countedEmulator,
  inProcessUrl,
  ownKey,
  partsOf,
  signAsEmulator,
  signWithOwnKey,
  tampered
} from "./jwtSupport.js"

const strong = "correct horse battery staple 42"

/** A user with a 60-minute session and custom claims; the JWT the emulator issued. */
const signUp = (email = "ada@example.com") =>
  Effect.flatMap(Passwords, (passwords) =>
    passwords.create({
      email,
      password: strong,
      session_duration_minutes: 60,
      session_custom_claims: { plan: "pro", limits: { seats: 3 }, tags: ["a", "b"] }
    })
  ).pipe(Effect.map((created) => ({ ...created, jwt: Option.getOrThrow(created.session_jwt) })))

/** The emulator's clock and ours: real time, frozen until the test moves it. */
const frozenNow = TestClock.setTime(Date.now())

const localRefusal = (session_jwt: string, options: { max_token_age_seconds?: number; clock_tolerance_seconds?: number } = {}) =>
  Effect.flatMap(Sessions, (sessions) => Effect.flip(sessions.authenticateJwtLocal({ session_jwt, ...options })))

describe("sessions.authenticateJwtLocal", () => {
  it.effect("decodes the session the emulator's JWT describes: the fields sessions.authenticate answers, custom claims kept", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const { jwt, user_id } = yield* signUp()
      const local = yield* sessions.authenticateJwtLocal({ session_jwt: jwt })
      expect(local.session_jwt).toBe(jwt)
      expect(local.session.user_id).toBe(user_id)
      expect(local.session.custom_claims).toEqual({ plan: "pro", limits: { seats: 3 }, tags: ["a", "b"] })
      expect(log.count(consumerJwks)).toBe(1)
      expect(log.count(consumerAuthenticate)).toBe(0)
      // The same session as Stytch describes it (the clock is frozen: no access time moved).
      const remote = yield* sessions.authenticate({ session_jwt: jwt })
      expect(local.session).toEqual(remote.session)
      expect(local.session.authentication_factors.length).toBeGreaterThan(0)
      // The JWKS is cached: another check sends nothing.
      const before = log.sent.length
      yield* sessions.authenticateJwtLocal({ session_jwt: jwt })
      expect(log.sent.length).toBe(before)
    }).pipe(Effect.provide(layer))
  })

  it.effect("accepts the base URL as issuer (the OIDC-style `iss`), a string `aud`, and a tolerance past `exp`", () =>
    Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const { jwt } = yield* signUp()
      const claims = partsOf(jwt).claims
      const byBaseUrl = yield* signAsEmulator({ ...claims, iss: inProcessUrl, aud: String(claims.aud?.[0]) })
      expect((yield* sessions.authenticateJwtLocal({ session_jwt: byBaseUrl })).session.user_id).toBe(claims.sub)
      // 10 seconds past `exp`: refused without tolerance, accepted with 30 seconds of it.
      yield* TestClock.adjust("310 seconds")
      expect((yield* localRefusal(jwt))._tag).toBe("JwtExpired")
      expect((yield* sessions.authenticateJwtLocal({ session_jwt: jwt, clock_tolerance_seconds: 30 })).session.user_id).toBe(claims.sub)
    }).pipe(Effect.provide(countedEmulator().layer)))

  it.effect("refuses forged, tampered and misaddressed JWTs with typed errors, without calling authenticate", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const control = yield* StytchEmulator
      const { jwt } = yield* signUp()
      const { claims } = partsOf(jwt)

      const bad = yield* localRefusal(tampered(jwt, (c) => ({ ...c, sub: "user-test-someone-else" })))
      expect(bad).toMatchObject({ _tag: "JwtBadSignature", kid: partsOf(jwt).header.kid })
      // A signature moved to another JWT does not verify either.
      const [, , otherSignature] = (yield* signUp("grace@example.com")).jwt.split(".")
      expect((yield* localRefusal(`${jwt.split(".").slice(0, 2).join(".")}.${otherSignature}`))._tag).toBe("JwtBadSignature")

      const issuer = yield* localRefusal(yield* signAsEmulator({ ...claims, iss: "stytch.com/project-test-other" }))
      expect(issuer).toMatchObject({ _tag: "JwtWrongIssuer", expected: [`stytch.com/${control.projectId}`, inProcessUrl] })
      expect((yield* localRefusal(yield* signAsEmulator({ ...claims, iss: undefined })))._tag).toBe("JwtWrongIssuer")

      const audience = yield* localRefusal(yield* signAsEmulator({ ...claims, aud: ["project-test-other"] }))
      expect(audience).toMatchObject({ _tag: "JwtWrongAudience", expected: control.projectId })
      expect((yield* localRefusal(yield* signAsEmulator({ ...claims, aud: undefined })))._tag).toBe("JwtWrongAudience")

      const typ = yield* localRefusal(yield* signAsEmulator(claims, { typ: "at+jwt" }))
      expect(typ).toMatchObject({ _tag: "JwtMalformed", reason: 'the header\'s "typ" is not JWT' })
      expect((yield* localRefusal(yield* signAsEmulator(claims, { typ: undefined })))._tag).toBe("JwtMalformed")

      const noSession = yield* localRefusal(yield* signAsEmulator({ ...claims, "https://stytch.com/session": undefined }))
      expect(noSession._tag).toBe("JwtMalformed")
      expect(noSession.message).toContain("https://stytch.com/session")
      const badFactor = yield* localRefusal(
        yield* signAsEmulator({ ...claims, "https://stytch.com/session": { id: "session-test-1", roles: [], authentication_factors: [{}] } })
      )
      expect(badFactor._tag).toBe("JwtMalformed")
      const badId = yield* localRefusal(yield* signAsEmulator({ ...claims, "https://stytch.com/session": Object.assign({}, claims["https://stytch.com/session"], { id: 7 }) }))
      expect(badId).toMatchObject({ _tag: "JwtMalformed", reason: 'the "https://stytch.com/session" claim at id: expected a string' })
      expect((yield* localRefusal(yield* signAsEmulator({ ...claims, exp: "soon" })))._tag).toBe("JwtMalformed")

      const { privateKey } = yield* ownKey
      const unknown = yield* localRefusal(yield* signWithOwnKey(claims, "jwk-test-attacker", privateKey))
      expect(unknown).toMatchObject({ _tag: "JwtUnknownKey", kid: "jwk-test-attacker" })

      expect(log.count(consumerAuthenticate)).toBe(0)
    }).pipe(Effect.provide(layer))
  })

  it.effect("refuses what is not a compact RS256 JWT as JwtMalformed, before fetching any key", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      const segment = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url")
      const payload = segment({ sub: "user-test-1" })
      const cases = [
        "",
        "not-a-jwt",
        "a.b",
        "a.b.c.d",
        `${segment({ alg: "RS256", kid: "k", typ: "JWT" })}.${payload}.`,
        `${segment({ alg: "none", kid: "k", typ: "JWT" })}.${payload}.c2ln`,
        `${segment({ alg: "HS256", kid: "k", typ: "JWT" })}.${payload}.c2ln`,
        `${segment({ alg: "RS256", typ: "JWT" })}.${payload}.c2ln`,
        `${segment({ alg: "RS256", kid: "k", typ: "JWT", crit: ["exp"] })}.${payload}.c2ln`,
        `${segment({ alg: "RS256", kid: "k", typ: "JWT" })}.${segment([1, 2])}.c2ln`,
        `${segment({ alg: "RS256", kid: "k", typ: "JWT" })}.%%%.c2ln`,
        `${segment({ alg: "RS256", kid: "k", typ: "JWT" })}.${payload}.c2ln=`,
        `${Buffer.from("{not json").toString("base64url")}.${payload}.c2ln`,
        // Far larger than any JWT: refused the same way (and not remembered).
        `${segment({ alg: "RS256", kid: "k", typ: "JWT" })}.${"A".repeat(200_000)}.c2ln`
      ]
      for (const jwt of cases) {
        const error = yield* localRefusal(jwt)
        expect({ jwt, tag: error._tag }).toEqual({ jwt, tag: "JwtMalformed" })
      }
      expect(log.sent).toEqual([])
    }).pipe(Effect.provide(layer))
  })

  it.effect("`exp` and `nbf` are read from Effect's Clock, in whole seconds", () =>
    Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const { jwt } = yield* signUp()
      const { claims } = partsOf(jwt)
      // Valid up to the last second before `exp`.
      yield* TestClock.adjust("299 seconds")
      yield* sessions.authenticateJwtLocal({ session_jwt: jwt })
      yield* TestClock.adjust("1 second")
      const expired = yield* localRefusal(jwt)
      expect(expired).toMatchObject({ _tag: "JwtExpired", reason: "expired", bound: claims.exp })
      // A JWT not valid for another minute.
      const now = Math.floor((yield* TestClock.currentTimeMillis) / 1000)
      const early = yield* signAsEmulator({ ...claims, iat: now, nbf: now + 60, exp: now + 300 })
      expect(yield* localRefusal(early)).toMatchObject({ _tag: "JwtExpired", reason: "not_yet_valid", bound: now + 60, now })
      expect((yield* sessions.authenticateJwtLocal({ session_jwt: early, clock_tolerance_seconds: 60 })).session.session_id).toBeTruthy()
    }).pipe(Effect.provide(countedEmulator().layer)))

  it.effect("max_token_age_seconds: 0 refuses every JWT; N refuses a JWT issued N seconds ago or more", () =>
    Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const { jwt } = yield* signUp()
      const issuedAt = partsOf(jwt).claims.iat
      expect(yield* localRefusal(jwt, { max_token_age_seconds: 0 })).toMatchObject({
        _tag: "JwtTooOld",
        issued_at: issuedAt,
        max_token_age_seconds: 0
      })
      yield* sessions.authenticateJwtLocal({ session_jwt: jwt, max_token_age_seconds: 60 })
      yield* TestClock.adjust("61 seconds")
      expect((yield* localRefusal(jwt, { max_token_age_seconds: 60 }))._tag).toBe("JwtTooOld")
      yield* sessions.authenticateJwtLocal({ session_jwt: jwt, max_token_age_seconds: 120 })
      // A maximum age needs `iat`.
      const noIat = yield* signAsEmulator({ ...partsOf(jwt).claims, iat: undefined })
      expect(yield* localRefusal(noIat, { max_token_age_seconds: 120 })).toMatchObject({ _tag: "JwtMalformed" })
      yield* sessions.authenticateJwtLocal({ session_jwt: noIat })
    }).pipe(Effect.provide(countedEmulator().layer)))

  it.effect("a JWKS that cannot be fetched fails with the usual StytchFailure", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const { jwt } = yield* signUp()
      log.failNext(consumerJwks, 1)
      const error = yield* localRefusal(jwt)
      expect(error).toMatchObject({ _tag: "StytchApiError", error_type: "service_unavailable", http_status: 503 })
      // The failed fetch is not cached: the next call fetches again, and succeeds.
      yield* Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt: jwt }))
      expect(log.count(consumerJwks)).toBe(2)
    }).pipe(Effect.provide(layer))
  })
})

describe("sessions.authenticateJwt", () => {
  it.effect("verifies locally when it can: no authenticate call, the JWT given back", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const { jwt, user_id } = yield* signUp()
      const answer = yield* sessions.authenticateJwt({ session_jwt: jwt, max_token_age_seconds: 60 })
      expect(answer).toMatchObject({ session_jwt: jwt, session: { user_id } })
      expect(log.count(consumerAuthenticate)).toBe(0)
    }).pipe(Effect.provide(layer))
  })

  it.effect("falls back to sessions.authenticate for an expired JWT of a live session: the same shape, a fresh JWT", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const { jwt, user_id } = yield* signUp()
      const local = yield* sessions.authenticateJwt({ session_jwt: jwt })
      yield* TestClock.adjust("6 minutes")
      const remote = yield* sessions.authenticateJwt({ session_jwt: jwt })
      expect(log.count(consumerAuthenticate)).toBe(1)
      expect(Object.keys(remote).sort()).toEqual(["session", "session_jwt"])
      expect(remote.session.session_id).toBe(local.session.session_id)
      expect(remote.session.user_id).toBe(user_id)
      expect(remote.session_jwt).not.toBe(jwt)
      // The fresh JWT verifies locally again.
      yield* sessions.authenticateJwtLocal({ session_jwt: remote.session_jwt })
      expect(log.count(consumerAuthenticate)).toBe(1)
    }).pipe(Effect.provide(layer))
  })

  it.effect("max_token_age_seconds: 0 always asks Stytch, without fetching the JWKS", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const { jwt } = yield* signUp()
      const answer = yield* sessions.authenticateJwt({ session_jwt: jwt, max_token_age_seconds: 0 })
      expect(answer.session.custom_claims).toEqual({ plan: "pro", limits: { seats: 3 }, tags: ["a", "b"] })
      expect(log.count(consumerAuthenticate)).toBe(1)
      expect(log.count(consumerJwks)).toBe(0)
    }).pipe(Effect.provide(layer))
  })

  it.effect("a JWKS outage, a forged JWT and a revoked session's expired JWT are decided by Stytch", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const { jwt, session_token, user_id } = yield* signUp()
      // A JWKS outage: the JWT is checked by Stytch instead.
      log.failNext(consumerJwks, 1)
      expect((yield* sessions.authenticateJwt({ session_jwt: jwt })).session.user_id).toBe(user_id)
      expect(log.count(consumerAuthenticate)).toBe(1)
      const forged = tampered(jwt, (claims) => ({ ...claims, sub: "user-test-someone-else" }))
      const refused = yield* Effect.flip(sessions.authenticateJwt({ session_jwt: forged }))
      expect(log.count(consumerAuthenticate)).toBe(2)
      expect(refused._tag).not.toMatch(/^Jwt/)
      // Revoked, and past `exp`: Stytch says the session is gone.
      yield* sessions.revoke({ session_token: Option.getOrThrow(session_token) })
      yield* TestClock.adjust("6 minutes")
      expect((yield* Effect.flip(sessions.authenticateJwt({ session_jwt: jwt })))._tag).toBe("SessionNotFound")
    }).pipe(Effect.provide(layer))
  })
})

describe("sessions.authenticateJwtLocal, the same JWT again and again", () => {
  it.effect("the first answer is the caller's own; from the second, one frozen answer is shared, and equal", () =>
    Effect.gen(function* () {
      yield* frozenNow
      const sessions = yield* Sessions
      const { jwt, user_id } = yield* signUp()
      const first = yield* sessions.authenticateJwtLocal({ session_jwt: jwt })
      const expected = structuredClone(first.session)
      // A caller changing what it was given changes nobody else's answer.
      Object.assign(first.session, { user_id: "user-test-someone-else" })
      const firstClaims = first.session.custom_claims
      expect(firstClaims).toEqual({ plan: "pro", limits: { seats: 3 }, tags: ["a", "b"] })
      if (firstClaims !== undefined) Object.assign(firstClaims, { plan: "free" })
      const second = yield* sessions.authenticateJwtLocal({ session_jwt: jwt })
      const third = yield* sessions.authenticateJwtLocal({ session_jwt: jwt })
      expect(second.session).toEqual(expected)
      expect(second.session.user_id).toBe(user_id)
      expect(third.session).toBe(second.session)
      expect(Object.isFrozen(third.session)).toBe(true)
      expect(Object.isFrozen(third.session.custom_claims)).toBe(true)
      expect(() => Object.assign(third.session, { user_id: "user-test-someone-else" })).toThrow(TypeError)
      // Still checked against the clock on every call, kept or not.
      yield* TestClock.adjust("6 minutes")
      expect((yield* localRefusal(jwt))._tag).toBe("JwtExpired")
    }).pipe(Effect.provide(countedEmulator().layer)))

  it.effect("a tampered JWT seen again and again is refused every time", () =>
    Effect.gen(function* () {
      yield* frozenNow
      const { jwt } = yield* signUp()
      const forged = tampered(jwt, (claims) => ({ ...claims, sub: "user-test-someone-else" }))
      for (let i = 0; i < 3; i++) expect((yield* localRefusal(forged))._tag).toBe("JwtBadSignature")
      expect((yield* localRefusal("not.a.jwt"))._tag).toBe("JwtMalformed")
      expect((yield* localRefusal("not.a.jwt"))._tag).toBe("JwtMalformed")
    }).pipe(Effect.provide(countedEmulator().layer)))
})
