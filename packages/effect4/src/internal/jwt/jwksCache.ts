/**
 * The project's JWKS, fetched when first needed and kept as imported `CryptoKey`s, with the
 * refresh rules of `jose`'s remote key set (what the Stytch SDK uses): fetched again when
 * older than 10 minutes, or when a JWT names a key it does not hold, but not more than once
 * per 30-second cool-down; one fetch at a time, shared by every caller waiting for it.
 *
 * @since 0.1.0
 */
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Effect from "effect/Effect"
import { JwtUnknownKey } from "../../errors/JwtErrors.js"
import type { Jwk } from "../../models/Jwks.js"
import type { StytchFailure } from "../../StytchError.js"
import type { VerifyingKey } from "./verify.js"

/** `jose`'s default: a JWKS younger than this is not fetched again for an unknown key. */
export const jwksCooldownMillis = 30_000
/** `jose`'s default: a JWKS older than this is fetched again before use. */
export const jwksMaxAgeMillis = 600_000

/**
 * The keys that verify session JWTs, by key id.
 *
 * @example
 * ```ts
 * import type { JwksCache } from "./jwksCache.js"
 * const keyOf = (cache: JwksCache) => cache.keyFor("jwk-test-1")
 * ```
 */
export interface JwksCache {
  /** The key a JWT names; fetches the JWKS first when the rules above ask for it. */
  readonly keyFor: (kid: string) => Effect.Effect<VerifyingKey, JwtUnknownKey | StytchFailure>
  /**
   * The key, when it is held and the keys are fresh at `now` (the common case, answered
   * without an Effect); `undefined` when `keyFor` has to decide.
   */
  readonly freshKey: (kid: string, now: number) => VerifyingKey | undefined
}

interface Imported {
  /** The modulus the key was imported from: a kid reused for other key material is imported again. */
  readonly n: string
  readonly key: VerifyingKey
}

const rs256 = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" } as const

/** A JWK as a verifying `CryptoKey`, or undefined for a key that is not an RSA signing key. */
const importJwk = (jwk: Jwk): Effect.Effect<Imported | undefined> =>
  jwk.kty !== "RSA" || (jwk.use !== "" && jwk.use !== "sig")
    ? Effect.succeed(undefined)
    : Effect.tryPromise(() =>
        globalThis.crypto.subtle.importKey("jwk", { kty: "RSA", n: jwk.n, e: jwk.e, ext: true }, rs256, false, ["verify"])
      ).pipe(
        Effect.map((key) => ({ n: jwk.n, key })),
        // A key Web Crypto refuses verifies nothing: it is left out, as if the JWKS lacked it.
        Effect.orElseSucceed(() => undefined)
      )

/**
 * A JWKS cache over a fetch of the key set. The state lives in the cache: one per service.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { makeJwksCache } from "./jwksCache.js"
 * const cache = makeJwksCache(Effect.succeed([]))
 * ```
 */
export const makeJwksCache = (
  fetchKeys: Effect.Effect<ReadonlyArray<Jwk>, StytchFailure>,
  options: { readonly cooldownMillis?: number; readonly maxAgeMillis?: number } = {}
): JwksCache => {
  const cooldownMillis = options.cooldownMillis ?? jwksCooldownMillis
  const maxAgeMillis = options.maxAgeMillis ?? jwksMaxAgeMillis
  let keys = new Map<string, Imported>()
  /** When the keys were last fetched (Effect's clock), or undefined before the first fetch. */
  let fetchedAt: number | undefined = undefined
  let pending: Deferred.Deferred<void, StytchFailure> | undefined = undefined

  const install = (jwks: ReadonlyArray<Jwk>) =>
    Effect.forEach(jwks, (jwk) => {
      const known = keys.get(jwk.kid)
      return known !== undefined && known.n === jwk.n
        ? Effect.succeed([jwk.kid, known] as const)
        : Effect.map(importJwk(jwk), (imported) => (imported === undefined ? undefined : ([jwk.kid, imported] as const)))
    }).pipe(
      Effect.flatMap((entries) =>
        Effect.flatMap(Clock.currentTimeMillis, (now) =>
          Effect.sync(() => {
            keys = new Map(entries.filter((entry) => entry !== undefined))
            fetchedAt = now
          })
        )
      )
    )

  /**
   * Fetches the JWKS, or waits for the fetch under way. The fetch runs uninterruptibly, so an
   * interrupted first caller cannot leave the others waiting forever.
   */
  const reload: Effect.Effect<void, StytchFailure> = Effect.suspend(() => {
    if (pending !== undefined) return Deferred.await(pending)
    const deferred = Deferred.makeUnsafe<void, StytchFailure>()
    pending = deferred
    return Effect.flatMap(fetchKeys, install).pipe(
      Effect.exit,
      Effect.flatMap((exit) => {
        pending = undefined
        return Deferred.done(deferred, exit)
      }),
      Effect.uninterruptible,
      Effect.andThen(Deferred.await(deferred))
    )
  })

  const lookup = (kid: string): Effect.Effect<VerifyingKey, JwtUnknownKey> => {
    const found = keys.get(kid)
    return found === undefined ? Effect.fail(new JwtUnknownKey({ kid })) : Effect.succeed(found.key)
  }

  const keyFor = (kid: string): Effect.Effect<VerifyingKey, JwtUnknownKey | StytchFailure> =>
    Effect.flatMap(Clock.currentTimeMillis, (now) => {
      if (fetchedAt === undefined || now >= fetchedAt + maxAgeMillis) return Effect.andThen(reload, Effect.suspend(() => lookup(kid)))
      const found = keys.get(kid)
      if (found !== undefined) return Effect.succeed(found.key)
      // An unknown key: fetch again, unless the keys are younger than the cool-down.
      return now < fetchedAt + cooldownMillis ? lookup(kid) : Effect.andThen(reload, Effect.suspend(() => lookup(kid)))
    })

  const freshKey = (kid: string, now: number): VerifyingKey | undefined =>
    fetchedAt !== undefined && now < fetchedAt + maxAgeMillis ? keys.get(kid)?.key : undefined

  return { keyFor, freshKey }
}
