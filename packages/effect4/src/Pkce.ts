/**
 * PKCE (RFC 7636) for password resets: the client that starts a reset keeps a random
 * verifier and sends its S256 challenge; only a holder of the verifier can finish the reset.
 * Built on Web Crypto, so it runs in browsers and edge runtimes as well as Node.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"

/**
 * A PKCE pair: keep `code_verifier`, send `code_challenge`.
 *
 * @example
 * ```ts
 * import type { Pkce } from "effect4-stytch"
 * const send = (pair: Pkce.PkcePair) => pair.code_challenge
 * ```
 * @since 0.1.0
 */
export interface PkcePair {
  readonly code_verifier: string
  readonly code_challenge: string
}

const base64Url = (bytes: Uint8Array): string => {
  let binary = ""
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")
}

/**
 * The S256 challenge of a verifier: base64url(SHA-256(verifier)).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Pkce } from "effect4-stytch"
 *
 * // The RFC 7636 appendix B example.
 * Effect.runPromise(Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
 * // "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
 * ```
 * @since 0.1.0
 */
export const challengeOf = (verifier: string): Effect.Effect<string> =>
  Effect.promise(() => globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier))).pipe(
    Effect.map((digest) => base64Url(new Uint8Array(digest)))
  )

/**
 * A fresh pair: a 43-character verifier from 32 random bytes, and its challenge.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Pkce } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const { code_verifier, code_challenge } = yield* Pkce.make
 * })
 * ```
 * @since 0.1.0
 */
export const make: Effect.Effect<PkcePair> = Effect.suspend(() => {
  const code_verifier = base64Url(globalThis.crypto.getRandomValues(new Uint8Array(32)))
  return Effect.map(challengeOf(code_verifier), (code_challenge) => ({ code_verifier, code_challenge }))
})
