/**
 * The emulator as a real HTTP server (on `@effect/platform-node`), for the official Stytch
 * SDKs and anything else that speaks HTTP.
 *
 * @since 0.1.0
 */
import { randomBytes } from "node:crypto"
import { createServer } from "node:http"
import { Headers, HttpServer, type HttpServerError, HttpServerRequest } from "@effect/platform"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import * as NodeHttpServerRequest from "@effect/platform-node/NodeHttpServerRequest"
import { Deferred, Effect, Layer } from "effect"
import { isLoopback, tokenHeader } from "./dashboard/access.js"
import { withDashboard } from "./dashboard/serve.js"
import type { EmulatorOptions } from "./EmulatorConfig.js"
import { dropHeader } from "./http/App.js"
import { build, credentialHeaders, StytchEmulator } from "./StytchEmulator.js"

/**
 * Where to listen, and the emulator's own options.
 *
 * @example
 * ```ts
 * import type { ServerOptions } from "effect-stytch/emulator/server"
 *
 * const options: ServerOptions = { port: 4010, host: "127.0.0.1", hashing: "fast" }
 * ```
 * @since 0.1.0
 */
export interface ServerOptions extends EmulatorOptions {
  /** Default 4010; 0 picks a free port. */
  readonly port?: number | undefined
  /** Default `127.0.0.1`. */
  readonly host?: string | undefined
  /**
   * When set, the control routes (`/emulator/v1`) and the dashboard (`/`, `/emulator/ui`)
   * answer 401 to a request that does not show it, as the `x-emulator-token` header or the
   * cookie that `/?token=<token>` sets. Beyond loopback without one, they are closed (401) to
   * everyone: the control routes can read and wipe every user. The Stytch API keeps its Basic
   * auth either way.
   */
  readonly controlToken?: string | undefined
}

/**
 * Serves a fresh emulator over HTTP for the life of the layer, with its control API.
 *
 * @example
 * ```ts
 * import { Deferred, Effect, Layer } from "effect"
import { isLoopback, tokenHeader } from "./dashboard/access.js"
import { withDashboard } from "./dashboard/serve.js"
 * import { HttpServer } from "@effect/platform"
 * import * as StytchEmulatorServer from "effect-stytch/emulator/server"
 *
 * const program = HttpServer.addressFormattedWith((url) => Effect.log(`emulator at ${url}`)).pipe(
 *   Effect.provide(StytchEmulatorServer.layer({ port: 0 }))
 * )
 * ```
 * @since 0.1.0
 */
export const layer = (options: ServerOptions = {}): Layer.Layer<StytchEmulator | HttpServer.HttpServer, HttpServerError.ServeError> =>
  Layer.unwrapScoped(
    Effect.gen(function* () {
      const { app, context, control } = yield* build(options)
      // Completed as the server stops (before it closes): the dashboard's live streams end, or
      // an open dashboard would keep the server from closing.
      const closing = yield* Deferred.make<void>()
      const host = options.host ?? "127.0.0.1"
      // Beyond loopback, a token nobody knows: closed, unless the caller gave one.
      const token = options.controlToken ?? (isLoopback(host) ? undefined : randomBytes(32).toString("base64url"))
      const dashboard = withDashboard(app, { token, closing: Deferred.await(closing) })
      // The app marks an answer to drop; only the server can drop the connection itself.
      const served = Effect.gen(function* () {
        const response = yield* dashboard
        if (response.headers[dropHeader] !== undefined) {
          const request = yield* HttpServerRequest.HttpServerRequest
          NodeHttpServerRequest.toIncomingMessage(request).socket.destroy()
        }
        return response
      }).pipe(Effect.provide(context))
      const stopping = Layer.scopedDiscard(Effect.addFinalizer(() => Deferred.succeed(closing, undefined)))
      return Layer.merge(HttpServer.serve(served), stopping).pipe(
        // Request spans record headers: keep the credentials sent as headers (and the control token) out of them.
        Layer.locallyWith(Headers.currentRedactedNames, (names) => [...names, ...credentialHeaders, tokenHeader]),
        Layer.provideMerge(
          NodeHttpServer.layer(() => createServer({ keepAlive: true }), {
            port: options.port ?? 4010,
            host
          })
        ),
        Layer.merge(Layer.succeed(StytchEmulator, control))
      )
    })
  )
