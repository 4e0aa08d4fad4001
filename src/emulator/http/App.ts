/**
 * The emulator as one HTTP app: matching, auth, body limits, faults, the Stytch envelope,
 * and one log line per request. The same app runs in-process and behind a Node server.
 *
 * @since 0.1.0
 */
import { timingSafeEqual } from "node:crypto"
import { HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Cause, Clock, Effect, Random } from "effect"
import { EmulatorConfig } from "../EmulatorConfig.js"
import { EmulatorError, errorUrl, stytchError } from "../EmulatorError.js"
import { loggedBody } from "../requests/redact.js"
import { RequestLog } from "../requests/RequestLog.js"
import { iso, newId, now } from "../runtime.js"
import type { Fault } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"
import { matchPath, specificity } from "./pathMatch.js"
import type { Route, RouteAnswer, Services } from "./route.js"
import type { RouteError } from "./RouteError.js"

/** Request bodies larger than this are refused with 413. */
export const maxBodyBytes = 1024 * 1024

/** The header that tells the transport to drop the connection instead of answering. */
export const dropHeader = "x-emulator-fault"

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  // Compare equal lengths only, in constant time; a length mismatch is a mismatch.
  return a.length === b.length && timingSafeEqual(a, b)
}

const authorized = (header: string | undefined, projectId: string, secret: string): boolean => {
  if (header === undefined || !header.startsWith("Basic ")) return false
  const decoded = Buffer.from(header.slice("Basic ".length), "base64").toString("utf8")
  return sameSecret(decoded, `${projectId}:${secret}`)
}

/** A route's typed failure in the shape the wire needs. */
const fromRouteError = (error: RouteError): EmulatorError =>
  new EmulatorError({
    status: error.status,
    error_type: error.errorClass.errorType,
    error_message: error.message,
    retry_after_seconds: error.retryAfterSeconds
  })

const errorBody = (error: EmulatorError, requestId: string) => ({
  status_code: error.status,
  request_id: requestId,
  error_type: error.error_type,
  error_message: error.error_message,
  error_url: errorUrl(error.status, error.error_type),
  ...(error.error_details === undefined ? {} : { error_details: error.error_details })
})

/**
 * An error answered in Stytch's envelope, with `Retry-After` when it has one.
 *
 * @example
 * ```ts
 * import { stytchError } from "../EmulatorError.js"
 * import { errorResponse } from "./App.js"
 *
 * const refused = errorResponse(stytchError(403, "cross_site_request", "Not from another site."), "request-id-test-1")
 * ```
 */
export const errorResponse = (error: EmulatorError, requestId: string) =>
  HttpServerResponse.unsafeJson(errorBody(error, requestId), {
    status: error.status,
    ...(error.retry_after_seconds === undefined ? {} : { headers: { "retry-after": String(error.retry_after_seconds) } })
  })

/** An answer, and what the request log keeps of the exchange. */
interface Answered {
  readonly response: HttpServerResponse.HttpServerResponse
  readonly requestBody?: unknown
  readonly responseBody: unknown
  readonly errorType?: string
}

const answeredError = (error: EmulatorError, requestId: string, requestBody?: unknown): Answered => ({
  response: errorResponse(error, requestId),
  ...(requestBody === undefined ? {} : { requestBody }),
  responseBody: errorBody(error, requestId),
  errorType: error.error_type
})

const parseBody = (text: string): Effect.Effect<unknown, EmulatorError> => {
  if (text.trim() === "") return Effect.succeed({})
  try {
    return Effect.succeed(JSON.parse(text))
  } catch {
    return Effect.fail(stytchError(400, "invalid_argument", "The request body is not valid JSON."))
  }
}

/** The request's JSON body, and its size for the log. */
const readBody = (request: HttpServerRequest.HttpServerRequest): Effect.Effect<{ readonly body: unknown; readonly bytes: number }, EmulatorError> => {
  const tooLarge = () => stytchError(413, "request_too_large", `The request body is larger than ${maxBodyBytes} bytes.`)
  const declared = Number(request.headers["content-length"] ?? "0")
  if (declared > maxBodyBytes) return Effect.fail(tooLarge())
  return request.text.pipe(
    Effect.mapError(() => stytchError(400, "invalid_argument", "The request body could not be read.")),
    Effect.map((text) => ({ text, bytes: Buffer.byteLength(text) })),
    Effect.filterOrFail(({ bytes }) => bytes <= maxBodyBytes, tooLarge),
    Effect.flatMap(({ bytes, text }) => Effect.map(parseBody(text), (body) => ({ body, bytes })))
  )
}

const faultError = (fault: Fault) =>
  stytchError(fault.status ?? 503, fault.error_type ?? "server_unavailable", "Injected by the emulator's fault injection.")

const faultHeaders = (fault: Fault): Record<string, string> => (fault.retry_after === undefined ? {} : { "retry-after": fault.retry_after })

/** What a fault that lets the route act does to its answer. */
const afterFault = (fault: Fault | undefined, response: HttpServerResponse.HttpServerResponse, body: string) => {
  switch (fault?.kind) {
    case "drop":
      return HttpServerResponse.text("", { status: 200, headers: { [dropHeader]: "drop" } })
    case "malformed":
      return HttpServerResponse.text("{this is not json", { status: 200, contentType: "application/json" })
    case "truncated":
      return HttpServerResponse.text(body.slice(0, Math.floor(body.length / 2)), { status: 200, contentType: "application/json" })
    default:
      return response
  }
}

/** What the log shows of an answer a fault changed, which is not the route's JSON. */
const faultedBody = (fault: Fault | undefined, body: unknown): unknown => {
  switch (fault?.kind) {
    case "drop":
      return "<connection dropped by an injected fault>"
    case "malformed":
      return "<malformed JSON, by an injected fault>"
    case "truncated":
      return "<JSON cut short, by an injected fault>"
    default:
      return body
  }
}

/**
 * Requests the log keeps and the server's log lines name: the Stytch API's, not the control
 * surface's (an open dashboard polls it).
 */
const isLogged = (pathname: string) => !pathname.startsWith("/emulator/")

/** The routes whose path matches, with the parameters each takes from it. */
const find = (routes: ReadonlyArray<Route>, path: string) =>
  routes.flatMap((route) => {
    const params = matchPath(route, path)
    return params === undefined ? [] : [{ route, params }]
  })

/** Of the routes a path matches, the most precise one for the method. */
const forMethod = (candidates: ReturnType<typeof find>, method: string) =>
  candidates
    .filter((candidate) => candidate.route.method === method)
    .reduce<(typeof candidates)[number] | undefined>(
      (best, candidate) => (best === undefined || specificity(candidate.route) > specificity(best.route) ? candidate : best),
      undefined
    )

/**
 * The app serving `routes`.
 *
 * @example
 * ```ts
 * import { HttpApp } from "@effect/platform"
 * import type { Runtime } from "effect"
 * import type { EmulatorConfig } from "../EmulatorConfig.js"
 * import { allRoutes } from "../routes/index.js"
 * import type { RequestLog } from "../requests/RequestLog.js"
 * import type { EmulatorStore } from "../state/Store.js"
 * import { makeApp } from "./App.js"
 *
 * declare const runtime: Runtime.Runtime<EmulatorStore | EmulatorConfig | RequestLog>
 * const handler = HttpApp.toWebHandlerRuntime(runtime)(makeApp(allRoutes))
 * ```
 */
export const makeApp = (routes: ReadonlyArray<Route>) =>
  Effect.gen(function* () {
    const request = yield* HttpServerRequest.HttpServerRequest
    const config = yield* EmulatorConfig
    const store = yield* EmulatorStore
    // Milliseconds, not nanoseconds: a TestClock can stand at a fractional millisecond (a jittered
    // retry wakes at one), which its nanosecond reading cannot turn into a bigint.
    const started = yield* Clock.currentTimeMillis
    const requestId = newId("request-id")
    const url = new URL(request.url, "http://emulator.local")
    const candidates = find(routes, url.pathname)
    const matched = forMethod(candidates, request.method)
    const route = matched?.route
    let requestBody: unknown = undefined

    const answer: Effect.Effect<Answered, EmulatorError | RouteError, Services> = Effect.gen(function* () {
      if (route === undefined) {
        return yield* candidates.length === 0
          ? stytchError(404, "route_not_found", `No endpoint at ${url.pathname}.`)
          : stytchError(405, "method_not_allowed", `${url.pathname} does not accept ${request.method}.`)
      }
      if (route.authenticated && !authorized(request.headers["authorization"], config.projectId, config.secret)) {
        return yield* stytchError(401, "unauthorized_credentials", "Unauthorized credentials: check the project id and secret.")
      }
      const roll = yield* Random.next
      const fault = route.authenticated ? yield* store.commit((tx) => tx.takeFault(url.pathname, roll)) : undefined
      if (fault?.kind === "latency") yield* Effect.sleep(fault.latency_ms ?? 0)
      if (fault?.kind === "status") {
        const injected = answeredError(faultError(fault), requestId)
        return { ...injected, response: injected.response.pipe(HttpServerResponse.setHeaders(faultHeaders(fault))) }
      }
      const { body, bytes } = request.method === "GET" || request.method === "DELETE" ? { body: {}, bytes: 0 } : yield* readBody(request)
      if (bytes > 0) requestBody = loggedBody(body, bytes)
      const result: RouteAnswer = yield* route.handle(body, { requestId, headers: request.headers, url, params: matched?.params ?? {} })
      const text = JSON.stringify(result.body)
      return {
        response: afterFault(fault, HttpServerResponse.text(text, { status: result.status, contentType: "application/json" }), text),
        ...(requestBody === undefined ? {} : { requestBody }),
        responseBody: faultedBody(fault, loggedBody(result.body, text.length))
      }
    })

    const answered = yield* answer.pipe(
      Effect.catchTags({
        EmulatorError: (error) => Effect.succeed(answeredError(error, requestId, requestBody)),
        RouteError: (error) => Effect.succeed(answeredError(fromRouteError(error), requestId, requestBody))
      }),
      // No input may crash the emulator: a defect is a 500 in Stytch's shape, and logged.
      Effect.catchAllDefect((defect) =>
        Effect.logError("emulator defect", Cause.die(defect)).pipe(
          Effect.as(
            answeredError(stytchError(500, "internal_server_error", "The emulator failed to handle the request."), requestId, requestBody)
          )
        )
      )
    )
    const { response } = answered
    const elapsed = (yield* Clock.currentTimeMillis) - started
    if (isLogged(url.pathname)) {
      const log = yield* RequestLog
      log.record({
        at: iso(yield* now),
        method: request.method,
        path: url.pathname,
        status: response.status,
        duration_ms: Math.round(elapsed * 10) / 10,
        request_id: requestId,
        ...(answered.errorType === undefined ? {} : { error_type: answered.errorType }),
        ...(answered.requestBody === undefined ? {} : { request_body: answered.requestBody }),
        response_body: answered.responseBody
      })
      yield* Effect.logDebug(`${request.method} ${url.pathname} ${response.status} ${Math.round(elapsed)}ms`)
    }
    return response
  })
