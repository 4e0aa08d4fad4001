/**
 * A per-attempt timeout that costs one forked fiber and one timer, where `Effect.timeoutFail`
 * races two fibers.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FiberId from "effect/FiberId"

/**
 * Fails with `onTimeout` and interrupts `self` when it runs longer than `millis`.
 * `Effect.timeoutFail` races two forked fibers; this forks one and sets one timer, which
 * halves what a call's timeout costs. A clock other than the live one (`TestClock`) still
 * decides when time is up.
 */
export const timeoutFail = <A, E, R, E2>(
  self: Effect.Effect<A, E, R>,
  millis: number,
  onTimeout: () => E2
): Effect.Effect<A, E | E2, R> =>
  Effect.clockWith((clock) =>
    Effect.uninterruptibleMask((restore) =>
      Effect.flatMap(Effect.fork(restore(self)), (fiber) =>
        Effect.async<A, E | E2>((resume) => {
          let timedOut = false
          // Like Effect.timeout, answer only once the interrupted attempt has wound down.
          const cancelTimer = startTimer(clock, millis, () => {
            timedOut = true
            fiber.unsafeInterruptAsFork(FiberId.none)
          })
          fiber.addObserver((exit) => {
            cancelTimer()
            resume(timedOut ? Effect.fail(onTimeout()) : exit)
          })
          return Effect.suspend(() => {
            cancelTimer()
            return Effect.zipRight(fiber.interruptAsFork(FiberId.none), fiber.await)
          })
        })
      )
    )
  )

const liveSleep = /* @__PURE__ */ Clock.make().sleep
// Like Effect's own sleep, a timeout longer than timers can hold (Duration.infinity) is none.
export const maxTimerMillis = 2 ** 31 - 1

/** Calls `task` after `millis` of `clock` time; returns a canceller. */
const startTimer = (clock: Clock.Clock, millis: number, task: () => void): (() => void) => {
  if (clock.sleep === liveSleep) {
    // The live clock sleeps with setTimeout: call it directly rather than run a fiber for it.
    const handle = setTimeout(task, millis)
    return () => clearTimeout(handle)
  }
  const sleeper = Effect.runFork(clock.sleep(Duration.millis(millis)))
  sleeper.addObserver((exit) => {
    if (exit._tag === "Success") task()
  })
  return () => sleeper.unsafeInterruptAsFork(FiberId.none)
}
