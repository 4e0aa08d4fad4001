/**
 * Routes with a method and a path template, over raw HTTP and through our client: matching,
 * 405 for another method on a known path, path and query parameters decoded with the request
 * schema, bodies of GET and DELETE ignored, hostile parameters answered in Stytch's shape
 * (never a 5xx), and faults on a templated path.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { Users } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { emulator, expectStytchError, raw, signUp } from "./support.js"

const withUsers = Users.layer.pipe(Layer.provideMerge(emulator()))

describe("routes with a method and a path template", () => {
  it.live("another method on a known path: 405 method_not_allowed; a path no template matches: 404 route_not_found", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      for (const method of ["POST", "PUT", "PATCH"]) {
        expectStytchError(yield* raw({ method, path: `/v1/users/${ada.user_id}`, body: {} }), 405, "method_not_allowed")
      }
      expectStytchError(yield* raw({ method: "GET", path: "/v1/users/passwords/password-test-1" }), 405, "method_not_allowed")
      expectStytchError(yield* raw({ method: "DELETE", path: `/v1/sessions?user_id=${ada.user_id}` }), 405, "method_not_allowed")
      expectStytchError(yield* raw({ method: "POST", path: "/v1/b2b/sessions", body: {} }), 405, "method_not_allowed")
      expectStytchError(yield* raw({ method: "GET", path: "/v1/b2b/organizations/acme/members/member-test-1" }), 405, "method_not_allowed")
      for (const path of [`/v1/users/${ada.user_id}/extra`, "/v1/b2b/organizations/acme/members", "/v1/users/passwords/a/b"]) {
        expectStytchError(yield* raw({ method: "GET", path }), 404, "route_not_found")
      }
      // The exact routes keep working next to the templates.
      expect((yield* raw({ path: "/v1/sessions/authenticate", body: {} })).status).toBe(400)
    }).pipe(Effect.provide(emulator())))

  it.live("they need Basic auth like every /v1 route but the JWKS", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      expectStytchError(yield* raw({ method: "GET", path: `/v1/users/${ada.user_id}`, authorization: null }), 401, "unauthorized_credentials")
      expectStytchError(yield* raw({ method: "DELETE", path: `/v1/users/${ada.user_id}`, authorization: null }), 401, "unauthorized_credentials")
      expectStytchError(yield* raw({ method: "GET", path: `/v1/sessions?user_id=${ada.user_id}`, authorization: null }), 401, "unauthorized_credentials")
      // Nothing was done.
      expect((yield* raw({ method: "GET", path: `/v1/users/${ada.user_id}` })).status).toBe(200)
    }).pipe(Effect.provide(emulator())))

  it.live("a parameter that fails its schema answers with the field's own type; a missing one invalid_argument", () =>
    Effect.gen(function* () {
      expectStytchError(yield* raw({ method: "GET", path: "/v1/users/" }), 400, "invalid_user_id")
      expectStytchError(yield* raw({ method: "DELETE", path: "/v1/users/passwords/" }), 400, "invalid_password_id")
      expectStytchError(yield* raw({ method: "GET", path: "/v1/sessions?user_id=" }), 400, "invalid_user_id")
      const missing = expectStytchError(yield* raw({ method: "GET", path: "/v1/sessions" }), 400, "invalid_argument")
      expect(missing.error_message).toContain("user_id")
      expectStytchError(yield* raw({ method: "GET", path: "/v1/b2b/sessions?member_id=member-test-1" }), 400, "invalid_argument")
      expectStytchError(yield* raw({ method: "GET", path: "/v1/b2b/sessions?organization_id=&member_id=member-test-1" }), 400, "invalid_organization_id")
    }).pipe(Effect.provide(emulator())))

  it.live("query parameters: percent-escapes and + decoded, the first of a repeated one used, unknown ones ignored", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const encoded = encodeURIComponent(ada.user_id).replace(/-/g, "%2D")
      const listed = yield* raw({ method: "GET", path: `/v1/sessions?expand=all&user_id=${encoded}&user_id=user-test-other` })
      expect(listed.status).toBe(200)
      expect(listed.json).toMatchObject({ sessions: [{ user_id: ada.user_id }] })
      const spaced = yield* raw({ method: "GET", path: "/v1/sessions?user_id=not+an+id" })
      expect(expectStytchError(spaced, 400, "invalid_user_id").error_message).toContain("user_id")
    }).pipe(Effect.provide(emulator())))

  it.live("a body sent with a DELETE is not read (the Node SDK sends {} with one)", () =>
    Effect.gen(function* () {
      const ada = yield* signUp("ada@example.com")
      const other = yield* signUp("grace@example.com")
      const unread = yield* raw({ method: "DELETE", path: "/v1/users/passwords/password-test-00000000-0000-4000-8000-000000000000", body: "{ not json" })
      expectStytchError(unread, 404, "password_not_found")
      // A user_id in the body does not override the path's.
      const deleted = yield* raw({ method: "DELETE", path: `/v1/users/${ada.user_id}`, body: { user_id: other.user_id } })
      expect([deleted.status, deleted.json]).toMatchObject([200, { user_id: ada.user_id }])
      expect((yield* raw({ method: "GET", path: `/v1/users/${other.user_id}` })).status).toBe(200)
    }).pipe(Effect.provide(emulator())))

  it.live("hostile path and query values: a Stytch-shaped 4xx, never a 5xx", () =>
    Effect.gen(function* () {
      const values = ["%E0%A4%A", "%zz", "%", "%00", "%F0%9F%98%80".repeat(2_000), "a".repeat(20_000), "%2F%2E%2E%2F", "..%2F..", "%5C..%5C", "%C0%AE%C0%AE", "{user_id}"]
      for (const value of values) {
        for (const path of [`/v1/users/${value}`, `/v1/users/passwords/${value}`, `/v1/sessions?user_id=${value}`, `/v1/b2b/sessions?organization_id=${value}&member_id=${value}`]) {
          const method = path.startsWith("/v1/users/passwords/") ? "DELETE" : "GET"
          const answer = yield* raw({ method, path })
          expect(answer.status, `${method} ${path.slice(0, 80)}`).toBeGreaterThanOrEqual(400)
          expect(answer.status, `${method} ${path.slice(0, 80)}`).not.toBeGreaterThanOrEqual(500)
          expectStytchError(answer, answer.status)
        }
      }
      // Encoded dot segments are resolved by the URL itself: they never reach a parameter.
      expectStytchError(yield* raw({ method: "GET", path: "/v1/users/%2e%2e" }), 404, "route_not_found")
    }).pipe(Effect.provide(emulator())))
})

/** The `times` left of each injected fault, from the control routes. */
const faultsLeft = Effect.map(raw({ method: "GET", path: "/emulator/v1/faults", authorization: null }), (answer) => {
  const faults: unknown = typeof answer.json === "object" && answer.json !== null ? Reflect.get(answer.json, "faults") : undefined
  return Array.isArray(faults) ? faults.map((fault: unknown) => (typeof fault === "object" && fault !== null ? Reflect.get(fault, "times") : undefined)) : []
})

describe("faults on a templated path", () => {
  it.live("apply to the path as requested; a GET is retried after the 503, a DELETE is not retried after a 500", () =>
    Effect.gen(function* () {
      const users = yield* Users
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      yield* control.injectFault({ path: `/v1/users/${ada.user_id}`, kind: "status", status: 503, times: 1 })
      expect((yield* users.get({ user_id: ada.user_id })).user_id).toBe(ada.user_id)
      expect(yield* faultsLeft).toEqual([])
      yield* control.injectFault({ path: `/v1/users/${ada.user_id}`, kind: "status", status: 500, error_type: "internal_server_error", times: 2 })
      const error = yield* Effect.flip(users.delete({ user_id: ada.user_id }))
      expect(error).toMatchObject({ _tag: "StytchApiError", error_type: "internal_server_error", http_status: 500 })
      // One attempt: one of the two faults is left, and the user is still there (the fault answered without acting).
      expect(yield* faultsLeft).toEqual([1])
      yield* control.clearFaults
      expect((yield* users.get({ user_id: ada.user_id })).user_id).toBe(ada.user_id)
    }).pipe(Effect.provide(withUsers)))
})
