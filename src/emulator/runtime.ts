/**
 * Small things every route needs: the emulator's clock, ids and tokens in Stytch's shapes.
 *
 * @since 0.1.0
 */
import { createHash, randomBytes, randomUUID } from "node:crypto"
import { Clock, Effect } from "effect"
import { EmulatorStore } from "./state/Store.js"

/** Milliseconds since the epoch on the emulator's clock: Effect's clock plus the offset the control API set. */
export const now: Effect.Effect<number, never, EmulatorStore> = Effect.zipWith(
  Clock.currentTimeMillis,
  EmulatorStore,
  (millis, store) => millis + store.memory.clockOffset()
)

/** RFC 3339 with milliseconds, as Stytch writes times. */
export const iso = (millis: number): string => new Date(millis).toISOString()

/** An id the way Stytch makes them: `user-test-<uuid>`. */
export const newId = (kind: string): string => `${kind}-test-${randomUUID()}`

/** A random token of `bytes` bytes, base64url. */
export const newToken = (bytes: number): string => randomBytes(bytes).toString("base64url")

/** SHA-256, hex: how tokens and breached passwords are kept. */
export const sha256Hex = (value: string): string => createHash("sha256").update(value, "utf8").digest("hex")
