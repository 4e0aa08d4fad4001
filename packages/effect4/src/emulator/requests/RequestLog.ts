/**
 * One entry of the emulator's request log (the last 1,000 Stytch API requests it answered,
 * bodies with every credential redacted): the shape of effect-stytch's
 * `src/emulator/requests/RequestLog.ts`, in Effect 4's Schema, used to decode `/emulator/v1/requests`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * One logged request. `id`s count up from 1 and are never reused, even after a clear.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * // why did the last login fail?
 * const lastFailure = StytchEmulator.use((emulator) =>
 *   Effect.map(emulator.requests, (requests) => requests.filter((request) => request.status >= 400).at(-1)?.error_type)
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

/**
 * @example
 * ```ts
 * import type { LoggedRequest } from "effect4-stytch/emulator"
 *
 * const failed = (request: LoggedRequest) => request.status >= 400
 * ```
 * @since 0.1.0
 */
export type LoggedRequest = typeof LoggedRequest.Type
