#!/usr/bin/env node
/**
 * `effect-stytch emulator`: the local Stytch as an HTTP server.
 *
 *   npx effect-stytch emulator [--port 4010] [--host 127.0.0.1] [--project-id ID] [--secret S]
 *                              [--hashing fast|production] [--import FILE] [--export-on-exit FILE]
 *   npx effect-stytch --help | --version
 *
 * Logs one line per request (method, path, status, ms; never bodies). Stops cleanly on
 * SIGINT and SIGTERM, writing the export first when asked. A bad command line exits 2 and a
 * failure to start (port in use, bad file) exits 1, each with one line on stderr.
 */
import { HttpServer } from "@effect/platform"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Effect, Either, Logger, LogLevel, Redacted } from "effect"
import { layer } from "../emulator/server.js"
import { StytchEmulator } from "../emulator/StytchEmulator.js"
import { version } from "../version.js"
import { type EmulatorArgs, parseArgs } from "./args.js"
import { CliFailure, reportExit } from "./failures.js"
import { helpHint, helpText } from "./help.js"
import { listenFailure } from "./listen.js"
import { checkExportFile, importRefused, readImportFile, writeExportFile } from "./stateFiles.js"

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

const serve = (args: EmulatorArgs) =>
  Effect.gen(function* () {
    // The files are checked before listening: a bad one leaves no port taken, even briefly.
    const exportTo = args.exportFile
    if (exportTo !== undefined) yield* checkExportFile(exportTo)
    const importFrom = args.importFile
    const imported = importFrom === undefined ? undefined : { file: importFrom, state: yield* readImportFile(importFrom) }

    yield* Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      if (imported !== undefined) {
        yield* emulator.importState(imported.state).pipe(Effect.mapError((error) => importRefused(imported.file, error)))
      }
      if (exportTo !== undefined) {
        yield* Effect.addFinalizer(() =>
          emulator.exportState.pipe(
            Effect.flatMap((state) => writeExportFile(exportTo, state)),
            Effect.tap(() => Effect.logInfo(`state exported to ${exportTo}`)),
            // A finalizer cannot fail: reportExit reads the CliFailure back out of the defect.
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
      Effect.catchTag("ServeError", (error) => Effect.fail(new CliFailure({ message: listenFailure(error.cause, args) })))
    )
  }).pipe(
    Effect.provide(Logger.replace(Logger.defaultLogger, Logger.make(({ message }) => console.log(Array.isArray(message) ? message.join(" ") : String(message))))),
    Logger.withMinimumLogLevel(LogLevel.Debug)
  )

Either.match(parseArgs(process.argv.slice(2)), {
  onLeft: (problem) => {
    console.error(`effect-stytch: ${problem}\n${helpHint}`)
    process.exitCode = 2
  },
  onRight: (command) => {
    switch (command._tag) {
      case "Help":
        return console.log(helpText)
      case "Version":
        return console.log(version)
      case "Emulator":
        return NodeRuntime.runMain(serve(command.args), {
          disablePrettyLogger: true,
          disableErrorReporting: true,
          teardown: (exit, onExit) => onExit(reportExit(exit))
        })
    }
  }
})
