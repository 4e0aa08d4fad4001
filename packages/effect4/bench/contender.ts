/**
 * The Effect 4 line as a benchmark contender, behind a plain interface (promises and numbers), so
 * that the root's bench/effect4.ts can run it beside the Effect 3 line without either line's types
 * reaching the other's compiler.
 */
import { Exit, Layer, ManagedRuntime, Redacted, Schema } from "effect"
import { FetchHttpClient } from "effect/http"
import { Passwords, StytchClient } from "../src/index.js"

/** What the root bench passes: where the canned server listens, and what to send. */
export interface ContenderOptions {
  readonly origin: string
  readonly projectId: string
  readonly secret: string
  readonly request: { readonly email: string; readonly password: string; readonly session_duration_minutes: number }
}

/** One client, ready: `call` logs in once; `dispose` releases its runtime. */
export interface Contender {
  readonly call: () => Promise<unknown>
  readonly dispose: () => Promise<void>
}

/** `Passwords.authenticate` through the Effect 4 client on Effect 4's FetchHttpClient, retries off. */
export const makeContender = async (options: ContenderOptions): Promise<Contender> => {
  const runtime = ManagedRuntime.make(
    Passwords.layer.pipe(
      Layer.provide(
        StytchClient.layer({
          projectId: options.projectId,
          secret: Redacted.make(options.secret),
          baseUrl: options.origin,
          retry: false
        })
      ),
      Layer.provide(FetchHttpClient.layer),
      Layer.orDie
    )
  )
  const passwords = await runtime.runPromise(Passwords)
  const input = { ...options.request, password: Redacted.make(options.request.password) }
  const login = passwords.authenticate(input)
  const first = await runtime.runPromise(login)
  if (first.session === undefined) throw new Error("the Effect 4 client decoded no session from the canned answer")
  return { call: () => runtime.runPromise(login), dispose: () => runtime.dispose() }
}

/**
 * CPU µs per call of the Effect 4 client's codec alone: encode the request, JSON.stringify and
 * UTF-8, JSON.parse and decode the answer (median of 2,000-call batches).
 */
export const codecMicros = (request: ContenderOptions["request"], responseText: string): number => {
  const endpoint = Passwords.endpoints.authenticate
  const encode = Schema.encodeUnknownExit(endpoint.request)
  const decode = Schema.decodeUnknownExit(endpoint.response)
  const input = { ...request, password: Redacted.make(request.password) }
  const encoder = new TextEncoder()
  const once = (): number => {
    const encoded = encode(input)
    if (Exit.isFailure(encoded)) throw new Error("encode failed")
    const bytes = encoder.encode(JSON.stringify(encoded.value))
    if (Exit.isFailure(decode(JSON.parse(responseText)))) throw new Error("decode failed")
    return bytes.length
  }
  let sink = 0
  for (let index = 0; index < 5_000; index++) sink += once()
  const batches: Array<number> = []
  for (let batch = 0; batch < 15; batch++) {
    const before = process.cpuUsage()
    for (let index = 0; index < 2_000; index++) sink += once()
    const used = process.cpuUsage(before)
    batches.push((used.user + used.system) / 2_000)
  }
  if (sink === -1) console.log("unreachable")
  return batches.sort((a, b) => a - b)[Math.floor(batches.length / 2)] ?? Number.NaN
}
