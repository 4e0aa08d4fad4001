import { Duration, Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { HttpClient, HttpClientRequest, HttpClientResponse, HttpBody } from "effect/http"
import { StytchClient } from "./src/StytchClient.js"
import { timeoutFail } from "./src/internal/timeout.js"
import { endpoints } from "./src/passwords/Passwords.js"
import { readFileSync } from "node:fs"
const authenticateResponseText = readFileSync("/tmp/core/auth.json", "utf8")

const projectId = "project-test-00000000-0000-4000-8000-000000000000"
const secret = "secret-test-benchmark-00000000000000000000"
const client = HttpClient.make((request) =>
  Effect.promise(async () => HttpClientResponse.fromWeb(request, new Response(authenticateResponseText, { status: 200, headers: { "content-type": "application/json" } })))
)
const stubLayer = Layer.succeed(HttpClient.HttpClient, client)
const input = { email: "ada@example.com", password: Redacted.make("correct horse battery staple"), session_duration_minutes: 60 }
const make = (timeout?: Duration.Input) => ManagedRuntime.make(StytchClient.layer({ projectId, secret: Redacted.make(secret), baseUrl: "http://x.local", ...(timeout === undefined ? {} : { timeout }) }).pipe(Layer.provide(stubLayer)))
const ours = make()
const oursNoTimeout = make(Duration.infinity)
const call = Effect.flatMap(Effect.service(StytchClient), (s) => s.call(endpoints.authenticate, input))
const platformRt = ManagedRuntime.make(stubLayer)
const platformOnly = Effect.flatMap(Effect.service(HttpClient.HttpClient), (c) =>
  Effect.flatMap(c.execute(HttpClientRequest.post("http://x.local/v1/passwords/authenticate", { body: HttpBody.text(JSON.stringify({ email: "a" }), "application/json") })), (r) => Effect.map(r.text, (t) => JSON.parse(t))))
const variants: Record<string, () => Promise<unknown>> = {
  rawPromise: async () => JSON.parse(await new Response(authenticateResponseText).text()),
  platform: () => platformRt.runPromise(platformOnly),
  platformNoTracer: () => platformRt.runPromise(Effect.provideService(platformOnly, HttpClient.TracerDisabledWhen, () => true)),
  platformTimeout: () => platformRt.runPromise(timeoutFail(Effect.provideService(platformOnly, HttpClient.TracerDisabledWhen, () => true), 30000, () => 1)),
  platformSpans: () => platformRt.runPromise(Effect.provideService(platformOnly, HttpClient.TracerDisabledWhen, () => true).pipe(Effect.withSpan("a", {}, { captureStackTrace: false }), Effect.withSpan("b", {}, { captureStackTrace: false }))),
  ours: () => ours.runPromise(call),
  oursNoTimeout: () => oursNoTimeout.runPromise(call),
}
const run = async (f: () => Promise<unknown>, n: number, c: number) => {
  const t = performance.now()
  let left = n
  await Promise.all(Array.from({ length: c }, async () => { while (left-- > 0) await f() }))
  return ((performance.now() - t) / n) * 1000
}
for (const f of Object.values(variants)) await run(f, 3000, 8)
for (const c of [1, 32]) {
  const res: Record<string, number[]> = {}
  for (let r = 0; r < 5; r++) for (const [k, f] of Object.entries(variants)) (res[k] ??= []).push(await run(f, 4000, c))
  for (const [k, xs] of Object.entries(res)) console.log(`c=${c} ${k.padEnd(18)} ${[...xs].sort((a, b) => a - b)[2]!.toFixed(1)} us/call`)
}
process.exit(0)
