/**
 * Stytch's documented rate limit on migrate: a number of calls a second per project, then
 * 429 `too_many_requests` with `Retry-After: 1`.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { EmulatorError } from "./EmulatorError.js"
import { now } from "./runtime.js"
import { EmulatorStore } from "./state/Store.js"

/** Counts one migrate call, consumer or B2B, against the project's per-second limit. */
export const requireMigrateSlot: Effect.Effect<void, EmulatorError, EmulatorStore> = Effect.gen(function* () {
  const store = yield* EmulatorStore
  const limit = store.memory.settings().migrate_rate_limit_per_second
  if (!store.memory.takeRate("migrate", yield* now, limit)) {
    return yield* new EmulatorError({
      status: 429,
      error_type: "too_many_requests",
      error_message: `migrate is limited to ${limit} requests per second; retry after a second.`,
      retry_after_seconds: 1
    })
  }
})
