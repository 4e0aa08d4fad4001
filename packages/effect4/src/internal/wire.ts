/**
 * Where the client sends each field of an encoded request: the fields an endpoint takes as
 * headers (a member's session, say), the fields its path template names, the fields it lists
 * as query parameters, and the rest in the JSON body (a `POST` only).
 */
import * as Result from "effect/Result"
import * as Endpoint from "../Endpoint.js"

/**
 * A field the request cannot be sent with, and why (the value itself is never repeated).
 *
 * @example
 * ```ts
 * import type { Misplaced } from "./wire.js"
 *
 * const refused: Misplaced = { field: "user_id", issue: "expected a non-empty string, as it is part of the path" }
 * ```
 */
export interface Misplaced {
  readonly field: string
  readonly issue: string
}

/**
 * An encoded request, placed: the path with its parameters filled in, the query, the body and headers.
 *
 * @example
 * ```ts
 * import type { Placed } from "./wire.js"
 *
 * const listSessions: Placed = { path: "/v1/sessions", query: "?user_id=user-test-1", body: undefined, headers: {} }
 * ```
 */
export interface Placed {
  /** The path, each `{field}` replaced by the field's value, percent-encoded. */
  readonly path: string
  /** `?name=value&...`, or "" without query fields. */
  readonly query: string
  /** The JSON body; `undefined` for a `GET` or a `DELETE`, which send none. */
  readonly body: unknown
  readonly headers: Record<string, string>
}

/**
 * Moves the request fields an endpoint sends as headers out of the body.
 *
 * @example
 * ```ts
 * import { splitHeaders } from "./wire.js"
 *
 * splitHeaders({ headers: { "authorization.session_token": "X-Stytch-Member-Session" } }, {
 *   email_address: "ada@acme.com",
 *   authorization: { session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }
 * }) // { body: { email_address: "ada@acme.com" }, headers: { "X-Stytch-Member-Session": "mZAY..." } }
 * ```
 */
export const splitHeaders = (
  endpoint: Pick<Endpoint.Endpoint, "headers">,
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

/**
 * The one path segment a path parameter becomes, or why it cannot be one. Any value is
 * percent-encoded (`a/b` is sent as `a%2Fb`, one segment); an empty value, `.` and `..`
 * are refused, since URL parsers drop or resolve those segments and the request would reach
 * another path.
 *
 * @example
 * ```ts
 * import { pathSegment } from "./wire.js"
 *
 * pathSegment("user_id", "a/b") // Result.succeed("a%2Fb")
 * pathSegment("user_id", "..") // Result.fail({ field: "user_id", issue: "..." })
 * ```
 */
export const pathSegment = (field: string, value: unknown): Result.Result<string, Misplaced> => {
  if (typeof value !== "string") return Result.fail({ field, issue: "expected a string, as it is part of the path" })
  if (value === "") return Result.fail({ field, issue: "expected a non-empty string, as it is part of the path" })
  if (value === "." || value === "..") return Result.fail({ field, issue: "cannot be \".\" or \"..\", which would change the path" })
  return Result.succeed(encodeURIComponent(value))
}

const queryValue = (field: string, value: unknown): Result.Result<string, Misplaced> =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? Result.succeed(String(value))
    : Result.fail({ field, issue: "expected a string, a number or true or false, as it is sent in the query" })

// The fields a path template names, read once per description rather than per call.
const pathFieldsCache = new WeakMap<object, ReadonlyArray<string>>()
const pathFieldsOf = (endpoint: Pick<Endpoint.Endpoint, "path">): ReadonlyArray<string> => {
  let fields = pathFieldsCache.get(endpoint)
  if (fields === undefined) {
    fields = Endpoint.pathFields(endpoint)
    pathFieldsCache.set(endpoint, fields)
  }
  return fields
}

/**
 * Places an encoded request as `endpoint` describes: headers, path, query, body.
 *
 * @example
 * ```ts
 * import { Result } from "effect"
 * import { Users } from "../users/Users.js"
 * import { placeRequest } from "./wire.js"
 *
 * const placed = placeRequest(Users.endpoints.get, { user_id: "user-test-1" })
 * if (Result.isSuccess(placed)) placed.success.path // "/v1/users/user-test-1"
 * ```
 */
export const placeRequest = (
  endpoint: Pick<Endpoint.Endpoint, "method" | "path" | "query" | "headers">,
  encoded: unknown
): Result.Result<Placed, Misplaced> => {
  const split = splitHeaders(endpoint, encoded)
  const fields: Record<string, unknown> =
    typeof split.body === "object" && split.body !== null && !Array.isArray(split.body) ? { ...split.body } : {}
  let path: string = endpoint.path
  const named = pathFieldsOf(endpoint)
  for (const field of named) {
    const segment = pathSegment(field, fields[field])
    if (Result.isFailure(segment)) return Result.fail(segment.failure)
    path = path.replace(`{${field}}`, segment.success)
    delete fields[field]
  }
  const pairs: Array<string> = []
  for (const field of endpoint.query ?? []) {
    const value = fields[field]
    delete fields[field]
    if (value === undefined) continue
    const text = queryValue(field, value)
    if (Result.isFailure(text)) return Result.fail(text.failure)
    pairs.push(`${encodeURIComponent(field)}=${encodeURIComponent(text.success)}`)
  }
  const hasBody = endpoint.method === "POST"
  const body = !hasBody ? undefined : named.length === 0 && endpoint.query === undefined ? split.body : fields
  return Result.succeed({ path, query: pairs.length === 0 ? "" : `?${pairs.join("&")}`, body, headers: split.headers })
}
