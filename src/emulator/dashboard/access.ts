/**
 * Who may use the control routes and the dashboard. On loopback, anyone on the machine: it
 * is one developer's tool. Beyond loopback (`--host 0.0.0.0`), only who shows the token
 * printed at start-up, as a header or as the cookie its one-time link sets.
 *
 * @since 0.1.0
 */
import { timingSafeEqual } from "node:crypto"

/** The header that carries the token. */
export const tokenHeader = "x-emulator-token"

/** The cookie the dashboard link sets. */
export const tokenCookie = "stytch_emulator_token"

/** The query parameter of the dashboard link printed at start-up. */
export const tokenParameter = "token"

/**
 * Whether listening on `host` keeps the server to this machine.
 *
 * @example
 * ```ts
 * import { isLoopback } from "./access.js"
 *
 * isLoopback("127.0.0.1") // true
 * isLoopback("0.0.0.0") // false: every interface
 * ```
 */
export const isLoopback = (host: string): boolean =>
  host === "localhost" || host === "::1" || host === "[::1]" || /^(?:::ffff:)?127(?:\.\d{1,3}){3}$/.test(host)

/** Whether a path is the control surface's or the dashboard's, the paths the token guards. */
export const isGuarded = (pathname: string): boolean => pathname === "/" || pathname.startsWith("/emulator/")

const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The value of one cookie in a `Cookie` header. */
const cookieValue = (header: string | undefined, name: string): string | undefined =>
  header
    ?.split(";")
    .map((pair) => pair.trim())
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1)

/**
 * Whether a request shows the token, as the header or the cookie.
 *
 * @example
 * ```ts
 * import { showsToken } from "./access.js"
 *
 * showsToken({ "x-emulator-token": "t0k3n" }, "t0k3n") // true
 * showsToken({ cookie: "stytch_emulator_token=t0k3n" }, "t0k3n") // true
 * showsToken({}, "t0k3n") // false
 * ```
 */
export const showsToken = (headers: Readonly<Record<string, string | undefined>>, token: string): boolean => {
  const given = headers[tokenHeader] ?? cookieValue(headers["cookie"], tokenCookie)
  return given !== undefined && sameToken(given, token)
}

/**
 * Whether a URL is the dashboard link with the right token in it.
 *
 * @example
 * ```ts
 * import { isTokenLink } from "./access.js"
 *
 * isTokenLink(new URL("http://10.0.0.5:4010/?token=t0k3n"), "t0k3n") // true
 * ```
 */
export const isTokenLink = (url: URL, token: string): boolean => {
  const given = url.searchParams.get(tokenParameter)
  return given !== null && sameToken(given, token)
}

/**
 * The `Set-Cookie` value the dashboard link answers with: readable by no script, sent to no
 * other site.
 *
 * @example
 * ```ts
 * import { tokenCookieHeader } from "./access.js"
 *
 * tokenCookieHeader("t0k3n") // "stytch_emulator_token=t0k3n; HttpOnly; SameSite=Strict; Path=/"
 * ```
 */
export const tokenCookieHeader = (token: string): string => `${tokenCookie}=${token}; HttpOnly; SameSite=Strict; Path=/`
