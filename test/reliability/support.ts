/**
 * Shared helpers of the reliability suites: the emulator SERVER on a loopback port with our
 * client in front of it, a server-side count of the requests that reached it, the table of
 * every endpoint, and raw exchanges with the in-process handler.
 */
import { type HttpClient, HttpServer } from "@effect/platform"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { Chunk, Context, Effect, Fiber, Layer, Option, Redacted, Schema, SchemaAST, TestClock, Tracer } from "effect"
import {
  B2BPasswords,
  type Endpoint,
  getErrorType,
  Passwords,
  Sessions,
  StytchClient,
  type StytchConfig
} from "../../src/index.js"
import { type EmulatorOptions, StytchEmulator } from "../../src/emulator/index.js"
import * as EmulatorServer from "../../src/emulator/server.js"

// ---------------------------------------------------------------------------------------------
// Server-side request count
// ---------------------------------------------------------------------------------------------

/** One request that reached the emulator server, as the server's own `http.server` span saw it. */
export interface Arrival {
  readonly method: string
  readonly path: string
  /** The server's clock when the request arrived (the TestClock under `it.effect`). */
  readonly atMillis: number
}

/**
 * Every request the emulator server received. Read from the server's `http.server` spans, which
 * start when a request arrives, before any fault or handler runs: a request the server dropped,
 * or whose handler was interrupted by a client abort, is counted too.
 */
export class ServerArrivals extends Context.Tag("test/reliability/ServerArrivals")<
  ServerArrivals,
  { readonly all: () => ReadonlyArray<Arrival>; readonly on: (path: string) => ReadonlyArray<Arrival> }
>() {}

/**
 * Records the server's spans while delegating to the tracer already in place (so that a test
 * capturing spans still sees them): `wrap(ambient)` is the tracer the server is built with.
 */
const arrivalRecorder = () => {
  const seen: Array<Tracer.Span> = []
  const wrap = (ambient: Tracer.Tracer): Tracer.Tracer =>
    Tracer.make({
      span: (name, parent, context, links, startTime, kind, options) => {
        const span = ambient.span(name, parent, context, links, startTime, kind, options)
        if (kind === "server") seen.push(span)
        return span
      },
      context: (f, fiber) => ambient.context(f, fiber)
    })
  const all = (): ReadonlyArray<Arrival> =>
    seen.map((span) => ({
      method: span.name.replace(/^http\.server /, ""),
      path: String(span.attributes.get("url.path") ?? ""),
      atMillis: Number(span.status.startTime / 1_000_000n)
    }))
  return { wrap, service: { all, on: (path: string) => all().filter((arrival) => arrival.path === path) } }
}

// ---------------------------------------------------------------------------------------------
// The emulator server with our client in front
// ---------------------------------------------------------------------------------------------

export type ClientOptions = Partial<Omit<StytchConfig.Options, "projectId" | "secret" | "baseUrl">>

export interface StackOptions {
  /** The client's options (retry, timeout). */
  readonly client?: ClientOptions
  /**
   * The transport; by default undici with its own connection pool, closed with the layer (the
   * global `fetch` keeps idle keep-alive connections that hold the server's close for seconds).
   */
  readonly http?: Layer.Layer<HttpClient.HttpClient>
  readonly emulator?: EmulatorOptions
  /** Keep every server span for `ServerArrivals` (default true; a soak turns it off: it retains them all). */
  readonly recordArrivals?: boolean
}

/**
 * The emulator server (`src/emulator/server.ts`) on 127.0.0.1, port 0, and our client pointed at
 * it over loopback, with `Passwords`, `Sessions`, `B2BPasswords`, the control API and the
 * server-side request count.
 */
export const serverStack = (options: StackOptions = {}) => {
  const recorder = arrivalRecorder()
  // The recording tracer is set only while the server is built (its request handler keeps the
  // runtime it was built with); the client and the test keep the tracer they had.
  const server = Layer.scopedContext(
    Effect.gen(function* () {
      const ambient = yield* Effect.tracer
      return yield* Layer.build(EmulatorServer.layer({ ...options.emulator, port: 0, host: "127.0.0.1" })).pipe(
        Effect.withTracer(options.recordArrivals === false ? ambient : recorder.wrap(ambient))
      )
    })
  ).pipe(Layer.orDie)
  const client = Layer.unwrapEffect(
    Effect.gen(function* () {
      const http = yield* HttpServer.HttpServer
      const control = yield* StytchEmulator
      const address = http.address
      if (address._tag !== "TcpAddress") return yield* Effect.dieMessage("the emulator server is not on TCP")
      return StytchClient.layer({
        ...options.client,
        projectId: control.projectId,
        secret: control.secret,
        baseUrl: `http://127.0.0.1:${address.port}`
      })
    })
  ).pipe(Layer.provide(options.http ?? NodeHttpClient.layerUndici), Layer.orDie)
  return Layer.mergeAll(Passwords.layer, Sessions.layer, B2BPasswords.layer).pipe(
    Layer.provideMerge(client),
    Layer.provideMerge(server),
    Layer.provideMerge(Layer.succeed(ServerArrivals, recorder.service))
  )
}

/** A real pause (not the TestClock's), to let sockets and the thread pool make progress. */
export const realPause = (millis: number) =>
  Effect.promise(() => new Promise<void>((resolve) => setTimeout(resolve, millis)))

/**
 * Runs `effect` under the TestClock, moving the clock only to the wake-up time of a pending
 * sleep within `horizonMillis` (a retry's wait): so every retry happens at exactly the virtual
 * time its schedule chose, and server-side arrival times can be compared exactly. Between
 * moves, real time passes so that requests in flight complete. Bounded in steps.
 */
export const driveTestClock = <A, E, R>(effect: Effect.Effect<A, E, R>, horizonMillis = 60_000) =>
  Effect.gen(function* () {
    const fiber = yield* Effect.fork(effect)
    for (let step = 0; step < 3_000; step++) {
      if (Option.isSome(yield* Fiber.poll(fiber))) break
      const now = yield* TestClock.currentTimeMillis
      const pending = Chunk.toReadonlyArray(yield* TestClock.sleeps()).filter((wake) => wake <= now + horizonMillis)
      if (pending.length > 0) yield* TestClock.setTime(Math.min(...pending))
      else yield* realPause(2)
    }
    return yield* Fiber.await(fiber)
  })

// ---------------------------------------------------------------------------------------------
// Every endpoint
// ---------------------------------------------------------------------------------------------

export interface NamedEndpoint {
  readonly name: string
  readonly endpoint: Endpoint.Endpoint
}

const flatten = (tree: object): Array<Endpoint.Endpoint> =>
  Object.values(tree).flatMap((node: unknown): Array<Endpoint.Endpoint> => {
    if (typeof node !== "object" || node === null) return []
    return "path" in node && "request" in node ? [node as Endpoint.Endpoint] : flatten(node)
  })

/**
 * The 21 endpoints with a JSON body, the ones fuzzed and fed hostile bodies: consumer
 * Passwords (8), Sessions (2), B2B Passwords (11). The GET and DELETE endpoints take no body;
 * their path and query parameters are tested in test/emulator/parameters.test.ts.
 */
export const allEndpoints: ReadonlyArray<NamedEndpoint> = [
  ...flatten(Passwords.endpoints),
  ...flatten(Sessions.endpoints),
  ...flatten(B2BPasswords.endpoints)
]
  .filter((endpoint) => endpoint.method === "POST")
  .map((endpoint) => ({ name: endpoint.name, endpoint }))

/** An endpoint by its dotted name. */
export const endpointNamed = (name: string): Endpoint.Endpoint => {
  const found = allEndpoints.find((candidate) => candidate.name === name)
  if (found === undefined) throw new Error(`no endpoint ${name}`)
  return found.endpoint
}

/** Every `error_type` annotation in a schema: the types the emulator may refuse its input with. */
export const errorTypesOf = (ast: SchemaAST.AST, seen: Set<SchemaAST.AST> = new Set()): Set<string> => {
  const found = new Set<string>()
  if (seen.has(ast)) return found
  seen.add(ast)
  const own = getErrorType(ast)
  if (Option.isSome(own)) found.add(own.value)
  const children: Array<SchemaAST.AST> = []
  switch (ast._tag) {
    case "Refinement":
      children.push(ast.from)
      break
    case "Transformation":
      children.push(ast.from, ast.to)
      break
    case "Union":
      children.push(...ast.types)
      break
    case "TypeLiteral":
      children.push(...ast.propertySignatures.map((signature) => signature.type))
      children.push(...ast.indexSignatures.map((signature) => signature.type))
      break
    case "TupleType":
      children.push(...ast.elements.map((element) => element.type), ...ast.rest.map((element) => element.type))
      break
    case "Suspend":
      children.push(ast.f())
      break
    case "Declaration":
      children.push(...ast.typeParameters)
      break
    default:
      break
  }
  for (const child of children) for (const type of errorTypesOf(child, seen)) found.add(type)
  return found
}

/**
 * The error types a request refused by its schema can have, for an endpoint: `invalid_argument`
 * plus every field's documented type (the emulator decodes with the client's own schema).
 */
export const schemaRefusalTypes = (endpoint: Endpoint.Endpoint): ReadonlySet<string> =>
  new Set(["invalid_argument", ...errorTypesOf(endpoint.request.ast)])

/** What the client sends for an encoded request, from the client's own code. */
export { splitHeaders as toWire } from "../../src/internal/wire.js"

// ---------------------------------------------------------------------------------------------
// Raw exchanges with the in-process handler
// ---------------------------------------------------------------------------------------------

export const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`

export interface RawAnswer {
  readonly status: number
  readonly contentType: string
  readonly text: string
  /** The parsed body, or `undefined` when it is not JSON. */
  readonly json: unknown
}

const parseOrUndefined = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A sender of raw requests to an emulator's fetch-style handler, with the emulator's Basic auth. */
export const rawSender = (control: StytchEmulator["Type"]) => {
  const authorization = basic(control.projectId, Redacted.value(control.secret))
  return async (path: string, body: string, headers: Record<string, string> = {}): Promise<RawAnswer> => {
    const response = await control.handler(
      new Request(`http://emulator.local${path}`, {
        method: "POST",
        body,
        headers: { ...headers, authorization, "content-type": "application/json" }
      })
    )
    const text = await response.text()
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, json: parseOrUndefined(text) }
  }
}

const ErrorShape = Schema.Struct({
  status_code: Schema.Number,
  request_id: Schema.String.pipe(Schema.pattern(/^request-id-test-/)),
  error_type: Schema.String.pipe(Schema.minLength(1)),
  error_message: Schema.String.pipe(Schema.minLength(1)),
  error_url: Schema.String.pipe(Schema.pattern(/^https:\/\//))
})

/**
 * What is wrong with an answer, if anything, as a Stytch response: JSON, `status_code` equal to
 * the HTTP status, never a 5xx; errors with `request_id`, `error_type`, `error_message`,
 * `error_url`; a 200 that the client's response schema decodes.
 */
export const shapeProblem = (endpoint: Endpoint.Endpoint, answer: RawAnswer): string | undefined => {
  if (answer.status >= 500) return `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`
  if (!answer.contentType.includes("application/json")) return `content-type ${answer.contentType}`
  const json = answer.json
  if (typeof json !== "object" || json === null || Array.isArray(json)) return `not a JSON object: ${answer.text.slice(0, 100)}`
  if (!("status_code" in json) || json.status_code !== answer.status) return `status_code differs from HTTP ${answer.status}`
  if (answer.status === 200) {
    const decoded = Schema.decodeUnknownEither(endpoint.response)(json)
    return decoded._tag === "Left" ? `200 outside the response schema: ${String(decoded.left).slice(0, 300)}` : undefined
  }
  const error = Schema.decodeUnknownEither(ErrorShape)(json)
  return error._tag === "Left" ? `not a Stytch error body: ${answer.text.slice(0, 200)}` : undefined
}

/** The `error_type` of an answer, or "" for a success. */
export const errorTypeOf = (answer: RawAnswer): string => {
  const json = answer.json
  return typeof json === "object" && json !== null && "error_type" in json && typeof json.error_type === "string"
    ? json.error_type
    : ""
}

/** Passwords that pass the LUDS policy (min length 8, 3 of lower/upper/digit/symbol). */
export const ludsPassword = (tag: string) => `Lu-${tag}-Pw9x`

// ---------------------------------------------------------------------------------------------
// In-process stack and a populated world
// ---------------------------------------------------------------------------------------------

/** A fresh in-process emulator with our client on it (no sockets), every service and the control API. */
export const inProcessStack = (options?: EmulatorOptions & { readonly client?: ClientOptions }) =>
  Layer.mergeAll(Passwords.layer, Sessions.layer, B2BPasswords.layer).pipe(Layer.provideMerge(StytchEmulator.layer(options)))

export const worldRedirect = "https://app.example.com/reset"

/**
 * Fills an emulator with one of everything its state holds: settings, a moved clock, users
 * (created, migrated), sessions, reset tokens (live, PKCE, spent), outbox messages, a breached
 * password, organizations, members, member sessions, an intermediate session, B2B and
 * discovery reset tokens. Uses LUDS, so that which passwords pass is plain.
 */
export const populate = Effect.gen(function* () {
  const passwords = yield* Passwords
  const b2b = yield* B2BPasswords
  const control = yield* StytchEmulator
  yield* control.updateSettings({
    strength_policy: "luds",
    cross_org_passwords_enabled: true,
    migrate_rate_limit_per_second: 10_000,
    reset_password_redirect_url: worldRedirect
  })
  yield* control.advanceClock(1234)
  const pw = ludsPassword("world")
  for (const name of ["ada", "bob", "cy"]) {
    yield* passwords.create({
      email: `${name}@example.com`,
      password: pw,
      session_duration_minutes: 60,
      session_custom_claims: { team: name },
      trusted_metadata: { plan: "pro" }
    })
  }
  yield* passwords.migrate({
    email: "dee@example.com",
    hash: "5f4dcc3b5aa765d61d8327deb882cf99",
    hash_type: "md_5",
    name: { first_name: "Dee" }
  })
  yield* passwords.email.resetStart({ email: "ada@example.com" })
  yield* passwords.email.resetStart({ email: "bob@example.com", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" })
  yield* passwords.email.resetStart({ email: "cy@example.com" })
  const spent = Option.getOrThrow(yield* control.latestResetToken("cy@example.com"))
  yield* passwords.email.reset({ token: spent, password: ludsPassword("cy-next") })
  yield* control.markBreached("Breached-Passw0rd!")
  yield* control.seedOrganization({ organization_name: "Acme", organization_slug: "acme", trusted_metadata: { tier: 1 } })
  yield* control.seedOrganization({ organization_name: "Strict", organization_slug: "strict", mfa_policy: "REQUIRED_FOR_ALL" })
  yield* control.seedMember({ organization_id: "acme", email_address: "ada@acme.com", password: pw, roles: ["admin"] })
  yield* control.seedMember({ organization_id: "strict", email_address: "ada@acme.com", password: pw })
  yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: pw, session_duration_minutes: 60 })
  yield* b2b.authenticate({ organization_id: "strict", email_address: "ada@acme.com", password: pw })
  yield* b2b.migrate({ organization_id: "acme", email_address: "eve@acme.com", hash: "5f4dcc3b5aa765d61d8327deb882cf99", hash_type: "md_5" })
  yield* b2b.email.resetStart({ organization_id: "acme", email_address: "eve@acme.com" })
  yield* b2b.discovery.email.resetStart({ email_address: "ada@acme.com" })
  return { password: pw }
}).pipe(Effect.orDie)

/** JSON with every object's keys sorted: equal for equal states, whatever the key order. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, inner: unknown) =>
    typeof inner === "object" && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner
  )
