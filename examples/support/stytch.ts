/**
 * Where the examples run: on real Stytch when STYTCH_PROJECT_ID and STYTCH_SECRET are set,
 * otherwise on the in-process emulator. Either way the program is the same; only the layer
 * differs, and so does where a reset token comes from (an inbox, or the emulator's outbox).
 */
import { FetchHttpClient } from "@effect/platform"
import { Config, Context, Effect, Layer, Option } from "effect"
import { Passwords, Sessions, StytchClient } from "effect-stytch"
import { StytchEmulator } from "effect-stytch/emulator"

/** Where the examples find the token of a reset email. */
export class Inbox extends Context.Tag("examples/Inbox")<
  Inbox,
  { readonly resetToken: (email: string) => Effect.Effect<string, Error> }
>() {}

export const onRealStytch = process.env["STYTCH_PROJECT_ID"] !== undefined && process.env["STYTCH_SECRET"] !== undefined

const emulated = Layer.effect(
  Inbox,
  Effect.map(StytchEmulator, (emulator) => ({
    resetToken: (email: string) =>
      emulator.latestResetToken(email).pipe(
        Effect.flatMap(Option.match({ onNone: () => Effect.fail(new Error(`no reset email to ${email}`)), onSome: Effect.succeed }))
      )
  }))
).pipe(Layer.provideMerge(StytchEmulator.layer()))

// On real Stytch the token arrives by email: paste it into STYTCH_RESET_TOKEN.
const real = Layer.succeed(Inbox, {
  resetToken: () => Config.string("STYTCH_RESET_TOKEN").pipe(Effect.mapError((error) => new Error(String(error))))
}).pipe(Layer.merge(StytchClient.layerConfig().pipe(Layer.provide(FetchHttpClient.layer), Layer.orDie)))

/** Passwords, Sessions and an Inbox, on real Stytch or the emulator. */
export const ExampleLayer = Layer.mergeAll(Passwords.layer, Sessions.layer).pipe(
  Layer.provideMerge(onRealStytch ? real : emulated)
)

/** A unique address per run, so examples can run again on a real project. */
export const exampleEmail = (name: string) => `${name}+${Date.now()}@example.com`
