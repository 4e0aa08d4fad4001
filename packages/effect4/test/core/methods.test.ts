/**
 * GET and DELETE endpoints on the wire, against a recording stub: the method, the URL (path
 * parameters percent-encoded, query parameters encoded), no body, the headers, the spans, and
 * which failures each method retries.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Duration, Effect, Exit, Fiber, Layer, Option } from "effect"
import { TestClock } from "effect/testing"
import {
  B2BOrganizations,
  B2BSessions,
  Passwords,
  Sessions,
  StytchClient,
  type StytchConfig,
  StytchInvalidRequest,
  Users
} from "effect4-stytch"
import { anySuccessBody, base, refusedParameters } from "../cases/methods.js"
import { endpointNamed } from "../conformance/support.js"
import { capture, withCapture } from "../support/capture.js"
import { projectId, secret, stubClient } from "../support/client.js"
import { json, type Recorded, type Reply, stubHttp, stytchError } from "../support/stubHttp.js"

type Services = Users | Sessions | B2BSessions | B2BOrganizations | Passwords | StytchClient

const services = (stub: ReturnType<typeof stubHttp>, options: Partial<StytchConfig.Options> = {}) =>
  Layer.mergeAll(Users.layer, Sessions.layer, B2BSessions.layer, B2BOrganizations.layer, Passwords.layer).pipe(
    Layer.provideMerge(stubClient(stub, options))
  )

/** Calls an endpoint by its dotted name (the shared cases name them so) through the StytchClient. */
const callNamed = (name: string, request: unknown) =>
  Effect.flatMap(StytchClient, (stytch) => stytch.call(endpointNamed(name), request))

const envelope = { request_id: "request-id-test-1", status_code: 200 }
const anySuccess = json(200, anySuccessBody)

/** Runs a call on a stub answering `reply`, and returns what was sent. */
const sent = <A, E>(call: Effect.Effect<A, E, Services>, reply: Reply = anySuccess) =>
  Effect.gen(function* () {
    const stub = stubHttp(() => reply)
    const exit = yield* Effect.exit(call.pipe(Effect.provide(services(stub))))
    return { exit, recorded: stub.recorded }
  })

const only = (recorded: ReadonlyArray<Recorded>): Recorded => {
  expect(recorded).toHaveLength(1)
  const [request] = recorded
  if (request === undefined) throw new Error("nothing was sent")
  return request
}

describe("GET and DELETE on the wire", () => {
  it.effect("users.get: GET /v1/users/<id>, no body, no content-type, Basic auth and accept as for a POST", () =>
    Effect.gen(function* () {
      const { exit, recorded } = yield* sent(Effect.flatMap(Users, (users) => users.get({ user_id: "user-test-1" })))
      expect(exit._tag).toBe("Success")
      const request = only(recorded)
      expect(request.method).toBe("GET")
      expect(request.url).toBe(`${base}/v1/users/user-test-1`)
      expect(request.body).toBe("")
      expect(request.headers["content-type"]).toBeUndefined()
      expect(request.headers["content-length"]).toBeUndefined()
      expect(request.headers["accept"]).toBe("application/json")
      expect(request.headers["authorization"]).toBe(`Basic ${Buffer.from(`${projectId}:${secret}`).toString("base64")}`)
    })
  )

  it.effect("users.delete and users.deletePassword: DELETE with the id in the path, no body", () =>
    Effect.gen(function* () {
      const deleted = yield* sent(Effect.flatMap(Users, (users) => users.delete({ user_id: "user-test-1" })))
      const dropped = yield* sent(Effect.flatMap(Users, (users) => users.deletePassword({ password_id: "password-test-1" })))
      expect([deleted.exit._tag, dropped.exit._tag]).toEqual(["Success", "Success"])
      const [a, b] = [only(deleted.recorded), only(dropped.recorded)]
      expect([a.method, a.url, a.body]).toEqual(["DELETE", `${base}/v1/users/user-test-1`, ""])
      expect([b.method, b.url, b.body]).toEqual(["DELETE", `${base}/v1/users/passwords/password-test-1`, ""])
      expect(a.headers["content-type"]).toBeUndefined()
    })
  )

  it.effect("sessions.get: the user id in the query string, nothing else", () =>
    Effect.gen(function* () {
      const { recorded } = yield* sent(Effect.flatMap(Sessions, (sessions) => sessions.get({ user_id: "user-test-1" })))
      const request = only(recorded)
      expect([request.method, request.url, request.body]).toEqual(["GET", `${base}/v1/sessions?user_id=user-test-1`, ""])
    })
  )

  it.effect("b2bSessions.get: both query parameters, in the description's order", () =>
    Effect.gen(function* () {
      const { recorded } = yield* sent(
        Effect.flatMap(B2BSessions, (b2bSessions) => b2bSessions.get({ member_id: "member-test-1", organization_id: "acme" }))
      )
      expect(only(recorded).url).toBe(`${base}/v1/b2b/sessions?organization_id=acme&member_id=member-test-1`)
    })
  )

  it.effect("query values are percent-encoded, and decode back to exactly what was given", () =>
    Effect.gen(function* () {
      const awkward = "a b&c=d/é+?#%"
      const { recorded } = yield* sent(Effect.flatMap(Sessions, (sessions) => sessions.get({ user_id: awkward })))
      const url = new URL(only(recorded).url)
      expect(url.search).toBe("?user_id=a%20b%26c%3Dd%2F%C3%A9%2B%3F%23%25")
      expect(url.searchParams.get("user_id")).toBe(awkward)
      expect([...url.searchParams.keys()]).toEqual(["user_id"])
    })
  )

  it.effect("path values are percent-encoded into one segment: a / cannot reach another path", () =>
    Effect.gen(function* () {
      const { recorded } = yield* sent(Effect.flatMap(Users, (users) => users.get({ user_id: "a/b?c#d %é" })))
      const url = new URL(only(recorded).url)
      expect(url.pathname).toBe("/v1/users/a%2Fb%3Fc%23d%20%25%C3%A9")
      expect(url.search).toBe("")
      expect(url.pathname.split("/")).toHaveLength(4)
      expect(decodeURIComponent(url.pathname.split("/")[3] ?? "")).toBe("a/b?c#d %é")
    })
  )

  it.effect("the JWKS: the project id in the path", () =>
    Effect.gen(function* () {
      const consumer = yield* sent(Effect.flatMap(Sessions, (sessions) => sessions.getJWKS({ project_id: projectId })))
      const b2b = yield* sent(Effect.flatMap(B2BSessions, (b2bSessions) => b2bSessions.getJWKS({ project_id: projectId })))
      expect(only(consumer.recorded).url).toBe(`${base}/v1/sessions/jwks/${projectId}`)
      expect(only(b2b.recorded).url).toBe(`${base}/v1/b2b/sessions/jwks/${projectId}`)
    })
  )

  it.effect("members.delete: two path parameters, the member session as a header, still no body", () =>
    Effect.gen(function* () {
      const { exit, recorded } = yield* sent(
        Effect.flatMap(B2BOrganizations, (organizations) =>
          organizations.members.delete({
            organization_id: "acme corp",
            member_id: "member-test-1",
            authorization: { session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }
          })
        )
      )
      expect(exit._tag).toBe("Success")
      const request = only(recorded)
      expect([request.method, request.url, request.body]).toEqual([
        "DELETE",
        `${base}/v1/b2b/organizations/acme%20corp/members/member-test-1`,
        ""
      ])
      expect(request.headers["x-stytch-member-session"]).toBe("mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q")
    })
  )

  it.effect("a POST is unchanged: its JSON body and content-type", () =>
    Effect.gen(function* () {
      const { recorded } = yield* sent(
        Effect.flatMap(Sessions, (sessions) => sessions.revoke({ session_id: "session-test-1" })),
        json(200, envelope)
      )
      const request = only(recorded)
      expect([request.method, request.url, request.body]).toEqual(["POST", `${base}/v1/sessions/revoke`, `{"session_id":"session-test-1"}`])
      expect(request.headers["content-type"]).toBe("application/json")
    })
  )
})

describe("path and query parameters are checked before anything is sent", () => {
  const refusals = refusedParameters.map(([label, name, request, field]) => [label, callNamed(name, request), field] as const)
  for (const [label, call, field] of refusals) {
    it.effect(`${label}: StytchInvalidRequest naming ${field}, nothing sent`, () =>
      Effect.gen(function* () {
        const { exit, recorded } = yield* sent(call)
        expect(recorded).toEqual([])
        const error = Exit.isFailure(exit) ? Option.getOrUndefined(Cause.findErrorOption(exit.cause)) : undefined
        expect(error).toBeInstanceOf(StytchInvalidRequest)
        expect(error).toMatchObject({ _tag: "StytchInvalidRequest", field })
      })
    )
  }

  it.effect("a dot that is part of an id is sent as it is", () =>
    Effect.gen(function* () {
      const { recorded } = yield* sent(Effect.flatMap(Users, (users) => users.get({ user_id: "ada.lovelace" })))
      expect(only(recorded).url).toBe(`${base}/v1/users/ada.lovelace`)
    })
  )
})

describe("spans", () => {
  it.effect("Stytch.users.get, with an http.client GET span inside it; the span's path is the template", () =>
    Effect.gen(function* () {
      const captured = capture()
      const stub = stubHttp(() => anySuccess)
      yield* withCapture(Effect.flatMap(Users, (users) => users.get({ user_id: "user-test-1" })).pipe(Effect.provide(services(stub))), captured)
      const call = captured.spans.find((span) => span.name === "Stytch.users.get")
      expect(call?.attributes.get("stytch.path")).toBe("/v1/users/{user_id}")
      const http = captured.spans.find((span) => span.name === "http.client GET")
      expect(http?.parentName).toBe("Stytch.users.get")
      expect(http?.attributes.get("http.request.method")).toBe("GET")
      expect(String(http?.attributes.get("url.full"))).toBe(`${base}/v1/users/user-test-1`)
    })
  )

  it.effect("Stytch.b2b.organizations.members.delete, with an http.client DELETE span", () =>
    Effect.gen(function* () {
      const captured = capture()
      const stub = stubHttp(() => anySuccess)
      yield* withCapture(
        Effect.flatMap(B2BOrganizations, (organizations) => organizations.members.delete({ organization_id: "acme", member_id: "member-test-1" })).pipe(
          Effect.provide(services(stub))
        ),
        captured
      )
      expect(captured.spans.find((span) => span.name === "http.client DELETE")?.parentName).toBe("Stytch.b2b.organizations.members.delete")
    })
  )
})

describe("the member session a DELETE sends as a header is a credential", () => {
  it.effect("it is in no span, exit or log line, on success or failure", () =>
    Effect.gen(function* () {
      const token = "SECRET-member-session-token-0123456789abcdef"
      for (const reply of [anySuccess, stytchError(404, "session_not_found")]) {
        const captured = capture()
        const stub = stubHttp(() => reply)
        yield* withCapture(
          Effect.flatMap(B2BOrganizations, (organizations) =>
            organizations.members.delete({ organization_id: "acme", member_id: "member-test-1", authorization: { session_token: token } })
          ).pipe(Effect.provide(services(stub)), Effect.exit),
          captured
        )
        expect(only(stub.recorded).headers["x-stytch-member-session"]).toBe(token)
        expect(`${captured.everything()}\n${captured.exits.join("\n")}`).not.toContain(token)
      }
    })
  )
})

describe("retries: a GET after any transient failure, a DELETE only where the rule allows", () => {
  const noJitter: Partial<StytchConfig.Options> = { retry: { jitter: false } }

  /** Starts a call in the background, on a stub answering attempt by attempt, so the test can move the clock. */
  const start = <A, E>(call: Effect.Effect<A, E, Services>, reply: (attempt: number) => Reply) =>
    Effect.gen(function* () {
      const stub = stubHttp((_, attempt) => reply(attempt))
      const fiber = yield* call.pipe(Effect.provide(services(stub, noJitter)), Effect.forkChild)
      const attempts = () => stub.recorded.length
      for (let i = 0; i < 1000 && attempts() === 0; i++) yield* Effect.yieldNow
      const advance = (millis: number) => TestClock.adjust(Duration.millis(millis)).pipe(Effect.map(attempts))
      return { fiber, attempts, advance, stub }
    })

  const getUser = Effect.flatMap(Users, (users) => users.get({ user_id: "user-test-1" }))
  const deleteUser = Effect.flatMap(Users, (users) => users.delete({ user_id: "user-test-1" }))

  it.effect("a GET is retried after a 503, then after a 500, and succeeds", () =>
    Effect.gen(function* () {
      const run = yield* start(getUser, (attempt) =>
        attempt === 1 ? stytchError(503, "server_unavailable") : attempt === 2 ? stytchError(500, "internal_server_error") : anySuccess
      )
      expect(yield* run.advance(250)).toBe(2)
      expect(yield* run.advance(500)).toBe(3)
      expect((yield* Fiber.join(run.fiber)).user_id).toBe("user-test-1")
      expect(run.stub.recorded.map((request) => request.method)).toEqual(["GET", "GET", "GET"])
    })
  )

  it.effect("a GET is retried after a connection lost mid-exchange", () =>
    Effect.gen(function* () {
      const run = yield* start(getUser, (attempt) => (attempt === 1 ? { fail: "reset" } : anySuccess))
      expect(yield* run.advance(250)).toBe(2)
      yield* Fiber.join(run.fiber)
    })
  )

  it.effect("a DELETE is retried after a 503 (the server did not act), like every endpoint", () =>
    Effect.gen(function* () {
      const run = yield* start(deleteUser, (attempt) => (attempt === 1 ? stytchError(503, "server_unavailable") : anySuccess))
      expect(yield* run.advance(250)).toBe(2)
      expect((yield* Fiber.join(run.fiber)).user_id).toBe("user-test-1")
    })
  )

  it.effect("a DELETE is not retried after a 500: it may have acted", () =>
    Effect.gen(function* () {
      const run = yield* start(deleteUser, () => stytchError(500, "internal_server_error"))
      const error = yield* Fiber.join(run.fiber).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "StytchApiError", error_type: "internal_server_error", http_status: 500 })
      expect(yield* run.advance(60_000)).toBe(1)
    })
  )

  it.effect("a DELETE is not retried after a connection lost mid-exchange, but is after one never made", () =>
    Effect.gen(function* () {
      const lost = yield* start(deleteUser, () => ({ fail: "reset" }))
      const error = yield* Fiber.join(lost.fiber).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "StytchTransportError", request_sent: true })
      expect(yield* lost.advance(60_000)).toBe(1)
      const refused = yield* start(deleteUser, (attempt) => (attempt === 1 ? { fail: "refused" } : anySuccess))
      expect(yield* refused.advance(250)).toBe(2)
      yield* Fiber.join(refused.fiber)
    })
  )
})
