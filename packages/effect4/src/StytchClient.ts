/**
 * The one HTTP module: base URL, auth, JSON, error decoding, timeout, retries, spans.
 * Everything else describes endpoints and lets this module call them.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Result from "effect/Result"
import * as Schema from "effect/Schema"
import * as SchemaIssue from "effect/SchemaIssue"
import * as SchemaParser from "effect/SchemaParser"
import * as Tracer from "effect/Tracer"
import * as Headers from "effect/http/Headers"
import * as HttpBody from "effect/http/HttpBody"
import * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientError from "effect/http/HttpClientError"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Endpoint from "./Endpoint.js"
import { safeIssue } from "./internal/issue.js"
import { maxTimerMillis, timeoutFail } from "./internal/timeout.js"
import { placeRequest } from "./internal/wire.js"
import * as RetryPolicy from "./RetryPolicy.js"
import * as StytchConfig from "./StytchConfig.js"
import {
  ErrorBody,
  fromErrorBody,
  StytchDecodeError,
  StytchInvalidRequest,
  StytchTimeout,
  StytchTransportError,
  StytchUnexpectedResponse
} from "./StytchError.js"
import { userAgent } from "./version.js"

/**
 * A tree of endpoint descriptions, as a service exposes them (`email.resetStart`).
 *
 * @example
 * ```ts
 * import { Passwords, type EndpointTree } from "effect4-stytch"
 * const tree: EndpointTree = Passwords.endpoints
 * ```
 * @since 0.1.0
 */
export interface EndpointTree {
  readonly [key: string]: Endpoint.Endpoint | EndpointTree
}

/**
 * The methods derived from a tree of endpoints: each endpoint becomes a function from its
 * request to an Effect of its response, failing with its own error union.
 *
 * @example
 * ```ts
 * import type { ClientOf, Passwords } from "effect4-stytch"
 * type PasswordsClient = ClientOf<typeof Passwords.endpoints>
 * ```
 * @since 0.1.0
 */
export type ClientOf<Tree> = {
  readonly [K in keyof Tree]: Tree[K] extends Endpoint.Endpoint
    ? (request: Endpoint.Input<Tree[K]>) => Effect.Effect<Endpoint.Success<Tree[K]>, Endpoint.Failure<Tree[K]>>
    : ClientOf<Tree[K]>
}

/**
 * What the `StytchClient` service offers.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, StytchClient } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const stytch = yield* StytchClient
 *   return yield* stytch.call(Passwords.endpoints.strengthCheck, { password: "correct horse battery staple" })
 * })
 * ```
 * @since 0.1.0
 */
export interface Service {
  /** The project this client talks to. */
  readonly projectId: string
  /** The base URL requests go to, without a trailing slash. */
  readonly baseUrl: string
  /** Calls one endpoint: validates and encodes the request, sends it, decodes the answer. */
  readonly call: <E extends Endpoint.Endpoint>(
    endpoint: E,
    request: Endpoint.Input<E>
  ) => Effect.Effect<Endpoint.Success<E>, Endpoint.Failure<E>>
  /** Derives a client object from a tree of endpoint descriptions. */
  readonly client: <Tree extends EndpointTree>(tree: Tree) => ClientOf<Tree>
}

const excerptLength = 200

const parseJson = (text: string): Result.Result<unknown, undefined> => {
  try {
    return Result.succeed(JSON.parse(text))
  } catch {
    return Result.fail(undefined)
  }
}

/**
 * What an unexpected error body may show: the first characters of a body that is not JSON (a
 * proxy's HTML page); of a JSON one, whose values could be credentials, only its field names,
 * and of one that only looks like JSON (truncated), only its length.
 */
const excerptOf = (text: string, json: unknown): string => {
  if (json === undefined) {
    return /^\s*[[{]/.test(text) ? `JSON that does not parse (${text.length} characters)` : text.slice(0, excerptLength).replace(/\s+/g, " ")
  }
  if (typeof json !== "object" || json === null) return `JSON ${json === null ? "null" : typeof json}`
  if (Array.isArray(json)) return "JSON array"
  return `JSON object with fields: ${Object.keys(json).join(", ")}`.slice(0, excerptLength)
}

const requestIdOf = (json: unknown): string | undefined =>
  typeof json === "object" && json !== null && "request_id" in json && typeof json.request_id === "string"
    ? json.request_id
    : undefined

// Codes meaning the connection was never established: the server cannot have seen the request.
const notConnectedCodes = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT"
])

const errorCodes = (cause: unknown): ReadonlyArray<string> => {
  const codes: Array<string> = []
  for (let current = cause, depth = 0; typeof current === "object" && current !== null && depth < 5; depth++) {
    if ("code" in current && typeof current.code === "string") codes.push(current.code)
    if ("errors" in current && Array.isArray(current.errors)) codes.push(...current.errors.flatMap(errorCodes))
    current = "cause" in current ? current.cause : undefined
  }
  return codes
}

const describeCause = (cause: unknown): string => {
  const codes = errorCodes(cause)
  const name = cause instanceof Error ? `${cause.name}: ${cause.message}` : "transport failure"
  return codes.length === 0 ? name : `${name} (${codes.join(", ")})`
}

/** `TransportError` reads `Transport`, as the Effect 3 platform named its reasons. */
const reasonName = (tag: string): string => (tag.endsWith("Error") ? tag.slice(0, -"Error".length) : tag)

const transportError = (path: string, error: HttpClientError.HttpClientError): StytchTransportError => {
  const reason = error.reason
  const cause = "cause" in reason ? reason.cause : undefined
  return new StytchTransportError({
    path,
    request_sent:
      "response" in reason ||
      (reason._tag === "TransportError" && !errorCodes(cause).some((code) => notConnectedCodes.has(code))),
    description: `${reasonName(reason._tag)}: ${cause === undefined ? (reason.description ?? "transport failure") : describeCause(cause)}`
  })
}

/**
 * JSON bytes that print as "<redacted>". The request, body included, travels with the
 * platform's own errors, where a tracer or a logger could serialise it: the password must not
 * be readable there.
 */
class SealedJson extends Uint8Array {
  toJSON(): string {
    return "<redacted>"
  }
  override toString(): string {
    return "<redacted>"
  }
  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return "<redacted>"
  }
}

const utf8 = new TextEncoder()

const sealedJson = (value: unknown): SealedJson | undefined => {
  let text: string
  try {
    text = JSON.stringify(value)
  } catch {
    // A cycle, a BigInt or nesting too deep for the engine: not JSON, so not sendable.
    return undefined
  }
  return new SealedJson(utf8.encode(text))
}

const joinUrl = (baseUrl: string, path: string): string => `${baseUrl}/${path.replace(/^\/+/, "")}`

/** A `ConfigError` for an option given in code, naming it as the Effect 3 line's `InvalidData` did. */
const invalidOption = (option: string, message: string): Config.ConfigError =>
  new Config.ConfigError(
    new Schema.SchemaError(new SchemaIssue.Pointer([option], new SchemaIssue.InvalidValue({ message })))
  )

const annotate = (status: number, requestId: string | undefined, errorType: string | undefined) =>
  Effect.annotateCurrentSpan({
    "http.response.status_code": status,
    ...(requestId === undefined ? {} : { "stytch.request_id": requestId }),
    ...(errorType === undefined ? {} : { "stytch.error_type": errorType })
  })

const decodeErrorBody = Schema.decodeUnknownExit(ErrorBody)

/** The status, headers and body text of a response: all the client reads of it. */
const readResponse = (response: HttpClientResponse.HttpClientResponse) =>
  Effect.map(response.text, (text) => ({ status: response.status, headers: response.headers, text }))

/** The platform's own `http.client` span is off for Stytch calls: this module makes its own. */
const noPlatformSpan = (_: HttpClientRequest.HttpClientRequest) => true

/**
 * Builds the client service from options, using the `HttpClient` in the context.
 *
 * @example
 * ```ts
 * import { Effect, Redacted } from "effect"
 * import { FetchHttpClient } from "effect/http"
 * import { make } from "./StytchClient.js"
 *
 * const client = make({
 *   projectId: "project-test-11111111-1111-4111-8111-111111111111",
 *   secret: Redacted.make("secret-test-...")
 * }).pipe(Effect.provide(FetchHttpClient.layer))
 * ```
 * @since 0.1.0
 */
export const make = Effect.fnUntraced(function* (options: StytchConfig.Options) {
  const baseUrl = (options.baseUrl ?? StytchConfig.defaultBaseUrl(options.projectId)).replace(/\/+$/, "")
  if (!StytchConfig.isBaseUrl(baseUrl)) {
    return yield* Effect.fail(invalidOption("baseUrl", "Expected an http(s) URL without query or fragment"))
  }
  if (options.projectId.length === 0) {
    return yield* Effect.fail(invalidOption("projectId", "Expected a non-empty project id"))
  }
  const timeoutMillis = Duration.toMillis(Duration.fromInputUnsafe(options.timeout ?? StytchConfig.defaultTimeout))
  // Built once: the retry wrapper depends only on the policy and on whether the endpoint is safe.
  const retry = {
    safe: RetryPolicy.retrying(options.retry, true),
    unsafe: RetryPolicy.retrying(options.retry, false)
  }
  // Headers every request carries, built once rather than copied in per request.
  const commonHeaders: Record<string, string> = {
    authorization: `Basic ${btoa(`${options.projectId}:${Redacted.value(options.secret)}`)}`,
    "user-agent": userAgent,
    accept: "application/json"
  }
  const common = Headers.fromInput(commonHeaders)
  const jsonHeaders: Record<string, string> = { ...commonHeaders, "content-type": "application/json" }
  const http = yield* HttpClient.HttpClient
  const origin = new URL(baseUrl)
  const serverAttributes = {
    "server.address": origin.hostname,
    ...(origin.port === "" ? {} : { "server.port": Number(origin.port) })
  }

  /**
   * One HTTP exchange, reduced to what the client reads: no request, no response object. The
   * platform's `http.client` span would keep the request (headers included) in its exit: it is
   * off, and this one is made instead, when spans go anywhere. Stytch ignores trace headers, so
   * none are sent.
   */
  const exchange = (path: string, request: HttpClientRequest.HttpClientRequest, traced: boolean) => {
    const exchanged = Effect.mapError(Effect.flatMap(http.execute(request), readResponse), (error) => transportError(path, error))
    return traced
      ? exchanged.pipe(
          Effect.tap(({ status }) => Effect.annotateCurrentSpan("http.response.status_code", status)),
          Effect.withSpan(
            `http.client ${request.method}`,
            {
              kind: "client",
              attributes: { "http.request.method": request.method, "url.full": request.url, ...serverAttributes }
            },
            { captureStackTrace: false }
          )
        )
      : exchanged
  }

  const interpret = <E extends Endpoint.Endpoint>(
    endpoint: E,
    status: number,
    contentType: string,
    retryAfterMs: number | undefined,
    text: string
  ): Effect.Effect<Endpoint.Success<E>, Endpoint.Failure<E>> => {
    const ok = status >= 200 && status < 300
    const json = parseJson(text)
    const unexpected = () => {
      const requestId = Result.isSuccess(json) ? requestIdOf(json.success) : undefined
      return new StytchUnexpectedResponse({
        path: endpoint.path,
        http_status: status,
        ...(requestId === undefined ? {} : { request_id: requestId }),
        content_type: contentType,
        // Success bodies may hold session tokens: only error bodies are excerpted.
        excerpt: ok ? "" : excerptOf(text, Result.isSuccess(json) ? json.success : undefined),
        ...(retryAfterMs === undefined ? {} : { retry_after_ms: retryAfterMs })
      })
    }
    if (Result.isFailure(json)) return Effect.fail(unexpected())
    if (ok) {
      return Effect.mapErrorEager(SchemaParser.decodeUnknownEffect(endpoint.response)(json.success), (issue) => {
        const { field, issue: problem } = safeIssue(issue)
        return new StytchDecodeError({
          path: endpoint.path,
          http_status: status,
          request_id: requestIdOf(json.success) ?? "",
          field,
          issue: problem
        })
      })
    }
    const body = decodeErrorBody(json.success)
    if (Exit.isFailure(body)) return Effect.fail(unexpected())
    return Effect.fail(
      fromErrorBody<E["errors"]>(endpoint.errors, body.value, { http_status: status, retry_after_ms: retryAfterMs })
    )
  }

  const attempt = <E extends Endpoint.Endpoint>(
    endpoint: E,
    request: HttpClientRequest.HttpClientRequest,
    traced: boolean
  ): Effect.Effect<Endpoint.Success<E>, Endpoint.Failure<E>> => {
    const exchanged = exchange(endpoint.path, request, traced)
    return (
      timeoutMillis > maxTimerMillis
        ? exchanged
        : timeoutFail(exchanged, timeoutMillis, () => new StytchTimeout({ path: endpoint.path, timeout_ms: timeoutMillis }))
    ).pipe(
      Effect.flatMap(({ headers, status, text }) => {
        const retryAfter = headers["retry-after"]
        const contentType = headers["content-type"] ?? ""
        const interpreted =
          retryAfter === undefined
            ? interpret(endpoint, status, contentType, undefined, text)
            : Effect.flatMap(Clock.currentTimeMillis, (now) =>
                interpret(endpoint, status, contentType, RetryPolicy.parseRetryAfter(retryAfter, now), text)
              )
        if (!traced) return interpreted
        return Effect.matchEffect(interpreted, {
          onSuccess: (success) => Effect.as(annotate(status, requestIdOf(success), undefined), success),
          onFailure: (error) =>
            Effect.andThen(
              annotate(
                status,
                "request_id" in error ? error.request_id : undefined,
                "error_type" in error ? error.error_type : undefined
              ),
              Effect.fail(error)
            )
        })
      }),
      Effect.tapError((error) => Effect.logDebug(`Stytch ${endpoint.path} failed: ${error._tag}`))
    )
  }

  const invalid = (endpoint: Endpoint.Endpoint, field: string, issue: string) =>
    Effect.fail(new StytchInvalidRequest({ path: endpoint.path, field, issue }))

  /** Sends an encoded request: places its fields, builds the HTTP request, runs the attempts. */
  const send = <E extends Endpoint.Endpoint>(
    endpoint: E,
    encoded: unknown,
    traced: boolean
  ): Effect.Effect<Endpoint.Success<E>, Endpoint.Failure<E>> => {
    const placed = placeRequest(endpoint, encoded)
    if (Result.isFailure(placed)) return invalid(endpoint, placed.failure.field, placed.failure.issue)
    const { body, headers, path, query } = placed.success
    let record: Record<string, string> | undefined
    let requestBody: HttpBody.HttpBody = HttpBody.empty
    if (endpoint.method === "POST") {
      const sealed = sealedJson(body)
      if (sealed === undefined) return invalid(endpoint, "", "expected a value JSON can represent")
      requestBody = HttpBody.uint8Array(sealed, "application/json")
      record = { ...jsonHeaders, "content-length": String(sealed.length) }
    }
    const headerNames: Array<string> = []
    for (const name in headers) {
      const value = headers[name]
      if (value === undefined) continue
      record ??= { ...commonHeaders }
      record[name.toLowerCase()] = value
      headerNames.push(name.toLowerCase())
    }
    const request = HttpClientRequest.makeWith(
      endpoint.method,
      `${joinUrl(baseUrl, path)}${query}`,
      HttpClientRequest.empty.urlParams,
      HttpClientRequest.empty.hash,
      record === undefined ? common : Headers.fromRecordUnsafe(record),
      requestBody
    )
    const retried = Effect.provideService(
      (endpoint.retrySafe ? retry.safe : retry.unsafe)(attempt(endpoint, request, traced)),
      HttpClient.TracerDisabledWhen,
      noPlatformSpan
    )
    // Fields sent as headers are credentials (a member's session): keep them out of spans and logs.
    return headerNames.length === 0
      ? retried
      : Effect.updateService(retried, Headers.CurrentRedactedNames, (names) => [...names, ...headerNames])
  }

  const call = <E extends Endpoint.Endpoint>(
    endpoint: E,
    input: Endpoint.Input<E>
  ): Effect.Effect<Endpoint.Success<E>, Endpoint.Failure<E>> =>
    Effect.withFiber((fiber) => {
      // Effect's own tracer, in place when none is provided, sends spans nowhere: then none are made.
      const traced = fiber.getRef(Tracer.Tracer) !== Tracer.nativeTracer
      const sent = Effect.flatMapEager(
        Effect.mapErrorEager(SchemaParser.encodeUnknownEffect(endpoint.request)(input), (error) => {
          const { field, issue } = safeIssue(error)
          return new StytchInvalidRequest({ path: endpoint.path, field, issue })
        }),
        (encoded) => send(endpoint, encoded, traced)
      )
      return traced
        ? sent.pipe(
            Effect.withSpan(
              `Stytch.${endpoint.name}`,
              { kind: "client", attributes: { "stytch.path": endpoint.path, "stytch.project_id": options.projectId } },
              // A stack trace per call costs more than the call's own work; the span name says where.
              { captureStackTrace: false }
            )
          )
        : sent
    })

  const client = <Tree extends EndpointTree>(tree: Tree): ClientOf<Tree> => {
    const derived: Record<string, unknown> = {}
    for (const [key, node] of Object.entries(tree)) {
      derived[key] = Endpoint.isEndpoint(node)
        ? (request: Endpoint.Input<typeof node>) => call(node, request)
        : client(node)
    }
    // The loop builds exactly the mapped type, key by key; TS cannot follow it through a loop.
    return derived as ClientOf<Tree>
  }

  const service: Service = { projectId: options.projectId, baseUrl, call, client }
  return service
})

/**
 * The Stytch client: a project's credentials and an `HttpClient`, ready to call endpoints.
 * Services such as `Passwords` are built on it.
 *
 * @example
 * ```ts
 * import { Layer } from "effect"
 * import { FetchHttpClient } from "effect/http"
 * import { Passwords, StytchClient } from "effect4-stytch"
 *
 * const StytchLive = Passwords.layer.pipe(
 *   Layer.provide(StytchClient.layerConfig()),
 *   Layer.provide(FetchHttpClient.layer)
 * )
 * ```
 * @since 0.1.0
 */
export class StytchClient extends Context.Service<StytchClient, Service>()("effect4-stytch/StytchClient") {
  /**
   * A layer from options. It needs an `HttpClient`: `FetchHttpClient.layer` from
   * `effect/http`, or the emulator's in-process one.
   *
   * @example
   * ```ts
   * import { Redacted } from "effect"
   * import { StytchClient } from "effect4-stytch"
   *
   * const StytchLive = StytchClient.layer({
   *   projectId: "project-test-00000000-0000-4000-8000-000000000000",
   *   secret: Redacted.make("secret-test-...")
   * })
   * ```
   */
  static readonly layer = (options: StytchConfig.Options): Layer.Layer<StytchClient, Config.ConfigError, HttpClient.HttpClient> =>
    Layer.effect(StytchClient, make(options))

  /**
   * A layer from configuration: by default `STYTCH_PROJECT_ID`, `STYTCH_SECRET` and the
   * optional `STYTCH_BASE_URL`; pass your own `Config` to read other names or add options.
   *
   * @example
   * ```ts
   * import { Config, Duration } from "effect"
   * import { StytchClient, StytchConfig } from "effect4-stytch"
   *
   * const FromEnv = StytchClient.layerConfig()
   * const WithTimeout = StytchClient.layerConfig(
   *   StytchConfig.fromEnv.pipe(Config.map((options) => ({ ...options, timeout: Duration.seconds(5) })))
   * )
   * ```
   */
  static readonly layerConfig = (
    config: Config.Config<StytchConfig.Options> = StytchConfig.fromEnv
  ): Layer.Layer<StytchClient, Config.ConfigError, HttpClient.HttpClient> =>
    Layer.effect(StytchClient, Effect.flatMap(config, make))
}
