/**
 * Small things every route needs: the emulator's clock, ids and tokens in Stytch's shapes.
 *
 * @since 0.1.0
 */
import { createHash, randomBytes, randomUUID } from "node:crypto"
import { Clock, Effect } from "effect"
import { EmulatorConfig } from "./EmulatorConfig.js"
import { EmulatorStore } from "./state/Store.js"

/** Before this (2000-01-01), a clock reading is virtual time (a `TestClock` starts at 0), not a date. */
const earliestRealTime = 946_684_800_000

/**
 * Milliseconds since the epoch on the emulator's clock: Effect's clock plus the offset the
 * control API set. A virtual clock (`TestClock`, which starts at 1970) counts from the moment
 * the emulator was made, so times under `it.effect` are today's dates and still move only
 * when the test moves the clock.
 */
export const now: Effect.Effect<number, never, EmulatorStore | EmulatorConfig> = Effect.gen(function* () {
  const millis = yield* Clock.currentTimeMillis
  const store = yield* EmulatorStore
  const config = yield* EmulatorConfig
  return (millis < earliestRealTime ? config.startedAt + millis : millis) + store.read.clockOffset()
})

/** RFC 3339 with milliseconds, as Stytch writes times. */
export const iso = (millis: number): string => new Date(millis).toISOString()

/** An id the way Stytch makes them: `user-test-<uuid>`. */
export const newId = (kind: string): string => `${kind}-test-${randomUUID()}`

/** A random token of `bytes` bytes, base64url. */
export const newToken = (bytes: number): string => randomBytes(bytes).toString("base64url")

/** SHA-256, hex: how tokens and breached passwords are kept. */
export const sha256Hex = (value: string): string => createHash("sha256").update(value, "utf8").digest("hex")
