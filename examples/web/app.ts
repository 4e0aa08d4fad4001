/**
 * The web app as one layer: the HttpApi, its handlers and the package's session middleware, served by
 * Node's HTTP server. It needs a StytchClient: the emulator's or a real one. Tests start it on
 * port 0 with the emulator and read the emulator's outbox; main.ts starts it for people.
 */
import { createServer } from "node:http"
import { HttpApiBuilder, type HttpServer, type HttpServerError } from "@effect/platform"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import { Layer } from "effect"
import { Passwords, SessionAuth, Sessions, type StytchClient, Users } from "effect-stytch"
import { FreshSessionAuth, WebApi } from "./api.js"
import * as Config from "./config.js"
import { AccountLive } from "./handlers/account.js"
import { HomeLive } from "./handlers/home.js"
import { ResetLive } from "./handlers/reset.js"
import { SessionLive } from "./handlers/session.js"
import { PagePolicyLive } from "./httpPolicy.js"

export interface WebAppOptions {
  /** 0 picks a free port; the server's address tells which. */
  readonly port: number
  /** Where to listen; 127.0.0.1 unless told. */
  readonly host?: string
  /** The origin people reach the app at (for reset links and Secure cookies), when not the listening address. */
  readonly publicUrl?: string
}

const StytchServices = Layer.mergeAll(Passwords.layer, Sessions.layer, Users.layer)

const Handlers = Layer.mergeAll(HomeLive, AccountLive, SessionLive, ResetLive).pipe(Layer.provide([SessionAuth.layer, FreshSessionAuth.layer]))

/** The running app; its context tells the address (`HttpServer`) and the public URL (`WebConfig`). */
export const WebApp = (
  options: WebAppOptions
): Layer.Layer<HttpServer.HttpServer | Config.WebConfig, HttpServerError.ServeError, StytchClient> =>
  HttpApiBuilder.serve().pipe(
    Layer.provide(PagePolicyLive),
    Layer.provide(HttpApiBuilder.api(WebApi).pipe(Layer.provide(Handlers))),
    Layer.provide(StytchServices),
    Layer.provideMerge(Config.layer(options.publicUrl)),
    Layer.provideMerge(NodeHttpServer.layer(createServer, { port: options.port, host: options.host ?? "127.0.0.1" }))
  )
