/**
 * A route of the emulator, and how an endpoint description becomes one: the request is
 * decoded with the same schema the client encodes with, the answer encoded with the
 * response schema the client decodes with.
 *
 * @since 0.1.0
 */
import { Effect, Option, ParseResult, Schema } from "effect"
import * as Endpoint from "../../Endpoint.js"
import type { InvalidArgument } from "../../errors/PlatformErrors.js"
import { safeIssue } from "../../internal/issue.js"
import { getErrorType } from "../../models/fields.js"
import type { EmulatorConfig } from "../EmulatorConfig.js"
import { EmulatorError } from "../EmulatorError.js"
import type { RequestLog } from "../requests/RequestLog.js"
import type { EmulatorStore } from "../state/Store.js"
import type { RoutePath } from "./pathMatch.js"
import type { DeclaredClass, RouteError } from "./RouteError.js"

/** What a handler knows about the request besides its body. */
export interface RequestContext {
  readonly requestId: string
  readonly headers: Readonly<Record<string, string | undefined>>
  readonly url: URL
  /** The values of the route's `{name}` path segments, percent-decoded. */
  readonly params: Readonly<Record<string, string>>
}

/** The services every handler may use. */
export type Services = EmulatorStore | EmulatorConfig | RequestLog

/** A successful answer: its status and JSON body (without the envelope, added by the app). */
export interface RouteAnswer {
  readonly status: number
  readonly body: unknown
}

/**
 * One route: a method, a path (exact, a template with `{name}` segments, or a prefix ending
 * in `/`) and its handler.
 */
export interface Route extends RoutePath {
  readonly method: "GET" | "POST" | "PATCH" | "DELETE" | "PUT"
  /** When false, the route needs no Basic auth (JWKS, the control surface). */
  readonly authenticated: boolean
  readonly handle: (body: unknown, context: RequestContext) => Effect.Effect<RouteAnswer, EmulatorError | RouteError, Services>
}

/** The Stytch error for a request that failed its schema: the field's own type, else invalid_argument. */
export const invalidRequest = (issue: ParseResult.ParseIssue): EmulatorError => {
  const { asts, field, issue: problem } = safeIssue(issue)
  const errorType = [...asts].reverse().map(getErrorType).find(Option.isSome)
  return new EmulatorError({
    status: 400,
    error_type: errorType === undefined ? "invalid_argument" : errorType.value,
    error_message: `${field === "" ? "request body" : field}: ${problem}.`
  })
}

/**
 * What a route of the endpoint may fail with: the errors the endpoint declares, and
 * `invalid_argument`, which any endpoint answers to a request it cannot act on.
 */
export type RouteFailure<E extends Endpoint.Endpoint> = RouteError<DeclaredClass<E["errors"]> | typeof InvalidArgument>

/** `Omit` applied to each member of a union (B2B answers are unions of outcomes). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** The handler's result: the response minus the envelope (`request_id`, `status_code`). */
export type Answer<E extends Endpoint.Endpoint> = OmitEach<Endpoint.Success<E>, "request_id" | "status_code">

/**
 * How a route of an endpoint is served, beyond what the endpoint describes.
 *
 * @example
 * ```ts
 * import type { RouteOptions } from "./route.js"
 *
 * const public_: RouteOptions = { authenticated: false } // as Stytch serves the JWKS
 * ```
 */
export interface RouteOptions {
  /** False for an endpoint Stytch serves without Basic auth (the JWKS); true otherwise. */
  readonly authenticated?: boolean
}

/**
 * A route for an endpoint description: its method and path template, and a request decoded
 * with the schema the client encodes with, from where the description puts each field (the
 * path's `{name}` segments, the query, the headers, the JSON body of a `POST`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "../../sessions/Sessions.js"
 * import { EmulatorStore } from "../state/Store.js"
 * import { endpointRoute } from "./route.js"
 *
 * const revokeById = endpointRoute(Sessions.endpoints.revoke, ({ session_id }) =>
 *   Effect.gen(function* () {
 *     const store = yield* EmulatorStore
 *     if (session_id !== undefined) yield* store.commit((tx) => tx.deleteSession(session_id))
 *     return {}
 *   })
 * )
 * ```
 */
export const endpointRoute = <E extends Endpoint.Endpoint>(
  endpoint: E,
  handler: (request: Endpoint.Input<E>, context: RequestContext) => Effect.Effect<Answer<E>, RouteFailure<E>, Services>,
  options: RouteOptions = {}
): Route => ({
  method: endpoint.method,
  path: endpoint.path,
  authenticated: options.authenticated ?? true,
  handle: (body, context) =>
    Schema.decodeUnknown(endpoint.request)(requestInput(endpoint, body, context)).pipe(
      Effect.mapError((error) => invalidRequest(error.issue)),
      Effect.flatMap((request) => handler(request, context)),
      Effect.flatMap((answer) =>
        Schema.encodeUnknown(endpoint.response)({ ...answer, request_id: context.requestId, status_code: 200 }).pipe(
          // Our own answer failing our own schema is a bug in the emulator, not the caller's fault.
          Effect.orDieWith((error) => new Error(`${endpoint.path} answered outside its schema: ${safeIssue(error.issue).field}`))
        )
      ),
      Effect.map((encoded) => ({ status: 200, body: encoded }))
    )
})

/**
 * The request as its schema expects it, gathered from where the endpoint puts each field:
 * the JSON body (a `POST` only), the headers, the query and the path.
 */
const requestInput = (endpoint: Endpoint.Endpoint, body: unknown, context: RequestContext): unknown => {
  const pathFields = Endpoint.pathFields(endpoint)
  const query = endpoint.query ?? []
  const base = endpoint.method === "POST" ? body : {}
  const withHeaders = withHeaderFields(endpoint, base, context)
  if (pathFields.length === 0 && query.length === 0) return withHeaders
  // A body that is not an object is refused by the schema as it is.
  if (typeof withHeaders !== "object" || withHeaders === null || Array.isArray(withHeaders)) return withHeaders
  const input: Record<string, unknown> = { ...withHeaders }
  for (const field of query) {
    const value = context.url.searchParams.get(field)
    if (value !== null) input[field] = value
  }
  for (const field of pathFields) {
    const value = context.params[field]
    if (value !== undefined) input[field] = value
  }
  return input
}

/** Puts the request fields an endpoint takes as headers back where its schema expects them. */
const withHeaderFields = (endpoint: Endpoint.Endpoint, body: unknown, context: RequestContext): unknown => {
  if (endpoint.headers === undefined || typeof body !== "object" || body === null) return body
  const result: Record<string, unknown> = { ...body }
  for (const [path, header] of Object.entries(endpoint.headers)) {
    const value = context.headers[header.toLowerCase()]
    if (value === undefined) continue
    const keys = path.split(".")
    let target = result
    for (const key of keys.slice(0, -1)) {
      const next = target[key]
      const child: Record<string, unknown> = typeof next === "object" && next !== null ? { ...next } : {}
      target[key] = child
      target = child
    }
    target[keys[keys.length - 1] ?? path] = value
  }
  return result
}
