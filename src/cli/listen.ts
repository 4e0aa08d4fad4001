/**
 * Why the server could not listen, in one line that says which option to change.
 */
import { errnoCode, oneLine } from "./failures.js"

/**
 * The message for a failed `listen` on `host`:`port`; `cause` is the `ServeError`'s cause.
 *
 * @example
 * ```ts
 * import { listenFailure } from "./listen.js"
 *
 * const inUse = Object.assign(new Error("listen EADDRINUSE"), { code: "EADDRINUSE" })
 * listenFailure(inUse, { host: "127.0.0.1", port: 4010 })
 * // "port 4010 on 127.0.0.1 is already in use; pick another with --port (0 picks a free one)"
 * ```
 */
export const listenFailure = (cause: unknown, where: { readonly host: string; readonly port: number }): string => {
  const { host, port } = where
  switch (errnoCode(cause)) {
    case "EADDRINUSE":
      return `port ${port} on ${host} is already in use; pick another with --port (0 picks a free one)`
    case "EACCES":
      return `no permission to listen on port ${port} on ${host}; pick another with --port (ports below 1024 need privileges)`
    case "EADDRNOTAVAIL":
      return `cannot listen on ${host}: it is not an address of this machine; pick another with --host`
    case "ENOTFOUND":
      return `cannot listen on ${host}: no such host; pick another with --host`
    case "EAI_AGAIN":
      return `cannot listen on ${host}: the host name could not be looked up right now; pick another with --host`
    default:
      return `cannot listen on port ${port} on ${host}: ${oneLine(cause)}`
  }
}
