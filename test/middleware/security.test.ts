/**
 * The middlewares as HttpApi security: the schemes a tag declares (and the mistakes refused
 * when it is declared), the OpenAPI document that lists them on every protected operation, and
 * the per-request search that every scheme's handler shares.
 */
import { HttpApi, HttpServerRequest, OpenApi } from "@effect/platform"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Redacted } from "effect"
import { B2BSessionAuth, SessionAuth } from "../../src/index.js"
import { resolveSessionAuthOptions } from "../../src/middleware/options.js"
import { schemeHandlers } from "../../src/middleware/schemeHandlers.js"
import { sessionSecurity } from "../../src/middleware/security.js"
import { B2BApi, ConsumerApi, Me, Tenant } from "./support.js"

const bearer = {
  type: "http",
  scheme: "bearer",
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
    expect(SessionAuth.key).toBe("effect-stytch/SessionAuth")
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
  const security = sessionSecurity("test", resolveSessionAuthOptions())
  const request = () => HttpServerRequest.fromWeb(new Request("http://localhost/me"))

  /** The handlers chained as HttpApiBuilder chains a security middleware's schemes. */
  const chained = <A, E>(handlers: ReturnType<typeof schemeHandlers<A, E, never>>) => {
    const [first, ...rest] = Object.values(handlers)
    if (first === undefined) throw new Error("no scheme")
    return rest.reduce((previous, next) => Effect.catchAll(previous, () => next(Redacted.make(""))), first(Redacted.make("")))
  }

  it.effect("runs the search once per request, and every scheme after the first answers with its outcome", () =>
    Effect.gen(function* () {
      let runs = 0
      const failing = chained(schemeHandlers(security, Effect.suspend(() => Effect.fail(`failure of run ${++runs}`))))
      const first = request()
      expect(yield* Effect.exit(Effect.provideService(failing, HttpServerRequest.HttpServerRequest, first))).toEqual(Exit.fail("failure of run 1"))
      expect(runs).toBe(1)
      // The same request again (as if a second middleware run) still gets the first outcome.
      expect(yield* Effect.exit(Effect.provideService(failing, HttpServerRequest.HttpServerRequest, first))).toEqual(Exit.fail("failure of run 1"))
      expect(runs).toBe(1)
      // Another request gets a search of its own.
      expect(yield* Effect.exit(Effect.provideService(failing, HttpServerRequest.HttpServerRequest, request()))).toEqual(Exit.fail("failure of run 2"))
      expect(runs).toBe(2)
    }))

  it.effect("a success is the first handler's answer; the search is not run for the others", () =>
    Effect.gen(function* () {
      let runs = 0
      const handlers = schemeHandlers(security, Effect.sync(() => ++runs))
      expect(Object.keys(handlers)).toEqual(Object.keys(security))
      expect(yield* Effect.provideService(chained(handlers), HttpServerRequest.HttpServerRequest, request())).toBe(1)
      expect(runs).toBe(1)
    }))
})
