/**
 * The PKCE rules of a reset: a challenge needs a verifier, a verifier needs a challenge, and
 * base64url(SHA-256(verifier)) must equal the challenge.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { challengeOf } from "../Pkce.js"
import { type EmulatorError, stytchError } from "./EmulatorError.js"

export const checkPkce = (
  challenge: string | undefined,
  verifier: string | undefined,
  field: string
): Effect.Effect<void, EmulatorError> =>
  Effect.gen(function* () {
    if (challenge !== undefined && verifier === undefined) {
      return yield* stytchError(400, "pkce_expected_code_verifier", `${field}: the reset was started with a code challenge, so a verifier is required.`)
    }
    if (challenge === undefined && verifier !== undefined) {
      return yield* stytchError(400, "pkce_did_not_expect_code_verifier", `${field}: the reset was started without a code challenge.`)
    }
    if (challenge !== undefined && verifier !== undefined && (yield* challengeOf(verifier)) !== challenge) {
      return yield* stytchError(400, "pkce_mismatch", `${field}: it does not match the code challenge the reset started with.`)
    }
  })
