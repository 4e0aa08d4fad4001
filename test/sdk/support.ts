/**
 * What the official-SDK suites (node-sdk.slow.test.ts, node-sdk-b2b.slow.test.ts) share: the emulator
 * served over HTTP on loopback, an SDK client made without its `http://` env warning on the
 * console, and a few helpers.
 */
import { randomUUID } from "node:crypto"
import { HttpServer } from "@effect/platform"
import { expect, vi } from "@effect/vitest"
import { Context, Effect, Exit, Layer, Scope } from "effect"
import { StytchError } from "stytch"
import * as StytchEmulatorServer from "../../src/emulator/server.js"
import { type EmulatorControl, StytchEmulator } from "../../src/emulator/StytchEmulator.js"

export const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)

/** A password zxcvbn scores 4 and no breach list holds. */
export const strongPassword = () => `Qz-${randomUUID().slice(0, 8)}-Lantern`

export const redirect = "https://app.example.com/reset"

export interface LoopbackEmulator {
  readonly emulator: EmulatorControl
  /** `http://127.0.0.1:<port>/`, the SDK's `env`. */
  readonly baseUrl: string
  readonly close: () => Promise<void>
}

/** The emulator served over HTTP on a free loopback port, until `close`. */
export const serveOnLoopback = async (): Promise<LoopbackEmulator> => {
  const scope = await run(Scope.make())
  const context = await Effect.runPromise(Layer.buildWithScope(StytchEmulatorServer.layer({ port: 0 }), scope))
  const port = await run(
    HttpServer.addressWith((address) => Effect.succeed(address._tag === "TcpAddress" ? address.port : 0)).pipe(
      Effect.provide(context)
    )
  )
  expect(port).toBeGreaterThan(0)
  return {
    emulator: Context.get(context, StytchEmulator),
    baseUrl: `http://127.0.0.1:${port}/`,
    close: () => run(Scope.close(scope, Exit.void))
  }
}

/**
 * Makes an SDK client with `console.warn` muted (the SDK warns about an `http://` env), and
 * keeps what it warned.
 */
export const withoutWarnings = <A>(make: () => A): { readonly value: A; readonly warnings: ReadonlyArray<string> } => {
  const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined)
  try {
    const value = make()
    return { value, warnings: warn.mock.calls.map((args) => args.map(String).join(" ")) }
  } finally {
    warn.mockRestore()
  }
}

/** The StytchError a promise rejects with (fails the test if it resolves or throws anything else). */
export const stytchErrorOf = async (promise: Promise<unknown>): Promise<StytchError> => {
  const error: unknown = await promise.then(
    (value) => {
      throw new Error(`expected a StytchError, got a success: ${JSON.stringify(value)}`)
    },
    (rejected: unknown) => rejected
  )
  expect(error).toBeInstanceOf(StytchError)
  return error as StytchError
}
