import { describe, expect, it } from "@effect/vitest"
import { Duration, Effect, Exit, Fiber, Schedule, Schema, TestClock } from "effect"
import {
  Endpoint,
  InternalServerError,
  Passwords,
  ServerUnavailable,
  type StytchConfig,
  StytchClient,
  TooManyRequests
} from "../../src/index.js"
import { stubClient } from "../support/client.js"
import { json, type Reply, strengthCheckOk, stubHttp, stytchError } from "../support/stubHttp.js"

// An endpoint that acts (like create): not safe to repeat after the server may have acted.
const unsafe = Endpoint.make({
  ...Passwords.endpoints.strengthCheck,
  name: "test.unsafe",
  path: "/v1/test/unsafe",
  errors: [TooManyRequests, ServerUnavailable, InternalServerError],
  retrySafe: false
})
const safe = Endpoint.make({ ...unsafe, name: "test.safe", path: "/v1/test/safe", retrySafe: true })

const noJitter: Partial<StytchConfig.Options> = { retry: { jitter: false } }

/** Starts a call in the background so the test can move the clock. */
const start = (
  endpoint: Endpoint.Endpoint,
  reply: (attempt: number) => Reply,
  options: Partial<StytchConfig.Options> = noJitter
) =>
  Effect.gen(function* () {
    const stub = stubHttp((_, attempt) => reply(attempt))
    const fiber = yield* Effect.flatMap(StytchClient, (stytch) => stytch.call(endpoint, { password: "pw" })).pipe(
      Effect.provide(stubClient(stub, options)),
      Effect.fork
    )
    const attempts = () => stub.recorded.length
    // Let the fiber build its layer and send the first attempt before the test looks.
    for (let i = 0; i < 1000 && attempts() === 0; i++) yield* Effect.yieldNow()
    const advance = (millis: number) => TestClock.adjust(Duration.millis(millis)).pipe(Effect.map(attempts))
    return { fiber, attempts, advance, stub }
  })

describe("retries and timeouts", () => {
  it.effect("does not repeat an unsafe endpoint after a 500", () =>
    Effect.gen(function* () {
      const run = yield* start(unsafe, () => stytchError(500, "internal_server_error"))
      const exit = yield* Fiber.await(run.fiber)
      expect(run.attempts()).toBe(1)
      expect(exit).toMatchObject({ _tag: "Failure" })
      expect(Exit.isFailure(exit) && JSON.stringify(exit.cause)).toContain("InternalServerError")
    })
  )

  it.effect("retries a safe endpoint after a 500 with exponential backoff, 3 attempts in all", () =>
    Effect.gen(function* () {
      const run = yield* start(safe, () => stytchError(500, "internal_server_error"))
      expect(run.attempts()).toBe(1)
      expect(yield* run.advance(249)).toBe(1)
      expect(yield* run.advance(1)).toBe(2)
      expect(yield* run.advance(499)).toBe(2)
      expect(yield* run.advance(1)).toBe(3)
      const error = yield* Fiber.join(run.fiber).pipe(Effect.flip)
      expect(error._tag).toBe("InternalServerError")
      expect(yield* run.advance(60_000)).toBe(3)
    })
  )

  it.effect("succeeds when a retry succeeds", () =>
    Effect.gen(function* () {
      const run = yield* start(safe, (attempt) => (attempt === 1 ? stytchError(502, "bad_gateway") : json(200, strengthCheckOk)))
      yield* run.advance(250)
      const result = yield* Fiber.join(run.fiber)
      expect(result.request_id).toBe("request-id-test-ok")
      expect(run.attempts()).toBe(2)
    })
  )

  it.effect("retries a 503 on an unsafe endpoint, waiting the Retry-After seconds", () =>
    Effect.gen(function* () {
      const run = yield* start(unsafe, (attempt) =>
        attempt === 1 ? stytchError(503, "server_unavailable", {}) : json(200, strengthCheckOk)
      )
      expect(run.attempts()).toBe(1)
      // The stub's reply has no header yet: use one with Retry-After.
      yield* Fiber.interrupt(run.fiber)
      const withHeader = yield* start(unsafe, (attempt) =>
        attempt === 1 ? withRetryAfter(stytchError(503, "server_unavailable"), "2") : json(200, strengthCheckOk)
      )
      expect(yield* withHeader.advance(1999)).toBe(1)
      expect(yield* withHeader.advance(1)).toBe(2)
      expect((yield* Fiber.join(withHeader.fiber)).status_code).toBe(200)
    })
  )

  it.effect("a proxy's 503 page (HTML, not Stytch's) is retried after its Retry-After, which the error keeps", () =>
    Effect.gen(function* () {
      const page = { status: 503, body: "<html><body>Service Unavailable</body></html>", headers: { "content-type": "text/html", "retry-after": "2" } }
      const run = yield* start(unsafe, (attempt) => (attempt === 1 ? page : json(200, strengthCheckOk)))
      expect(yield* run.advance(1999)).toBe(1)
      expect(yield* run.advance(1)).toBe(2)
      yield* Fiber.join(run.fiber)
      const refused = yield* start(unsafe, () => page, { retry: false })
      expect(yield* Effect.flip(Fiber.join(refused.fiber))).toMatchObject({
        _tag: "StytchUnexpectedResponse",
        http_status: 503,
        retry_after_ms: 2000,
        excerpt: "<html><body>Service Unavailable</body></html>"
      })
    })
  )

  it.effect("honours a Retry-After given as an HTTP date on a 429", () =>
    Effect.gen(function* () {
      const at = new Date(3000).toUTCString() // the test clock starts at the epoch
      const run = yield* start(unsafe, (attempt) =>
        attempt === 1 ? withRetryAfter(stytchError(429, "too_many_requests"), at) : json(200, strengthCheckOk)
      )
      expect(yield* run.advance(2999)).toBe(1)
      expect(yield* run.advance(1)).toBe(2)
      yield* Fiber.join(run.fiber)
    })
  )

  it.effect("gives up at once when Retry-After is longer than the cap, keeping the delay on the error", () =>
    Effect.gen(function* () {
      const run = yield* start(unsafe, () => withRetryAfter(stytchError(429, "too_many_requests"), "120"))
      const error = yield* Fiber.join(run.fiber).pipe(Effect.flip)
      expect(run.attempts()).toBe(1)
      expect(error).toMatchObject({ _tag: "TooManyRequests", retry_after_ms: 120_000, http_status: 429 })
    })
  )

  it.effect("bounds the attempts", () =>
    Effect.gen(function* () {
      const run = yield* start(unsafe, () => stytchError(503, "server_unavailable"))
      yield* run.advance(10_000)
      expect(run.attempts()).toBe(3)
      expect((yield* Fiber.join(run.fiber).pipe(Effect.flip))._tag).toBe("ServerUnavailable")
      const five = yield* start(unsafe, () => stytchError(503, "server_unavailable"), { retry: { attempts: 5 } })
      yield* five.advance(60_000)
      expect(five.attempts()).toBe(5)
    })
  )

  it.effect("does not retry when retries are off", () =>
    Effect.gen(function* () {
      const run = yield* start(unsafe, () => stytchError(503, "server_unavailable"), { retry: false })
      yield* Fiber.await(run.fiber)
      expect(run.attempts()).toBe(1)
    })
  )

  it.effect("takes a Schedule of the user's, still under the safety rule and Retry-After", () =>
    Effect.gen(function* () {
      const retry = Schedule.spaced("1 second").pipe(Schedule.intersect(Schedule.recurs(1)))
      const run = yield* start(unsafe, () => stytchError(503, "server_unavailable"), { retry })
      expect(yield* run.advance(999)).toBe(1)
      expect(yield* run.advance(1)).toBe(2)
      expect(yield* run.advance(10_000)).toBe(2)
      const unsafe500 = yield* start(unsafe, () => stytchError(500, "internal_server_error"), { retry })
      yield* unsafe500.advance(10_000)
      expect(unsafe500.attempts()).toBe(1)
    })
  )

  it.effect("times an attempt out by interruption after the default 30 seconds", () =>
    Effect.gen(function* () {
      const run = yield* start(unsafe, () => ({ hang: true }))
      expect(yield* run.advance(29_999)).toBe(1)
      yield* run.advance(1)
      const error = yield* Fiber.join(run.fiber).pipe(Effect.flip)
      expect(error).toMatchObject({ _tag: "StytchTimeout", timeout_ms: 30_000, path: "/v1/test/unsafe" })
      expect(run.attempts()).toBe(1)
    })
  )

  it.effect("retries a timeout only on a safe endpoint, with the configured timeout", () =>
    Effect.gen(function* () {
      const run = yield* start(safe, () => ({ hang: true }), { timeout: "2 seconds", retry: { jitter: false } })
      expect(yield* run.advance(2000)).toBe(1)
      expect(yield* run.advance(250)).toBe(2)
      expect(yield* run.advance(2000 + 500)).toBe(3)
      yield* run.advance(2000)
      expect((yield* Fiber.join(run.fiber).pipe(Effect.flip))._tag).toBe("StytchTimeout")
    })
  )

  it.live("times out on the live clock too, interrupting the request; an infinite timeout sets no timer", () =>
    Effect.gen(function* () {
      const stub = stubHttp(() => ({ hang: true }))
      const call = Effect.flatMap(StytchClient, (stytch) => stytch.call(unsafe, { password: "pw" }))
      const error = yield* call.pipe(Effect.provide(stubClient(stub, { timeout: "30 millis" })), Effect.flip)
      expect(error).toMatchObject({ _tag: "StytchTimeout", timeout_ms: 30 })
      expect(stub.interrupted).toHaveLength(1)
      const forever = yield* call.pipe(
        Effect.provide(stubClient(stub, { timeout: Duration.infinity })),
        Effect.timeoutOption("100 millis")
      )
      expect(forever).toMatchObject({ _tag: "None" })
      expect(stub.interrupted).toHaveLength(2)
    })
  )

  it.effect("an interrupted call interrupts its request and leaves no timer behind", () =>
    Effect.gen(function* () {
      const run = yield* start(unsafe, () => ({ hang: true }))
      yield* run.advance(1_000)
      yield* Fiber.interrupt(run.fiber)
      expect(yield* run.advance(60_000)).toBe(1)
      expect(yield* Fiber.await(run.fiber)).toMatchObject({ _tag: "Failure" })
      expect(Exit.isInterrupted(yield* Fiber.await(run.fiber))).toBe(true)
      expect(run.stub.interrupted).toHaveLength(1)
    })
  )

  it.effect("jitters each delay within 80% to 120% and caps it at maxDelay", () =>
    Effect.gen(function* () {
      const jittered = yield* start(safe, () => stytchError(500, "internal_server_error"), { retry: {} })
      expect(yield* jittered.advance(199)).toBe(1)
      expect(yield* jittered.advance(101)).toBe(2)
      yield* Fiber.interrupt(jittered.fiber)
      const capped = yield* start(safe, () => stytchError(500, "internal_server_error"), {
        retry: { attempts: 4, baseDelay: "1 second", maxDelay: "1500 millis", jitter: false }
      })
      expect(yield* capped.advance(1000)).toBe(2)
      expect(yield* capped.advance(1499)).toBe(2)
      expect(yield* capped.advance(1)).toBe(3)
      expect(yield* capped.advance(1500)).toBe(4)
      expect((yield* Fiber.join(capped.fiber).pipe(Effect.flip))._tag).toBe("InternalServerError")
    })
  )

  it.effect("steps a stateful Schedule afresh for every call", () =>
    Effect.gen(function* () {
      const retry = Schedule.exponential("100 millis").pipe(Schedule.intersect(Schedule.recurs(2)))
      for (const _ of [1, 2]) {
        const run = yield* start(unsafe, () => stytchError(503, "server_unavailable"), { retry })
        expect(yield* run.advance(99)).toBe(1)
        expect(yield* run.advance(1)).toBe(2)
        expect(yield* run.advance(199)).toBe(2)
        expect(yield* run.advance(1)).toBe(3)
        expect(yield* run.advance(10_000)).toBe(3)
        expect((yield* Fiber.join(run.fiber).pipe(Effect.flip))._tag).toBe("ServerUnavailable")
      }
    })
  )

  it.effect("retries a refused connection on any endpoint: the server never saw it", () =>
    Effect.gen(function* () {
      const run = yield* start(unsafe, (attempt) => (attempt < 3 ? { fail: "refused" } : json(200, strengthCheckOk)))
      yield* run.advance(250 + 500)
      expect((yield* Fiber.join(run.fiber)).status_code).toBe(200)
      expect(run.attempts()).toBe(3)
    })
  )

  it.effect("does not repeat an unsafe call whose connection dropped mid-exchange", () =>
    Effect.gen(function* () {
      const run = yield* start(unsafe, () => ({ fail: "reset" }))
      const error = yield* Fiber.join(run.fiber).pipe(Effect.flip)
      expect(run.attempts()).toBe(1)
      expect(error).toMatchObject({ _tag: "StytchTransportError", request_sent: true, path: "/v1/test/unsafe" })
      const safeRun = yield* start(safe, (attempt) => (attempt === 1 ? { fail: "reset" } : json(200, strengthCheckOk)))
      yield* safeRun.advance(250)
      expect((yield* Fiber.join(safeRun.fiber)).status_code).toBe(200)
    })
  )

  it.effect("does not retry a request that fails its own schema", () =>
    Effect.gen(function* () {
      const stub = stubHttp(() => json(200, strengthCheckOk))
      const error = yield* Effect.flatMap(StytchClient, (stytch) =>
        stytch.call(safe, Schema.decodeUnknownSync(Schema.Struct({ password: Schema.String }))({ password: "pw" }))
      ).pipe(
        Effect.andThen(Effect.flatMap(StytchClient, (stytch) => stytch.call(Passwords.endpoints.strengthCheck, { password: "pw", email: "nope" }))),
        Effect.flip,
        Effect.provide(stubClient(stub, noJitter))
      )
      expect(error._tag).toBe("StytchInvalidRequest")
      expect(stub.recorded).toHaveLength(1)
    })
  )
})

function withRetryAfter(reply: Reply, value: string): Reply {
  return "status" in reply ? { ...reply, headers: { ...reply.headers, "retry-after": value } } : reply
}
