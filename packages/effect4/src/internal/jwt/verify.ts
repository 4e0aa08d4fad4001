/**
 * The checks a session JWT must pass, in the order `jose.jwtVerify` makes them (as the Stytch
 * SDK calls it): the signature, then `typ`, `iss`, `aud`, `nbf`, `exp`, then the maximum age.
 *
 * @since 0.1.0
 */
import * as Result from "effect/Result"
import {
  JwtExpired,
  JwtMalformed,
  JwtTooOld,
  JwtWrongAudience,
  JwtWrongIssuer
} from "../../errors/JwtErrors.js"
import type { Claims, ParsedJwt } from "./parse.js"

// By name: the platform normalises a string faster than a dictionary, and RS256 needs no parameters.
const rs256 = "RSASSA-PKCS1-v1_5"

/**
 * A Web Crypto key, as `globalThis.crypto.subtle` makes it (named from the platform's own
 * signature: the `lib` here has no DOM types).
 *
 * @example
 * ```ts
 * import type { VerifyingKey } from "./verify.js"
 * const usable = (key: VerifyingKey) => key.usages.includes("verify")
 * ```
 */
export type VerifyingKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>

/**
 * Whether the signature verifies under the key (a key Web Crypto refuses to use verifies
 * nothing): `true` or `false`, never a failure.
 *
 * @example
 * ```ts
 * import type { ParsedJwt } from "./parse.js"
 * import { signatureValid, type VerifyingKey } from "./verify.js"
 * const check = (jwt: ParsedJwt, key: VerifyingKey) => signatureValid(jwt, key)
 * ```
 */
export const signatureValid = (jwt: ParsedJwt, key: VerifyingKey): Promise<boolean> =>
  globalThis.crypto.subtle.verify(rs256, key, jwt.signature, jwt.signingInput).catch(() => false)

/**
 * What the claims are checked against.
 *
 * @example
 * ```ts
 * import type { ClaimRules } from "./verify.js"
 * const rules: ClaimRules = {
 *   audience: "project-test-00000000-0000-4000-8000-000000000000",
 *   issuers: ["stytch.com/project-test-00000000-0000-4000-8000-000000000000", "https://test.stytch.com"],
 *   nowMillis: Date.now()
 * }
 * ```
 */
export interface ClaimRules {
  readonly audience: string
  readonly issuers: ReadonlyArray<string>
  readonly nowMillis: number
  readonly clockToleranceSeconds?: number | undefined
  readonly maxTokenAgeSeconds?: number | undefined
}

/** The one success of the claim checks. */
const ok: Result.Result<void, never> = Result.succeed(undefined)

type ClaimError = JwtMalformed | JwtWrongIssuer | JwtWrongAudience | JwtExpired | JwtTooOld

/** `typ` as `jose` compares it: case-insensitive, an `application/` prefix ignored. */
const normalizeTyp = (typ: string): string => {
  const lower = typ.toLowerCase()
  return lower.startsWith("application/") ? lower.slice("application/".length) : lower
}

const hasAudience = (aud: unknown, audience: string): boolean =>
  typeof aud === "string" ? aud === audience : Array.isArray(aud) && aud.includes(audience)

const numericClaim = (claims: Claims, name: string): Result.Result<number | undefined, JwtMalformed> => {
  const value = claims[name]
  if (value === undefined) return Result.succeed(undefined)
  return typeof value === "number" && Number.isFinite(value)
    ? Result.succeed(value)
    : Result.fail(new JwtMalformed({ reason: `the "${name}" claim is not a number` }))
}

/**
 * Checks the header's `typ` and the registered claims of a JWT whose signature verified.
 *
 * @example
 * ```ts
 * import type { ParsedJwt } from "./parse.js"
 * import { checkClaims, type ClaimRules } from "./verify.js"
 * const valid = (jwt: ParsedJwt, rules: ClaimRules) => checkClaims(jwt, rules)
 * ```
 */
export const checkClaims = (jwt: ParsedJwt, rules: ClaimRules): Result.Result<void, ClaimError> => {
  const { claims } = jwt
  if (typeof jwt.typ !== "string" || normalizeTyp(jwt.typ) !== "jwt") {
    return Result.fail(new JwtMalformed({ reason: 'the header\'s "typ" is not JWT' }))
  }
  const iss = claims["iss"]
  if (typeof iss !== "string" || !rules.issuers.includes(iss)) {
    return Result.fail(new JwtWrongIssuer({ expected: rules.issuers }))
  }
  if (!hasAudience(claims["aud"], rules.audience)) return Result.fail(new JwtWrongAudience({ expected: rules.audience }))
  const iat = numericClaim(claims, "iat")
  if (Result.isFailure(iat)) return Result.fail(iat.failure)
  const nbf = numericClaim(claims, "nbf")
  if (Result.isFailure(nbf)) return Result.fail(nbf.failure)
  const exp = numericClaim(claims, "exp")
  if (Result.isFailure(exp)) return Result.fail(exp.failure)
  // Whole seconds, as `jose` counts them.
  const now = Math.floor(rules.nowMillis / 1000)
  const tolerance = rules.clockToleranceSeconds ?? 0
  if (nbf.success !== undefined && nbf.success > now + tolerance) {
    return Result.fail(new JwtExpired({ reason: "not_yet_valid", bound: nbf.success, now }))
  }
  if (exp.success !== undefined && exp.success <= now - tolerance) {
    return Result.fail(new JwtExpired({ reason: "expired", bound: exp.success, now }))
  }
  const maxAge = rules.maxTokenAgeSeconds
  if (maxAge !== undefined) {
    if (iat.success === undefined) return Result.fail(new JwtMalformed({ reason: 'the "iat" claim is missing' }))
    // Fractional seconds, as the SDK compares; 0 makes every JWT too old.
    if (maxAge <= 0 || rules.nowMillis / 1000 - iat.success >= maxAge) {
      return Result.fail(new JwtTooOld({ issued_at: iat.success, max_token_age_seconds: maxAge }))
    }
  }
  return ok
}
