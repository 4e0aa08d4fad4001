/**
 * Splitting a compact session JWT into what verification reads, before any key is involved.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import { JwtMalformed } from "../../errors/JwtErrors.js"
import { decodeBase64Url, decodeJsonSegment } from "./base64url.js"

/** A JSON object read from a JWT segment. */
export type Claims = { readonly [name: string]: unknown }

/**
 * A compact JWT taken apart: the header and claims parsed, the signature and the signed bytes
 * ready for Web Crypto.
 *
 * @example
 * ```ts
 * import type { ParsedJwt } from "./parse.js"
 * const keyId = (jwt: ParsedJwt) => jwt.kid
 * ```
 */
export interface ParsedJwt {
  readonly kid: string
  /** The header's `typ`, when it has one. */
  readonly typ: unknown
  readonly claims: Claims
  /** `<header>.<payload>` as bytes: what the signature covers. */
  readonly signingInput: Uint8Array<ArrayBuffer>
  readonly signature: Uint8Array<ArrayBuffer>
}

const isClaims = (value: unknown): value is Claims => typeof value === "object" && value !== null && !Array.isArray(value)

const malformed = (reason: string) => Result.fail(new JwtMalformed({ reason }))

const encoder = new TextEncoder()

/**
 * Parses a compact RS256 JWT. Refuses anything else the way `jose` does: an `alg` other than
 * RS256, a `crit` header (no extension is understood here), a payload that is not a JSON
 * object. A header without `kid` is refused too: Stytch always names its key.
 *
 * @example
 * ```ts
 * import { Result } from "effect"
 * import { parseJwt } from "./parse.js"
 * Result.isFailure(parseJwt("not.a.jwt")) // true
 * ```
 */
export const parseJwt = (jwt: string): Result.Result<ParsedJwt, JwtMalformed> => {
  const firstDot = jwt.indexOf(".")
  const secondDot = firstDot < 0 ? -1 : jwt.indexOf(".", firstDot + 1)
  if (secondDot < 0 || jwt.indexOf(".", secondDot + 1) >= 0) return malformed("expected three dot-separated parts")
  const header = decodeJsonSegment(jwt.slice(0, firstDot))
  if (!isClaims(header)) return malformed("the header is not a base64url JSON object")
  if (header["alg"] !== "RS256") return malformed('the header\'s "alg" is not RS256')
  if ("crit" in header) return malformed('the header has a "crit" extension')
  const kid = header["kid"]
  if (typeof kid !== "string" || kid.length === 0) return malformed('the header has no "kid"')
  const claims = decodeJsonSegment(jwt.slice(firstDot + 1, secondDot))
  if (!isClaims(claims)) return malformed("the payload is not a base64url JSON object")
  const signature = decodeBase64Url(jwt.slice(secondDot + 1))
  if (signature === undefined || signature.length === 0) return malformed("the signature is not base64url")
  return Result.succeed({
    kid,
    typ: header["typ"],
    claims,
    signingInput: encoder.encode(jwt.slice(0, secondDot)),
    signature
  })
}
