/**
 * The version of this package, sent in the `User-Agent` header.
 *
 * A test keeps it equal to the `version` in package.json.
 *
 * @example
 * ```ts
 * import { version } from "effect4-stytch"
 * const banner = `effect4-stytch ${version}`
 * ```
 * @since 0.1.0
 */
export const version = "0.1.0"

/**
 * The `User-Agent` header value sent with every request.
 *
 * @example
 * ```ts
 * import { userAgent } from "effect4-stytch"
 * userAgent // "effect4-stytch/0.1.0"
 * ```
 * @since 0.1.0
 */
export const userAgent = `effect4-stytch/${version}`
