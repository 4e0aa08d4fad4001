/**
 * How failed calls are retried.
 *
 * Stytch has no idempotency keys, so a repeated `create` or `reset` can act twice. The rule
 * that decides *whether* a failure may be retried is therefore fixed by the endpoint:
 * - a connection that was never made, and 429 / 503 answers, are retried for every endpoint;
 * - 500 / 502 / 504 answers, timeouts and connections lost mid-exchange only for endpoints
 *   marked safe to repeat (checks such as `strength_check`).
 *
 * The policy decides *how often and when*: a number of attempts with exponential backoff and
 * jitter (the default: 3 attempts in all), your own `Schedule`, or `false` for none. Either
 * way a `Retry-After` from the server is a floor on the delay, and one longer than
 * `maxRetryAfter` ends the retries, leaving the error (with its `retry_after_ms`) to you.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Pull from "effect/Pull"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import { sleepBeforeRetry } from "./internal/retrySleep.js"
import {
  type ApiError,
  type StytchFailure,
  StytchDecodeError,
  StytchInvalidRequest,
  StytchTimeout,
  StytchTransportError
} from "./StytchError.js"

/**
 * Options of the default retry policy.
 *
 * @example
 * ```ts
 * import { StytchClient } from "effect4-stytch"
 * import { Redacted } from "effect"
 *
 * StytchClient.layer({
 *   projectId: "project-test-...",
 *   secret: Redacted.make("secret-test-..."),
 *   retry: { attempts: 5, baseDelay: "100 millis", maxRetryAfter: "10 seconds" }
 * })
 * ```
 * @since 0.1.0
 */
export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  readonly attempts?: number | undefined
  /** The first backoff delay, doubled after each attempt. Default 250 ms. */
  readonly baseDelay?: Duration.Input | undefined
  /** The longest backoff delay. Default 5 seconds. */
  readonly maxDelay?: Duration.Input | undefined
  /** The longest `Retry-After` honoured; a longer one ends the retries. Default 30 seconds. */
  readonly maxRetryAfter?: Duration.Input | undefined
  /** Randomise each delay by ±20% so clients do not retry in lockstep. Default true. */
  readonly jitter?: boolean | undefined
}

/**
 * The retry policy of a client: options for the default backoff, a `Schedule` of your own
 * (fed the failures that may be retried), or `false` for no retries.
 *
 * @example
 * ```ts
 * import { Schedule } from "effect"
 * import type { RetryPolicy } from "effect4-stytch"
 *
 * const fixed: RetryPolicy.RetryPolicy = Schedule.max([Schedule.spaced("1 second"), Schedule.recurs(2)])
 * const none: RetryPolicy.RetryPolicy = false
 * ```
 * @since 0.1.0
 */
export type RetryPolicy = false | RetryOptions | Schedule.Schedule<unknown, StytchFailure | ApiError>

/**
 * The default policy: 3 attempts, 250 ms doubling to at most 5 s, jittered, `Retry-After`
 * honoured up to 30 s.
 *
 * @example
 * ```ts
 * import { RetryPolicy } from "effect4-stytch"
 * RetryPolicy.defaults.attempts // 3
 * ```
 * @since 0.1.0
 */
export const defaults = {
  attempts: 3,
  baseDelay: Duration.millis(250),
  maxDelay: Duration.seconds(5),
  maxRetryAfter: Duration.seconds(30),
  jitter: true
} as const

type Failure = StytchFailure | ApiError

const retryAfterOf = (error: Failure): number | undefined =>
  "retry_after_ms" in error ? error.retry_after_ms : undefined

const statusMayRetry = (status: number, retrySafe: boolean): boolean =>
  status === 429 || status === 503 || (retrySafe && (status === 500 || status === 502 || status === 504))

/**
 * Whether a failure may be retried for an endpoint, by the rule above.
 *
 * @example
 * ```ts
 * import { RetryPolicy, StytchTimeout } from "effect4-stytch"
 * RetryPolicy.isRetryable(new StytchTimeout({ path: "/v1/passwords", timeout_ms: 1000 }), false) // false
 * ```
 * @since 0.1.0
 */
export const isRetryable = (error: Failure, retrySafe: boolean): boolean => {
  if (error instanceof StytchTransportError) return !error.request_sent || retrySafe
  if (error instanceof StytchTimeout) return retrySafe
  if (error instanceof StytchDecodeError || error instanceof StytchInvalidRequest) return false
  return "http_status" in error && statusMayRetry(error.http_status, retrySafe)
}

/** Picks the delay before retry number `retry` (1-based) after `error`, or `undefined` to stop. */
type NextDelay = (error: Failure, retry: number) => Effect.Effect<number | undefined>

const backoff = (options: RetryOptions): NextDelay => {
  const attempts = Math.max(1, Math.floor(options.attempts ?? defaults.attempts))
  const base = Duration.toMillis(options.baseDelay ?? defaults.baseDelay)
  const max = Duration.toMillis(options.maxDelay ?? defaults.maxDelay)
  const jitter = options.jitter ?? defaults.jitter
  return (_, retry) => {
    if (retry >= attempts) return Effect.succeed(undefined)
    const delay = base * 2 ** (retry - 1)
    // The same spread as `Schedule.jittered`: 80% to 120% of the delay.
    return jitter
      ? Effect.map(Random.next, (random) => Math.min(delay * (0.8 + 0.4 * random), max))
      : Effect.succeed(Math.min(delay, max))
  }
}

/** Steps a user's schedule by hand, as `Effect.retry` would; its state is made per call. */
const stepping = (schedule: Schedule.Schedule<unknown, Failure>): Effect.Effect<NextDelay> =>
  Effect.map(Schedule.toStep(schedule), (step) => (error) =>
    Effect.flatMap(Clock.currentTimeMillis, (now) =>
      step(now, error).pipe(
        Effect.map(([, delay]): number | undefined => Math.max(0, Duration.toMillis(delay))),
        Pull.catchDone(() => Effect.succeed(undefined))
      )
    )
  )

const isSchedule = (policy: RetryOptions | Schedule.Schedule<unknown, Failure>): policy is Schedule.Schedule<unknown, Failure> =>
  Schedule.isSchedule(policy)

/**
 * Wraps one attempt of a call in the retries a policy allows, or returns it as is when
 * retries are off. Only failures that {@link isRetryable} allows are retried, never sooner
 * than their `Retry-After`, and a `Retry-After` above `maxRetryAfter` ends the retries.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { RetryPolicy, StytchTimeout } from "effect4-stytch"
 *
 * const attempt = Effect.fail(new StytchTimeout({ path: "/v1/passwords/strength_check", timeout_ms: 1000 }))
 * const retried = RetryPolicy.retrying({ attempts: 2 }, true)(attempt)
 * ```
 * @since 0.1.0
 */
export const retrying = (
  policy: RetryPolicy | undefined,
  retrySafe: boolean
): (<A, E extends Failure, R>(attempt: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>) => {
  if (policy === false) return (attempt) => attempt
  const options: RetryOptions = policy === undefined || isSchedule(policy) ? {} : policy
  const maxRetryAfter = Duration.toMillis(options.maxRetryAfter ?? defaults.maxRetryAfter)
  // Built once per client; a schedule's state is made per call (`Schedule.toStep`).
  const start: Effect.Effect<NextDelay> =
    policy !== undefined && isSchedule(policy) ? stepping(policy) : Effect.succeed(backoff(options))
  return <A, E extends Failure, R>(attempt: Effect.Effect<A, E, R>) =>
    Effect.flatMap(start, (nextDelay) => {
      const loop = (retry: number): Effect.Effect<A, E, R> =>
        Effect.catch(attempt, (error) => {
          const retryAfter = retryAfterOf(error) ?? 0
          if (!isRetryable(error, retrySafe) || retryAfter > maxRetryAfter) return Effect.fail(error)
          return Effect.flatMap(nextDelay(error, retry), (delay) =>
            delay === undefined
              ? Effect.fail(error)
              : Effect.andThen(sleepBeforeRetry(Math.max(delay, retryAfter)), loop(retry + 1))
          )
        })
      return loop(1)
    })
}

/**
 * Reads a `Retry-After` header (seconds, or an HTTP date) as milliseconds from `now`.
 * Unparseable values give `undefined`; dates in the past give 0.
 *
 * @example
 * ```ts
 * import { RetryPolicy } from "effect4-stytch"
 * RetryPolicy.parseRetryAfter("2", Date.now()) // 2000
 * ```
 * @since 0.1.0
 */
export const parseRetryAfter = (header: string | undefined, now: number): number | undefined => {
  if (header === undefined) return undefined
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}
