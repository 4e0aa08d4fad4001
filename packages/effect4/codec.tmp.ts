import { Effect, Redacted } from "effect"
import * as SchemaParser from "effect/SchemaParser"
import { endpoints } from "./src/passwords/Passwords.js"
import { readFileSync } from "node:fs"
const authenticateResponseText = readFileSync("/tmp/core/auth.json", "utf8")
const ep = endpoints.authenticate
const input = { email: "ada@example.com", password: Redacted.make("correct horse battery staple"), session_duration_minutes: 60 }
const enc = SchemaParser.encodeUnknownEffect(ep.request)
const dec = SchemaParser.decodeUnknownEffect(ep.response)
const time = (label: string, f: () => unknown, n = 20000) => {
  for (let i = 0; i < 2000; i++) f()
  const t = performance.now()
  for (let i = 0; i < n; i++) f()
  console.log(label, (((performance.now() - t) / n) * 1000).toFixed(1), "us")
}
time("encode", () => Effect.runSync(enc(input)))
time("JSON.parse", () => JSON.parse(authenticateResponseText))
const json = JSON.parse(authenticateResponseText)
time("decode", () => Effect.runSync(dec(json)))
time("decode exit", () => dec(json))
time("runSync succeed", () => Effect.runSync(Effect.succeed(1)))
time("decode fresh", () => SchemaParser.decodeUnknownEffect(ep.response)(json))
time("encode fresh", () => SchemaParser.encodeUnknownEffect(ep.request)(input))
