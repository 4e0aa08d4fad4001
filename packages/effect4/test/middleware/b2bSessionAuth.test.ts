/**
 * `B2BSessionAuth` over real HTTP, like `SessionAuth`: a member session by cookie or bearer,
 * token or JWT, gives the handler the member, the organization and the member session; a
 * missing or refused credential is a 401, and so is a revoked, expired or deleted member's
 * session token; its JWT is accepted locally until the JWT expires, unless the tag is declared
 * with `maxTokenAgeSeconds`. A Stytch that cannot judge a credential it is asked about: 503.
 */
import { FetchHttpClient } from "effect/http"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import {
  B2BOrganizations,
  B2BPasswords,
  B2BSessions,
  Passwords,
  StytchClient
} from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"
import { login, seedCast } from "../emulator/b2b/support.js"
import { signUp } from "../emulator/support.js"
import { b2bAuthenticate, b2bJwks, countedEmulator } from "../sessions/jwtSupport.js"
import { agedJwt, type Answer, expectOk, expectUnauthenticated, expectUnavailable, get, serveB2B } from "./support.js"

/** The B2B API with `B2BSessionAuth` (and a renamed variant), over a fresh emulator whose client never retries. */
const served = serveB2B.pipe(
    Layer.provideMerge(
      Layer.mergeAll(B2BSessions.layer, B2BOrganizations.layer, Passwords.layer, B2BPasswords.layer).pipe(
        Layer.provideMerge(StytchEmulator.layer({ client: { retry: false } }))
      )
    )
  )

/** The same API over a fresh emulator whose client logs every request it sends. */
const counted = () => {
  const { layer, log } = countedEmulator()
  return { log, layer: serveB2B.pipe(Layer.provideMerge(B2BOrganizations.layer.pipe(Layer.provideMerge(layer)))) }
}

const whoami = (answer: Answer) =>
  expectOk(answer) as { member_id: string; organization_id: string; member_session_id: string; custom_claims: unknown; credential: unknown }

/** Ada of Acme, logged in with a one-hour member session. */
const adaSession = Effect.gen(function* () {
  const { acme, ada } = yield* seedCast
  const session = yield* login(acme.organization_id, "ada@acme.com", undefined, 60)
  return { acme, ada, token: session.session_token, jwt: session.session_jwt, member_session_id: session.member_session.member_session_id }
})

describe("B2BSessionAuth", () => {
  it.live("a member session by token cookie, JWT cookie, bearer token or bearer JWT gives member, organization and session", () =>
    Effect.gen(function* () {
      const { acme, ada, token, jwt, member_session_id } = yield* adaSession
      const expected = { member_id: ada.member_id, organization_id: acme.organization_id, member_session_id, custom_claims: {} }
      expect(whoami(yield* get("/tenant/whoami", { cookies: { stytch_session: token } }))).toEqual({
        ...expected,
        credential: { kind: "session_token", source: "cookie" }
      })
      expect(whoami(yield* get("/tenant/whoami", { cookies: { stytch_session_jwt: jwt } }))).toEqual({
        ...expected,
        credential: { kind: "session_jwt", source: "cookie" }
      })
      expect(whoami(yield* get("/tenant/whoami", { authorization: `Bearer ${token}` })).credential).toEqual({ kind: "session_token", source: "bearer" })
      expect(whoami(yield* get("/tenant/whoami", { authorization: `Bearer ${jwt}` })).credential).toEqual({ kind: "session_jwt", source: "bearer" })
      expect(expectOk(yield* get("/health"))).toEqual({ ok: true })
    }).pipe(Effect.provide(served)))

  it.live("a tag declared with other cookie names; a refused JWT cookie falls back to the token cookie", () =>
    Effect.gen(function* () {
      const { ada, token } = yield* adaSession
      expect(whoami(yield* get("/renamed/tenant/whoami", { cookies: { b2b_session: token, b2b_jwt: "a.b.c" } }))).toMatchObject({
        member_id: ada.member_id,
        credential: { kind: "session_token", source: "cookie" }
      })
      expectUnauthenticated(yield* get("/renamed/tenant/whoami", { cookies: { stytch_session: token } }), "missing_credentials")
    }).pipe(Effect.provide(served)))

  it.live("missing, garbage, or a consumer session on a B2B route: 401", () =>
    Effect.gen(function* () {
      expectUnauthenticated(yield* get("/tenant/whoami"), "missing_credentials")
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session: "garbage" } }), "invalid_session")
      expectUnauthenticated(yield* get("/tenant/whoami", { authorization: "Bearer a.b.c" }), "invalid_session")
      const consumer = yield* signUp("ada@example.com")
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session: consumer.token } }), "invalid_session")
      expectUnauthenticated(yield* get("/tenant/whoami", { authorization: `Bearer ${consumer.jwt}` }), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("a good member JWT is accepted locally: one JWKS fetch, no authenticate; maxTokenAgeSeconds: 0 asks Stytch every time", () => {
    const { layer, log } = counted()
    return Effect.gen(function* () {
      const { ada, jwt } = yield* adaSession
      for (let i = 0; i < 3; i++) expect(whoami(yield* get("/tenant/whoami", { cookies: { stytch_session_jwt: jwt } })).member_id).toBe(ada.member_id)
      expect([log.count(b2bJwks), log.count(b2bAuthenticate)]).toEqual([1, 0])
      for (let i = 0; i < 3; i++) expect(whoami(yield* get("/fresh/tenant/whoami", { authorization: `Bearer ${jwt}` })).member_id).toBe(ada.member_id)
      expect([log.count(b2bJwks), log.count(b2bAuthenticate)]).toEqual([1, 3])
    }).pipe(Effect.provide(layer))
  })

  it.live("a revoked member session: its token 401 at once; its JWT accepted locally until it expires, 401 at once with maxTokenAgeSeconds: 0", () => {
    const { layer, log } = counted()
    return Effect.gen(function* () {
      const { ada, token, jwt } = yield* adaSession
      const expired = yield* agedJwt(jwt, 400)
      yield* Effect.flatMap(B2BSessions, (sessions) => sessions.revoke({ session_token: token }))
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session: token } }), "invalid_session")
      const asked = log.count(b2bAuthenticate)
      expect(whoami(yield* get("/tenant/whoami", { cookies: { stytch_session_jwt: jwt } })).member_id).toBe(ada.member_id)
      expect(log.count(b2bAuthenticate)).toBe(asked)
      expectUnauthenticated(yield* get("/fresh/tenant/whoami", { cookies: { stytch_session_jwt: jwt } }), "invalid_session")
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session_jwt: expired } }), "invalid_session")
      expect(log.count(b2bAuthenticate)).toBe(asked + 2)
    }).pipe(Effect.provide(layer))
  })

  it.live("an expired member session (the emulator's clock past its hour): its token 401; its JWT until the JWT expires, or at once with maxTokenAgeSeconds: 0", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const { ada, token, jwt } = yield* adaSession
      yield* control.advanceClock("61 minutes")
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session: token } }), "invalid_session")
      // The JWT's expiry is read on this server's clock, which has not moved.
      expect(whoami(yield* get("/tenant/whoami", { authorization: `Bearer ${jwt}` })).member_id).toBe(ada.member_id)
      expectUnauthenticated(yield* get("/fresh/tenant/whoami", { authorization: `Bearer ${jwt}` }), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("a deleted member's session: its token 401; its JWT until the JWT expires, or at once with maxTokenAgeSeconds: 0", () =>
    Effect.gen(function* () {
      const { acme, ada, token, jwt } = yield* adaSession
      const expired = yield* agedJwt(jwt, 400)
      yield* Effect.flatMap(B2BOrganizations, (organizations) =>
        organizations.members.delete({ organization_id: acme.organization_id, member_id: ada.member_id })
      )
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session: token } }), "invalid_session")
      expect(whoami(yield* get("/tenant/whoami", { cookies: { stytch_session_jwt: jwt } })).member_id).toBe(ada.member_id)
      expectUnauthenticated(yield* get("/fresh/tenant/whoami", { cookies: { stytch_session_jwt: jwt } }), "invalid_session")
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session_jwt: expired } }), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("Stytch failing (5xx, dropped) when it is asked: 503; a good JWT checked locally does not ask it", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const { token, jwt } = yield* adaSession
      const path = "/v1/b2b/sessions/authenticate"
      // A good JWT rides out the outage: the fault waits for the first call to Stytch.
      yield* control.injectFault({ path, kind: "status", status: 500, times: 1 })
      expect(whoami(yield* get("/tenant/whoami", { cookies: { stytch_session: token, stytch_session_jwt: jwt } })).credential).toEqual({
        kind: "session_jwt",
        source: "cookie"
      })
      // Asked about the JWT, the failing Stytch is a 503, not a fallback to the token cookie.
      expectUnavailable(yield* get("/fresh/tenant/whoami", { cookies: { stytch_session: token, stytch_session_jwt: jwt } }))
      yield* control.injectFault({ path, kind: "drop", times: 1 })
      expectUnavailable(yield* get("/tenant/whoami", { authorization: `Bearer ${yield* agedJwt(jwt, 400)}` }))
      expect(whoami(yield* get("/fresh/tenant/whoami", { authorization: `Bearer ${jwt}` })).credential).toEqual({ kind: "session_jwt", source: "bearer" })
    }).pipe(Effect.provide(served)))

  it.live("Stytch unreachable (connection refused): 503", () =>
    Effect.gen(function* () {
      expectUnavailable(yield* get("/tenant/whoami", { cookies: { stytch_session: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" } }))
      expectUnauthenticated(yield* get("/tenant/whoami"), "missing_credentials")
    }).pipe(
      Effect.provide(
        serveB2B.pipe(
          Layer.provide(B2BSessions.layer),
          Layer.provide(
            StytchClient.layer({ projectId: StytchEmulator.defaultProjectId, secret: Redacted.make(StytchEmulator.defaultSecret), baseUrl: "http://127.0.0.1:1", retry: false })
          ),
          Layer.provide(FetchHttpClient.layer),
          Layer.orDie
        )
      )
    ))
})
