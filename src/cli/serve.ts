/**
 * What `effect-stytch emulator` runs: checks the state files, serves the emulator, prints the
 * banner (with the dashboard's address, and its token beyond loopback), logs one line per
 * Stytch API request, and exports on the way out. Loaded only for that command,
 * so `--help` and `--version` answer without loading the emulator.
 */
import { randomBytes } from "node:crypto"
import { HttpServer } from "@effect/platform"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Effect, Logger, LogLevel, Redacted } from "effect"
import { isLoopback, tokenHeader, tokenParameter } from "../emulator/dashboard/access.js"
import { layer } from "../emulator/server.js"
import { StytchEmulator } from "../emulator/StytchEmulator.js"
import type { EmulatorArgs } from "./args.js"
import { CliFailure, reportExit } from "./failures.js"
import { listenFailure } from "./listen.js"
import { checkExportFile, importRefused, readImportFile, writeExportFile } from "./stateFiles.js"

const banner = (url: string, projectId: string, secret: string, controlToken: string | undefined) =>
  [
    `Stytch emulator listening on ${url}`,
    `  project id  ${projectId}`,
    `  secret      ${secret}`,
    ``,
    controlToken === undefined
      ? `dashboard:       ${url}/`
      : `dashboard:       ${url}/?${tokenParameter}=${controlToken}  (open once per browser: it sets a cookie)`,
    `effect-stytch:   STYTCH_PROJECT_ID=${projectId} STYTCH_SECRET=${secret} STYTCH_BASE_URL=${url}`,
    `Node SDK:        new stytch.Client({ project_id: "${projectId}", secret: "${secret}", env: "${url}/" })`,
    `control API:     ${url}/emulator/v1/outbox, /users, /sessions, /clock, /settings, /faults, /export, ...`,
    ...(controlToken === undefined ? [] : [`control token:   ${controlToken}  (the control API and the dashboard require it as the ${tokenHeader} header)`]),
    ``
  ].join("\n")

/** The token the control API and dashboard require: the one given, else a new one beyond loopback. */
const controlTokenFor = (args: EmulatorArgs): string | undefined =>
  args.controlToken ?? (isLoopback(args.host) ? undefined : randomBytes(24).toString("base64url"))

/**
 * The emulator served until SIGINT or SIGTERM, with the command's options.
 *
 * @example
 * ```ts
 * import { NodeRuntime } from "@effect/platform-node"
 * import { defaults } from "./args.js"
 * import { serve } from "./serve.js"
 *
 * NodeRuntime.runMain(serve({ ...defaults, port: 4011 }))
 * ```
 */
export const serve = (args: EmulatorArgs) =>
  Effect.gen(function* () {
    // The files are checked before listening: a bad one leaves no port taken, even briefly.
    const exportTo = args.exportFile
    if (exportTo !== undefined) yield* checkExportFile(exportTo)
    const importFrom = args.importFile
    const imported = importFrom === undefined ? undefined : { file: importFrom, state: yield* readImportFile(importFrom) }

    const controlToken = controlTokenFor(args)
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
      console.log(banner(url, emulator.projectId, Redacted.value(emulator.secret), controlToken))
      return yield* Effect.never
    }).pipe(
      Effect.scoped,
      Effect.provide(layer({ ...args, controlToken })),
      Effect.catchTag("ServeError", (error) => Effect.fail(new CliFailure({ message: listenFailure(error.cause, args) })))
    )
  }).pipe(
    Effect.provide(Logger.replace(Logger.defaultLogger, Logger.make(({ message }) => console.log(Array.isArray(message) ? message.join(" ") : String(message))))),
    Logger.withMinimumLogLevel(LogLevel.Debug)
  )

/**
 * Runs the emulator command until it stops, exiting 0 on SIGINT or SIGTERM and 1 (one line on
 * stderr) when it cannot start.
 *
 * @example
 * ```ts
 * import { defaults } from "./args.js"
 * import { runEmulator } from "./serve.js"
 *
 * runEmulator({ ...defaults, port: 0 })
 * ```
 */
export const runEmulator = (args: EmulatorArgs): void =>
  NodeRuntime.runMain(serve(args), {
    disablePrettyLogger: true,
    disableErrorReporting: true,
    teardown: (exit, onExit) => onExit(reportExit(exit))
  })
