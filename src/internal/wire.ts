/**
 * What the client sends for an encoded request: the fields an endpoint takes as headers (a
 * member's session, say) moved out of the JSON body.
 */
import type * as Endpoint from "../Endpoint.js"

/** Moves the request fields an endpoint sends as headers out of the body. */
export const splitHeaders = (
  endpoint: Endpoint.Endpoint,
  encoded: unknown
): { readonly body: unknown; readonly headers: Record<string, string> } => {
  if (endpoint.headers === undefined || typeof encoded !== "object" || encoded === null || Array.isArray(encoded)) {
    return { body: encoded, headers: {} }
  }
  const body: Record<string, unknown> = { ...encoded }
  const headers: Record<string, string> = {}
  for (const [path, header] of Object.entries(endpoint.headers)) {
    const [top = "", ...rest] = path.split(".")
    let value: unknown = body[top]
    for (const key of rest) value = typeof value === "object" && value !== null ? Reflect.get(value, key) : undefined
    if (typeof value === "string") headers[header] = value
  }
  for (const path of Object.keys(endpoint.headers)) delete body[path.split(".")[0] ?? ""]
  return { body, headers }
}
