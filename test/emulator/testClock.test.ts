/**
 * The test a user writes first: a transient 503 injected into the in-process emulator and a
 * call the client retries. Under `it.live` it passes; under `it.effect` (TestClock, where time
 * passes only when the test moves it) it passes when the test moves the clock, and otherwise
 * fails within seconds with a message that says what to do, instead of hanging until the
 * test's timeout. The emulator's own times under a TestClock are today's dates.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Chunk, Effect, Exit, Fiber, TestClock } from "effect"
import { Passwords } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { stalledMessage } from "../../src/internal/retrySleep.js"
import { emulator, strong } from "./support.js"

const oneTransient503 = Effect.flatMap(StytchEmulator, (control) =>
  control.injectFault({ path: "/v1/passwords", kind: "status", status: 503, times: 1 })
)

const realPause = Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, 5)))

const signUp = Effect.flatMap(Passwords, (passwords) => passwords.create({ email: "ada@example.com", password: strong }))

describe("a retried call under the TestClock", () => {
  it.live("under it.live: retried after the backoff, and succeeds", () =>
    Effect.gen(function* () {
      yield* oneTransient503
      const created = yield* signUp
      expect(created.user.emails[0]?.email).toBe("ada@example.com")
    }).pipe(Effect.provide(emulator())))

  it.effect("under it.effect, with the test moving the clock: succeeds", () =>
    Effect.gen(function* () {
      yield* oneTransient503
      const fiber = yield* Effect.fork(signUp)
      // Once the first attempt has failed and the retry waits (250 ms ± 20%), move past the wait.
      while (Chunk.isEmpty(yield* TestClock.sleeps())) yield* realPause
      yield* TestClock.adjust("1 second")
      const created = yield* Fiber.join(fiber)
      expect(created.user.emails[0]?.email).toBe("ada@example.com")
    }).pipe(Effect.provide(emulator())))

  it.effect("under it.effect, with nobody moving the clock: dies at once with a message that says what to do", () =>
    Effect.gen(function* () {
      yield* oneTransient503
      const exit = yield* Effect.exit(signUp)
      expect(Exit.isFailure(exit) && Cause.isDie(exit.cause)).toBe(true)
      const defect = Exit.isFailure(exit) ? Cause.squash(exit.cause) : undefined
      expect(defect instanceof Error ? defect.message : String(defect)).toMatch(/^effect-stytch: a retry is waiting \d+ ms on a clock that has not moved/)
      expect(stalledMessage(250)).toContain("it.live")
      expect(stalledMessage(250)).toContain("TestClock.adjust")
      expect(stalledMessage(250)).toContain("retry: false")
    }).pipe(Effect.provide(emulator())))

  it.effect("the emulator's times under the TestClock are today's dates, moving with the clock", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const created = yield* passwords.create({ email: "grace@example.com", password: strong, session_duration_minutes: 60 })
      const started = Date.parse(created.session?.started_at ?? "")
      expect(started).toBeGreaterThan(Date.parse("2025-01-01T00:00:00Z"))
      expect(Date.parse(created.session?.expires_at ?? "") - started).toBe(60 * 60_000)
      yield* TestClock.adjust("10 minutes")
      const login = yield* passwords.authenticate({ email: "grace@example.com", password: strong, session_duration_minutes: 60 })
      expect(Date.parse(login.session?.started_at ?? "") - started).toBe(10 * 60_000)
    }).pipe(Effect.provide(emulator())))
})

describe("the emulator at a fractional virtual time", () => {
  // A jittered retry wakes the TestClock at a fraction of a millisecond (241.3370000001 ms, say); the
  // emulator must answer (and log) a request made then, not fail it with an empty 500.
  it.effect("answers and logs a request made at 241.3370000001 ms", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(241.3370000001)
      const created = yield* signUp
      expect(created.user.emails[0]?.email).toBe("ada@example.com")
      const logged = yield* Effect.flatMap(StytchEmulator, (control) => control.requests)
      expect(logged.map((request) => [request.path, request.status])).toEqual([["/v1/passwords", 200]])
    }).pipe(Effect.provide(emulator())))
})
