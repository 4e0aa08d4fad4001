import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Fiber } from "effect"
import { TestClock } from "effect/testing"
import { timeoutFail } from "../../src/internal/timeout.js"

class TimedOut {
  readonly _tag = "TimedOut"
}

/** Starts `self` under a 2-second timeout, in the background, so the test can move the clock. */
const start = <A, E>(self: Effect.Effect<A, E>) => Effect.forkChild(timeoutFail(self, 2_000, () => new TimedOut()))

describe("the per-attempt timeout", () => {
  it.effect("passes a quicker answer or error through", () =>
    Effect.gen(function* () {
      const quick = yield* start(Effect.as(Effect.sleep("1 second"), 1))
      yield* TestClock.adjust("1 second")
      expect(yield* Fiber.join(quick)).toBe(1)
      const failing = yield* start(Effect.fail("boom"))
      expect(yield* Fiber.await(failing)).toEqual(Exit.fail("boom"))
      const immediate = yield* start(Effect.succeed("at once"))
      expect(yield* Fiber.join(immediate)).toBe("at once")
    })
  )

  it.effect("fails with the timeout error when time is up, interrupting the work", () =>
    Effect.gen(function* () {
      let interrupted = false
      const fiber = yield* start(Effect.onInterrupt(Effect.never, () => Effect.sync(() => (interrupted = true))))
      yield* TestClock.adjust("1999 millis")
      expect(fiber.pollUnsafe()).toBeUndefined()
      yield* TestClock.adjust("1 millis")
      expect(yield* Fiber.await(fiber)).toEqual(Exit.fail(new TimedOut()))
      expect(interrupted).toBe(true)
    })
  )

  it.effect("answers only once the interrupted work has wound down", () =>
    Effect.gen(function* () {
      // Work that cannot be interrupted: it ends at 5 s whatever happens, then the timeout answers.
      const answer = yield* start(Effect.uninterruptible(Effect.as(Effect.sleep("5 seconds"), "answer")))
      const error = yield* start(Effect.uninterruptible(Effect.andThen(Effect.sleep("5 seconds"), Effect.fail("its own error"))))
      yield* TestClock.adjust("2 seconds")
      expect([answer.pollUnsafe(), error.pollUnsafe()]).toEqual([undefined, undefined])
      yield* TestClock.adjust("3 seconds")
      expect(yield* Fiber.await(answer)).toEqual(Exit.fail(new TimedOut()))
      expect(yield* Fiber.await(error)).toEqual(Exit.fail(new TimedOut()))
    })
  )

  it.effect("an interruption from outside interrupts the work and stops the timer", () =>
    Effect.gen(function* () {
      let interrupted = false
      const fiber = yield* start(Effect.onInterrupt(Effect.never, () => Effect.sync(() => (interrupted = true))))
      yield* TestClock.adjust("1 second")
      yield* Fiber.interrupt(fiber)
      expect(interrupted).toBe(true)
      yield* TestClock.adjust("10 seconds")
      expect(Exit.hasInterrupts(yield* Fiber.await(fiber))).toBe(true)
    })
  )

  it.live("on the live clock: a timer, the work interrupted when it fires", () =>
    Effect.gen(function* () {
      let interrupted = false
      const exit = yield* Effect.exit(
        timeoutFail(Effect.onInterrupt(Effect.never, () => Effect.sync(() => (interrupted = true))), 20, () => new TimedOut())
      )
      expect(exit).toEqual(Exit.fail(new TimedOut()))
      expect(interrupted).toBe(true)
      expect(yield* timeoutFail(Effect.as(Effect.sleep("5 millis"), "in time"), 1_000, () => new TimedOut())).toBe("in time")
    })
  )
})
