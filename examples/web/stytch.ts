/**
 * Which Stytch the app talks to: the real one when STYTCH_PROJECT_ID and STYTCH_SECRET are set,
 * else the in-process emulator, whose reset emails are printed since nobody receives them.
 */
import { FetchHttpClient } from "@effect/platform"
import { Console, Effect, Layer, Schedule } from "effect"
import { StytchClient } from "effect-stytch"
import { StytchEmulator } from "effect-stytch/emulator"

export const onRealStytch = process.env["STYTCH_PROJECT_ID"] !== undefined && process.env["STYTCH_SECRET"] !== undefined

/** Stytch from the environment (STYTCH_PROJECT_ID, STYTCH_SECRET, optional STYTCH_BASE_URL...). */
export const realStytch: Layer.Layer<StytchClient> = StytchClient.layerConfig().pipe(Layer.provide(FetchHttpClient.layer), Layer.orDie)

/** Prints each new message of the emulator's outbox: the reset links a person would get by email. */
const printOutbox = Effect.gen(function* () {
  const emulator = yield* StytchEmulator
  let seen = 0
  yield* Effect.repeat(
    Effect.gen(function* () {
      const outbox = yield* emulator.outbox
      for (const message of outbox.slice(seen)) yield* Console.log(`[emulator outbox] "${message.subject}" to ${message.to}: ${message.reset_link}`)
      seen = outbox.length
    }),
    Schedule.spaced("500 millis")
  )
})

/** The emulator, with its outbox printed to the console. */
export const emulatedStytch: Layer.Layer<StytchClient | StytchEmulator> = Layer.scopedDiscard(Effect.forkScoped(printOutbox)).pipe(
  Layer.provideMerge(StytchEmulator.layer())
)
