/**
 * The emulator for code that does not run on this package's Effect: a plain-JavaScript API
 * (promises, `Request`/`Response`, plain options) with no Effect type in its signature. It is
 * what the Effect 4 line (`effect4-stytch/emulator`) ships as a self-contained bundle, so the
 * same emulator serves both lines and Effect 3 never shows in an Effect 4 program's types.
 *
 * @since 0.1.0
 */
import { Effect, Exit, Redacted, Scope } from "effect"
import { defaultProjectId, defaultSecret, type EmulatorOptions } from "./EmulatorConfig.js"
import { dropHeader } from "./http/App.js"
import { build } from "./StytchEmulator.js"

/**
 * A fresh emulator's options: plain JSON values, each defaulted like `EmulatorOptions`.
 *
 * @example
 * ```ts
 * import type { StandaloneOptions } from "./standalone.js"
 *
 * const options: StandaloneOptions = { projectId: "project-test-1", secret: "secret-test-1", hashing: "fast" }
 * ```
 * @since 0.1.0
 */
export interface StandaloneOptions {
  /** Default `project-test-00000000-0000-4000-8000-000000000000`. */
  readonly projectId?: string | undefined
  /** Default `secret-test-emulator-0000000000000000000000`. */
  readonly secret?: string | undefined
  /** `fast` (default: cheap scrypt, for tests) or `production` (scrypt at OWASP parameters). */
  readonly hashing?: "fast" | "production" | undefined
}

/**
 * A running in-process emulator. `handler` answers a `Request` as the HTTP server would
 * (the Stytch API and the control API under `/emulator/v1/`); `fetch` is the same as a
 * `fetch` function (a `drop` fault rejects it with fetch's `TypeError`, an aborted signal with
 * the signal's reason). Nothing opens a socket.
 *
 * @example
 * ```ts
 * import { createEmulator } from "./standalone.js"
 *
 * const emulator = await createEmulator()
 * const answer = await emulator.fetch(`${emulator.baseUrl}/emulator/v1/users`)
 * await emulator.close()
 * ```
 * @since 0.1.0
 */
export interface StandaloneEmulator {
  /** The project the emulator serves. */
  readonly projectId: string
  /** The secret it accepts. */
  readonly secret: string
  /** The base URL `fetch` and `handler` answer on (the host is never resolved). */
  readonly baseUrl: string
  /** The emulator as a fetch-style handler: the answer the server would send, drop marker included. */
  readonly handler: (request: Request) => Promise<Response>
  /** A `fetch` served by the emulator in-process. */
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>
  /** Stops the emulator; later calls are refused. Idempotent. */
  readonly close: () => Promise<void>
}

/** The in-process base URL: the host is never resolved, nothing leaves the process. */
export const inProcessUrl = "http://emulator.local"

/** A connection reset, as fetch reports it, for the `drop` fault. */
const droppedConnection = () =>
  new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) })

/** A call after `close`, as fetch reports a connection refused. */
const closed = () =>
  new TypeError("fetch failed", {
    cause: Object.assign(new Error("the emulator is closed"), { code: "ECONNREFUSED" })
  })

/** The options checked one by one: a plain-JavaScript caller has no types to stop a typo. */
const checkedOptions = (options: unknown): EmulatorOptions => {
  if (options === undefined || options === null) return {}
  if (typeof options !== "object") throw new TypeError("createEmulator: options must be an object")
  const { projectId, secret, hashing } = options as Record<string, unknown>
  const text = (name: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined
    if (typeof value !== "string" || value === "") throw new TypeError(`createEmulator: ${name} must be a non-empty string`)
    return value
  }
  if (hashing !== undefined && hashing !== "fast" && hashing !== "production") {
    throw new TypeError('createEmulator: hashing must be "fast" or "production"')
  }
  return { projectId: text("projectId", projectId), secret: text("secret", secret), hashing }
}

/** Rejects with the signal's reason once it aborts (never settles otherwise). */
const abortedBy = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    else signal.addEventListener("abort", () => reject(signal.reason), { once: true })
  })

/**
 * Starts a fresh emulator in-process. Close it when done: that ends its background work.
 *
 * @example
 * ```ts
 * import { createEmulator } from "./standalone.js"
 *
 * const emulator = await createEmulator({ hashing: "fast" })
 * const created = await emulator.fetch(`${emulator.baseUrl}/v1/passwords`, {
 *   method: "POST",
 *   headers: {
 *     authorization: `Basic ${btoa(`${emulator.projectId}:${emulator.secret}`)}`,
 *     "content-type": "application/json"
 *   },
 *   body: JSON.stringify({ email: "ada@example.com", password: "correct horse battery staple" })
 * })
 * await emulator.close()
 * ```
 * @since 0.1.0
 */
export const createEmulator = async (options?: StandaloneOptions): Promise<StandaloneEmulator> => {
  const resolved = checkedOptions(options)
  const scope = Effect.runSync(Scope.make())
  const exit = await Effect.runPromiseExit(Scope.extend(build(resolved), scope))
  if (Exit.isFailure(exit)) {
    await Effect.runPromise(Scope.close(scope, exit))
    throw new Error("createEmulator: the emulator could not start")
  }
  const { control } = exit.value
  let open = true
  const handler = (request: Request): Promise<Response> => (open ? control.handler(request) : Promise.reject(closed()))
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init)
    if (request.signal.aborted) throw request.signal.reason
    const response = await Promise.race([handler(request), abortedBy(request.signal)])
    if (response.headers.get(dropHeader) !== null) throw droppedConnection()
    return response
  }
  return {
    projectId: control.projectId,
    secret: Redacted.value(control.secret),
    baseUrl: inProcessUrl,
    handler,
    fetch,
    close: async () => {
      if (!open) return
      open = false
      await Effect.runPromise(Scope.close(scope, Exit.void))
    }
  }
}

/**
 * The project id an emulator serves unless told otherwise.
 *
 * @example
 * ```ts
 * import { standaloneDefaults } from "./standalone.js"
 *
 * standaloneDefaults.projectId // "project-test-00000000-0000-4000-8000-000000000000"
 * ```
 * @since 0.1.0
 */
export const standaloneDefaults: { readonly projectId: string; readonly secret: string } = {
  projectId: defaultProjectId,
  secret: defaultSecret
}
