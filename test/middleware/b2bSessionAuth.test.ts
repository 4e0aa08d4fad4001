/**
 * `B2BSessionAuth` over real HTTP, like `SessionAuth`: a member session by cookie or bearer,
 * token or JWT, gives the handler the member, the organization and the member session; a
 * missing, refused, revoked, expired or deleted member's session is a 401; an unreachable
 * Stytch a 503.
 */
import { FetchHttpClient } from "@effect/platform"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import {
  B2BOrganizations,
  B2BPasswords,
  B2BSessions,
  Passwords,
  StytchClient
} from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { login, seedCast } from "../emulator/b2b/support.js"
import { signUp } from "../emulator/support.js"
import { type Answer, expectOk, expectUnauthenticated, expectUnavailable, get, serveB2B } from "./support.js"

/** The B2B API with `B2BSessionAuth` (and a renamed variant), over a fresh emulator whose client never retries. */
const served = serveB2B.pipe(
    Layer.provideMerge(
      Layer.mergeAll(B2BSessions.layer, B2BOrganizations.layer, Passwords.layer, B2BPasswords.layer).pipe(
        Layer.provideMerge(StytchEmulator.layer({ client: { retry: false } }))
      )
    )
  )

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

  it.live("a revoked member session: 401", () =>
    Effect.gen(function* () {
      const { token, jwt } = yield* adaSession
      yield* Effect.flatMap(B2BSessions, (sessions) => sessions.revoke({ session_token: token }))
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session: token } }), "invalid_session")
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session_jwt: jwt } }), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("an expired member session: 401", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const { token, jwt } = yield* adaSession
      yield* control.advanceClock("61 minutes")
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session: token } }), "invalid_session")
      expectUnauthenticated(yield* get("/tenant/whoami", { authorization: `Bearer ${jwt}` }), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("a deleted member's session: 401", () =>
    Effect.gen(function* () {
      const { acme, ada, token, jwt } = yield* adaSession
      yield* Effect.flatMap(B2BOrganizations, (organizations) =>
        organizations.members.delete({ organization_id: acme.organization_id, member_id: ada.member_id })
      )
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session: token } }), "invalid_session")
      expectUnauthenticated(yield* get("/tenant/whoami", { cookies: { stytch_session_jwt: jwt } }), "invalid_session")
    }).pipe(Effect.provide(served)))

  it.live("Stytch failing (5xx, dropped) or unreachable: 503", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const { token, jwt } = yield* adaSession
      yield* control.injectFault({ path: "/v1/b2b/sessions/authenticate", kind: "status", status: 500, times: 1 })
      expectUnavailable(yield* get("/tenant/whoami", { cookies: { stytch_session: token, stytch_session_jwt: jwt } }))
      yield* control.injectFault({ path: "/v1/b2b/sessions/authenticate", kind: "drop", times: 1 })
      expectUnavailable(yield* get("/tenant/whoami", { authorization: `Bearer ${jwt}` }))
      expect(whoami(yield* get("/tenant/whoami", { authorization: `Bearer ${jwt}` })).credential).toEqual({ kind: "session_jwt", source: "bearer" })
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
