/**
 * The Effect 4 line as a benchmark contender, behind a plain interface (promises and numbers), so
 * that the root's bench/effect4.ts can run it beside the Effect 3 line without either line's types
 * reaching the other's compiler.
 *
 * Two transports: Effect 4's `FetchHttpClient` (always), and `@effect/platform-node`'s undici
 * client (`NodeHttpClient`, 4.x) when that package is installed. On Node 22.19 and later that is
 * `NodeHttpClient.layerUndici`. Its undici 8 does not load on Node 20 (it needs
 * `zlib.createZstdDecompress`), so there the client gets an undici 7 `Agent` as its `Dispatcher`
 * (`NodeHttpClient.layerUndiciNoDispatcher`): at run time the same client as `layerUndici` with its
 * undici pinned to 7 (npm `overrides`), which is what an app on Node 20 would do.
 * `EFFECT4_BENCH_PLATFORM_NODE=<folder of @effect/platform-node 4.x>` points at a copy outside
 * the repository, to try it before it is a devDependency.
 */
import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { type Context, Effect, Exit, Layer, ManagedRuntime, Redacted, Schema } from "effect"
import { FetchHttpClient, type HttpClient } from "effect/http"
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

/** Where `name` is installed, as Node would resolve it from this folder, and its version. */
const installed = (name: string): { readonly folder: string; readonly version: string } | undefined => {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const candidate = join(folder, "node_modules", name)
    if (existsSync(join(candidate, "package.json"))) {
      const manifest: { readonly version?: unknown } = JSON.parse(readFileSync(join(candidate, "package.json"), "utf8"))
      return { folder: candidate, version: typeof manifest.version === "string" ? manifest.version : "" }
    }
    if (dirname(folder) === folder) return undefined
  }
}

/** What this file uses of an undici `Dispatcher` (an `Agent`). */
interface UndiciDispatcher {
  readonly destroy: () => Promise<void>
}

/** What this file uses of @effect/platform-node 4.x's NodeHttpClient (loaded by path, so typed here). */
interface NodeHttpClientModule {
  readonly Dispatcher: Context.Service<UndiciDispatcher, UndiciDispatcher>
  readonly layerUndici: Layer.Layer<HttpClient.HttpClient>
  readonly layerUndiciNoDispatcher: Layer.Layer<HttpClient.HttpClient, never, UndiciDispatcher>
}

const major = (version: string): number => Number(version.split(".")[0])

/** The undici `HttpClient` layer of @effect/platform-node 4.x, or why there is none. */
export const undiciTransport = async (): Promise<
  | { readonly layer: Layer.Layer<HttpClient.HttpClient>; readonly name: string }
  | { readonly unavailable: string }
> => {
  const override = process.env["EFFECT4_BENCH_PLATFORM_NODE"]
  const platform = override === undefined ? installed("@effect/platform-node") : { folder: override, version: "4 (EFFECT4_BENCH_PLATFORM_NODE)" }
  if (platform === undefined || major(platform.version) < 4) {
    return { unavailable: `@effect/platform-node 4.x is not installed in packages/effect4 (found ${platform?.version ?? "none"})` }
  }
  const NodeHttpClient: NodeHttpClientModule = await import(pathToFileURL(join(platform.folder, "dist", "NodeHttpClient.js")).href)
  const [nodeMajor = 0, nodeMinor = 0] = process.versions.node.split(".").map(Number)
  if (nodeMajor > 22 || (nodeMajor === 22 && nodeMinor >= 19)) {
    return { layer: NodeHttpClient.layerUndici, name: `NodeHttpClient.layerUndici (@effect/platform-node ${platform.version})` }
  }
  const undici = installed("undici")
  if (undici === undefined || major(undici.version) !== 7) {
    return { unavailable: `Node ${process.versions.node} needs undici 7 beside @effect/platform-node (found ${undici?.version ?? "none"})` }
  }
  const { Agent }: { readonly Agent: new () => UndiciDispatcher } = await import(pathToFileURL(join(undici.folder, "index.js")).href)
  const dispatcher = Layer.effect(NodeHttpClient.Dispatcher)(
    Effect.acquireRelease(Effect.sync(() => new Agent()), (agent) => Effect.promise(() => agent.destroy()))
  )
  return {
    layer: NodeHttpClient.layerUndiciNoDispatcher.pipe(Layer.provide(dispatcher)),
    name: `NodeHttpClient.layerUndiciNoDispatcher + undici ${undici.version} Agent (@effect/platform-node ${platform.version})`
  }
}

/**
 * `Passwords.authenticate` through the Effect 4 client, retries off, on Effect 4's
 * FetchHttpClient or on the HttpClient layer given.
 */
export const makeContender = async (
  options: ContenderOptions & { readonly transport?: Layer.Layer<HttpClient.HttpClient> }
): Promise<Contender> => {
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
      Layer.provide(options.transport ?? FetchHttpClient.layer),
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

/**
 * `Passwords.authenticate` through the Effect 4 client on @effect/platform-node's undici client
 * (see {@link undiciTransport}), or why it cannot run here.
 */
export const makeUndiciContender = async (
  options: ContenderOptions
): Promise<(Contender & { readonly name: string }) | { readonly unavailable: string }> => {
  const transport = await undiciTransport()
  if ("unavailable" in transport) return transport
  const contender = await makeContender({ ...options, transport: transport.layer })
  return { ...contender, name: transport.name }
}
