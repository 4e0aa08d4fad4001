/**
 * The emulator's request log: the last 1,000 Stytch API requests it answered (method, path,
 * status, duration, `error_type`, and the bodies with every credential redacted), in a ring,
 * so a long run cannot grow memory. The dashboard and the control API read it; listeners
 * (the dashboard's live view) hear each request as it is logged.
 *
 * @since 0.1.0
 */
import { Context, Layer, Schema } from "effect"

/**
 * One logged request. `id`s count up from 1 and are never reused, even after a clear.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * // why did the last login fail?
 * const lastFailure = Effect.map(
 *   Effect.flatMap(StytchEmulator, (emulator) => emulator.requests),
 *   (requests) => requests.filter((request) => request.status >= 400).at(-1)?.error_type
 * )
 * ```
 * @since 0.1.0
 */
export const LoggedRequest = Schema.Struct({
  id: Schema.Number,
  /** When the request came, on the emulator's clock. */
  at: Schema.String,
  method: Schema.String,
  path: Schema.String,
  status: Schema.Number,
  duration_ms: Schema.Number,
  /** The `request_id` the answer carried. */
  request_id: Schema.String,
  error_type: Schema.optional(Schema.String),
  /** The JSON body, credentials redacted; absent for a GET or DELETE. */
  request_body: Schema.optional(Schema.Unknown),
  /** The JSON answered, credentials redacted; a note in `<...>` when it was not JSON (an injected fault). */
  response_body: Schema.Unknown
})
export type LoggedRequest = typeof LoggedRequest.Type

/** How many requests the log keeps. */
export const requestLogCapacity = 1000

/**
 * The log's operations. Every one is synchronous: a request is logged in the same step as
 * it is answered, and a listener that throws is dropped, never the request.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { RequestLog } from "./RequestLog.js"
 *
 * const lastFive = Effect.map(RequestLog, (log) => log.entries().slice(-5))
 * ```
 * @since 0.1.0
 */
export interface RequestLogService {
  readonly capacity: number
  readonly record: (entry: Omit<LoggedRequest, "id">) => LoggedRequest
  /** Oldest first. */
  readonly entries: () => ReadonlyArray<LoggedRequest>
  readonly entry: (id: number) => LoggedRequest | undefined
  readonly clear: () => void
  /** Calls `listener` with each request logged from now on; the function returned stops it. */
  readonly subscribe: (listener: (entry: LoggedRequest) => void) => () => void
}

/**
 * A fresh ring of `capacity` entries.
 *
 * @example
 * ```ts
 * import { makeRequestLog } from "./RequestLog.js"
 *
 * const log = makeRequestLog(2)
 * const entry = { at: "", method: "POST", path: "/v1/passwords", status: 200, duration_ms: 1, request_id: "r", response_body: {} }
 * log.record(entry)
 * log.record(entry)
 * log.record(entry)
 * log.entries().map((logged) => logged.id) // [2, 3]
 * ```
 */
export const makeRequestLog = (capacity: number = requestLogCapacity): RequestLogService => {
  const ring: Array<LoggedRequest | undefined> = new Array(capacity)
  const listeners = new Set<(entry: LoggedRequest) => void>()
  let nextId = 1
  let firstKept = 1
  const oldest = () => Math.max(firstKept, nextId - capacity)
  const slot = (id: number) => (id - 1) % capacity
  const entry = (id: number) => (Number.isInteger(id) && id >= oldest() && id < nextId ? ring[slot(id)] : undefined)
  return {
    capacity,
    record: (fields) => {
      const logged: LoggedRequest = { id: nextId, ...fields }
      ring[slot(nextId)] = logged
      nextId++
      for (const listener of listeners) {
        try {
          listener(logged)
        } catch {
          listeners.delete(listener)
        }
      }
      return logged
    },
    entries: () => {
      const kept: Array<LoggedRequest> = []
      for (let id = oldest(); id < nextId; id++) {
        const logged = ring[slot(id)]
        if (logged !== undefined) kept.push(logged)
      }
      return kept
    },
    entry,
    clear: () => {
      ring.fill(undefined)
      firstKept = nextId
    },
    subscribe: (listener) => {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}

/**
 * The emulator instance's request log.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { RequestLog } from "./RequestLog.js"
 *
 * const count = Effect.map(RequestLog, (log) => log.entries().length).pipe(Effect.provide(RequestLog.layer))
 * ```
 * @since 0.1.0
 */
export class RequestLog extends Context.Tag("effect-stytch/emulator/RequestLog")<RequestLog, RequestLogService>() {
  static readonly layer: Layer.Layer<RequestLog> = Layer.sync(RequestLog, () => makeRequestLog())
}
