/**
 * The middlewares as HttpApi security: the schemes a tag declares (and the mistakes refused
 * when it is declared), the OpenAPI document that lists them on every protected operation, and
 * the one search per request that the last scheme's handler runs for them all.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import { HttpRouter, HttpServer, HttpServerRequest } from "effect/http"
import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup, HttpApiMiddleware, OpenApi } from "effect/http-api"
import { AuthenticationUnavailable, B2BSessionAuth, CurrentSession, type CurrentSessionData, SessionAuth, SessionAuthFailure, Unauthenticated } from "effect4-stytch"
import { requestCredentials } from "../../src/middleware/credentials.js"
import { resolveSessionAuthOptions } from "../../src/middleware/options.js"
import { schemeHandlers } from "../../src/middleware/schemeHandlers.js"
import { sessionSecurity } from "../../src/middleware/security.js"
import { B2BApi, ConsumerApi, Me, Tenant } from "./support.js"

// Effect 4's `HttpApiSecurity.bearer` names its scheme `Bearer` (the scheme names are case-insensitive).
const bearer = {
  type: "http",
  scheme: "Bearer",
  description: "A Stytch session token, or a session JWT (three base64url segments), as `Authorization: Bearer <value>`. Tried before the cookies."
}
const jwtCookie = (name: string) => ({
  type: "apiKey",
  in: "cookie",
  name,
  description: "A Stytch session JWT, in a cookie. Tried after the bearer, before the token cookie."
})
const tokenCookie = (name: string) => ({ type: "apiKey", in: "cookie", name, description: "A Stytch session token, in a cookie. Tried last." })

describe("the OpenAPI document", () => {
  it("lists the bearer and cookie schemes, named after their cookie, and each protected operation's alternatives in order", () => {
    const spec = OpenApi.fromApi(ConsumerApi)
    expect(spec.components.securitySchemes).toEqual({
      stytch_session_bearer: bearer,
      stytch_session_jwt: jwtCookie("stytch_session_jwt"),
      stytch_session: tokenCookie("stytch_session"),
      app_jwt: jwtCookie("app_jwt"),
      app_session: tokenCookie("app_session")
    })
    // One requirement per scheme: any one of them is enough.
    expect(spec.paths["/me"]?.get?.security).toEqual([{ stytch_session_bearer: [] }, { stytch_session_jwt: [] }, { stytch_session: [] }])
    expect(spec.paths["/renamed/me"]?.get?.security).toEqual([{ stytch_session_bearer: [] }, { app_jwt: [] }, { app_session: [] }])
    expect(spec.paths["/cookie/me"]?.get?.security).toEqual([{ stytch_session_jwt: [] }, { stytch_session: [] }])
    expect(spec.paths["/bearer/me"]?.get?.security).toEqual([{ stytch_session_bearer: [] }])
    // The open endpoint asks for nothing, and nothing is asked API-wide.
    expect(spec.paths["/health"]?.get?.security).toEqual([])
    expect(spec.security).toEqual([])
  })

  it("B2BSessionAuth lists the same schemes; with SessionAuth in one API they are listed once", () => {
    const b2b = OpenApi.fromApi(B2BApi)
    expect(Object.keys(b2b.components.securitySchemes)).toEqual(["stytch_session_bearer", "stytch_session_jwt", "stytch_session", "b2b_jwt", "b2b_session"])
    expect(b2b.paths["/tenant/whoami"]?.get?.security).toEqual([{ stytch_session_bearer: [] }, { stytch_session_jwt: [] }, { stytch_session: [] }])
    expect(b2b.paths["/renamed/tenant/whoami"]?.get?.security).toEqual([{ stytch_session_bearer: [] }, { b2b_jwt: [] }, { b2b_session: [] }])
    class Both extends HttpApi.make("both").add(Me).add(Tenant) {}
    const both = OpenApi.fromApi(Both)
    expect(both.components.securitySchemes).toEqual({
      stytch_session_bearer: bearer,
      stytch_session_jwt: jwtCookie("stytch_session_jwt"),
      stytch_session: tokenCookie("stytch_session")
    })
    expect(both.paths["/tenant/whoami"]?.get?.security).toEqual(both.paths["/me"]?.get?.security)
  })
})

describe("declaring a tag", () => {
  it("SessionAuth and B2BSessionAuth declare the bearer, the JWT cookie and the token cookie, in that order", () => {
    expect(Object.keys(SessionAuth.security)).toEqual(["stytch_session_bearer", "stytch_session_jwt", "stytch_session"])
    expect(Object.keys(B2BSessionAuth.security)).toEqual(["stytch_session_bearer", "stytch_session_jwt", "stytch_session"])
    expect(SessionAuth.key).toBe("effect4-stytch/SessionAuth")
  })

  it("refuses a tag that reads nothing, two sources under one name, or a cookie name OpenAPI cannot use", () => {
    expect(() => SessionAuth.Tag<unknown>()("test/Nothing", { bearer: false, sessionJwtCookie: false, sessionTokenCookie: false })).toThrow(
      "test/Nothing: no credential source"
    )
    expect(() => B2BSessionAuth.Tag<unknown>()("test/Same", { sessionJwtCookie: "session", sessionTokenCookie: "session" })).toThrow(
      "test/Same: two credential sources share the name"
    )
    expect(() => SessionAuth.Tag<unknown>()("test/Clash", { sessionTokenCookie: "stytch_session_bearer" })).toThrow("share the name")
    expect(() => SessionAuth.Tag<unknown>()("test/Space", { sessionJwtCookie: "my jwt" })).toThrow(`the cookie name "my jwt" cannot name`)
    expect(() => SessionAuth.Tag<unknown>()("test/Fine", { sessionJwtCookie: "__Host-app.jwt" })).not.toThrow()
  })

  it("refuses a maxTokenAgeSeconds or clockToleranceSeconds that is not a non-negative integer, and takes 0 and the rest", () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => SessionAuth.Tag<unknown>()("test/Age", { maxTokenAgeSeconds: bad })).toThrow(
        `test/Age: maxTokenAgeSeconds must be a non-negative integer number of seconds, not ${String(bad)}`
      )
      expect(() => B2BSessionAuth.Tag<unknown>()("test/Tolerance", { clockToleranceSeconds: bad })).toThrow(
        `test/Tolerance: clockToleranceSeconds must be a non-negative integer number of seconds`
      )
    }
    for (const good of [0, 1, 60, 300, undefined]) {
      expect(() => SessionAuth.Tag<unknown>()("test/Age", { maxTokenAgeSeconds: good, clockToleranceSeconds: good })).not.toThrow()
      expect(() => B2BSessionAuth.Tag<unknown>()("test/Age", { maxTokenAgeSeconds: good })).not.toThrow()
    }
  })
})

describe("schemeHandlers", () => {
  const where = resolveSessionAuthOptions()
  const security = sessionSecurity("test/Stub", where)

  /**
   * A middleware over a stub search (no Stytch): it fails the way the request's first
   * credential says (a bearer `outage` with a 503, `refused` with an `invalid_session` 401), or
   * finds a session. The API is served as the builder serves it, so the schemes are chained as
   * in production; `runs` counts the searches and `handled` the handler's runs.
   */
  const stubbed = () => {
    const counts = { runs: 0, handled: 0 }
    class Stub extends HttpApiMiddleware.Service<Stub, { provides: CurrentSession }>()("test/Stub", {
      error: SessionAuthFailure.members,
      security
    }) {}
    const search = Effect.flatMap(requestCredentials(where), (credentials): Effect.Effect<CurrentSessionData, Unauthenticated | AuthenticationUnavailable> => {
      counts.runs++
      const first = credentials[0]
      if (first === undefined) return Effect.fail(new Unauthenticated({ reason: "missing_credentials" }))
      if (first.source === "bearer" && first.kind === "session_token") {
        return Effect.fail(new AuthenticationUnavailable({ reason: "stytch_unavailable" }))
      }
      if (first.source === "bearer") return Effect.fail(new Unauthenticated({ reason: "invalid_session" }))
      const found: CurrentSessionData = {
        user_id: "user-test-1",
        session: { session_id: "session-test-1" } as CurrentSessionData["session"],
        custom_claims: {},
        credential: { kind: first.kind, source: first.source }
      }
      return Effect.succeed(found)
    })
    class Group extends HttpApiGroup.make("stub")
      .add(HttpApiEndpoint.get("me", "/me", { success: Schema.Struct({ user_id: Schema.String }) }))
      .add(HttpApiEndpoint.get("broken", "/broken", { success: Schema.Struct({ user_id: Schema.String }), error: Unauthenticated }))
      .middleware(Stub) {}
    class Api extends HttpApi.make("stub").add(Group) {}
    const live = HttpApiBuilder.layer(Api).pipe(
      Layer.provide(
        HttpApiBuilder.group(Api, "stub", (handlers) =>
          handlers
            .handle("me", () => Effect.map(CurrentSession, ({ user_id }) => (counts.handled++, { user_id })))
            // The endpoint's own failure: a declared 401 that is not the middleware's.
            .handle("broken", () => Effect.andThen(Effect.sync(() => counts.handled++), Effect.fail(new Unauthenticated({ reason: "invalid_session" }))))
        )
      ),
      Layer.provide(Layer.succeed(Stub, schemeHandlers(security, CurrentSession, search))),
      Layer.provide(HttpServer.layerServices)
    )
    const send = (path: string, headers: Record<string, string>) =>
      Effect.acquireUseRelease(
        Effect.sync(() => HttpRouter.toWebHandler(live, { disableLogger: true })),
        ({ handler }) =>
          Effect.promise(async () => {
            const response = await handler(new Request(`http://api.local${path}`, { headers }))
            return { status: response.status, body: await response.json() }
          }),
        ({ dispose }) => Effect.promise(dispose)
      )
    return { counts, send }
  }

  it.effect("gives every scheme a handler; all but the last step aside at once, without searching", () =>
    Effect.gen(function* () {
      let runs = 0
      const search = Effect.suspend((): Effect.Effect<CurrentSessionData> => {
        runs++
        return Effect.die("the search")
      })
      const handlers = schemeHandlers(security, CurrentSession, search)
      const names = Object.keys(handlers)
      expect(names).toEqual(Object.keys(security))
      const request = HttpServerRequest.fromWeb(new Request("http://api.local/me", { headers: { authorization: "Bearer token" } }))
      for (const name of names.slice(0, -1)) {
        const handler = handlers[name]
        if (handler === undefined) throw new Error(`no handler for ${name}`)
        const stepped = yield* Effect.flip(Effect.provideService(handler(Effect.die("the endpoint")), HttpServerRequest.HttpServerRequest, request))
        expect(stepped).toEqual(new Unauthenticated({ reason: "missing_credentials" }))
      }
      expect(runs).toBe(0)
    }))

  it.live("the search runs once per request, whatever the schemes, and its failure is the answer", () =>
    Effect.gen(function* () {
      const { counts, send } = stubbed()
      // An outage met on the bearer: the cookies the request lacks do not turn it into a 401.
      expect(yield* send("/me", { authorization: "Bearer token" })).toEqual({
        status: 503,
        body: { _tag: "AuthenticationUnavailable", reason: "stytch_unavailable" }
      })
      expect(yield* send("/me", {})).toEqual({ status: 401, body: { _tag: "Unauthenticated", reason: "missing_credentials" } })
      expect(yield* send("/me", { authorization: "Bearer a.b.c", cookie: "stytch_session=x" })).toEqual({
        status: 401,
        body: { _tag: "Unauthenticated", reason: "invalid_session" }
      })
      expect(counts).toEqual({ runs: 3, handled: 0 })
    }))

  it.live("a session found runs the endpoint once, with the session provided; the endpoint's own failure is its answer", () =>
    Effect.gen(function* () {
      const { counts, send } = stubbed()
      expect(yield* send("/me", { cookie: "stytch_session=x" })).toEqual({ status: 200, body: { user_id: "user-test-1" } })
      expect(counts).toEqual({ runs: 1, handled: 1 })
      expect(yield* send("/broken", { cookie: "stytch_session=x" })).toEqual({ status: 401, body: { _tag: "Unauthenticated", reason: "invalid_session" } })
      // The endpoint failing is not another scheme's turn: neither the search nor the endpoint runs again.
      expect(counts).toEqual({ runs: 2, handled: 2 })
    }))
})
