import { spawn } from "node:child_process"
import { Duration, Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { FetchHttpClient, HttpBody, HttpClient, HttpClientRequest } from "effect/http"
import { StytchClient } from "./src/StytchClient.js"
import { timeoutFail } from "./src/internal/timeout.js"
import { endpoints } from "./src/passwords/Passwords.js"

const projectId = "project-test-00000000-0000-4000-8000-000000000000"
const secret = "secret-test-benchmark-00000000000000000000"
const request = { email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 }

import { createServer } from "node:http"
import { readFileSync } from "node:fs"
const cannedText = readFileSync("/tmp/core/auth.json")
const server = spawn(process.execPath, ["-e", `
const http = require("node:http"); const body = require("node:fs").readFileSync("/tmp/core/auth.json")
const s = http.createServer({ keepAlive: true, keepAliveTimeout: 60000 }, (q, r) => { q.on("data", () => {}); q.on("end", () => { r.writeHead(200, { "content-type": "application/json; charset=utf-8", "content-length": String(body.length) }); r.end(body) }) })
s.keepAliveTimeout = 60000
s.listen(0, "127.0.0.1", () => console.log("PORT " + s.address().port))
`], { stdio: ["ignore", "pipe", "ignore"] })
const port: number = await new Promise((resolve) => {
  server.stdout.on("data", (chunk: Buffer) => {
    const match = /PORT (\d+)/.exec(chunk.toString())
    if (match) resolve(Number(match[1]))
  })
})
const origin = `http://127.0.0.1:${port}`
const auth = `Basic ${btoa(`${projectId}:${secret}`)}`

const raw = async () => {
  const response = await fetch(`${origin}/v1/passwords/authenticate`, {
    method: "POST",
    headers: { authorization: auth, "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(request)
  })
  return JSON.parse(await response.text())
}

const makeOurs = (timeout?: Duration.Input) => {
  const runtime = ManagedRuntime.make(
    StytchClient.layer({ projectId, secret: Redacted.make(secret), baseUrl: origin, ...(timeout === undefined ? {} : { timeout }) }).pipe(
      Layer.provide(FetchHttpClient.layer)
    )
  )
  const input = { ...request, password: Redacted.make(request.password) }
  const effect = Effect.flatMap(Effect.service(StytchClient), (stytch) => stytch.call(endpoints.authenticate, input))
  return () => runtime.runPromise(effect)
}

const cpu: Record<string, number> = {}
const load = async (call: () => Promise<unknown>, concurrency: number, millis: number, name = "") => {
  const before = process.cpuUsage()
  let count = 0
  const end = performance.now() + millis
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        await call()
        count++
      }
    })
  )
  const used = process.cpuUsage(before)
  cpu[name] = (used.user + used.system) / count
  return (count / millis) * 1000
}

const platformRuntime = ManagedRuntime.make(FetchHttpClient.layer)
const platformOnly = Effect.flatMap(Effect.service(HttpClient.HttpClient), (client) =>
  Effect.flatMap(
    client.execute(
      HttpClientRequest.post(`${origin}/v1/passwords/authenticate`, {
        headers: { authorization: auth, accept: "application/json" },
        body: HttpBody.text(JSON.stringify(request), "application/json")
      })
    ),
    (response) => Effect.map(response.text, (text) => JSON.parse(text))
  )
)
const withTimeout = timeoutFail(platformOnly, 30_000, () => "timeout")
const withSpans = platformOnly.pipe(Effect.withSpan("a", {}, { captureStackTrace: false }), Effect.withSpan("b", {}, { captureStackTrace: false }))
const withProvide = Effect.provideService(platformOnly, HttpClient.TracerDisabledWhen, () => true)
const contenders: Record<string, () => Promise<unknown>> = {
  raw,
  platform: () => platformRuntime.runPromise(platformOnly),
  ours: makeOurs(),
  oursNoTimeout: makeOurs(Duration.infinity)
}
if (process.env.ONLY) { for (const k of Object.keys(contenders)) if (k !== process.env.ONLY) delete contenders[k] }
for (const call of Object.values(contenders)) await load(call, 8, 800)
for (const concurrency of (process.env.C ?? "1,32").split(",").map(Number)) {
  const results: Record<string, Array<number>> = {}
  for (let round = 0; round < 7; round++) {
    for (const [name, call] of Object.entries(contenders)) (results[name] ??= []).push(await load(call, concurrency, 700, name))
  }
  const med = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  const rawMed = med(results["raw"] ?? [])
  for (const [name, xs] of Object.entries(results)) {
    console.log(`c=${concurrency} ${name.padEnd(14)} ${med(xs).toFixed(0).padStart(6)} req/s  ${(med(xs) / rawMed).toFixed(2)}x raw  cpu ${(cpu[name] ?? 0).toFixed(0)} us/req`)
  }
}
server.kill("SIGTERM")
process.exit(0)
