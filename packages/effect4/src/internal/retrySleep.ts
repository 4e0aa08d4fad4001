/**
 * The wait before a retry, on the caller's clock, that cannot hang a test in silence.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"

/** The clock Effect runs on when none is provided: its `sleep` is a plain `setTimeout`. */
const liveClock = /* @__PURE__ */ Clock.Clock.defaultValue()

/** Whether a clock is the live one (any instance of it: they share their methods). */
export const isLiveClock = (clock: Clock.Clock): boolean => clock.sleep === liveClock.sleep

/** How long the clock may stand still, in real time, while a retry waits on it. */
export const stallMillis = 2_000

const pollMillis = 250

/** The defect's message: what happened and what to do about it. */
export const stalledMessage = (millis: number): string =>
  `effect4-stytch: a retry is waiting ${Math.round(millis)} ms on a clock that has not moved for ` +
  `${stallMillis / 1000} s of real time. Effect's TestClock (under it.effect) moves only when the test ` +
  `moves it: run the test with it.live, move the clock with TestClock.adjust from another fiber, ` +
  `or turn retries off with retry: false.`

/** Dies once the caller's clock has stood still for `stallMillis` of real time. */
const watchdog = (millis: number): Effect.Effect<never> =>
  Effect.gen(function* () {
    let last = yield* Clock.currentTimeMillis
    let stillFor = 0
    for (;;) {
      yield* Effect.provideService(Effect.sleep(Duration.millis(pollMillis)), Clock.Clock, liveClock)
      const now = yield* Clock.currentTimeMillis
      stillFor = now === last ? stillFor + pollMillis : 0
      last = now
      if (stillFor >= stallMillis) return yield* Effect.die(new Error(stalledMessage(millis)))
    }
  })

/**
 * Sleeps `millis` before a retry, on the caller's `Clock`. On the live clock that is all. On
 * any other (Effect's `TestClock` under `it.effect`, whose time passes only when the test moves
 * it), a retry that nobody moves the clock for would hang the test until its timeout with
 * nothing said: while it waits, a watchdog on real time dies with a message that says what to do.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { sleepBeforeRetry } from "./retrySleep.js"
 *
 * const retryOnce = <A, E>(attempt: Effect.Effect<A, E>) =>
 *   Effect.catch(attempt, () => Effect.andThen(sleepBeforeRetry(250), attempt))
 * ```
 */
export const sleepBeforeRetry = (millis: number): Effect.Effect<void> =>
  Effect.clockWith((clock) =>
    isLiveClock(clock)
      ? Effect.sleep(Duration.millis(millis))
      : Effect.raceFirst(Effect.sleep(Duration.millis(millis)), watchdog(millis))
  )
