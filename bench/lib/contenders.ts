/**
 * The clients of the client benchmark, each as a `() => Promise` that sends one
 * `POST /v1/passwords/authenticate` to `origin` and resolves with the decoded answer.
 *
 * `contenders` are the four the targets compare. `diagnostics` is a ladder from raw fetch up
 * to our client, one layer added per rung, so that the cost of each layer can be read off.
 *
 * @effect/platform-node/NodeHttpClient is imported only after a first `fetch`: importing the
 * `undici` package installs its own Agent as the global dispatcher when none exists yet, and
 * Node's built-in fetch would then go through it. Fetching first keeps fetch (raw, the SDK's,
 * FetchHttpClient's) on Node's own dispatcher, as in an app that does not load undici.
 */
import { FetchHttpClient, HttpBody, HttpClient, HttpClientRequest } from "@effect/platform"
import { Duration, Effect, Layer, ManagedRuntime, Redacted } from "effect"
import * as EffectStytch from "effect-stytch"
import { Client } from "stytch"
import { authenticateInput, authenticateRequest, projectId, secret } from "./fixture.js"

export interface Contender {
  /** Short id, for `--contender` flags. */
  readonly id: string
  readonly name: string
  readonly call: () => Promise<unknown>
}

const path = "/v1/passwords/authenticate"

/** The parts of effect-stytch the contenders use: from src/ by default, or from a build (dist/) for profiling. */
export type ClientLib = Pick<typeof EffectStytch, "Passwords" | "StytchClient">

const ourRuntime = (
  { Passwords, StytchClient }: ClientLib,
  origin: string,
  transport: Layer.Layer<HttpClient.HttpClient>,
  retry: "off" | "default" = "off",
  timeout?: Duration.Duration
) =>
  ManagedRuntime.make(
    Passwords.layer.pipe(
      Layer.provide(
        StytchClient.layer({
          projectId,
          secret: Redacted.make(secret),
          baseUrl: origin,
          ...(retry === "off" ? { retry: false } : {}),
          ...(timeout === undefined ? {} : { timeout })
        })
      ),
      Layer.provide(transport),
      Layer.orDie
    )
  )

/** A Node SDK client for a custom `env`, without the warning it prints about one. */
const sdkClient = (origin: string): Client => {
  const warn = console.warn
  console.warn = () => undefined
  try {
    return new Client({ project_id: projectId, secret, env: `${origin}/` })
  } finally {
    console.warn = warn
  }
}

/** Builds the contenders, calls each once and checks it got the canned session back. */
export const makeContenders = async (
  origin: string,
  lib: ClientLib = EffectStytch
): Promise<{
  readonly contenders: ReadonlyArray<Contender>
  readonly diagnostics: ReadonlyArray<Contender>
  readonly dispose: () => Promise<void>
}> => {
  const { Passwords } = lib
  await (await fetch(`${origin}/__cpu`)).text()
  const NodeHttpClient = await import("@effect/platform-node/NodeHttpClient")
  const fetchRuntime = ourRuntime(lib, origin, FetchHttpClient.layer)
  const undiciRuntime = ourRuntime(lib, origin, NodeHttpClient.layerUndici)
  const retryingRuntime = ourRuntime(lib, origin, NodeHttpClient.layerUndici, "default")
  const untimedRuntime = ourRuntime(lib, origin, NodeHttpClient.layerUndici, "off", Duration.infinity)
  const platformUndici = ManagedRuntime.make(NodeHttpClient.layerUndici)
  const dispose = async () => {
    await fetchRuntime.dispose()
    await undiciRuntime.dispose()
    await retryingRuntime.dispose()
    await untimedRuntime.dispose()
    await platformUndici.dispose()
  }
  try {
    const viaFetch = await fetchRuntime.runPromise(Passwords)
    const viaUndici = await undiciRuntime.runPromise(Passwords)
    const viaUndiciRetrying = await retryingRuntime.runPromise(Passwords)
    const viaUndiciUntimed = await untimedRuntime.runPromise(Passwords)
    const sdk = sdkClient(origin)
    const headers = {
      authorization: `Basic ${Buffer.from(`${projectId}:${secret}`).toString("base64")}`,
      "content-type": "application/json",
      accept: "application/json",
      "user-agent": "bench"
    }
    const raw: Contender = {
      id: "raw",
      name: "raw fetch + JSON.parse",
      call: async () => {
        const response = await fetch(`${origin}${path}`, { method: "POST", headers, body: JSON.stringify(authenticateRequest) })
        if (response.status !== 200) throw new Error(`raw fetch: HTTP ${response.status}`)
        return JSON.parse(await response.text())
      }
    }
    const contenders: ReadonlyArray<Contender> = [
      raw,
      { id: "fetch", name: "ours, FetchHttpClient", call: () => Effect.runPromise(viaFetch.authenticate(authenticateInput)) },
      { id: "undici", name: "ours, NodeHttpClient (undici)", call: () => Effect.runPromise(viaUndici.authenticate(authenticateInput)) },
      { id: "sdk", name: "stytch Node SDK 14.2.0", call: () => sdk.passwords.authenticate(authenticateRequest) }
    ]

    // The diagnosis ladder.
    const url = new URL(`${origin}${path}`)
    const encoder = new TextEncoder()
    const minimal = Effect.tryPromise(() => fetch(url, { method: "POST", headers, body: JSON.stringify(authenticateRequest) })).pipe(
      Effect.flatMap((response) => Effect.tryPromise(() => response.text())),
      Effect.map((text): unknown => JSON.parse(text))
    )
    const withTimeout = minimal.pipe(Effect.timeoutFail({ duration: Duration.seconds(30), onTimeout: () => new Error("timeout") }))
    // The same deadline without a sleeping fiber: a timer that resumes the race directly.
    const withRaceTimer = Effect.raceFirst(
      minimal,
      Effect.async<never, Error>((resume) => {
        const timer = setTimeout(() => resume(Effect.fail(new Error("timeout"))), 30_000)
        return Effect.sync(() => clearTimeout(timer))
      })
    )
    const platformRequest = () => {
      const bytes = encoder.encode(JSON.stringify(authenticateRequest))
      return HttpClientRequest.post(url).pipe(
        HttpClientRequest.setHeaders(headers),
        HttpClientRequest.setBody(HttpBody.raw(bytes, { contentType: "application/json", contentLength: bytes.length }))
      )
    }
    const platformCall = (client: HttpClient.HttpClient) =>
      Effect.suspend(() => client.execute(platformRequest())).pipe(
        Effect.flatMap((response) => response.text),
        Effect.map((text): unknown => JSON.parse(text))
      )
    const fetchClient = await Effect.runPromise(Effect.provide(HttpClient.HttpClient, FetchHttpClient.layer))
    const undiciClient = await platformUndici.runPromise(HttpClient.HttpClient)
    const viaPlatformFetch = platformCall(fetchClient)
    const viaPlatformUndici = platformCall(undiciClient)
    const diagnostics: ReadonlyArray<Contender> = [
      raw,
      {
        id: "raw-as-platform",
        name: "raw fetch, URL + bytes + AbortSignal (as FetchHttpClient calls it)",
        call: async () => {
          const controller = new AbortController()
          const response = await fetch(url, {
            method: "POST",
            headers,
            body: encoder.encode(JSON.stringify(authenticateRequest)),
            signal: controller.signal
          })
          if (response.status !== 200) throw new Error(`raw fetch: HTTP ${response.status}`)
          return JSON.parse(await response.text())
        }
      },
      { id: "effect-minimal", name: "Effect.tryPromise(fetch) -> text -> JSON.parse", call: () => Effect.runPromise(minimal) },
      { id: "effect-timeout", name: "  + Effect.timeoutFail 30 s", call: () => Effect.runPromise(withTimeout) },
      { id: "effect-race-timer", name: "  + raceFirst with a setTimeout instead", call: () => Effect.runPromise(withRaceTimer) },
      { id: "platform-fetch", name: "@effect/platform FetchHttpClient -> text -> JSON.parse", call: () => Effect.runPromise(viaPlatformFetch) },
      {
        id: "platform-fetch-untraced",
        name: "  the same, tracer off",
        call: () => Effect.runPromise(Effect.withTracerEnabled(viaPlatformFetch, false))
      },
      contenders[1]!,
      {
        id: "fetch-untraced",
        name: "ours, FetchHttpClient, tracer off",
        call: () => Effect.runPromise(viaFetch.authenticate(authenticateInput).pipe(Effect.withTracerEnabled(false)))
      },
      { id: "platform-undici", name: "@effect/platform NodeHttpClient (undici) -> text -> JSON.parse", call: () => Effect.runPromise(viaPlatformUndici) },
      contenders[2]!,
      {
        id: "undici-untimed",
        name: "  without the per-attempt timeout (timeout: Duration.infinity)",
        call: () => Effect.runPromise(viaUndiciUntimed.authenticate(authenticateInput))
      },
      {
        id: "undici-retry",
        name: "  + the default retry policy (nothing to retry here)",
        call: () => Effect.runPromise(viaUndiciRetrying.authenticate(authenticateInput))
      }
    ]

    // Every client once, checked, before anything is timed.
    for (const contender of diagnostics) {
      const answer = (await contender.call()) as { readonly session_token?: unknown }
      if (answer.session_token === undefined) throw new Error(`${contender.name}: no session token in the answer`)
    }
    const ours = await Effect.runPromise(viaFetch.authenticate(authenticateInput))
    const oursUndici = await Effect.runPromise(viaUndici.authenticate(authenticateInput))
    const theirs = await sdk.passwords.authenticate(authenticateRequest)
    if (ours.session_token._tag !== "Some" || oursUndici.session === undefined || theirs.session_token === "") {
      throw new Error("a contender did not get the canned session back")
    }
    return { contenders, diagnostics, dispose }
  } catch (error) {
    await dispose()
    throw error
  }
}
