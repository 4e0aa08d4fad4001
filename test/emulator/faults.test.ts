/**
 * Injected faults, seen through our client: retried statuses, dropped connections,
 * bodies that are not JSON, latency past the client's timeout.
 */
import { describe, expect, it } from "@effect/vitest"
import { Chunk, Duration, Effect, Fiber, Option, TestClock } from "effect"
import { Passwords } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { emulator, expectStytchError, noRetry, raw, strong } from "./support.js"

/** The faults still pending, read over the control route. */
const faults = Effect.map(raw({ method: "GET", path: "/emulator/v1/faults", authorization: null }), (answer): ReadonlyArray<unknown> => {
  const json = answer.json
  return typeof json === "object" && json !== null && "faults" in json && Array.isArray(json.faults) ? json.faults : []
})
const pendingFaults = Effect.map(faults, (pending) => pending.length)

/** Lets promises (the in-process exchange) run. */
const nextTick = Effect.promise(() => new Promise<void>((resolve) => setImmediate(resolve)))

describe("fault injection", () => {
  // TestClock: the wait before the retry is virtual, so the Retry-After floor can be checked exactly.
  it.effect("a 503 with Retry-After is retried, no sooner than Retry-After, then succeeds once", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: "/v1/passwords", kind: "status", status: 503, retry_after: "1", times: 1 })
      const fiber = yield* Effect.fork(passwords.create({ email: "ada@example.com", password: strong }))
      // Until the first attempt has met the fault.
      for (let i = 0; i < 1000 && (yield* pendingFaults) !== 0; i++) yield* nextTick
      expect(yield* pendingFaults).toBe(0)
      // Move the virtual clock in 100 ms steps while the retry waits (a sleep due within 5 s: the
      // attempt's own 30 s timeout is not one), letting the in-process exchange run between steps.
      let waited = 0
      let createdAt: number | undefined
      for (let step = 0; step < 2000 && Option.isNone(yield* Fiber.poll(fiber)); step++) {
        // The status fault does not act: no user until the retry.
        if (createdAt === undefined && (yield* control.users).length > 0) createdAt = waited
        const now = yield* TestClock.currentTimeMillis
        const retryWaits = Chunk.some(yield* TestClock.sleeps(), (wake) => wake <= now + 5000)
        if (createdAt === undefined && retryWaits && waited < 5000) {
          yield* TestClock.adjust(Duration.millis(100))
          waited += 100
        }
        yield* nextTick
      }
      const created = yield* Fiber.join(fiber)
      // Virtual time (TestClock), not speed: the retry waited the Retry-After, and came before
      // the loop's 5,000 virtual milliseconds ran out.
      expect(createdAt ?? waited).toBeGreaterThanOrEqual(1000)
      expect(waited).toBeLessThanOrEqual(4900)
      const users = yield* control.users
      expect(users.map((user) => user.user_id)).toEqual([created.user_id])
    }).pipe(Effect.provide(emulator())))

  it.live("without retries, the 503 reaches the caller with its Retry-After", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "status", status: 503, retry_after: "2", times: 1 })
      const error = yield* Effect.flip(passwords.strengthCheck({ password: strong }))
      expect(error._tag).toBe("StytchApiError")
      expect(error).toMatchObject({ http_status: 503, status_code: 503, error_type: "server_unavailable", retry_after_ms: 2000 })
      // Only the next request was affected.
      expect((yield* passwords.strengthCheck({ password: strong })).valid_password).toBe(true)
      // The raw answer is Stytch-shaped, with the header.
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "status", status: 429, error_type: "too_many_requests", retry_after: "3", times: 1 })
      const answer = yield* raw({ path: "/v1/passwords/strength_check", body: { password: strong } })
      expectStytchError(answer, 429, "too_many_requests")
      expect(answer.headers.get("retry-after")).toBe("3")
    }).pipe(Effect.provide(noRetry())))

  it.live("a dropped connection on create: the user is created once, the client fails with StytchTransportError", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: "/v1/passwords", kind: "drop", times: 2 })
      const error = yield* Effect.flip(passwords.create({ email: "ada@example.com", password: strong }))
      expect(error._tag).toBe("StytchTransportError")
      expect(error).toMatchObject({ path: "/v1/passwords", request_sent: true })
      // Retries are on, yet create was sent once (the fault has one drop left): the server may have acted.
      expect(yield* faults).toEqual([expect.objectContaining({ kind: "drop", times: 1 })])
      expect(yield* control.users).toHaveLength(1)
      yield* control.clearFaults
      // It had acted: the account exists.
      yield* passwords.authenticate({ email: "ada@example.com", password: strong })
    }).pipe(Effect.provide(emulator({ client: { retry: { jitter: false, baseDelay: "10 millis" } } }))))

  it.live("a dropped connection on strength_check, which is safe to repeat, is retried", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "drop", times: 1 })
      expect((yield* passwords.strengthCheck({ password: strong })).valid_password).toBe(true)
      expect(yield* pendingFaults).toBe(0)
    }).pipe(Effect.provide(emulator({ client: { retry: { jitter: false, baseDelay: "10 millis" } } }))))

  it.live("a malformed or truncated body: StytchUnexpectedResponse, without excerpting the success body", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: "/v1/passwords", kind: "malformed", times: 1 })
      const malformed = yield* Effect.flip(passwords.create({ email: "ada@example.com", password: strong, session_duration_minutes: 60 }))
      expect(malformed._tag).toBe("StytchUnexpectedResponse")
      expect(malformed).toMatchObject({ path: "/v1/passwords", http_status: 200, excerpt: "" })
      // The emulator acted before answering badly.
      expect(yield* control.users).toHaveLength(1)
      yield* control.injectFault({ path: "/v1/passwords/authenticate", kind: "truncated", times: 1 })
      const truncated = yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 60 }))
      expect(truncated._tag).toBe("StytchUnexpectedResponse")
      expect(truncated).toMatchObject({ http_status: 200, excerpt: "" })
      expect(JSON.stringify(truncated)).not.toContain("session_token")
    }).pipe(Effect.provide(noRetry())))

  it.live("latency past the client's timeout: StytchTimeout", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "latency", latency_ms: 1_000, times: 1 })
      const error = yield* Effect.flip(passwords.strengthCheck({ password: strong }))
      expect(error._tag).toBe("StytchTimeout")
      expect(error).toMatchObject({ path: "/v1/passwords/strength_check", timeout_ms: 100 })
    }).pipe(Effect.provide(emulator({ client: { timeout: "100 millis", retry: false } }))))

  it.live("latency under the timeout only delays the answer", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "latency", latency_ms: 20, times: 1 })
      expect((yield* passwords.strengthCheck({ password: strong })).valid_password).toBe(true)
    }).pipe(Effect.provide(emulator({ client: { timeout: "10 seconds", retry: false } }))))

  it.live("scope: a path, or * for every /v1 path; probability 0 never fires; the JWKS and control routes are never faulted", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "status", status: 500, probability: 0 })
      expect((yield* passwords.strengthCheck({ password: strong })).valid_password).toBe(true)
      yield* control.clearFaults
      yield* control.injectFault({ path: "/v1/passwords/authenticate", kind: "status", status: 500 })
      expect((yield* passwords.strengthCheck({ password: strong })).valid_password).toBe(true)
      yield* control.clearFaults
      yield* control.injectFault({ path: "*", kind: "status", status: 502, error_type: "bad_gateway" })
      const error = yield* Effect.flip(passwords.strengthCheck({ password: strong }))
      expect(error).toMatchObject({ http_status: 502, error_type: "bad_gateway" })
      expect((yield* raw({ method: "GET", path: `/v1/sessions/jwks/${control.projectId}`, authorization: null })).status).toBe(200)
      expect((yield* raw({ method: "GET", path: "/emulator/v1/users", authorization: null })).status).toBe(200)
      const refused = yield* Effect.flip(control.injectFault({ path: "*", kind: "status", status: 200 }))
      expect(refused._tag).toBe("EmulatorControlError")
    }).pipe(Effect.provide(noRetry())))
})
