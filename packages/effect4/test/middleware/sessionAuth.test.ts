/**
 * `SessionAuth` over real HTTP: a tiny HttpApi served by NodeHttpServer on a free port, its
 * sessions checked by the in-process emulator. Every way in (cookie or bearer, token or JWT),
 * every way out (missing, refused, revoked, expired, deleted user: 401; Stytch unreachable or
 * not answering usefully: 503), and never a 500.
 */
import { FetchHttpClient } from "effect/http"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { Passwords, Sessions, StytchClient, Users } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"
import { emulator, signUp, some, strong } from "../emulator/support.js"
import { consumerAuthenticate, consumerJwks, countedEmulator, partsOf, signAsEmulator } from "../sessions/jwtSupport.js"
import { agedJwt, type Answer, expectOk, expectUnauthenticated, expectUnavailable, get, serveConsumer } from "./support.js"

/** The API with `SessionAuth` (and its declared variants), over a fresh emulator whose client never retries. */
const served = serveConsumer.pipe(Layer.provideMerge(Users.layer.pipe(Layer.provideMerge(emulator({ client: { retry: false } })))))

/** The same API over a fresh emulator whose client logs every request it sends. */
const counted = () => {
  const { layer, log } = countedEmulator()
  return { log, layer: serveConsumer.pipe(Layer.provideMerge(Users.layer.pipe(Layer.provideMerge(layer)))) }
}

const me = (answer: Answer) => expectOk(answer) as { user_id: string; session_id: string; custom_claims: unknown; credential: unknown }

describe("SessionAuth: the ways in", () => {
  it.live("an open endpoint answers without any credential; the protected one wants one", () =>
    Effect.gen(function* () {
      expect(expectOk(yield* get("/health"))).toEqual({ ok: true })
      expectUnauthenticated(yield* get("/me"), "missing_credentials")
    }).pipe(Effect.provide(served)))

  it.live("the stytch_session cookie (a session token) and the stytch_session_jwt cookie (a JWT) each authenticate", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const byToken = me(yield* get("/me", { cookies: { stytch_session: ada.token } }))
      expect(byToken).toEqual({
        user_id: ada.user_id,
        session_id: ada.session?.session_id,
        custom_claims: {},
        credential: { kind: "session_token", source: "cookie" }
      })
      const byJwt = me(yield* get("/me", { cookies: { stytch_session_jwt: ada.jwt } }))
      expect(byJwt.user_id).toBe(ada.user_id)
      expect(byJwt.credential).toEqual({ kind: "session_jwt", source: "cookie" })
    }).pipe(Effect.provide(served)))

  it.live("Authorization: Bearer takes a session token or a JWT, told apart by the JWT's three segments", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const byToken = me(yield* get("/me", { authorization: `Bearer ${ada.token}` }))
      expect(byToken.user_id).toBe(ada.user_id)
      expect(byToken.credential).toEqual({ kind: "session_token", source: "bearer" })
      const byJwt = me(yield* get("/me", { authorization: `bearer ${ada.jwt}` }))
      expect(byJwt.user_id).toBe(ada.user_id)
      expect(byJwt.credential).toEqual({ kind: "session_jwt", source: "bearer" })
    }).pipe(Effect.provide(served)))

  it.live("the session's custom claims reach the handler", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const sessions = yield* Sessions
      yield* sessions.authenticate({ session_token: ada.token, session_custom_claims: { plan: "pro", seats: 3 } })
      expect(me(yield* get("/me", { cookies: { stytch_session: ada.token } })).custom_claims).toEqual({ plan: "pro", seats: 3 })
    }).pipe(Effect.provide(served)))

  it.live("a tag declared with other cookie names reads them, and ignores the default names", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      expect(me(yield* get("/renamed/me", { cookies: { app_session: ada.token } })).credential).toEqual({ kind: "session_token", source: "cookie" })
      expect(me(yield* get("/renamed/me", { cookies: { app_jwt: ada.jwt } })).credential).toEqual({ kind: "session_jwt", source: "cookie" })
      expectUnauthenticated(yield* get("/renamed/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: ada.jwt } }), "missing_credentials")
      // The default tag, on the same server, does the opposite.
      expectUnauthenticated(yield* get("/me", { cookies: { app_session: ada.token, app_jwt: ada.jwt } }), "missing_credentials")
    }).pipe(Effect.provide(served)))

  it.live("a tag declared with bearer: false ignores the Authorization header, and reads the cookies", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      expectUnauthenticated(yield* get("/cookie/me", { authorization: `Bearer ${ada.token}` }), "missing_credentials")
      expect(me(yield* get("/cookie/me", { cookies: { stytch_session: ada.token } })).user_id).toBe(ada.user_id)
    }).pipe(Effect.provide(served)))

  it.live("a tag declared with both cookies off ignores cookies; only the bearer counts", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      expectUnauthenticated(yield* get("/bearer/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: ada.jwt } }), "missing_credentials")
      expect(me(yield* get("/bearer/me", { authorization: `Bearer ${ada.jwt}` })).user_id).toBe(ada.user_id)
    }).pipe(Effect.provide(served)))

  it.live("the JWT cookie is tried first; a refused JWT falls back to a good token cookie", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const both = me(yield* get("/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: ada.jwt } }))
      expect(both.credential).toEqual({ kind: "session_jwt", source: "cookie" })
      // A JWT of a revoked session beside the token of a live one. Within its 5 minutes the JWT
      // is accepted locally, so it wins; expired, or behind a tag asking Stytch about every
      // JWT, Stytch refuses it and the token cookie is tried.
      const bob = yield* signUp("bob@example.com")
      const sessions = yield* Sessions
      yield* sessions.revoke({ session_token: bob.token })
      const revokedJwt = me(yield* get("/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: bob.jwt } }))
      expect(revokedJwt).toMatchObject({ user_id: bob.user_id, credential: { kind: "session_jwt", source: "cookie" } })
      const bobExpired = yield* agedJwt(bob.jwt, 400)
      const fallback = me(yield* get("/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: bobExpired } }))
      expect(fallback).toMatchObject({ user_id: ada.user_id, credential: { kind: "session_token", source: "cookie" } })
      const strict = me(yield* get("/fresh/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: bob.jwt } }))
      expect(strict).toMatchObject({ user_id: ada.user_id, credential: { kind: "session_token", source: "cookie" } })
      const garbled = me(yield* get("/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: "not.a.jwt" } }))
      expect(garbled.credential).toEqual({ kind: "session_token", source: "cookie" })
      // A refused bearer gives way to the cookies too.
      const afterBearer = me(yield* get("/me", { authorization: "Bearer nope", cookies: { stytch_session: ada.token } }))
      expect(afterBearer.credential).toEqual({ kind: "session_token", source: "cookie" })
    }).pipe(Effect.provide(served)))
})

describe("SessionAuth: 401 for a missing or bad session", () => {
  it.live("no credential at all, an empty cookie, or an Authorization header that is not a bearer: missing_credentials", () =>
    Effect.gen(function* () {
      expectUnauthenticated(yield* get("/me"), "missing_credentials")
      expectUnauthenticated(yield* get("/me", { cookies: { stytch_session: "", stytch_session_jwt: "" } }), "missing_credentials")
      expectUnauthenticated(yield* get("/me", { authorization: "Bearer" }), "missing_credentials")
      expectUnauthenticated(yield* get("/me", { authorization: "Bearer    " }), "missing_credentials")
      expectUnauthenticated(yield* get("/me", { authorization: "Basic YWRhOnNlY3JldA==" }), "missing_credentials")
      expectUnauthenticated(yield* get("/me", { cookies: { other: "x" } }), "missing_credentials")
    }).pipe(Effect.provide(served)))

  it.live("garbage tokens and JWTs, by cookie or bearer: invalid_session, never a 500", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const [header, payload] = ada.jwt.split(".")
      const garbage: ReadonlyArray<Parameters<typeof get>[1]> = [
        { cookies: { stytch_session: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" } },
        { cookies: { stytch_session: "%E2%82%AC" } },
        { cookies: { stytch_session: `"quoted"` } },
        { cookies: { stytch_session: "%zz" } },
        { cookies: { stytch_session_jwt: "a.b.c" } },
        { cookies: { stytch_session_jwt: `${header}.${payload}.c2lnbmF0dXJl` } },
        { cookies: { stytch_session_jwt: "x".repeat(8000) } },
        { authorization: "Bearer garbage" },
        { authorization: "Bearer a.b.c" },
        { authorization: `Bearer ${header}.${payload}.` },
        { authorization: `Bearer ${ada.token}x` },
        { authorization: "Bearer two words" },
        { authorization: "Bearer é" }
      ]
      for (const sent of garbage) expectUnauthenticated(yield* get("/me", sent), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("a revoked session: its token refused at once; its JWT accepted locally until it expires, refused at once with maxTokenAgeSeconds: 0", () => {
    const { layer, log } = counted()
    return Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const expired = yield* agedJwt(ada.jwt, 400)
      expect(me(yield* get("/me", { cookies: { stytch_session_jwt: ada.jwt } })).session_id).toBe(ada.session?.session_id)
      yield* Effect.flatMap(Sessions, (sessions) => sessions.revoke({ session_token: ada.token }))
      const asked = log.count(consumerAuthenticate)
      expectUnauthenticated(yield* get("/me", { cookies: { stytch_session: ada.token } }), "invalid_session")
      expect(log.count(consumerAuthenticate)).toBe(asked + 1)
      // The JWT still holds within its 5 minutes, as with Stytch's SDKs: checked locally, Stytch not asked.
      const stale = me(yield* get("/me", { cookies: { stytch_session_jwt: ada.jwt } }))
      expect(stale).toMatchObject({ user_id: ada.user_id, session_id: ada.session?.session_id, credential: { kind: "session_jwt", source: "cookie" } })
      expect(me(yield* get("/me", { authorization: `Bearer ${ada.jwt}`, cookies: { stytch_session: ada.token } })).credential).toEqual({
        kind: "session_jwt",
        source: "bearer"
      })
      expect(log.count(consumerAuthenticate)).toBe(asked + 1)
      // A tag asking Stytch about every JWT sees the revocation at once, bearer and cookies alike.
      expectUnauthenticated(yield* get("/fresh/me", { cookies: { stytch_session_jwt: ada.jwt } }), "invalid_session")
      expectUnauthenticated(yield* get("/fresh/me", { authorization: `Bearer ${ada.jwt}`, cookies: { stytch_session: ada.token } }), "invalid_session")
      // Once the JWT has expired the local check refuses it and Stytch, asked, refuses the session.
      expectUnauthenticated(yield* get("/me", { cookies: { stytch_session_jwt: expired } }), "invalid_session")
      expect(log.count(consumerAuthenticate)).toBe(asked + 1 + 3 + 1)
    }).pipe(Effect.provide(layer))
  })

  it.live("an expired session (the emulator's clock past its hour): its token 401; its JWT until the JWT expires, or at once with maxTokenAgeSeconds: 0", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      yield* control.advanceClock("59 minutes")
      expect(me(yield* get("/me", { cookies: { stytch_session: ada.token } })).user_id).toBe(ada.user_id)
      yield* control.advanceClock("2 minutes")
      expectUnauthenticated(yield* get("/me", { cookies: { stytch_session: ada.token } }), "invalid_session")
      // The JWT's own expiry is read on this server's clock, which has not moved: still accepted
      // locally. Stytch, asked, goes by its clock.
      expect(me(yield* get("/me", { authorization: `Bearer ${ada.jwt}` })).user_id).toBe(ada.user_id)
      expectUnauthenticated(yield* get("/fresh/me", { authorization: `Bearer ${ada.jwt}` }), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("a deleted user's session: its token 401; its JWT until the JWT expires, or at once with maxTokenAgeSeconds: 0", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const expired = yield* agedJwt(ada.jwt, 400)
      yield* Effect.flatMap(Users, (users) => users.delete({ user_id: ada.user_id }))
      expectUnauthenticated(yield* get("/me", { cookies: { stytch_session: ada.token } }), "invalid_session")
      // Locally the JWT holds until it expires; Stytch, asked, refuses it.
      expect(me(yield* get("/me", { cookies: { stytch_session_jwt: ada.jwt } })).user_id).toBe(ada.user_id)
      expectUnauthenticated(yield* get("/fresh/me", { cookies: { stytch_session_jwt: ada.jwt } }), "invalid_session")
      expectUnauthenticated(yield* get("/me", { cookies: { stytch_session_jwt: expired } }), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("a second sign-in of the same user is a different session, each authenticated on its own", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const again = yield* Effect.flatMap(Passwords, (passwords) =>
        passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      )
      const second = me(yield* get("/me", { authorization: `Bearer ${some(again.session_token)}` }))
      expect(second.user_id).toBe(ada.user_id)
      expect(second.session_id).not.toBe(ada.session?.session_id)
    }).pipe(Effect.provide(served)))
})

/** The API with `SessionAuth` over a client that reaches nothing: a closed port on loopback. */
const unreachable = serveConsumer.pipe(
  Layer.provide(Sessions.layer),
  Layer.provide(
    StytchClient.layer({ projectId: StytchEmulator.defaultProjectId, secret: Redacted.make(StytchEmulator.defaultSecret), baseUrl: "http://127.0.0.1:1", retry: false })
  ),
  Layer.provide(FetchHttpClient.layer),
  Layer.orDie
)

/** The API with `SessionAuth` over the emulator, but a client holding the wrong project secret. */
const wrongSecret = Layer.unwrap(
  Effect.map(StytchEmulator, (control) => {
    const fetch: typeof globalThis.fetch = (input, init) => control.handler(new Request(input, init))
    return serveConsumer.pipe(
      // Fresh: the emulator's own `Sessions.layer` (the right secret) would otherwise be shared.
      Layer.provide(Layer.fresh(Sessions.layer)),
      Layer.provide(StytchClient.layer({ projectId: control.projectId, secret: Redacted.make("secret-test-wrong"), baseUrl: "http://emulator.local", retry: false })),
      Layer.provide(FetchHttpClient.layer),
      Layer.provide(Layer.succeed(FetchHttpClient.Fetch, fetch)),
      Layer.orDie
    )
  })
).pipe(Layer.provideMerge(emulator({ client: { retry: false } })))

describe("SessionAuth: 503 when Stytch cannot judge the session", () => {
  it.live("Stytch unreachable (connection refused): 503 AuthenticationUnavailable, for every credential", () =>
    Effect.gen(function* () {
      expectUnavailable(yield* get("/me", { cookies: { stytch_session: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" } }))
      expectUnavailable(yield* get("/me", { authorization: "Bearer a.b.c" }))
      // No credential is still a 401: nothing needed Stytch.
      expectUnauthenticated(yield* get("/me"), "missing_credentials")
      expect(expectOk(yield* get("/health"))).toEqual({ ok: true })
    }).pipe(Effect.provide(unreachable)))

  it.live("Stytch answering 5xx, 429, a dropped connection or a malformed body: 503", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const path = "/v1/sessions/authenticate"
      const faults = [
        { path, kind: "status", status: 500, times: 1 },
        { path, kind: "status", status: 503, retry_after: "1", times: 1 },
        { path, kind: "status", status: 429, error_type: "too_many_requests", times: 1 },
        { path, kind: "drop", times: 1 },
        { path, kind: "malformed", times: 1 },
        { path, kind: "truncated", times: 1 }
      ] as const
      for (const fault of faults) {
        yield* control.injectFault(fault)
        expectUnavailable(yield* get("/me", { cookies: { stytch_session: ada.token } }))
      }
      // The faults were one-shot: the same cookie now works.
      expect(me(yield* get("/me", { cookies: { stytch_session: ada.token } })).user_id).toBe(ada.user_id)
    }).pipe(Effect.provide(served)))

  it.live("an outage on the first credential stops the search: no fallback to the token cookie, no 401", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const path = "/v1/sessions/authenticate"
      // An expired JWT goes to Stytch. One failure only: had the token cookie been tried next,
      // it would have passed.
      const expired = yield* agedJwt(ada.jwt, 400)
      yield* control.injectFault({ path, kind: "status", status: 502, times: 1 })
      expectUnavailable(yield* get("/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: expired } }))
      // The fault was one-shot: Stytch accepts the expired JWT of a live session.
      expect(me(yield* get("/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: expired } })).credential).toEqual({
        kind: "session_jwt",
        source: "cookie"
      })
      // The same with a good JWT behind a tag that asks Stytch about every JWT.
      yield* control.injectFault({ path, kind: "status", status: 502, times: 1 })
      expectUnavailable(yield* get("/fresh/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: ada.jwt } }))
      expect(me(yield* get("/fresh/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: ada.jwt } })).credential).toEqual({
        kind: "session_jwt",
        source: "cookie"
      })
    }).pipe(Effect.provide(served)))

  it.live("a 503 on the bearer is the answer: not masked by the cookies the request lacks, nor by a later cookie", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const path = "/v1/sessions/authenticate"
      // The bearer alone: no cookie scheme may turn the outage into a "missing" 401.
      yield* control.injectFault({ path, kind: "status", status: 503, times: 1 })
      expectUnavailable(yield* get("/me", { authorization: `Bearer ${ada.token}` }))
      // A good bearer JWT does not need Stytch: the dropped connection waits for the next call,
      // which a JWT the local check refuses (expired) makes.
      yield* control.injectFault({ path, kind: "drop", times: 1 })
      expect(me(yield* get("/bearer/me", { authorization: `Bearer ${ada.jwt}` })).user_id).toBe(ada.user_id)
      expectUnavailable(yield* get("/bearer/me", { authorization: `Bearer ${yield* agedJwt(ada.jwt, 400)}` }))
      // The bearer and a good token cookie, two failures queued: each request asks Stytch once,
      // so the second request meets the second failure and only the third gets in.
      yield* control.injectFault({ path, kind: "status", status: 502, times: 2 })
      const both = { authorization: `Bearer ${ada.token}`, cookies: { stytch_session: ada.token } }
      expectUnavailable(yield* get("/me", both))
      expectUnavailable(yield* get("/me", both))
      expect(me(yield* get("/me", both)).credential).toEqual({ kind: "session_token", source: "bearer" })
    }).pipe(Effect.provide(served)))

  it.live("a refused bearer, then an outage on the cookie: 503; a refused bearer and nothing else: invalid_session", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      // A bearer the client refuses to send (not printable ASCII) is refused without a call, so
      // the one failure queued meets the token cookie.
      yield* control.injectFault({ path: "/v1/sessions/authenticate", kind: "status", status: 500, times: 1 })
      const sent = { authorization: "Bearer é", cookies: { stytch_session: ada.token } }
      expectUnavailable(yield* get("/me", sent))
      expect(me(yield* get("/me", sent)).credential).toEqual({ kind: "session_token", source: "cookie" })
      expectUnauthenticated(yield* get("/me", { authorization: "Bearer garbage" }), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("our own project secret refused (401 from Stytch) is a 503, not the user's 401", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      expectUnavailable(yield* get("/me", { cookies: { stytch_session: ada.token } }))
    }).pipe(Effect.provide(wrongSecret)))
})

describe("SessionAuth: a JWT is checked locally first", () => {
  it.live("a good JWT, by cookie or bearer, is accepted without asking Stytch: one JWKS fetch at the first, none after", () => {
    const { layer, log } = counted()
    return Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      expect([log.count(consumerJwks), log.count(consumerAuthenticate)]).toEqual([0, 0])
      const first = me(yield* get("/me", { cookies: { stytch_session_jwt: ada.jwt } }))
      expect(first).toEqual({ user_id: ada.user_id, session_id: ada.session?.session_id, custom_claims: {}, credential: { kind: "session_jwt", source: "cookie" } })
      expect([log.count(consumerJwks), log.count(consumerAuthenticate)]).toEqual([1, 0])
      const before = log.sent.length
      for (let i = 0; i < 5; i++) expect(me(yield* get("/me", { cookies: { stytch_session_jwt: ada.jwt } })).user_id).toBe(ada.user_id)
      expect(me(yield* get("/me", { authorization: `Bearer ${ada.jwt}` })).credential).toEqual({ kind: "session_jwt", source: "bearer" })
      expect(log.sent.length).toBe(before)
      // A session token is always Stytch's to judge.
      expect(me(yield* get("/me", { cookies: { stytch_session: ada.token } })).user_id).toBe(ada.user_id)
      expect([log.count(consumerJwks), log.count(consumerAuthenticate)]).toEqual([1, 1])
    }).pipe(Effect.provide(layer))
  })

  it.live("maxTokenAgeSeconds: 0 sends every JWT to Stytch (and never fetches the JWKS)", () => {
    const { layer, log } = counted()
    return Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      for (let i = 0; i < 3; i++) expect(me(yield* get("/fresh/me", { cookies: { stytch_session_jwt: ada.jwt } })).user_id).toBe(ada.user_id)
      expect(me(yield* get("/fresh/me", { authorization: `Bearer ${ada.jwt}` })).credential).toEqual({ kind: "session_jwt", source: "bearer" })
      expect([log.count(consumerJwks), log.count(consumerAuthenticate)]).toEqual([0, 4])
    }).pipe(Effect.provide(layer))
  })

  it.live("maxTokenAgeSeconds: 60 accepts a fresh JWT locally and asks Stytch about one issued two minutes ago", () => {
    const { layer, log } = counted()
    return Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const older = yield* agedJwt(ada.jwt, 120)
      expect(me(yield* get("/minute/me", { cookies: { stytch_session_jwt: ada.jwt } })).user_id).toBe(ada.user_id)
      expect(me(yield* get("/me", { cookies: { stytch_session_jwt: older } })).user_id).toBe(ada.user_id)
      expect(log.count(consumerAuthenticate)).toBe(0)
      expect(me(yield* get("/minute/me", { cookies: { stytch_session_jwt: older } })).user_id).toBe(ada.user_id)
      expect(log.count(consumerAuthenticate)).toBe(1)
      // Revoked: the older JWT is refused by the minute tag (Stytch asked), still accepted by the default.
      yield* Effect.flatMap(Sessions, (sessions) => sessions.revoke({ session_token: ada.token }))
      expectUnauthenticated(yield* get("/minute/me", { cookies: { stytch_session_jwt: older } }), "invalid_session")
      expect(me(yield* get("/me", { cookies: { stytch_session_jwt: older } })).user_id).toBe(ada.user_id)
    }).pipe(Effect.provide(layer))
  })

  it.live("clockToleranceSeconds: 30 accepts locally a JWT expired 10 seconds ago, which the default sends to Stytch", () => {
    const { layer, log } = counted()
    return Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const justExpired = yield* agedJwt(ada.jwt, 310)
      expect(me(yield* get("/tolerant/me", { cookies: { stytch_session_jwt: justExpired } })).user_id).toBe(ada.user_id)
      expect(log.count(consumerAuthenticate)).toBe(0)
      expect(me(yield* get("/me", { cookies: { stytch_session_jwt: justExpired } })).user_id).toBe(ada.user_id)
      expect(log.count(consumerAuthenticate)).toBe(1)
    }).pipe(Effect.provide(layer))
  })

  it.live("the JWKS unreachable with nothing cached: Stytch is asked instead (200), and when it fails too, 503", () => {
    const { layer, log } = counted()
    return Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      log.failNext(consumerJwks, 1)
      log.failNext(consumerAuthenticate, 1)
      expectUnavailable(yield* get("/me", { cookies: { stytch_session: ada.token, stytch_session_jwt: ada.jwt } }))
      expect([log.count(consumerJwks), log.count(consumerAuthenticate)]).toEqual([1, 1])
      log.failNext(consumerJwks, 1)
      expect(me(yield* get("/me", { cookies: { stytch_session_jwt: ada.jwt } })).credential).toEqual({ kind: "session_jwt", source: "cookie" })
      expect(log.count(consumerAuthenticate)).toBe(2)
    }).pipe(Effect.provide(layer))
  })

  it.live("a JWT the local check refuses (malformed, forged, unknown key, expired) goes to Stytch: 401 if refused, 503 if it fails", () => {
    const { layer, log } = counted()
    return Effect.gen(function* () {
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const [header, payload] = ada.jwt.split(".")
      const refusedLocally = [
        "a.b.c",
        `${header}.${payload}.c2lnbmF0dXJl`,
        yield* signAsEmulator(partsOf(ada.jwt).claims, { kid: "jwk-test-unknown" }),
        yield* agedJwt(ada.jwt, 400)
      ]
      for (const jwt of refusedLocally) {
        yield* control.injectFault({ path: "/v1/sessions/authenticate", kind: "status", status: 500, times: 1 })
        expectUnavailable(yield* get("/me", { cookies: { stytch_session_jwt: jwt } }))
      }
      expect(log.count(consumerAuthenticate)).toBe(4)
      // Without the fault Stytch judges them: the expired JWT of a live session is good.
      for (const jwt of refusedLocally.slice(0, 3)) expectUnauthenticated(yield* get("/me", { cookies: { stytch_session_jwt: jwt } }), "invalid_session")
      expect(me(yield* get("/me", { cookies: { stytch_session_jwt: refusedLocally[3] ?? "" } })).user_id).toBe(ada.user_id)
      expect(log.count(consumerAuthenticate)).toBe(8)
    }).pipe(Effect.provide(layer))
  })
})
