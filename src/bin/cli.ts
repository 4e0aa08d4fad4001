#!/usr/bin/env node
/**
 * `effect-stytch emulator`: the local Stytch as an HTTP server.
 *
 *   npx effect-stytch emulator [--port 4010] [--host 127.0.0.1] [--project-id ID] [--secret S]
 *                              [--hashing fast|production] [--import FILE] [--export-on-exit FILE]
 *
 * Logs one line per request (method, path, status, ms; never bodies). Stops cleanly on
 * SIGINT and SIGTERM, writing the export first when asked.
 */
import { readFileSync, writeFileSync } from "node:fs"
import { parseArgs } from "node:util"
import { HttpServer } from "@effect/platform"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Effect, Logger, LogLevel, Redacted } from "effect"
import { layer } from "../emulator/server.js"
import { StytchEmulator } from "../emulator/StytchEmulator.js"

const usage = `usage: effect-stytch emulator [--port 4010] [--host 127.0.0.1] [--project-id ID] [--secret SECRET]
                              [--hashing fast|production] [--import FILE] [--export-on-exit FILE]`

const parse = () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string", default: "127.0.0.1" },
      "project-id": { type: "string" },
      secret: { type: "string" },
      hashing: { type: "string", default: "fast" },
      import: { type: "string" },
      "export-on-exit": { type: "string" },
      help: { type: "boolean", default: false }
    }
  })
  const port = Number(values.port)
  if (values.help || positionals[0] !== "emulator" || !Number.isInteger(port) || port < 0 || port > 65535) return undefined
  const hashing: "fast" | "production" | undefined = values.hashing === "production" ? "production" : values.hashing === "fast" ? "fast" : undefined
  if (hashing === undefined) return undefined
  return {
    port,
    host: values.host,
    projectId: values["project-id"],
    secret: values.secret,
    hashing,
    importFile: values.import,
    exportFile: values["export-on-exit"]
  }
}

const args = (() => {
  try {
    return parse()
  } catch {
    return undefined
  }
})()

if (args === undefined) {
  console.error(usage)
  process.exit(2)
}

const banner = (url: string, projectId: string, secret: string) =>
  [
    `Stytch emulator listening on ${url}`,
    `  project id  ${projectId}`,
    `  secret      ${secret}`,
    ``,
    `effect-stytch:   STYTCH_PROJECT_ID=${projectId} STYTCH_SECRET=${secret} STYTCH_BASE_URL=${url}`,
    `Node SDK:        new stytch.Client({ project_id: "${projectId}", secret: "${secret}", env: "${url}/" })`,
    `control API:     ${url}/emulator/v1/outbox, /users, /sessions, /clock, /settings, /faults, /export, ...`,
    ``
  ].join("\n")

const program = Effect.gen(function* () {
  const emulator = yield* StytchEmulator
  if (args.importFile !== undefined) {
    const file = args.importFile
    const state = yield* Effect.try(() => JSON.parse(readFileSync(file, "utf8"))).pipe(
      Effect.mapError(() => new Error(`Cannot read ${file} as JSON.`))
    )
    yield* emulator.importState(state)
  }
  const exportTo = args.exportFile
  if (exportTo !== undefined) {
    yield* Effect.addFinalizer(() =>
      emulator.exportState.pipe(
        Effect.flatMap((state) => Effect.sync(() => writeFileSync(exportTo, JSON.stringify(state, null, 2)))),
        Effect.tap(() => Effect.logInfo(`state exported to ${exportTo}`)),
        Effect.orDie
      )
    )
  }
  const url = yield* HttpServer.addressFormattedWith((address) => Effect.succeed(address.replace("0.0.0.0", "127.0.0.1")))
  console.log(banner(url, emulator.projectId, Redacted.value(emulator.secret)))
  return yield* Effect.never
}).pipe(
  Effect.scoped,
  Effect.provide(layer(args)),
  Effect.provide(Logger.replace(Logger.defaultLogger, Logger.make(({ message }) => console.log(Array.isArray(message) ? message.join(" ") : String(message))))),
  Logger.withMinimumLogLevel(LogLevel.Debug)
)

NodeRuntime.runMain(program, { disablePrettyLogger: true })
