/**
 * Local session JWT verification for one client: parse, find the key, check the signature,
 * check the claims. Reads the time from Effect's `Clock`; never sends the JWT anywhere.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import { JwtBadSignature, type JwtError, type JwtMalformed } from "../../errors/JwtErrors.js"
import type { Jwk } from "../../models/Jwks.js"
import type { StytchFailure } from "../../StytchError.js"
import { makeJwksCache } from "./jwksCache.js"
import { boundedMemo, deepFreeze } from "./memo.js"
import { type Claims, type ParsedJwt, parseJwt } from "./parse.js"
import { checkClaims, signatureValid, type VerifyingKey } from "./verify.js"

/** How many parsed JWTs are remembered. */
const memoEntries = 1024
/** The longest JWT remembered: Stytch's are a few KB (custom claims are at most 4 KB). */
const memoMaxLength = 16_384

/**
 * What local verification takes, besides the JWT.
 *
 * @example
 * ```ts
 * import type { VerifyOptions } from "./verifier.js"
 * const options: VerifyOptions = { max_token_age_seconds: 60, clock_tolerance_seconds: 5 }
 * ```
 */
export interface VerifyOptions {
  /** Refuse a JWT issued this many seconds ago or more (0: every JWT). */
  readonly max_token_age_seconds?: number | undefined
  /** Leeway for `exp` and `nbf`, in seconds. */
  readonly clock_tolerance_seconds?: number | undefined
}

/**
 * Verifies session JWTs for one project, and reads what they describe.
 *
 * @example
 * ```ts
 * import { Result } from "effect"
 * import type { JwtVerifier } from "./verifier.js"
 * const claimsOf = (verifier: JwtVerifier, jwt: string) => verifier.verify(jwt, {}, Result.succeed)
 * ```
 */
export interface JwtVerifier {
  /** The JWT's `decode`d claims, when it passes every check. */
  readonly verify: <S>(
    jwt: string,
    options: VerifyOptions,
    decode: (claims: Claims) => Result.Result<S, JwtMalformed>
  ) => Effect.Effect<S, JwtError | StytchFailure>
}

/**
 * A verifier with its own JWKS cache. Issuers accepted, as the SDK: `stytch.com/<project_id>`
 * and the base URL (without a trailing slash, as the client keeps it).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { makeJwtVerifier } from "./verifier.js"
 * const verifier = makeJwtVerifier({ projectId: "project-test-1", baseUrl: "https://test.stytch.com", fetchKeys: Effect.succeed([]) })
 * ```
 */
export const makeJwtVerifier = (options: {
  readonly projectId: string
  readonly baseUrl: string
  readonly fetchKeys: Effect.Effect<ReadonlyArray<Jwk>, StytchFailure>
}): JwtVerifier => {
  const cache = makeJwksCache(options.fetchKeys)
  const issuers = [`stytch.com/${options.projectId}`, options.baseUrl.replace(/\/+$/, "")]
  // Parsed once per JWT seen again (among the last 1024 seen). Frozen when kept: the claims are
  // shared by every call with this JWT. A JWT seen for the first time is parsed for its call.
  const parseOnce = boundedMemo(memoEntries, (jwt, kept) => (kept ? Result.map(parseJwt(jwt), deepFreeze) : parseJwt(jwt)))
  // Only JWT-sized strings are remembered: a flood of huge ones cannot fill memory.
  const parse = (jwt: string) => (jwt.length > memoMaxLength ? parseJwt(jwt) : parseOnce(jwt))
  // The key each parsed JWT's signature verified under (a key imported again is another
  // object, so a JWT is checked again under it). Goes with the parsed JWT out of the memo.
  const verifiedUnder = new WeakMap<ParsedJwt, VerifyingKey>()

  const verify = <S>(
    jwt: string,
    verifyOptions: VerifyOptions,
    decode: (claims: Claims) => Result.Result<S, JwtMalformed>
  ): Effect.Effect<S, JwtError | StytchFailure> => {
    const parsed = parse(jwt)
    if (Result.isFailure(parsed)) return Effect.fail(parsed.failure)
    const token = parsed.success
    // After the signature: the claims at the time of the check, then what they describe.
    const accept = (valid: boolean, nowMillis: number): Result.Result<S, JwtError> => {
      if (!valid) return Result.fail(new JwtBadSignature({ kid: token.kid }))
      const checked = checkClaims(token, {
        audience: options.projectId,
        issuers,
        nowMillis,
        clockToleranceSeconds: verifyOptions.clock_tolerance_seconds,
        maxTokenAgeSeconds: verifyOptions.max_token_age_seconds
      })
      return Result.isFailure(checked) ? Result.fail(checked.failure) : decode(token.claims)
    }
    // The claims are judged at the time the check started, as the SDK reads its date first.
    const withKey = (key: VerifyingKey, nowMillis: number) =>
      // This very JWT verified under this very key before: RSA is deterministic, so it would
      // again. The claims are still checked against the clock on every call.
      verifiedUnder.get(token) === key
        ? Effect.fromResult(accept(true, nowMillis))
        : Effect.flatMap(Effect.promise(() => signatureValid(token, key)), (valid) => {
          // Remembered only for a kept (frozen) parse: another call can meet this one again.
          if (valid && Object.isFrozen(token)) verifiedUnder.set(token, key)
          return Effect.fromResult(accept(valid, nowMillis))
        })
    // The common case, a known key in fresh keys, goes straight to the signature.
    return Effect.clockWith((clock) => {
      const nowMillis = clock.currentTimeMillisUnsafe()
      const known = cache.freshKey(token.kid, nowMillis)
      return known === undefined
        ? Effect.flatMap(cache.keyFor(token.kid), (key) => withKey(key, nowMillis))
        : withKey(known, nowMillis)
    })
  }
  return { verify }
}
