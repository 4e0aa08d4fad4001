import { Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { HttpClient, HttpClientResponse } from "effect/http"
import { readFileSync } from "node:fs"
import { StytchClient } from "./src/StytchClient.js"
import { endpoints } from "./src/passwords/Passwords.js"
const text = readFileSync("/tmp/core/auth.json", "utf8")
const client = HttpClient.make((request) => Effect.promise(async () => HttpClientResponse.fromWeb(request, new Response(text, { status: 200, headers: { "content-type": "application/json" } }))))
const rt = ManagedRuntime.make(StytchClient.layer({ projectId: "project-test-1", secret: Redacted.make("s"), baseUrl: "http://x.local" }).pipe(Layer.provide(Layer.succeed(HttpClient.HttpClient, client))))
const input = { email: "ada@example.com", password: Redacted.make("correct horse battery staple"), session_duration_minutes: 60 }
const call = Effect.flatMap(Effect.service(StytchClient), (s) => s.call(endpoints.authenticate, input))
let left = 30000
const t = performance.now()
await Promise.all(Array.from({ length: 32 }, async () => { while (left-- > 0) await rt.runPromise(call) }))
console.log(((performance.now() - t) / 30000 * 1000).toFixed(1), "us/call")
process.exit(0)
