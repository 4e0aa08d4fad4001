/**
 * Where the client's CPU goes, for the client benchmark's diagnosis.
 *
 * With the transport stubbed (an HttpClient that answers the canned `Response` at once, no
 * I/O), our client's cost per call is measured whole, with the tracer on and off, next to
 * the building blocks it is made of, each timed alone: a span, a timeout, the request
 * pipeline of @effect/platform, the codec. CPU time per call (process.cpuUsage, all threads,
 * so GC helpers count), median of batches.
 */
import {
  HttpBody,
  HttpClient,
  type HttpClientError,
  HttpClientRequest,
  HttpClientResponse
} from "@effect/platform"
import { Effect, Layer, ManagedRuntime, Redacted, Schema } from "effect"
import { Passwords, StytchClient } from "effect-stytch"
import { authenticateInput, authenticateResponseText, projectId, secret } from "./fixture.js"
import { int, median, type Table } from "./report.js"

/** CPU µs per call of an async `body`: warm-up, then batches until `budgetMs`; the median batch. */
export const cpuPerCall = async (
  body: () => Promise<unknown>,
  options: { readonly budgetMs?: number; readonly batch?: number; readonly warmup?: number } = {}
): Promise<{ readonly us: number; readonly calls: number }> => {
  const batch = options.batch ?? 500
  for (let index = 0; index < (options.warmup ?? 2_000); index++) await body()
  const perBatch: Array<number> = []
  const start = performance.now()
  let calls = 0
  while (perBatch.length < 5 || (performance.now() - start < (options.budgetMs ?? 1_000) && calls < 1_000_000)) {
    const before = process.cpuUsage()
    for (let index = 0; index < batch; index++) await body()
    const used = process.cpuUsage(before)
    perBatch.push((used.user + used.system) / batch)
    calls += batch
  }
  return { us: median(perBatch), calls }
}

const responseHeaders = { "content-type": "application/json; charset=utf-8" }

/** An HttpClient that answers every request with the canned body, without I/O. */
const stubClient = HttpClient.make((request) =>
  Effect.sync(() => HttpClientResponse.fromWeb(request, new Response(authenticateResponseText, { status: 200, headers: responseHeaders })))
)

export const breakdownTable = async (): Promise<Table> => {
  const runtime = ManagedRuntime.make(
    Passwords.layer.pipe(
      Layer.provide(StytchClient.layer({ projectId, secret: Redacted.make(secret), baseUrl: "http://127.0.0.1:9", retry: false })),
      Layer.provide(Layer.succeed(HttpClient.HttpClient, stubClient)),
      Layer.orDie
    )
  )
  try {
    const passwords = await runtime.runPromise(Passwords)
    const endpoint = Passwords.endpoints.authenticate
    const decode = Schema.decodeUnknown(endpoint.response)
    const encode = Schema.encode(endpoint.request)
    const check = (value: { readonly session_token: { readonly _tag: string } }) => {
      if (value.session_token._tag !== "Some") throw new Error("no session token")
    }
    check(await Effect.runPromise(passwords.authenticate(authenticateInput)))

    // The request pipeline of @effect/platform as the client uses it: request built, mapped
    // (URL, basic auth, user-agent, accept), executed, body read as text; a client span.
    const mapped = stubClient.pipe(
      HttpClient.mapRequest((request) =>
        request.pipe(
          HttpClientRequest.setUrl(`http://127.0.0.1:9${request.url}`),
          HttpClientRequest.basicAuth(projectId, Redacted.make(secret)),
          HttpClientRequest.setHeader("user-agent", "bench"),
          HttpClientRequest.acceptJson
        )
      )
    )
    const bytes = new TextEncoder().encode(JSON.stringify({ email: "ada@example.com", password: "x", session_duration_minutes: 60 }))
    const pipeline = (tracer: boolean) =>
      Effect.flatMap(
        mapped.execute(
          HttpClientRequest.post(endpoint.path).pipe(
            HttpClientRequest.setHeaders({}),
            HttpClientRequest.setBody(HttpBody.raw(bytes, { contentType: "application/json", contentLength: bytes.length }))
          )
        ),
        (response): Effect.Effect<string, HttpClientError.HttpClientError> => response.text
      ).pipe(Effect.withTracerEnabled(tracer))

    const rows: Array<[string, { readonly us: number; readonly calls: number }]> = []
    const add = async (label: string, body: () => Promise<unknown>) => rows.push([label, await cpuPerCall(body)])
    await add("floor: new Response(body) -> .text() -> JSON.parse", async () =>
      JSON.parse(await new Response(authenticateResponseText, { headers: responseHeaders }).text())
    )
    await add("ours: Passwords.authenticate, stub transport (as shipped)", () => Effect.runPromise(passwords.authenticate(authenticateInput)))
    await add("ours: the same, Effect.withTracerEnabled(false)", () =>
      Effect.runPromise(passwords.authenticate(authenticateInput).pipe(Effect.withTracerEnabled(false)))
    )
    await add("  block: Effect.runPromise(Effect.void)", () => Effect.runPromise(Effect.void))
    await add("  block: Effect.withSpan (stack trace captured, 2 attributes)", () =>
      Effect.runPromise(Effect.withSpan(Effect.void, "Stytch.passwords.authenticate", { kind: "client", attributes: { a: "1", b: "2" } }))
    )
    await add("  block: Effect.timeoutFail 30 s around a finished effect", () =>
      Effect.runPromise(Effect.timeoutFail(Effect.void, { duration: "30 seconds", onTimeout: () => "timeout" }))
    )
    await add("  block: platform request pipeline + response.text, tracer on", () => Effect.runPromise(pipeline(true)))
    await add("  block: platform request pipeline + response.text, tracer off", () => Effect.runPromise(pipeline(false)))
    await add("  block: Schema.encode request + JSON.parse + Schema.decode response", () =>
      Effect.runPromise(Effect.zipRight(encode(authenticateInput), Effect.suspend(() => decode(JSON.parse(authenticateResponseText)))))
    )
    return {
      title: "Where our client's CPU goes: transport stubbed (canned Response, no I/O), CPU µs per call",
      header: ["what", "CPU µs/call", "calls"],
      rows: rows.map(([label, result]) => [label, result.us.toFixed(1), int(result.calls)]),
      notes: [
        "median of 500-call batches after 2,000 warm-up calls; process CPU time (all threads, GC helpers included).",
        "\"block\" rows are pieces of the client timed alone; they overlap, so they do not add up exactly."
      ]
    }
  } finally {
    await runtime.dispose()
  }
}
