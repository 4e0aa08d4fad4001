/**
 * Stytch's documented rate limit on migrate: a number of calls a second per project, then
 * 429 `too_many_requests` with `Retry-After: 1`.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { TooManyRequests } from "../errors/PlatformErrors.js"
import { raise, type RouteError } from "./http/RouteError.js"
import type { EmulatorConfig } from "./EmulatorConfig.js"
import { now } from "./runtime.js"
import { EmulatorStore } from "./state/Store.js"

/** Counts one migrate call, consumer or B2B, against the project's per-second limit. */
export const requireMigrateSlot: Effect.Effect<void, RouteError<typeof TooManyRequests>, EmulatorStore | EmulatorConfig> =
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const limit = store.read.settings().migrate_rate_limit_per_second
    if (!(yield* store.commit((tx) => tx.takeRate("migrate", at, limit)))) {
      return yield* raise(TooManyRequests, 429, `migrate is limited to ${limit} requests per second; retry after a second.`, {
        retryAfterSeconds: 1
      })
    }
  })
