/**
 * A per-attempt timeout that costs one fiber and one `setTimeout`, where `Effect.timeout`
 * races two fibers (the work and a sleeper) and waits on both.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import { isLiveClock } from "./retrySleep.js"

// Like Effect's own sleep, a timeout longer than timers can hold (Duration.infinity) is none.
export const maxTimerMillis = 2 ** 31 - 1

/** Calls `task` after `millis` of `clock` time; returns a canceller. */
const startTimer = (clock: Clock.Clock, millis: number, task: () => void): (() => void) => {
  if (isLiveClock(clock)) {
    // The live clock sleeps with setTimeout: call it directly rather than run a fiber for it.
    const handle = setTimeout(task, millis)
    return () => clearTimeout(handle)
  }
  // Another clock (TestClock) decides when time is up: sleep on it in a fiber of its own.
  const sleeper = Effect.runFork(clock.sleep(Duration.millis(millis)))
  sleeper.addObserver((exit) => {
    if (exit._tag === "Success") task()
  })
  return () => sleeper.interruptUnsafe()
}

/**
 * Fails with `onTimeout` and interrupts `self` when it runs longer than `millis`.
 *
 * `self` runs in one child fiber, started at once (no scheduler hop), and the caller waits on
 * it with one timer: when the timer fires the child is interrupted (for an HTTP exchange, that
 * aborts the request) and, once it has wound down, the caller fails with `onTimeout()`. An
 * interruption of the caller interrupts the child and clears the timer. Work that ends before
 * its first suspension costs no timer at all. A clock other than the live one (`TestClock`)
 * still decides when time is up.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { timeoutFail } from "./timeout.js"
 *
 * const bounded = timeoutFail(Effect.never, 1_000, () => "timed out" as const)
 * ```
 */
export const timeoutFail = <A, E, R, E2>(
  self: Effect.Effect<A, E, R>,
  millis: number,
  onTimeout: () => E2
): Effect.Effect<A, E | E2, R> =>
  Effect.clockWith((clock) =>
    Effect.uninterruptibleMask((restore) =>
      Effect.flatMap(Effect.forkDetach(restore(self), { startImmediately: true }), (fiber) => {
        const done = fiber.pollUnsafe()
        if (done !== undefined) return done
        return restore(
          Effect.callback<A, E | E2>((resume) => {
            let timedOut = false
            // Like Effect.timeout, answer only once the interrupted attempt has wound down.
            const cancelTimer = startTimer(clock, millis, () => {
              timedOut = true
              fiber.interruptUnsafe()
            })
            fiber.addObserver((exit) => {
              cancelTimer()
              resume(timedOut ? Effect.fail(onTimeout()) : exit)
            })
            return Effect.suspend(() => {
              cancelTimer()
              return Fiber.interrupt(fiber)
            })
          })
        )
      })
    )
  )
