/**
 * Where the app is reached from: the origin put in reset links and whether cookies are Secure.
 * Reset links are built from this configured origin, never from a request's Host header, which
 * a visitor could forge to have someone's reset link point elsewhere.
 */
import { HttpServer } from "@effect/platform"
import { Context, Effect, Layer } from "effect"

export class WebConfig extends Context.Tag("examples/web/WebConfig")<
  WebConfig,
  {
    /** The app's origin, e.g. http://127.0.0.1:3000 */
    readonly publicUrl: URL
    /** Whether cookies get `Secure`: when the public URL is https. */
    readonly secureCookies: boolean
  }
>() {}

const wildcardHosts = new Set(["0.0.0.0", "::", ""])

/** From a given public URL, else from the address the server listens on. */
export const layer = (publicUrl?: string): Layer.Layer<WebConfig, never, HttpServer.HttpServer> =>
  Layer.effect(
    WebConfig,
    Effect.map(HttpServer.HttpServer, (server) => {
      const address = server.address
      const listening =
        address._tag === "UnixAddress"
          ? "http://localhost"
          : `http://${wildcardHosts.has(address.hostname) ? "localhost" : address.hostname.includes(":") ? `[${address.hostname}]` : address.hostname}:${address.port}`
      const url = new URL(publicUrl ?? listening)
      return { publicUrl: url, secureCookies: url.protocol === "https:" }
    })
  )

/** A path of this app as an absolute URL. */
export const absolute = (config: Context.Tag.Service<WebConfig>, path: string): string => new URL(path, config.publicUrl).toString()
