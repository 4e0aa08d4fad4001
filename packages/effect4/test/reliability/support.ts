/**
 * Shared helpers of the Effect 4 line's reliability suites (a port of the root's
 * test/reliability/support.ts, client side): the emulator on a loopback port with this line's
 * client in front of it (over `FetchHttpClient`, so real sockets), a count of the requests that
 * reached the server, the endpoints with a JSON body, raw exchanges with the in-process handler.
 *
 * The root runs its own emulator server (an Effect 3 `HttpServer`); this line shares the
 * emulator engine, so the server here is a plain `node:http` server in front of the engine's
 * fetch-style handler, which answers exactly what the root's server sends (a `drop` fault closes
 * the socket, as the root's server does). Arrivals are counted by this server, when a request
 * arrives, before the engine runs.
 */
import { createServer, type IncomingHttpHeaders } from "node:http"
import type { AddressInfo } from "node:net"
import { Clock, Context, Effect, Fiber, Layer, Option, Redacted, Result, Schema } from "effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as TestClock from "effect/testing/TestClock"
import { B2BPasswords, type Endpoint, Passwords, Sessions, StytchClient, type StytchConfig } from "../../src/index.js"
import { type EmulatorOptions, StytchEmulator } from "../../src/emulator/index.js"

// ---------------------------------------------------------------------------------------------
// The loopback server and its arrivals
// ---------------------------------------------------------------------------------------------

/** One request that reached the loopback server. */
export interface Arrival {
  readonly method: string
  readonly path: string
  /** The clock of the fiber that built the server when the request arrived (the TestClock under `it.effect`). */
  readonly atMillis: number
}

/** Every request the loopback server received, whatever the engine then did with it. */
export class ServerArrivals extends Context.Service<
  ServerArrivals,
  {
    readonly all: () => ReadonlyArray<Arrival>
    readonly on: (path: string) => ReadonlyArray<Arrival>
    /** How many requests the client or the server is still busy with. */
    readonly inFlight: () => number
    readonly port: number
  }
>()("test/reliability/ServerArrivals") {}

/** The response header by which the engine's handler asks the server to drop the connection. */
const dropHeader = "x-emulator-fault"

const toHeaders = (incoming: IncomingHttpHeaders): Headers => {
  const headers = new Headers()
  for (const [key, value] of Object.entries(incoming)) {
    if (value === undefined) continue
    for (const one of Array.isArray(value) ? value : [value]) headers.append(key, one)
  }
  return headers
}

/** A `node:http` server on 127.0.0.1, port 0, in front of the emulator's handler, for the scope. */
const loopback = (clientInFlight: () => number) => Effect.gen(function* () {
  const control = yield* StytchEmulator
  const clock = yield* Clock.Clock
  const arrivals: Array<Arrival> = []
  let inFlight = 0
  const server = createServer((req, res) => {
    inFlight++
    res.on("close", () => inFlight--)
    arrivals.push({ method: req.method ?? "", path: (req.url ?? "").split("?")[0] ?? "", atMillis: clock.currentTimeMillisUnsafe() })
    const chunks: Array<Buffer> = []
    req.on("data", (chunk: Buffer) => chunks.push(chunk))
    req.on("end", () => {
      const abort = new AbortController()
      res.on("close", () => abort.abort())
      const method = req.method ?? "GET"
      const body = method === "GET" || method === "HEAD" ? undefined : Buffer.concat(chunks)
      control
        .handler(
          new Request(`http://emulator.local${req.url ?? "/"}`, {
            method,
            headers: toHeaders(req.headers),
            signal: abort.signal,
            ...(body === undefined ? {} : { body })
          })
        )
        .then(async (response) => {
          if (response.headers.get(dropHeader) !== null) {
            req.socket.destroy()
            return
          }
          const payload = Buffer.from(await response.arrayBuffer())
          const headers: Record<string, string> = {}
          response.headers.forEach((value, key) => {
            headers[key] = value
          })
          res.writeHead(response.status, headers)
          res.end(payload)
        })
        .catch(() => req.socket.destroy())
    })
  })
  const port = yield* Effect.acquireRelease(
    Effect.callback<number>((resume) => {
      server.listen(0, "127.0.0.1", () => resume(Effect.succeed((server.address() as AddressInfo).port)))
    }),
    () =>
      Effect.callback<void>((resume) => {
        server.closeAllConnections()
        server.close(() => resume(Effect.void))
      })
  )
  return {
    port,
    all: (): ReadonlyArray<Arrival> => [...arrivals],
    on: (path: string) => arrivals.filter((arrival) => arrival.path === path),
    inFlight: () => inFlight + clientInFlight()
  }
})

export type ClientOptions = Partial<Omit<StytchConfig.Options, "projectId" | "secret" | "baseUrl">>

export interface StackOptions {
  /** The client's options (retry, timeout). */
  readonly client?: ClientOptions
  readonly emulator?: EmulatorOptions
}

/**
 * The emulator behind a loopback `node:http` server, and this line's client pointed at it over
 * `FetchHttpClient` (the global fetch), with `Passwords`, `Sessions`, `B2BPasswords`, the
 * control API and the server-side arrivals.
 */
export const serverStack = (options: StackOptions = {}) => {
  // The client's requests not yet answered, from its fetch's point of view.
  let clientInFlight = 0
  const fetch: typeof globalThis.fetch = (input, init) => {
    clientInFlight++
    return globalThis.fetch(input, init).finally(() => clientInFlight--)
  }
  const server = Layer.effect(ServerArrivals, loopback(() => clientInFlight))
  const client = Layer.unwrap(
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const arrivals = yield* ServerArrivals
      return StytchClient.layer({
        ...options.client,
        projectId: control.projectId,
        secret: control.secret,
        baseUrl: `http://127.0.0.1:${arrivals.port}`
      })
    })
  ).pipe(
    Layer.provide(Layer.fresh(FetchHttpClient.layer.pipe(Layer.provide(Layer.succeed(FetchHttpClient.Fetch, fetch))))),
    Layer.orDie
  )
  return Layer.mergeAll(Passwords.layer, Sessions.layer, B2BPasswords.layer).pipe(
    Layer.provideMerge(client),
    Layer.provideMerge(server),
    Layer.provideMerge(StytchEmulator.layerControl(options.emulator))
  )
}

/** A fresh in-process emulator with this line's client on it (no sockets), every service and the control API. */
export const inProcessStack = (options?: EmulatorOptions & { readonly client?: ClientOptions }) =>
  Layer.mergeAll(Passwords.layer, Sessions.layer, B2BPasswords.layer).pipe(Layer.provideMerge(StytchEmulator.layer(options)))

/** A real pause (not the TestClock's), to let sockets make progress. */
export const realPause = (millis: number) =>
  Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, millis)))

/**
 * Runs `effect` under the TestClock, moving the clock in steps of `stepMillis` only while the
 * server has no request in flight and nothing moved for a few real milliseconds: a retry's wait
 * (a multiple of the step here) then ends at exactly the virtual time its schedule chose, and
 * the server's arrival times can be compared exactly. (Effect 4's TestClock does not list its
 * pending sleeps, which the root's driver reads.) Bounded in steps.
 */
export const driveTestClock = <A, E, R>(
  effect: Effect.Effect<A, E, R | ServerArrivals>,
  options: {
    readonly stepMillis?: number
    readonly maxSteps?: number
    /** Run at every step with the step's length (e.g. to move the emulator's own clock along). */
    readonly onStep?: (millis: number) => Effect.Effect<void>
  } = {}
) =>
  Effect.gen(function* () {
    const arrivals = yield* ServerArrivals
    const fiber = yield* Effect.forkChild(effect)
    const stepMillis = options.stepMillis ?? 10
    const maxSteps = options.maxSteps ?? 20_000
    let quiet = 0
    let seen = arrivals.all().length
    for (let step = 0; step < maxSteps && fiber.pollUnsafe() === undefined; step++) {
      yield* realPause(1)
      const now = arrivals.all().length
      if (arrivals.inFlight() > 0 || now !== seen) {
        quiet = 0
        seen = now
        continue
      }
      if (++quiet < 5) continue
      quiet = 0
      if (options.onStep !== undefined) yield* options.onStep(stepMillis)
      yield* TestClock.adjust(stepMillis)
    }
    return yield* Fiber.await(fiber)
  })

// ---------------------------------------------------------------------------------------------
// Every endpoint with a JSON body
// ---------------------------------------------------------------------------------------------

export interface NamedEndpoint {
  readonly name: string
  readonly endpoint: Endpoint.Endpoint
}

const isEndpoint = (node: object): node is Endpoint.Endpoint => "path" in node && "request" in node && "response" in node

const flatten = (tree: object): Array<Endpoint.Endpoint> =>
  Object.values(tree).flatMap((node: unknown): Array<Endpoint.Endpoint> => {
    if (typeof node !== "object" || node === null) return []
    return isEndpoint(node) ? [node] : flatten(node)
  })

/** The 21 endpoints with a JSON body: consumer Passwords (8), Sessions (2), B2B Passwords (11). */
export const allEndpoints: ReadonlyArray<NamedEndpoint> = [
  ...flatten(Passwords.endpoints),
  ...flatten(Sessions.endpoints),
  ...flatten(B2BPasswords.endpoints)
]
  .filter((endpoint) => endpoint.method === "POST")
  .map((endpoint) => ({ name: endpoint.name, endpoint }))

/** An endpoint by its dotted name. */
export const endpointNamed = (name: string): Endpoint.Endpoint => {
  const found = allEndpoints.find((candidate) => candidate.name === name)
  if (found === undefined) throw new Error(`no endpoint ${name}`)
  return found.endpoint
}

// ---------------------------------------------------------------------------------------------
// Raw exchanges with the in-process handler
// ---------------------------------------------------------------------------------------------

export const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`

export interface RawAnswer {
  readonly status: number
  readonly contentType: string
  readonly headers: Headers
  readonly text: string
  /** The parsed body, or `undefined` when it is not JSON. */
  readonly json: unknown
}

const parseOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A sender of raw requests to an emulator's fetch-style handler, with the emulator's Basic auth. */
export const rawSender = (control: StytchEmulator["Service"]) => {
  const authorization = basic(control.projectId, Redacted.value(control.secret))
  return async (path: string, body: string, headers: Record<string, string> = {}): Promise<RawAnswer> => {
    const response = await control.handler(
      new Request(`http://emulator.local${path}`, {
        method: "POST",
        body,
        headers: { ...headers, authorization, "content-type": "application/json" }
      })
    )
    const text = await response.text()
    return {
      status: response.status,
      contentType: response.headers.get("content-type") ?? "",
      headers: response.headers,
      text,
      json: parseOrUndefined(text)
    }
  }
}

/** A 200 that this line's response schema of the endpoint does not decode, if it is one. */
export const decodeProblem = (endpoint: Endpoint.Endpoint, answer: RawAnswer): string | undefined => {
  if (answer.status !== 200) return undefined
  const decoded = Schema.decodeUnknownResult(endpoint.response)(answer.json)
  return Result.isFailure(decoded) ? `200 outside the v4 response schema: ${String(decoded.failure).slice(0, 300)}` : undefined
}

/** Passwords that pass the LUDS policy (min length 8, 3 of lower/upper/digit/symbol). */
export const ludsPassword = (tag: string) => `Lu-${tag}-Pw9x`

/** The value of an option that must be there. */
export const present = <A>(option: Option.Option<A>): A => Option.getOrThrow(option)
