/**
 * Where the examples run: on real Stytch when STYTCH_PROJECT_ID and STYTCH_SECRET are set,
 * otherwise on the in-process emulator. Either way the program is the same; only the layer
 * differs, and so does where a reset token comes from (the emulator's outbox, or the real
 * email, pasted on the terminal when asked).
 */
import { createInterface } from "node:readline/promises"
import { FetchHttpClient } from "effect/http"
import { Context, Effect, Layer, Option } from "effect"
import { Passwords, Sessions, StytchClient } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"

/** Where the examples find the token of a reset email. */
export class Inbox extends Context.Service<
  Inbox,
  { readonly resetToken: (email: string) => Effect.Effect<string, Error> }
>()("examples/Inbox") {}

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

/** On real Stytch the token arrives by email: the example asks for it on the terminal. */
const askForToken = (email: string) =>
  Effect.acquireUseRelease(
    Effect.sync(() => createInterface({ input: process.stdin, output: process.stdout })),
    (terminal) =>
      Effect.tryPromise({
        try: () => terminal.question(`Paste the token of the reset link sent to ${email} (the token= part): `),
        catch: () => new Error("no token was entered")
      }),
    (terminal) => Effect.sync(() => terminal.close())
  ).pipe(Effect.map((answer) => answer.trim()))

const real = Layer.succeed(Inbox, { resetToken: askForToken }).pipe(
  Layer.merge(StytchClient.layerConfig().pipe(Layer.provide(FetchHttpClient.layer), Layer.orDie))
)

/** Passwords, Sessions and an Inbox, on real Stytch or the emulator. */
export const ExampleLayer = Layer.mergeAll(Passwords.layer, Sessions.layer).pipe(
  Layer.provideMerge(onRealStytch ? real : emulated)
)

/** A unique address per run, so examples can run again on a real project. */
export const exampleEmail = (name: string) => `${name}+${Date.now()}@example.com`
