/**
 * What the consumer Sessions service offers: one method per endpoint, named after its request,
 * response and error union.
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type { SessionsAuthenticateError, SessionsAuthenticateRequest, SessionsAuthenticateResponse } from "./authenticate.js"
import type { SessionsGetError, SessionsGetRequest, SessionsGetResponse } from "./get.js"
import type { SessionsGetJWKSError, SessionsGetJWKSRequest, SessionsGetJWKSResponse } from "./getJWKS.js"
import type { SessionsRevokeError, SessionsRevokeRequest, SessionsRevokeResponse } from "./revoke.js"

/**
 * The consumer Sessions service: each method takes the endpoint's named request and returns an
 * Effect of its named response, failing with its named error union (so `Effect.catchTag`
 * narrows). The service the `Sessions` tag holds; it is checked, at compile time, to be
 * exactly the client derived from `Sessions.endpoints`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions, type SessionsService } from "effect-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const sessions: SessionsService = yield* Sessions
 *   const { user } = yield* sessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" })
 *   return user.user_id
 * })
 * ```
 * @since 0.1.0
 */
export interface SessionsService {
  /**
   * Checks a session by token or JWT; extends it with `session_duration_minutes`.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Sessions } from "effect-stytch"
   *
   * const sessionOf = (session_token: string) =>
   *   Effect.gen(function* () {
   *     const sessions = yield* Sessions
   *     const { session } = yield* sessions.authenticate({ session_token, session_duration_minutes: 60 })
   *     return session
   *   })
   * ```
   */
  readonly authenticate: (request: SessionsAuthenticateRequest) => Effect.Effect<SessionsAuthenticateResponse, SessionsAuthenticateError>
  /**
   * Revokes a session by id, token or JWT.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Sessions } from "effect-stytch"
   *
   * const logOut = (session_token: string) => Effect.flatMap(Sessions, (sessions) => sessions.revoke({ session_token }))
   * ```
   */
  readonly revoke: (request: SessionsRevokeRequest) => Effect.Effect<SessionsRevokeResponse, SessionsRevokeError>
  /**
   * Lists a user's live sessions.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Sessions } from "effect-stytch"
   *
   * const sessionCount = (user_id: string) =>
   *   Effect.flatMap(Sessions, (sessions) => sessions.get({ user_id })).pipe(Effect.map((listed) => listed.sessions.length))
   * ```
   */
  readonly get: (request: SessionsGetRequest) => Effect.Effect<SessionsGetResponse, SessionsGetError>
  /**
   * Fetches the project's JSON Web Key Set, which verifies session JWTs.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Sessions } from "effect-stytch"
   *
   * const jwks = (project_id: string) => Effect.flatMap(Sessions, (sessions) => sessions.getJWKS({ project_id }))
   * ```
   */
  readonly getJWKS: (request: SessionsGetJWKSRequest) => Effect.Effect<SessionsGetJWKSResponse, SessionsGetJWKSError>
}
