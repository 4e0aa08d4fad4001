/**
 * How a request's path finds its route: an exact path, a path template whose `{name}`
 * segments capture one segment each (percent-decoded), or a prefix.
 *
 * @since 0.1.0
 */

/**
 * Where a route answers: its path (exact, a template, or a prefix ending in `/`).
 *
 * @example
 * ```ts
 * import type { RoutePath } from "./pathMatch.js"
 *
 * const users: RoutePath = { path: "/v1/users/{user_id}" }
 * const control: RoutePath = { path: "/emulator/v1/members/", prefix: true }
 * ```
 */
export interface RoutePath {
  readonly path: string
  /** When true, `path` is a prefix and the rest of the URL is the handler's to read. */
  readonly prefix?: boolean
}

const parameter = /^\{([^{}/]+)\}$/

/**
 * A percent-decoded path segment; a malformed escape (`%E0%A4%A`) is kept as it is.
 *
 * @example
 * ```ts
 * import { decodeSegment } from "./pathMatch.js"
 *
 * decodeSegment("a%2Fb") // "a/b"
 * decodeSegment("%E0%A4%A") // "%E0%A4%A"
 * ```
 */
export const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * The parameters `pathname` gives the route's template, or `undefined` when the path is not
 * the route's. A parameter matches one segment (`a%2Fb` is the one value `a/b`), even an
 * empty one: `/v1/users/` is the users route with an empty `user_id`, which its schema refuses.
 *
 * @example
 * ```ts
 * import { matchPath } from "./pathMatch.js"
 *
 * matchPath({ path: "/v1/users/{user_id}" }, "/v1/users/user-test-1") // { user_id: "user-test-1" }
 * matchPath({ path: "/v1/users/{user_id}" }, "/v1/users/a%2Fb") // { user_id: "a/b" }
 * matchPath({ path: "/v1/users/{user_id}" }, "/v1/users/a/b") // undefined
 * ```
 */
export const matchPath = (route: RoutePath, pathname: string): Readonly<Record<string, string>> | undefined => {
  if (route.prefix === true) return pathname.startsWith(route.path) ? {} : undefined
  if (!route.path.includes("{")) return route.path === pathname ? {} : undefined
  const expected = route.path.split("/")
  const given = pathname.split("/")
  if (expected.length !== given.length) return undefined
  const params: Record<string, string> = {}
  for (const [index, segment] of expected.entries()) {
    const actual = given[index] ?? ""
    const name = parameter.exec(segment)?.[1]
    if (name === undefined) {
      if (segment !== actual) return undefined
    } else {
      params[name] = decodeSegment(actual)
    }
  }
  return params
}

/**
 * How precisely a route names its paths: exact paths first, then templates by their literal
 * segments, then prefixes. Of two routes that both match, the more precise one answers.
 *
 * @example
 * ```ts
 * import { specificity } from "./pathMatch.js"
 *
 * specificity({ path: "/v1/users/search" }) > specificity({ path: "/v1/users/{user_id}" }) // true
 * ```
 */
export const specificity = (route: RoutePath): number => {
  if (route.prefix === true) return 0
  const segments = route.path.split("/")
  const literal = segments.filter((segment) => !parameter.test(segment)).length
  return literal === segments.length ? 10_000 : literal
}
