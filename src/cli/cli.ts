#!/usr/bin/env node
/**
 * `effect-stytch emulator`: the local Stytch as an HTTP server.
 *
 *   npx effect-stytch emulator [--port 4010] [--host 127.0.0.1] [--project-id ID] [--secret S]
 *                              [--hashing fast|production] [--import FILE] [--export-on-exit FILE]
 *                              [--control-token TOKEN]
 *   npx effect-stytch --help | --version
 *
 * Serves the dashboard at /. Logs one line per Stytch API request (method, path, status, ms;
 * never bodies). Stops cleanly on SIGINT and SIGTERM, writing the export first when asked. A bad command line exits 2 and a
 * failure to start (port in use, bad file) exits 1, each with one line on stderr.
 */
import * as Either from "effect/Either"
import { version } from "../version.js"
import { parseArgs } from "./args.js"
import { helpHint, helpText } from "./help.js"

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
        // Loaded only for this command: --help and --version answer without loading the emulator.
        return void import("./serve.js").then(({ runEmulator }) => runEmulator(command.args))
    }
  }
})
