/**
 * The web example:
 *
 *   npm run example:web            # on the in-process emulator, http://127.0.0.1:3000
 *   PORT=8080 npm run example:web  # another port (0: any free one)
 *   STYTCH_PROJECT_ID=... STYTCH_SECRET=... npm run example:web   # on real Stytch
 *
 * HOST sets where it listens; PUBLIC_URL the origin people reach it at (https gives Secure cookies).
 */
import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Console, Effect, Layer } from "effect"
import { WebApp } from "./app.js"
import { WebConfig } from "./config.js"
import { emulatedStytch, onRealStytch, realStytch } from "./stytch.js"

const port = Number(process.env["PORT"] ?? "3000")
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number (0 for any free one), got ${process.env["PORT"]}`)

const app = WebApp({
  port,
  ...(process.env["HOST"] === undefined ? {} : { host: process.env["HOST"] }),
  ...(process.env["PUBLIC_URL"] === undefined ? {} : { publicUrl: process.env["PUBLIC_URL"] })
})

const announce = Effect.gen(function* () {
  const { publicUrl } = yield* WebConfig
  yield* Console.log(`effect-stytch web example on ${onRealStytch ? "Stytch" : "the in-process emulator"}: ${publicUrl.origin}/`)
})

NodeRuntime.runMain(Layer.launch(Layer.effectDiscard(announce).pipe(Layer.provideMerge(app), Layer.provide(onRealStytch ? realStytch : emulatedStytch))))
