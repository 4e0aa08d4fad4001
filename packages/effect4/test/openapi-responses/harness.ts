/**
 * What the OpenAPI response suites (consumer.test.ts, b2b.test.ts, lifecycle.test.ts) share, in
 * the Effect 4 line (a port of the root's test/openapi-responses/harness.ts): the raw calls to
 * the emulator's in-process fetch-style handler with Basic auth, the checks of a success body
 * (against a validator of one OpenAPI file) and of an error body, a few input helpers, and one
 * emulator shared by the tests of a file, wiped before each test.
 *
 * What this line adds: every answer the emulator gives is also replayed to this line's client
 * (`StytchClient.call` over a `FetchHttpClient` whose fetch answers with that very response),
 * for the endpoint of its method and path, and what the client makes of it is checked: a 200
 * decodes into the endpoint's response; an error becomes the endpoint's typed error for its
 * `error_type` (or `StytchApiError` when the endpoint does not list it), with the status, the
 * type and the request id of the body; never a decode error, an unexpected response or a defect.
 */
import { afterAll, beforeAll, expect } from "@effect/vitest"
import { Cause, Context, Effect, Exit, Layer, Redacted, Schema, Scope } from "effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import { Endpoint, errorTag } from "effect4-stytch"
import { type EmulatorControl, StytchEmulator } from "effect4-stytch/emulator"
import { make as makeClient } from "../../src/StytchClient.js"
import { allEndpoints } from "../conformance/support.js"
import type { Method, Reply, SendOptions } from "../cases/rawCalls.js"
import { errorShapeProblems, type ResponseValidator } from "../cases/responseValidator.js"

export { type Body, challengeOf, type Method, md5, newEmail, redirect, type Reply, type SendOptions, strong } from "../cases/rawCalls.js"

export interface ReplyChecks {
  /** Checks a success: 200, the envelope, and the `200` schema of its path, as written and for undeclared fields. */
  readonly expectSuccess: (method: Method, template: string, reply: Reply) => void
  /** Checks an error body: Stytch's shape, status_code equal to the HTTP status, the error_url of its status and type. */
  readonly expectError: (reply: Reply, status: number, errorType: string) => void
}

export const replyChecks = (validator: ResponseValidator): ReplyChecks => ({
  expectSuccess: (method, template, reply) => {
    const label = `${method} ${template}`
    expect(reply.status, `${label}: ${JSON.stringify(reply.body)}`).toBe(200)
    expect(reply.body.status_code).toBe(200)
    expect(reply.body.request_id).toMatch(/^request-id-test-[0-9a-f-]{36}$/)
    expect(validator.schemaErrors(method, template, reply.body), `${label} against its OpenAPI 200 schema`).toEqual([])
    expect(validator.undeclaredFields(method, template, reply.body), `${label}: fields the OpenAPI does not declare`).toEqual([])
  },
  expectError: (reply, status, errorType) => {
    expect(errorShapeProblems(reply.status, reply.body), JSON.stringify(reply.body)).toEqual([])
    expect([reply.status, reply.body.error_type]).toEqual([status, errorType])
    expect(reply.body.request_id).toMatch(/^request-id-test-[0-9a-f-]{36}$/)
    expect(reply.body.error_url).toBe(`https://stytch.com/docs/api/errors/${status}#${errorType}`)
  }
})

/**
 * The raw calls on the emulator in context: `send` (any method, options as above), `post`, and
 * `ok`, a POST that must succeed, its body checked with `expectSuccess` against the path's
 * `200` schema.
 */
export const makeCalls = (checks: ReplyChecks) =>
  Effect.gen(function* () {
    const emulator = yield* StytchEmulator
    const basic = `Basic ${Buffer.from(`${emulator.projectId}:${Redacted.value(emulator.secret)}`).toString("base64")}`

    const send = (method: Method | "DELETE" | "PATCH", path: string, body?: unknown, options: SendOptions = {}) =>
      Effect.promise(async (): Promise<Reply & { readonly text: string }> => {
        const headers = new Headers({ "content-type": "application/json", ...options.headers })
        const authorization = options.authorization === undefined ? basic : options.authorization
        if (authorization !== null) headers.set("authorization", authorization)
        const text = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body))
        const response = await emulator.handler(
          new Request(`http://emulator.local${path}`, { method, headers, ...(text === undefined ? {} : { body: text }) })
        )
        const answer = await response.text()
        return { status: response.status, body: JSON.parse(answer), headers: response.headers, text: answer }
      }).pipe(
        Effect.tap((reply) => replayToClient(method, path, reply)),
        Effect.map(({ text: _, ...reply }): Reply => reply)
      )

    const post = (path: string, body: unknown, options?: SendOptions) => send("POST", path, body, options)

    const ok = (path: string, body: unknown, options?: SendOptions) =>
      Effect.tap(post(path, body, options), (reply) => Effect.sync(() => checks.expectSuccess("POST", path, reply)))

    return { emulator, send, post, ok }
  })

// ---------------------------------------------------------------------------------------------
// The client's reading of each answer
// ---------------------------------------------------------------------------------------------

const templateOf = (endpoint: Endpoint.Endpoint) =>
  new RegExp(`^${endpoint.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[a-z_]+\}/g, "[^/]+")}$`)

/** This line's endpoint for a method and a concrete path (query left out), if there is one. */
export const endpointFor = (method: string, path: string): Endpoint.Endpoint | undefined => {
  const bare = path.split("?")[0] ?? path
  return allEndpoints.find((endpoint) => endpoint.method === method && templateOf(endpoint).test(bare))
}

/** How many answers the client read, by endpoint name and outcome (`ok` or the error's tag). */
export const clientReadings = new Map<string, Set<string>>()

/** What the client makes of an answer: `ok`, or the failure's tag, error_type, status and request id. */
export interface Reading {
  readonly endpoint: string
  readonly outcome: "ok" | "failure" | "defect"
  readonly tag?: string | undefined
  readonly error_type?: string | undefined
  readonly http_status?: number | undefined
  readonly request_id?: string | undefined
}

/**
 * Replays an answer to this line's client: `StytchClient.call` of the endpoint of `method` and
 * `path` (an endpoint like it whose request is not checked, at the concrete path: the request
 * goes nowhere), over a fetch that answers with this response.
 */
export const readByClient = (method: string, path: string, answer: { readonly status: number; readonly headers: Headers; readonly text: string }) => {
  const found = endpointFor(method, path)
  const replay = Endpoint.make({
    name: found?.name ?? `unmatched ${method} ${path}`,
    path: `/${(path.split("?")[0] ?? path).replace(/^\/+/, "")}`,
    request: Schema.Record(Schema.String, Schema.Unknown),
    response: found?.response ?? Schema.Unknown,
    errors: found?.errors ?? [],
    retrySafe: false
  })
  const fetch: typeof globalThis.fetch = () =>
    Promise.resolve(new Response(answer.status === 204 ? null : answer.text, { status: answer.status, headers: answer.headers }))
  return makeClient({ projectId: "project-test-replay", secret: Redacted.make("secret-test-replay"), baseUrl: "http://emulator.local", retry: false }).pipe(
    Effect.flatMap((client) => client.call(replay, {})),
    Effect.exit,
    Effect.map((exit): Reading => {
      if (Exit.isSuccess(exit)) return { endpoint: replay.name, outcome: "ok" }
      const failure = Cause.findErrorOption(exit.cause)
      if (failure._tag === "None") return { endpoint: replay.name, outcome: "defect", tag: Cause.pretty(exit.cause) }
      const error: object = failure.value
      const field = (key: string): unknown => (key in error ? (error as Record<string, unknown>)[key] : undefined)
      return {
        endpoint: replay.name,
        outcome: "failure",
        tag: String(field("_tag")),
        error_type: typeof field("error_type") === "string" ? String(field("error_type")) : undefined,
        http_status: typeof field("http_status") === "number" ? Number(field("http_status")) : undefined,
        request_id: typeof field("request_id") === "string" ? String(field("request_id")) : undefined
      }
    }),
    Effect.provide(FetchHttpClient.layer.pipe(Layer.provide(Layer.succeed(FetchHttpClient.Fetch, fetch)))),
    Effect.orDie
  )
}

/** The tag the client must give an error answer of `errorType` on `endpoint`. */
const expectedTag = (endpoint: Endpoint.Endpoint | undefined, errorType: string): string =>
  endpoint?.errors.some((error) => error.errorType === errorType || (error._tag ?? error.identifier) === errorTag(errorType)) === true
    ? errorTag(errorType)
    : "StytchApiError"

/** Replays an answer to the client and checks its reading (see the header). */
const replayToClient = (method: string, path: string, reply: Reply & { readonly text: string }) =>
  Effect.map(readByClient(method, path, reply), (reading) => {
    const endpoint = endpointFor(method, path)
    const label = `${method} ${path} (${reading.endpoint}) answered ${reply.status}`
    if (reply.status === 200) {
      expect(endpoint, `${label}: a 200 from a path this line has no endpoint for`).toBeDefined()
      expect(reading, `${label}: the client's reading of ${reply.text.slice(0, 300)}`).toEqual({ endpoint: reading.endpoint, outcome: "ok" })
    } else {
      expect(reading, `${label}: the client's reading of ${reply.text.slice(0, 300)}`).toEqual({
        endpoint: reading.endpoint,
        outcome: "failure",
        tag: expectedTag(endpoint, reply.body.error_type),
        error_type: reply.body.error_type,
        http_status: reply.status,
        request_id: reply.body.request_id
      })
    }
    const seen = clientReadings.get(reading.endpoint) ?? new Set<string>()
    seen.add(reading.outcome === "ok" ? "ok" : (reading.tag ?? "?"))
    clientReadings.set(reading.endpoint, seen)
  })

/**
 * One emulator for the tests of a file: built before all of them, closed after. Returns the
 * wrapper of a test against it: the emulator wiped (users, sessions, reset tokens, outbox,
 * settings and clock back to new) and its faults cleared, then `makeApi` built on it and the
 * test run with that.
 */
export const sharedEmulator = <Api>(makeApi: Effect.Effect<Api, never, StytchEmulator>) => {
  let scope: Scope.Closeable
  let shared: EmulatorControl

  beforeAll(async () => {
    scope = await Effect.runPromise(Scope.make())
    const context = await Effect.runPromise(Layer.buildWithScope(StytchEmulator.layerControl(), scope))
    shared = Context.get(context, StytchEmulator)
  })

  afterAll(async () => {
    if (scope !== undefined) await Effect.runPromise(Scope.close(scope, Exit.void))
  })

  return <A>(body: (api: Api) => Effect.Effect<A>) =>
    Effect.gen(function* () {
      yield* shared.wipe
      yield* shared.clearFaults
      return yield* Effect.flatMap(makeApi, body)
    }).pipe(Effect.provideService(StytchEmulator, shared))
}
