/**
 * The emulator's HTTP server (effect-stytch/emulator/server) as its own process, on
 * 127.0.0.1 and a free port, for the emulator throughput benchmark.
 *
 *   tsx bench/lib/emulatorServer.ts fast|production   prints "PORT <n>"; stops on SIGTERM
 */
import { HttpServer } from "@effect/platform"
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Effect } from "effect"
import * as StytchEmulatorServer from "effect-stytch/emulator/server"

const hashing = process.argv[2] === "production" ? "production" : "fast"

const program = HttpServer.addressWith((address) =>
  Effect.sync(() => console.log(`PORT ${address._tag === "TcpAddress" ? address.port : 0}`))
).pipe(Effect.zipRight(Effect.never), Effect.provide(StytchEmulatorServer.layer({ port: 0, host: "127.0.0.1", hashing })))

NodeRuntime.runMain(program, { disablePrettyLogger: true })
