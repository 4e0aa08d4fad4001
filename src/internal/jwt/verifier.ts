/**
 * Local session JWT verification for one client: parse, find the key, check the signature,
 * check the claims. Reads the time from Effect's `Clock`; never sends the JWT anywhere.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import * as Either from "effect/Either"
import type { JwtError } from "../../errors/JwtErrors.js"
import type { Jwk } from "../../models/Jwks.js"
import type { StytchFailure } from "../../StytchError.js"
import { makeJwksCache } from "./jwksCache.js"
import { type Claims, parseJwt } from "./parse.js"
import { checkClaims, verifySignature } from "./verify.js"

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
 * Verifies session JWTs for one project: the claims of a JWT that passes every check.
 *
 * @example
 * ```ts
 * import type { JwtVerifier } from "./verifier.js"
 * const claimsOf = (verifier: JwtVerifier, jwt: string) => verifier.verify(jwt, {})
 * ```
 */
export interface JwtVerifier {
  readonly verify: (jwt: string, options: VerifyOptions) => Effect.Effect<Claims, JwtError | StytchFailure>
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
  const verify = (jwt: string, verifyOptions: VerifyOptions): Effect.Effect<Claims, JwtError | StytchFailure> => {
    const parsed = parseJwt(jwt)
    if (Either.isLeft(parsed)) return Effect.fail(parsed.left)
    const token = parsed.right
    return cache.keyFor(token.kid).pipe(
      Effect.flatMap((key) => verifySignature(token, key)),
      Effect.zipRight(Clock.currentTimeMillis),
      Effect.flatMap((nowMillis) =>
        Either.match(
          checkClaims(token, {
            audience: options.projectId,
            issuers,
            nowMillis,
            clockToleranceSeconds: verifyOptions.clock_tolerance_seconds,
            maxTokenAgeSeconds: verifyOptions.max_token_age_seconds
          }),
          { onLeft: Effect.fail, onRight: () => Effect.succeed(token.claims) }
        )
      )
    )
  }
  return { verify }
}
