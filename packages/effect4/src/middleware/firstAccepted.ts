/**
 * Trying a request's credentials in order until Stytch accepts one.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type { SessionCredential } from "./credentials.js"
import type { CredentialUsed } from "./CurrentSession.js"
import { AuthenticationUnavailable, Unauthenticated } from "./errors.js"

/** What the first accepted credential gave, and which credential it was (without its value). */
export interface Accepted<A> {
  readonly result: A
  readonly credential: CredentialUsed
}

/**
 * The first credential Stytch accepts. A refused one gives way to the next (a stale JWT cookie
 * beside a live token cookie); an unjudged one stops the search with a 503, since the next
 * would meet the same outage and a 401 would log a signed-in user out. Only error tags are
 * logged, never a credential.
 */
export const firstAccepted = <A, E extends { readonly _tag: string }>(
  credentials: ReadonlyArray<SessionCredential>,
  authenticate: (credential: SessionCredential) => Effect.Effect<A, E>,
  isRefusal: (error: E) => boolean
): Effect.Effect<Accepted<A>, Unauthenticated | AuthenticationUnavailable> => {
  if (credentials.length === 0) return Effect.fail(new Unauthenticated({ reason: "missing_credentials" }))
  const attempt = (index: number): Effect.Effect<Accepted<A>, Unauthenticated | AuthenticationUnavailable> => {
    const credential = credentials[index]
    if (credential === undefined) return Effect.fail(new Unauthenticated({ reason: "invalid_session" }))
    const { kind, source } = credential
    return authenticate(credential).pipe(
      Effect.map((result): Accepted<A> => ({ result, credential: { kind, source } })),
      Effect.catch((error) =>
        isRefusal(error)
          ? Effect.andThen(Effect.logDebug(`Stytch refused the ${kind} from the ${source}: ${error._tag}`), attempt(index + 1))
          : Effect.andThen(
              Effect.logWarning(`Stytch could not check the ${kind} from the ${source}: ${error._tag}`),
              Effect.fail(new AuthenticationUnavailable({ reason: "stytch_unavailable" }))
            )
      )
    )
  }
  return attempt(0)
}
