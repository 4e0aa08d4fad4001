/**
 * Sessions and JWTs against the emulator: expiry, extension by token and by JWT,
 * revocation, custom claims, and the JWT's shape verified against the JWKS.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import * as Jose from "jose"
import { Passwords, Sessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { callUnchecked, emulator, expectApiError, expectStytchError, jwtPayload, raw, sessionClaim, signUp, some, strong } from "./support.js"

describe("Sessions.authenticate and Sessions.revoke", () => {
  it.live("authenticates by token and by JWT, with the user and a fresh JWT", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const ada = yield* signUp("ada@example.com")
      const byToken = yield* sessions.authenticate({ session_token: ada.token })
      expect(byToken.session.session_id).toBe(ada.session?.session_id)
      expect(byToken.session_token).toBe(ada.token)
      expect(byToken.user.user_id).toBe(ada.user_id)
      expect(sessionClaim(byToken.session_jwt)["id"]).toBe(ada.session?.session_id)
      const byJwt = yield* sessions.authenticate({ session_jwt: ada.jwt })
      expect(byJwt.session.session_id).toBe(ada.session?.session_id)
      // A session named by JWT gets a token that opens it too.
      const opened = yield* sessions.authenticate({ session_token: byJwt.session_token })
      expect(opened.session.session_id).toBe(ada.session?.session_id)
    }).pipe(Effect.provide(emulator())))

  it.live("an expired session is not found, by token or by JWT", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      yield* control.advanceClock("59 minutes")
      yield* sessions.authenticate({ session_token: ada.token })
      yield* control.advanceClock("2 minutes")
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: ada.token })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_jwt: ada.jwt })), "SessionNotFound", "session_not_found", 404)
      expect(yield* control.sessions).toEqual([])
      expect(yield* control.sweep).toBe(1)
    }).pipe(Effect.provide(emulator())))

  it.live("extends a session with session_duration_minutes", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      yield* control.advanceClock("30 minutes")
      const extended = yield* sessions.authenticate({ session_token: ada.token, session_duration_minutes: 120 })
      expect(Date.parse(extended.session.expires_at ?? "") - Date.parse(extended.session.last_accessed_at ?? "")).toBe(120 * 60_000)
      // Past the original hour, still alive; past the new expiry, gone.
      yield* control.advanceClock("90 minutes")
      yield* sessions.authenticate({ session_token: ada.token })
      yield* control.advanceClock("31 minutes")
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: ada.token })), "SessionNotFound", "session_not_found", 404)
    }).pipe(Effect.provide(emulator())))

  it.live("passwords.authenticate extends the named session (by token or JWT) with the password factor", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      yield* control.advanceClock("10 minutes")
      const byToken = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_token: ada.token })
      expect(byToken.session?.session_id).toBe(ada.session?.session_id)
      expect(some(byToken.session_token)).toBe(ada.token)
      const factors = byToken.session?.authentication_factors ?? []
      expect(factors).toHaveLength(1)
      // The factor was authenticated again, on the emulator's clock, 10 minutes on.
      expect(Date.parse(factors[0]?.last_authenticated_at ?? "")).toBeGreaterThanOrEqual(Date.parse(ada.session?.started_at ?? "") + 10 * 60_000)
      // The expiry is kept without a duration...
      expect(byToken.session?.expires_at).toBe(ada.session?.expires_at)
      // ... and moved with one.
      const byJwt = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_jwt: ada.jwt, session_duration_minutes: 600 })
      expect(byJwt.session?.session_id).toBe(ada.session?.session_id)
      expect(Date.parse(byJwt.session?.expires_at ?? "")).toBeGreaterThan(Date.parse(ada.session?.expires_at ?? ""))
      expect(yield* control.sessions).toHaveLength(1)
      // Someone else's session cannot be extended by this user.
      const bob = yield* signUp("bob@example.com")
      const stolen = yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong, session_token: bob.token }))
      expect(stolen._tag).toBe("SessionNotFound")
    }).pipe(Effect.provide(emulator())))

  it.live("revokes by token, by JWT and by id; a revoked session is not found", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const passwords = yield* Passwords
      const ada = yield* signUp("ada@example.com")
      const two = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      const three = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      yield* sessions.revoke({ session_token: ada.token })
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: ada.token })), "SessionNotFound", "session_not_found", 404)
      yield* sessions.revoke({ session_jwt: some(two.session_jwt) })
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: some(two.session_token) })), "SessionNotFound", "session_not_found", 404)
      yield* sessions.revoke({ session_id: three.session?.session_id ?? "" })
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: some(three.session_token) })), "SessionNotFound", "session_not_found", 404)
      expect(yield* Effect.flatMap(StytchEmulator, (control) => control.sessions)).toEqual([])
      expectApiError(yield* Effect.flip(sessions.revoke({ session_token: ada.token })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(sessions.revoke({ session_id: "session-test-nope" })), "SessionNotFound", "session_not_found", 404)
    }).pipe(Effect.provide(emulator())))

  it.live("no_session_arguments without a token or JWT; invalid_session_duration_minutes", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const ada = yield* signUp("ada@example.com")
      const error = yield* Effect.flip(sessions.authenticate({}))
      expectApiError(error, "NoSessionArguments", "no_session_arguments", 400)
      expectApiError(
        yield* Effect.flip(callUnchecked(Sessions.endpoints.authenticate, { session_token: ada.token, session_duration_minutes: 0 })),
        "InvalidSessionDurationMinutes",
        "invalid_session_duration_minutes",
        400
      )
    }).pipe(Effect.provide(emulator())))

  it.live("session tokens are long, random and stored only as hashes", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const bob = yield* signUp("bob@example.com")
      // 256 bits: at least 43 base64url characters.
      expect(ada.token).toMatch(/^[A-Za-z0-9_-]{43,}$/)
      expect(ada.token).not.toBe(bob.token)
      const exported = JSON.stringify(yield* control.exportState)
      expect(exported).not.toContain(ada.token)
      expect(exported).not.toContain(bob.token)
    }).pipe(Effect.provide(emulator())))
})

describe("custom claims", () => {
  it.live("are on the session and in the JWT; reserved claims are ignored", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const created = yield* passwords.create({
        email: "ada@example.com",
        password: strong,
        session_duration_minutes: 60,
        session_custom_claims: {
          plan: "pro",
          org: { id: "org-1", roles: ["admin"] },
          iss: "evil.example.com",
          sub: "someone-else",
          aud: "other-project",
          exp: 9999999999,
          nbf: 0,
          iat: 0,
          jti: "fixed"
        }
      })
      const jwt = some(created.session_jwt)
      const payload = jwtPayload(jwt)
      expect(payload["plan"]).toBe("pro")
      expect(payload["org"]).toEqual({ id: "org-1", roles: ["admin"] })
      expect(payload.iss).toBe(`stytch.com/${control.projectId}`)
      expect(payload.sub).toBe(created.user_id)
      expect(payload.aud).toEqual([control.projectId])
      expect(payload.jti).not.toBe("fixed")
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300)
      expect(payload.iat).toBeGreaterThan(0)
      expect(created.session?.custom_claims).toEqual({ plan: "pro", org: { id: "org-1", roles: ["admin"] } })
      // Claims given later are merged in.
      const merged = yield* sessions.authenticate({ session_token: some(created.session_token), session_custom_claims: { tier: 2, plan: "team" } })
      expect(merged.session.custom_claims).toEqual({ plan: "team", org: { id: "org-1", roles: ["admin"] }, tier: 2 })
      expect(jwtPayload(merged.session_jwt)).toMatchObject({ plan: "team", tier: 2 })
    }).pipe(Effect.provide(emulator())))

  it.live("custom claims cannot replace the Stytch session claim", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const created = yield* passwords.create({
        email: "ada@example.com",
        password: strong,
        session_duration_minutes: 60,
        session_custom_claims: { "https://stytch.com/session": { id: "forged" } }
      })
      expect(sessionClaim(some(created.session_jwt))["id"]).toBe(created.session?.session_id)
    }).pipe(Effect.provide(emulator())))
})

describe("session JWTs", () => {
  it.live("are RS256 JWTs with Stytch's claims, verifiable with the JWKS", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const answer = yield* raw({ method: "GET", path: `/v1/sessions/jwks/${control.projectId}`, authorization: null })
      expect(answer.status).toBe(200)
      const jwks = answer.json as Jose.JSONWebKeySet
      expect(jwks.keys.length).toBeGreaterThan(0)
      for (const key of jwks.keys) {
        expect(key.kty).toBe("RSA")
        expect(key["d"]).toBeUndefined()
        expect(key["p"]).toBeUndefined()
      }
      const header = Jose.decodeProtectedHeader(ada.jwt)
      expect(header.alg).toBe("RS256")
      expect(header.typ).toBe("JWT")
      expect(jwks.keys.map((key) => key.kid)).toContain(header.kid)
      const { payload, protectedHeader } = yield* Effect.promise(() =>
        Jose.jwtVerify(ada.jwt, Jose.createLocalJWKSet(jwks), {
          algorithms: ["RS256"],
          issuer: `stytch.com/${control.projectId}`,
          audience: control.projectId,
          typ: "JWT"
        })
      )
      expect(protectedHeader.kid).toBe(header.kid)
      expect(payload.sub).toBe(ada.user_id)
      expect(payload.aud).toEqual([control.projectId])
      expect(payload.nbf).toBe(payload.iat)
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300)
      const session = sessionClaim(ada.jwt)
      expect(session).toEqual({
        id: ada.session?.session_id,
        started_at: ada.session?.started_at,
        last_accessed_at: ada.session?.last_accessed_at,
        expires_at: ada.session?.expires_at,
        attributes: ada.session?.attributes,
        authentication_factors: ada.session?.authentication_factors,
        roles: ada.session?.roles
      })
      // A JWT signed with another key, or tampered with, names no session.
      const [head, body] = ada.jwt.split(".")
      const forged = `${head}.${body}.${Buffer.from("not the signature").toString("base64url")}`
      const sessions = yield* Sessions
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_jwt: forged })), "SessionNotFound", "session_not_found", 404)
      const { privateKey } = yield* Effect.promise(() => Jose.generateKeyPair("RS256"))
      const foreign = yield* Effect.promise(() =>
        new Jose.SignJWT({ "https://stytch.com/session": { id: ada.session?.session_id } })
          .setProtectedHeader({ alg: "RS256", kid: header.kid ?? "", typ: "JWT" })
          .setIssuer(`stytch.com/${control.projectId}`)
          .setAudience([control.projectId])
          .setSubject(ada.user_id)
          .setIssuedAt()
          .setExpirationTime("5m")
          .sign(privateKey)
      )
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_jwt: foreign })), "SessionNotFound", "session_not_found", 404)
    }).pipe(Effect.provide(emulator())))

  it.live("the JWKS needs no auth and is per project", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const wrongAuth = yield* raw({ method: "GET", path: `/v1/sessions/jwks/${control.projectId}`, authorization: "Basic bm9wZTpub3Bl" })
      expect(wrongAuth.status).toBe(200)
      expectStytchError(yield* raw({ method: "GET", path: "/v1/sessions/jwks/project-test-other", authorization: null }), 404, "project_not_found")
    }).pipe(Effect.provide(emulator())))

  it.live("a JWT past its 5 minutes still names a live session; the session's expiry decides", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      yield* control.advanceClock("10 minutes")
      const fresh = yield* sessions.authenticate({ session_jwt: ada.jwt })
      const payload = jwtPayload(fresh.session_jwt)
      expect(payload.iat).toBeGreaterThan(jwtPayload(ada.jwt).iat ?? 0)
      expect(Option.isSome(Option.fromNullable(payload.exp))).toBe(true)
    }).pipe(Effect.provide(emulator())))
})
