/**
 * The one HTTP module: base URL, auth, JSON, error decoding, timeout, retries, spans.
 * Everything else describes endpoints and lets this module call them.
 *
 * @since 0.1.0
 */
import * as Headers from "@effect/platform/Headers"
import * as HttpBody from "@effect/platform/HttpBody"
import * as HttpClient from "@effect/platform/HttpClient"
import type * as HttpClientError from "@effect/platform/HttpClientError"
import * as HttpClientRequest from "@effect/platform/HttpClientRequest"
import * as Clock from "effect/Clock"
import type * as Config from "effect/Config"
import * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import type * as ParseResult from "effect/ParseResult"
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
 * import { Passwords, type EndpointTree } from "effect-stytch"
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
 * import type { ClientOf, Passwords } from "effect-stytch"
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
 * import { Passwords, StytchClient } from "effect-stytch"
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

const parseJson = (text: string): Option.Option<unknown> => {
  try {
    return Option.some(JSON.parse(text))
  } catch {
    return Option.none()
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

const transportError = (path: string, error: HttpClientError.HttpClientError): StytchTransportError =>
  new StytchTransportError({
    path,
    request_sent:
      error._tag === "ResponseError" ||
      (error.reason === "Transport" && !errorCodes(error.cause).some((code) => notConnectedCodes.has(code))),
    description: `${error.reason}: ${describeCause(error.cause)}`
  })

/**
 * JSON bytes that print as "<redacted>". The platform keeps the request, body included, in
 * its `http.client` span's exit and in its own errors, where a tracer or a logger could
 * serialise it: the password must not be readable there.
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

const sealedJsonBody = (value: unknown): HttpBody.HttpBody | undefined => {
  let text: string
  try {
    text = JSON.stringify(value)
  } catch {
    // A cycle, a BigInt or nesting too deep for the engine: not JSON, so not sendable.
    return undefined
  }
  const bytes = new SealedJson(new TextEncoder().encode(text))
  return HttpBody.raw(bytes, { contentType: "application/json", contentLength: bytes.length })
}

const joinUrl = (baseUrl: string, path: string): string => `${baseUrl}/${path.replace(/^\/+/, "")}`

/**
 * Builds the client service from options, using the `HttpClient` in the context.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect, Redacted } from "effect"
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
    return yield* Effect.fail(ConfigError.InvalidData(["baseUrl"], "Expected an http(s) URL without query or fragment"))
  }
  if (options.projectId.length === 0) {
    return yield* Effect.fail(ConfigError.InvalidData(["projectId"], "Expected a non-empty project id"))
  }
  const timeoutMillis = Duration.toMillis(options.timeout ?? StytchConfig.defaultTimeout)
  // Built once: the retry wrapper depends only on the policy and on whether the endpoint is safe.
  const retry = {
    safe: RetryPolicy.retrying(options.retry, true),
    unsafe: RetryPolicy.retrying(options.retry, false)
  }
  // Headers every request carries, built once rather than copied in per request.
  const commonHeaders = Headers.fromInput({
    authorization: `Basic ${btoa(`${options.projectId}:${Redacted.value(options.secret)}`)}`,
    "user-agent": userAgent,
    accept: "application/json"
  })
  // The platform's own `http.client` span keeps the request, Authorization header included, in
  // its exit, where any tracer can serialise it: it is off for Stytch calls, and `exchange`
  // below makes the span instead, around an exit that holds no request. Stytch ignores trace
  // headers, so none are sent; the span still nests in the caller's trace.
  const http = (yield* HttpClient.HttpClient).pipe(
    HttpClient.withTracerDisabledWhen(() => true),
    HttpClient.withTracerPropagation(false)
  )
  const origin = new URL(baseUrl)

  /** One HTTP exchange, reduced to what the client reads: no request, no response object. */
  const exchange = (path: string, request: HttpClientRequest.HttpClientRequest) =>
    http.execute(request).pipe(
      Effect.flatMap((response) =>
        Effect.map(response.text, (text) => ({ status: response.status, headers: response.headers, text }))
      ),
      Effect.mapError((error) => transportError(path, error)),
      Effect.tap(({ status }) => Effect.annotateCurrentSpan("http.response.status_code", status)),
      Effect.withSpan(`http.client ${request.method}`, {
        kind: "client",
        captureStackTrace: false,
        attributes: {
          "http.request.method": request.method,
          "url.full": request.url,
          "server.address": origin.hostname,
          ...(origin.port === "" ? {} : { "server.port": Number(origin.port) })
        }
      })
    )

  const interpret = <E extends Endpoint.Endpoint>(
    endpoint: E,
    status: number,
    contentType: string,
    retryAfterMs: number | undefined,
    text: string
  ): Effect.Effect<Endpoint.Success<E>, Endpoint.Failure<E>> => {
    const ok = status >= 200 && status < 300
    const json = parseJson(text)
    const unexpected = () =>
      new StytchUnexpectedResponse({
        path: endpoint.path,
        http_status: status,
        ...(Option.isSome(json) && requestIdOf(json.value) !== undefined ? { request_id: requestIdOf(json.value) } : {}),
        content_type: contentType,
        // Success bodies may hold session tokens: only error bodies are excerpted.
        excerpt: ok ? "" : excerptOf(text, Option.getOrUndefined(json)),
        ...(retryAfterMs === undefined ? {} : { retry_after_ms: retryAfterMs })
      })
    if (Option.isNone(json)) return Effect.fail(unexpected())
    if (ok) {
      return Schema.decodeUnknown(endpoint.response)(json.value).pipe(
        Effect.mapError((error: ParseResult.ParseError) => {
          const { field, issue } = safeIssue(error.issue)
          return new StytchDecodeError({
            path: endpoint.path,
            http_status: status,
            request_id: requestIdOf(json.value) ?? "",
            field,
            issue
          })
        })
      )
    }
    const body = Schema.decodeUnknownEither(ErrorBody)(json.value)
    if (Either.isLeft(body)) return Effect.fail(unexpected())
    return Effect.fail(
      fromErrorBody<E["errors"]>(endpoint.errors, body.right, { http_status: status, retry_after_ms: retryAfterMs })
    )
  }

  const attempt = <E extends Endpoint.Endpoint>(
    endpoint: E,
    request: HttpClientRequest.HttpClientRequest
  ): Effect.Effect<Endpoint.Success<E>, Endpoint.Failure<E>> => {
    const exchanged = exchange(endpoint.path, request)
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
        return Effect.tapBoth(interpreted, {
          onSuccess: (success) => annotate(status, requestIdOf(success), undefined),
          onFailure: (error) =>
            annotate(
              status,
              "request_id" in error ? error.request_id : undefined,
              "error_type" in error ? error.error_type : undefined
            )
        })
      }),
      Effect.tapError((error) => Effect.logDebug(`Stytch ${endpoint.path} failed: ${error._tag}`))
    )
  }

  const call = <E extends Endpoint.Endpoint>(
    endpoint: E,
    input: Endpoint.Input<E>
  ): Effect.Effect<Endpoint.Success<E>, Endpoint.Failure<E>> => {
    const retryWith = endpoint.retrySafe ? retry.safe : retry.unsafe
    const headerNames = Object.values(endpoint.headers ?? {}).map((name) => name.toLowerCase())
    return Schema.encode(endpoint.request)(input).pipe(
      Effect.mapError((error) => {
        const { field, issue } = safeIssue(error.issue)
        return new StytchInvalidRequest({ path: endpoint.path, field, issue })
      }),
      Effect.flatMap((encoded) => {
        const placed = placeRequest(endpoint, encoded)
        if (Either.isLeft(placed)) {
          return Effect.fail(new StytchInvalidRequest({ path: endpoint.path, field: placed.left.field, issue: placed.left.issue }))
        }
        const { body, headers, path, query } = placed.right
        const sealed = endpoint.method === "POST" ? sealedJsonBody(body) : undefined
        if (endpoint.method === "POST" && sealed === undefined) {
          return Effect.fail(new StytchInvalidRequest({ path: endpoint.path, field: "", issue: "expected a value JSON can represent" }))
        }
        const request = HttpClientRequest.make(endpoint.method)(`${joinUrl(baseUrl, path)}${query}`, {
          headers: headerNames.length === 0 ? commonHeaders : Headers.setAll(commonHeaders, headers),
          ...(sealed === undefined ? {} : { body: sealed })
        })
        const retried = retryWith(attempt(endpoint, request))
        // Fields sent as headers are credentials (a member's session): keep them out of spans.
        return headerNames.length === 0
          ? retried
          : Effect.locallyWith(retried, Headers.currentRedactedNames, (names) => [...names, ...headerNames])
      }),
      Effect.withSpan(`Stytch.${endpoint.name}`, {
        kind: "client",
        // A stack trace per call costs more than the call's own work; the span name says where.
        captureStackTrace: false,
        attributes: { "stytch.path": endpoint.path, "stytch.project_id": options.projectId }
      })
    )
  }

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

const annotate = (status: number, requestId: string | undefined, errorType: string | undefined) =>
  Effect.annotateCurrentSpan({
    "http.response.status_code": status,
    ...(requestId === undefined ? {} : { "stytch.request_id": requestId }),
    ...(errorType === undefined ? {} : { "stytch.error_type": errorType })
  })

/**
 * The Stytch client: a project's credentials and an `HttpClient`, ready to call endpoints.
 * Services such as `Passwords` are built on it.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect, Layer } from "effect"
 * import { Passwords, StytchClient } from "effect-stytch"
 *
 * const StytchLive = Passwords.layer.pipe(
 *   Layer.provide(StytchClient.layerConfig()),
 *   Layer.provide(FetchHttpClient.layer)
 * )
 * ```
 * @since 0.1.0
 */
export class StytchClient extends Context.Tag("effect-stytch/StytchClient")<StytchClient, Service>() {
  /**
   * A layer from options. It needs an `HttpClient`: `FetchHttpClient.layer`,
   * `NodeHttpClient.layerUndici`, or the emulator's in-process one.
   *
   * @example
   * ```ts
   * import { Redacted } from "effect"
   * import { StytchClient } from "effect-stytch"
   *
   * const StytchLive = StytchClient.layer({
   *   projectId: "project-test-00000000-0000-4000-8000-000000000000",
   *   secret: Redacted.make("secret-test-...")
   * })
   * ```
   */
  static readonly layer = (options: StytchConfig.Options): Layer.Layer<StytchClient, ConfigError.ConfigError, HttpClient.HttpClient> =>
    Layer.effect(StytchClient, make(options))

  /**
   * A layer from configuration: by default `STYTCH_PROJECT_ID`, `STYTCH_SECRET` and the
   * optional `STYTCH_BASE_URL`; pass your own `Config` to read other names or add options.
   *
   * @example
   * ```ts
   * import { Config, Duration } from "effect"
   * import { StytchClient, StytchConfig } from "effect-stytch"
   *
   * const FromEnv = StytchClient.layerConfig()
   * const WithTimeout = StytchClient.layerConfig(
   *   StytchConfig.fromEnv.pipe(Config.map((options) => ({ ...options, timeout: Duration.seconds(5) })))
   * )
   * ```
   */
  static readonly layerConfig = (
    config: Config.Config<StytchConfig.Options> = StytchConfig.fromEnv
  ): Layer.Layer<StytchClient, ConfigError.ConfigError, HttpClient.HttpClient> =>
    Layer.effect(StytchClient, Effect.flatMap(config, make))
}
