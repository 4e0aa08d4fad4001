import { spawn } from "node:child_process"
import { Duration, Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { FetchHttpClient } from "effect/http"
import { StytchClient } from "./src/StytchClient.js"
import { endpoints } from "./src/passwords/Passwords.js"

const projectId = "project-test-00000000-0000-4000-8000-000000000000"
const secret = "secret-test-benchmark-00000000000000000000"
const request = { email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 }

const server = spawn("npx", ["tsx", "bench/lib/cannedServer.ts"], { cwd: "/work/main", stdio: ["ignore", "pipe", "inherit"] })
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

const load = async (call: () => Promise<unknown>, concurrency: number, millis: number) => {
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
  return (count / millis) * 1000
}

const contenders: Record<string, () => Promise<unknown>> = {
  raw,
  ours: makeOurs(),
  oursNoTimeout: makeOurs(Duration.infinity)
}
for (const call of Object.values(contenders)) await load(call, 8, 800)
for (const concurrency of [1, 32]) {
  const results: Record<string, Array<number>> = {}
  for (let round = 0; round < 5; round++) {
    for (const [name, call] of Object.entries(contenders)) (results[name] ??= []).push(await load(call, concurrency, 700))
  }
  const med = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  const rawMed = med(results["raw"] ?? [])
  for (const [name, xs] of Object.entries(results)) {
    console.log(`c=${concurrency} ${name.padEnd(14)} ${med(xs).toFixed(0).padStart(6)} req/s  ${(med(xs) / rawMed).toFixed(2)}x raw`)
  }
}
server.kill("SIGTERM")
process.exit(0)
