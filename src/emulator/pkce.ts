/**
 * The PKCE rules of a reset: a challenge needs a verifier, a verifier needs a challenge, and
 * base64url(SHA-256(verifier)) must equal the challenge.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { PkceDidNotExpectCodeVerifier, PkceExpectedCodeVerifier, PkceMismatch } from "../errors/ResetErrors.js"
import { challengeOf } from "../Pkce.js"
import { raise, type RouteError } from "./http/RouteError.js"

/** The errors a PKCE check raises. */
export type PkceError = RouteError<typeof PkceExpectedCodeVerifier | typeof PkceDidNotExpectCodeVerifier | typeof PkceMismatch>

/** Checks a reset's verifier against the challenge it started with. */
export const checkPkce = (
  challenge: string | undefined,
  verifier: string | undefined,
  field: string
): Effect.Effect<void, PkceError> =>
  Effect.gen(function* () {
    if (challenge !== undefined && verifier === undefined) {
      return yield* raise(PkceExpectedCodeVerifier, 400, `${field}: the reset was started with a code challenge, so a verifier is required.`)
    }
    if (challenge === undefined && verifier !== undefined) {
      return yield* raise(PkceDidNotExpectCodeVerifier, 400, `${field}: the reset was started without a code challenge.`)
    }
    if (challenge !== undefined && verifier !== undefined && (yield* challengeOf(verifier)) !== challenge) {
      return yield* raise(PkceMismatch, 400, `${field}: it does not match the code challenge the reset started with.`)
    }
  })
