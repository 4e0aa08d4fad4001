/**
 * Faults end to end (the Effect 4 line's port of the root's test/reliability/faults.test.ts):
 * this line's client over loopback (FetchHttpClient, real sockets) against the emulator behind
 * a `node:http` server, with the emulator's fault injection. For each fault: how many requests
 * reached the server (counted by the server), when (the TestClock's time, exact), what the
 * caller finally saw, and whether the server acted (users created).
 *
 * The root runs each drop test over three transports (fetch, node:http, undici); Effect 4 ships
 * one, `FetchHttpClient`, so these run over fetch.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit } from "effect"
import * as TestClock from "effect/testing/TestClock"
import { Passwords } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"
import { saltedDigest } from "../emulator/support.js"
import { driveTestClock, ludsPassword, realPause, ServerArrivals, serverStack } from "./support.js"

const create = "/v1/passwords"
const authenticate = "/v1/passwords/authenticate"
const strengthCheck = "/v1/passwords/strength_check"
const migrate = "/v1/passwords/migrate"

const password = ludsPassword("faults")
/** 2030-01-01T00:00:00Z: a whole second, so an HTTP date a few seconds on is exact. */
const T0 = Date.UTC(2030, 0, 1)

/** No jitter and a 10 ms first backoff: the delay chosen is max(backoff, Retry-After), exactly. */
const exactRetries = { retry: { jitter: false, baseDelay: "10 millis" }, timeout: "1 hour" } as const

const arrivalsOn = (path: string) => Effect.map(ServerArrivals, (arrivals) => arrivals.on(path))
const gaps = (times: ReadonlyArray<{ readonly atMillis: number }>) =>
  times.slice(1).map((arrival, i) => arrival.atMillis - (times[i]?.atMillis ?? 0))

/** Starts the TestClock at `at`, before the server and the client are built. */
const withStart =
  (at: number) =>
  <A, E, R>(self: Effect.Effect<A, E, R>) =>
    Effect.andThen(TestClock.setTime(at), self)

const luds = Effect.flatMap(StytchEmulator, (control) => control.updateSettings({ strength_policy: "luds" }))

const failureOf = <A, E>(exit: Exit.Exit<A, E>): E => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const [only, ...more] = exit.cause.reasons
  if (only === undefined || more.length > 0 || !Cause.isFailReason(only)) throw new Error(`expected one typed failure, got ${Cause.pretty(exit.cause)}`)
  return only.error
}

describe("dropped connections", () => {
  {
    it.live(`fetch: a drop on create (not safe to repeat) is not retried: 1 request, 1 user, StytchTransportError request_sent`, () =>
      Effect.gen(function* () {
        const passwords = yield* Passwords
        const control = yield* StytchEmulator
        yield* luds
        // Two drops armed: a repeat would be dropped too, and counted.
        yield* control.injectFault({ path: create, kind: "drop", times: 2 })
        const error = yield* Effect.flip(passwords.create({ email: "ada@example.com", password }))
        expect(error._tag).toBe("StytchTransportError")
        expect(error).toMatchObject({ path: create, request_sent: true })
        expect(yield* arrivalsOn(create)).toHaveLength(1)
        // The server acted before dropping: exactly one user.
        expect(yield* control.users).toHaveLength(1)
        yield* control.clearFaults
        yield* passwords.authenticate({ email: "ada@example.com", password })
      }).pipe(Effect.provide(serverStack({ client: { retry: { jitter: false, baseDelay: "10 millis" } } }))))
  }

  it.live("a drop on strength_check (safe to repeat) is retried: 2 requests, success", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: strengthCheck, kind: "drop", times: 1 })
      const result = yield* passwords.strengthCheck({ password: "correct horse battery staple 42" })
      expect(result.valid_password).toBe(true)
      expect(yield* arrivalsOn(strengthCheck)).toHaveLength(2)
    }).pipe(Effect.provide(serverStack({ client: { retry: { jitter: false, baseDelay: "10 millis" } } }))))
})

describe("503 and 429 with Retry-After (TestClock: exact virtual times)", () => {
  it.effect("503 with Retry-After: 1 on create: retried exactly 1000 ms after, one user, success", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* luds
      yield* control.injectFault({ path: create, kind: "status", status: 503, retry_after: "1", times: 1 })
      const exit = yield* driveTestClock(passwords.create({ email: "ada@example.com", password }))
      expect(Exit.isSuccess(exit)).toBe(true)
      const arrivals = yield* arrivalsOn(create)
      expect(arrivals).toHaveLength(2)
      expect(arrivals[0]?.atMillis).toBe(T0)
      expect(gaps(arrivals)).toEqual([1000])
      // The 503 did not act: the one user is the retry's.
      const users = yield* control.users
      expect(users.map((user) => user.user_id)).toEqual([Exit.isSuccess(exit) ? exit.value.user_id : ""])
    }).pipe(Effect.provide(serverStack({ client: exactRetries })), withStart(T0)))

  it.effect("503 with Retry-After: 1 that persists: 3 requests 1000 ms apart, then StytchApiError 503 with retry_after_ms; no user", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* luds
      yield* control.injectFault({ path: create, kind: "status", status: 503, retry_after: "1" })
      const exit = yield* driveTestClock(passwords.create({ email: "ada@example.com", password }))
      const error = failureOf(exit)
      expect(error._tag).toBe("StytchApiError")
      expect(error).toMatchObject({ http_status: 503, status_code: 503, error_type: "server_unavailable", retry_after_ms: 1000 })
      const arrivals = yield* arrivalsOn(create)
      expect(arrivals).toHaveLength(3)
      expect(gaps(arrivals)).toEqual([1000, 1000])
      expect(yield* control.users).toHaveLength(0)
    }).pipe(Effect.provide(serverStack({ client: exactRetries })), withStart(T0)))

  it.effect("429 with Retry-After as an HTTP date on migrate: waited until that date (2000 ms), then one migration", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const date = new Date(T0 + 2000).toUTCString()
      yield* control.injectFault({ path: migrate, kind: "status", status: 429, error_type: "too_many_requests", retry_after: date, times: 1 })
      const exit = yield* driveTestClock(
        passwords.migrate({ email: "ada@example.com", hash: saltedDigest("md5", password), hash_type: "md_5" })
      )
      expect(Exit.isSuccess(exit)).toBe(true)
      const arrivals = yield* arrivalsOn(migrate)
      expect(arrivals).toHaveLength(2)
      expect(gaps(arrivals)).toEqual([2000])
      expect(yield* control.users).toHaveLength(1)
    }).pipe(Effect.provide(serverStack({ client: exactRetries })), withStart(T0)))

  it.effect("429 with a fixed HTTP date that persists: the date is a floor only until it passes (2000 ms, then backoff 20 ms); TooManyRequests", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const date = new Date(T0 + 2000).toUTCString()
      yield* control.injectFault({ path: migrate, kind: "status", status: 429, error_type: "too_many_requests", retry_after: date })
      const exit = yield* driveTestClock(
        passwords.migrate({ email: "ada@example.com", hash: saltedDigest("md5", password), hash_type: "md_5" })
      )
      const error = failureOf(exit)
      // Migrate lists too_many_requests: the typed error, with the last Retry-After (a date now past: 0 ms).
      expect(error._tag).toBe("TooManyRequests")
      expect(error).toMatchObject({ http_status: 429, error_type: "too_many_requests", retry_after_ms: 0 })
      const arrivals = yield* arrivalsOn(migrate)
      expect(arrivals).toHaveLength(3)
      expect(gaps(arrivals)).toEqual([2000, 20])
      expect(yield* control.users).toHaveLength(0)
    }).pipe(Effect.provide(serverStack({ client: exactRetries })), withStart(T0)))

  it.effect("a Retry-After longer than maxRetryAfter (120 s > 30 s) ends the retries: 1 request, retry_after_ms 120000", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: migrate, kind: "status", status: 429, error_type: "too_many_requests", retry_after: "120" })
      const exit = yield* driveTestClock(
        passwords.migrate({ email: "ada@example.com", hash: saltedDigest("md5", password), hash_type: "md_5" }),
        { maxSteps: 200 }
      )
      const error = failureOf(exit)
      expect(error._tag).toBe("TooManyRequests")
      expect(error).toMatchObject({ http_status: 429, retry_after_ms: 120_000 })
      expect(yield* arrivalsOn(migrate)).toHaveLength(1)
    }).pipe(Effect.provide(serverStack({ client: exactRetries })), withStart(T0)))

  it.effect("the emulator's own migrate rate limit (1/s) answers 429 Retry-After: 1; the client waits 1000 ms and migrates once", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.updateSettings({ migrate_rate_limit_per_second: 1 })
      yield* passwords.migrate({ email: "ada@example.com", hash: saltedDigest("sha1", password), hash_type: "sha_1" })
      // The emulator keeps its own clock: it moves along with the TestClock.
      const exit = yield* driveTestClock(
        passwords.migrate({ email: "bob@example.com", hash: saltedDigest("sha1", password), hash_type: "sha_1" }),
        { onStep: (millis) => Effect.orDie(control.advanceClock(millis)) }
      )
      expect(Exit.isSuccess(exit)).toBe(true)
      const arrivals = yield* arrivalsOn(migrate)
      expect(arrivals.map((arrival) => arrival.atMillis - T0)).toEqual([0, 0, 1000])
      expect((yield* control.users).map((user) => user.emails[0]?.email).sort()).toEqual(["ada@example.com", "bob@example.com"])
    }).pipe(Effect.provide(serverStack({ client: exactRetries })), withStart(T0)))
})

describe("500 on a non-idempotent endpoint", () => {
  it.live("500 on create: 1 request, StytchApiError 500, no user (a 500 may have acted: never repeated)", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* luds
      yield* control.injectFault({ path: create, kind: "status", status: 500, error_type: "internal_server_error" })
      const error = yield* Effect.flip(passwords.create({ email: "ada@example.com", password }))
      expect(error._tag).toBe("StytchApiError")
      expect(error).toMatchObject({ http_status: 500, status_code: 500, error_type: "internal_server_error" })
      expect(yield* arrivalsOn(create)).toHaveLength(1)
      expect(yield* control.users).toHaveLength(0)
    }).pipe(Effect.provide(serverStack({ client: { retry: { jitter: false, baseDelay: "10 millis" } } }))))

  it.live("500 on strength_check (safe to repeat): retried; 2 requests when once, 3 and the 500 when it persists", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: strengthCheck, kind: "status", status: 500, error_type: "internal_server_error", times: 1 })
      expect((yield* passwords.strengthCheck({ password: "correct horse battery staple 42" })).valid_password).toBe(true)
      expect(yield* arrivalsOn(strengthCheck)).toHaveLength(2)
      yield* control.injectFault({ path: strengthCheck, kind: "status", status: 500, error_type: "internal_server_error" })
      const error = yield* Effect.flip(passwords.strengthCheck({ password: "correct horse battery staple 42" }))
      expect(error).toMatchObject({ _tag: "StytchApiError", http_status: 500 })
      expect(yield* arrivalsOn(strengthCheck)).toHaveLength(5)
    }).pipe(Effect.provide(serverStack({ client: { retry: { jitter: false, baseDelay: "10 millis" } } }))))
})

describe("latency past the timeout", () => {
  it.live("on create: 1 request, StytchTimeout; never repeated, whatever the server did", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* luds
      yield* control.injectFault({ path: create, kind: "latency", latency_ms: 1_000, times: 2 })
      const error = yield* Effect.flip(passwords.create({ email: "ada@example.com", password }))
      expect(error._tag).toBe("StytchTimeout")
      expect(error).toMatchObject({ path: create, timeout_ms: 300 })
      // Past the injected latency: had the server acted, the user would exist by now.
      yield* realPause(1_100)
      expect(yield* arrivalsOn(create)).toHaveLength(1)
      // The server interrupts the handler when the client aborts; either way, at most one user.
      expect((yield* control.users).length).toBeLessThanOrEqual(1)
    }).pipe(Effect.provide(serverStack({ client: { timeout: "300 millis", retry: { jitter: false, baseDelay: "10 millis" } } }))))

  it.live("on strength_check (safe to repeat): retried after one slow answer (2 requests, success); 3 then StytchTimeout when it persists", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.updateSettings({ strength_policy: "luds" })
      yield* control.injectFault({ path: strengthCheck, kind: "latency", latency_ms: 1_000, times: 1 })
      expect((yield* passwords.strengthCheck({ password })).valid_password).toBe(true)
      expect(yield* arrivalsOn(strengthCheck)).toHaveLength(2)
      yield* control.injectFault({ path: strengthCheck, kind: "latency", latency_ms: 1_000 })
      const error = yield* Effect.flip(passwords.strengthCheck({ password }))
      expect(error).toMatchObject({ _tag: "StytchTimeout", path: strengthCheck, timeout_ms: 300 })
      expect(yield* arrivalsOn(strengthCheck)).toHaveLength(5)
    }).pipe(Effect.provide(serverStack({ client: { timeout: "300 millis", retry: { jitter: false, baseDelay: "10 millis" } } }))))
})

describe("malformed and truncated bodies", () => {
  it.live("a malformed 200 on create: 1 request, StytchUnexpectedResponse without excerpt; the server acted (one user)", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* luds
      yield* control.injectFault({ path: create, kind: "malformed", times: 2 })
      const error = yield* Effect.flip(passwords.create({ email: "ada@example.com", password, session_duration_minutes: 60 }))
      expect(error).toMatchObject({ _tag: "StytchUnexpectedResponse", path: create, http_status: 200, excerpt: "" })
      expect(yield* arrivalsOn(create)).toHaveLength(1)
      expect(yield* control.users).toHaveLength(1)
    }).pipe(Effect.provide(serverStack({ client: { retry: { jitter: false, baseDelay: "10 millis" } } }))))

  it.live("a truncated 200: not retried even where safe (1 request each), StytchUnexpectedResponse, no session token in it", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* luds
      yield* passwords.create({ email: "ada@example.com", password })
      yield* control.injectFault({ path: authenticate, kind: "truncated", times: 2 })
      const login = yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password, session_duration_minutes: 60 }))
      expect(login).toMatchObject({ _tag: "StytchUnexpectedResponse", http_status: 200, excerpt: "" })
      expect(JSON.stringify(login)).not.toMatch(/session_token|session_jwt/)
      expect(yield* arrivalsOn(authenticate)).toHaveLength(1)
      // The server acted: the half-delivered login made a session.
      expect(yield* control.sessions).toHaveLength(1)
      yield* control.injectFault({ path: strengthCheck, kind: "truncated", times: 2 })
      const check = yield* Effect.flip(passwords.strengthCheck({ password }))
      expect(check).toMatchObject({ _tag: "StytchUnexpectedResponse", path: strengthCheck, http_status: 200 })
      expect(yield* arrivalsOn(strengthCheck)).toHaveLength(1)
    }).pipe(Effect.provide(serverStack({ client: { retry: { jitter: false, baseDelay: "10 millis" } } }))))
})

