/**
 * The pure parts of the middlewares: which credentials a request carries and in what order,
 * telling a JWT from a session token, telling a refusal from an outage, and the declared
 * errors as the HttpApi (and its OpenAPI document) see them.
 */
import { OpenApi } from "effect/http-api"
import { describe, expect, it } from "@effect/vitest"
import { Redacted, Schema } from "effect"
import {
  AuthenticationUnavailable,
  InvalidSessionToken,
  SessionAuthFailure,
  SessionNotFound,
  StytchApiError,
  StytchDecodeError,
  StytchInvalidRequest,
  StytchTimeout,
  StytchTransportError,
  StytchUnexpectedResponse,
  Unauthenticated,
  UnableToParseSessionJwt
} from "effect4-stytch"
import { bearerValue, credentialsOf, looksLikeJwt } from "../../src/middleware/credentials.js"
import { isRefusal } from "../../src/middleware/failures.js"
import { resolveSessionAuthOptions } from "../../src/middleware/options.js"
import { B2BApi, ConsumerApi } from "./support.js"

const defaults = resolveSessionAuthOptions()

const shown = (credentials: ReturnType<typeof credentialsOf>) =>
  credentials.map(({ kind, source, value }) => `${source}:${kind}:${Redacted.value(value)}`)

describe("credentialsOf", () => {
  it("reads the bearer, then the JWT cookie, then the token cookie", () => {
    const request = { cookies: { stytch_session: "tok", stytch_session_jwt: "h.p.s", other: "x" }, authorization: "Bearer bearer-token" }
    expect(shown(credentialsOf(request, defaults))).toEqual(["bearer:session_token:bearer-token", "cookie:session_jwt:h.p.s", "cookie:session_token:tok"])
  })

  it("follows the options: renamed cookies, cookies or bearer switched off", () => {
    const request = { cookies: { stytch_session: "tok", app_session: "mine" }, authorization: "Bearer a.b.c" }
    expect(shown(credentialsOf(request, resolveSessionAuthOptions({ sessionTokenCookie: "app_session" })))).toEqual([
      "bearer:session_jwt:a.b.c",
      "cookie:session_token:mine"
    ])
    expect(shown(credentialsOf(request, resolveSessionAuthOptions({ bearer: false })))).toEqual(["cookie:session_token:tok"])
    expect(shown(credentialsOf(request, resolveSessionAuthOptions({ sessionTokenCookie: false, sessionJwtCookie: false })))).toEqual([
      "bearer:session_jwt:a.b.c"
    ])
  })

  it("takes nothing from empty values, other schemes or inherited names", () => {
    expect(credentialsOf({ cookies: { stytch_session: "", stytch_session_jwt: "" }, authorization: "Bearer " }, defaults)).toEqual([])
    expect(credentialsOf({ cookies: {}, authorization: "Basic YTpi" }, defaults)).toEqual([])
    expect(credentialsOf({ cookies: {}, authorization: undefined }, resolveSessionAuthOptions({ sessionTokenCookie: "toString" }))).toEqual([])
  })

  it("keeps the value redacted", () => {
    const [credential] = credentialsOf({ cookies: { stytch_session: "secret-token" }, authorization: undefined }, defaults)
    expect(String(credential?.value)).not.toContain("secret-token")
    expect(JSON.stringify(credential)).not.toContain("secret-token")
  })
})

describe("bearerValue and looksLikeJwt", () => {
  it("reads `Bearer <value>` in any case, trimmed; nothing else", () => {
    expect(bearerValue("Bearer abc")).toBe("abc")
    expect(bearerValue("bearer  abc ")).toBe("abc")
    expect(bearerValue("BEARER\tabc")).toBe("abc")
    expect(bearerValue("Bearerabc")).toBeUndefined()
    expect(bearerValue("Bearer")).toBeUndefined()
    expect(bearerValue("Token abc")).toBeUndefined()
    expect(bearerValue(undefined)).toBeUndefined()
  })

  it("a JWT is three base64url segments; anything else is a session token", () => {
    expect(looksLikeJwt("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln-_")).toBe(true)
    expect(looksLikeJwt("a.b.c")).toBe(true)
    expect(looksLikeJwt("mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q")).toBe(false)
    expect(looksLikeJwt("a.b")).toBe(false)
    expect(looksLikeJwt("a.b.c.d")).toBe(false)
    expect(looksLikeJwt("a..c")).toBe(false)
    expect(looksLikeJwt("a.b.c=")).toBe(false)
    expect(looksLikeJwt("a.b/c.d")).toBe(false)
  })
})

describe("isRefusal", () => {
  const api = (http_status: number, error_type = "whatever") => ({
    status_code: http_status,
    request_id: "request-id-test-1",
    error_type,
    error_message: "",
    error_url: "",
    http_status
  })

  it("a 4xx about the session is a refusal", () => {
    expect(isRefusal(new SessionNotFound(api(404, "session_not_found")))).toBe(true)
    expect(isRefusal(new InvalidSessionToken(api(400, "invalid_session_token")))).toBe(true)
    expect(isRefusal(new UnableToParseSessionJwt(api(400, "unable_to_parse_session_jwt")))).toBe(true)
    expect(isRefusal(new StytchApiError(api(400)))).toBe(true)
    expect(isRefusal(new StytchApiError(api(404)))).toBe(true)
    expect(isRefusal(new StytchInvalidRequest({ path: "/v1/sessions/authenticate", field: "session_token", issue: "x" }))).toBe(true)
  })

  it("our own credentials refused, rate limits, 5xx and failures to talk are not", () => {
    for (const status of [401, 403, 429, 500, 502, 503, 504]) expect(isRefusal(new StytchApiError(api(status)))).toBe(false)
    expect(isRefusal(new StytchTransportError({ path: "/", request_sent: false, description: "refused" }))).toBe(false)
    expect(isRefusal(new StytchTimeout({ path: "/", timeout_ms: 1 }))).toBe(false)
    expect(isRefusal(new StytchUnexpectedResponse({ path: "/", http_status: 200, content_type: "text/html", excerpt: "" }))).toBe(false)
    expect(isRefusal(new StytchDecodeError({ path: "/", http_status: 200, request_id: "r", field: "f", issue: "i" }))).toBe(false)
  })
})

describe("the declared errors", () => {
  it("carry their status and encode to a body with only the tag and the reason", () => {
    expect(Unauthenticated.ast.annotations?.httpApiStatus).toBe(401)
    expect(AuthenticationUnavailable.ast.annotations?.httpApiStatus).toBe(503)
    expect(SessionAuthFailure.members).toEqual([Unauthenticated, AuthenticationUnavailable])
    const encode = Schema.encodeSync(SessionAuthFailure)
    expect(encode(new Unauthenticated({ reason: "invalid_session" }))).toEqual({ _tag: "Unauthenticated", reason: "invalid_session" })
    expect(encode(new AuthenticationUnavailable({ reason: "stytch_unavailable" }))).toEqual({
      _tag: "AuthenticationUnavailable",
      reason: "stytch_unavailable"
    })
  })

  it("appear in the OpenAPI document on protected endpoints only, each under its own status", () => {
    const consumer = OpenApi.fromApi(ConsumerApi)
    expect(Object.keys(consumer.paths["/me"]?.get?.responses ?? {}).sort()).toEqual(["200", "401", "503"])
    expect(Object.keys(consumer.paths["/health"]?.get?.responses ?? {}).sort()).toEqual(["200"])
    expect(consumer.paths["/me"]?.get?.responses["401"]?.description).toBe("Unauthenticated")
    expect(consumer.paths["/me"]?.get?.responses["503"]?.description).toBe("AuthenticationUnavailable")
    const b2b = OpenApi.fromApi(B2BApi)
    expect(Object.keys(b2b.paths["/tenant/whoami"]?.get?.responses ?? {}).sort()).toEqual(["200", "401", "503"])
  })
})
