import { spawn } from "node:child_process"
import { Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { FetchHttpClient } from "effect/http"
import { StytchClient } from "./src/StytchClient.js"
import { endpoints } from "./src/passwords/Passwords.js"
const projectId = "project-test-00000000-0000-4000-8000-000000000000"
const secret = "secret-test-benchmark-00000000000000000000"
const server = spawn(process.execPath, ["--import", "tsx", "bench/lib/cannedServer.ts"], { cwd: "/work/main", stdio: ["ignore", "pipe", "ignore"] })
const port: number = await new Promise((resolve) => server.stdout.on("data", (c: Buffer) => { const m = /PORT (\d+)/.exec(c.toString()); if (m) resolve(Number(m[1])) }))
const runtime = ManagedRuntime.make(StytchClient.layer({ projectId, secret: Redacted.make(secret), baseUrl: `http://127.0.0.1:${port}` }).pipe(Layer.provide(FetchHttpClient.layer)))
const input = { email: "ada@example.com", password: Redacted.make("correct horse battery staple"), session_duration_minutes: 60 }
const effect = Effect.flatMap(Effect.service(StytchClient), (s) => s.call(endpoints.authenticate, input))
const end = performance.now() + Number(process.env.MS ?? 4000)
let n = 0
await Promise.all(Array.from({ length: 32 }, async () => { while (performance.now() < end) { await runtime.runPromise(effect); n++ } }))
console.log("requests", n)
server.kill("SIGTERM")
process.exit(0)
