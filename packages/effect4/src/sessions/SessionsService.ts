/**
 * What the consumer Sessions service offers: one method per endpoint, named after its request,
 * response and error union.
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type { SessionsAuthenticateError, SessionsAuthenticateRequest, SessionsAuthenticateResponse } from "./authenticate.js"
import type {
  SessionsAuthenticateJwtError,
  SessionsAuthenticateJwtLocalError,
  SessionsAuthenticateJwtRequest,
  SessionsAuthenticateJwtResponse
} from "./authenticateJwt.js"
import type { SessionsGetError, SessionsGetRequest, SessionsGetResponse } from "./get.js"
import type { SessionsGetJWKSError, SessionsGetJWKSRequest, SessionsGetJWKSResponse } from "./getJWKS.js"
import type { SessionsRevokeError, SessionsRevokeRequest, SessionsRevokeResponse } from "./revoke.js"

/**
 * The consumer Sessions service: each method takes the endpoint's named request and returns an
 * Effect of its named response, failing with its named error union (so `Effect.catchTag`
 * narrows). The service the `Sessions` tag holds; its endpoint methods are checked, at compile
 * time, to be exactly the client derived from `Sessions.endpoints`, and it adds the local
 * session JWT checks `authenticateJwt` and `authenticateJwtLocal`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions, type SessionsService } from "effect4-stytch"
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
   * import { Sessions } from "effect4-stytch"
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
   * import { Sessions } from "effect4-stytch"
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
   * import { Sessions } from "effect4-stytch"
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
   * import { Sessions } from "effect4-stytch"
   *
   * const jwks = (project_id: string) => Effect.flatMap(Sessions, (sessions) => sessions.getJWKS({ project_id }))
   * ```
   */
  readonly getJWKS: (request: SessionsGetJWKSRequest) => Effect.Effect<SessionsGetJWKSResponse, SessionsGetJWKSError>
  /**
   * Checks a session JWT locally (signature against the project's JWKS, `iss`, `aud`, `typ`,
   * `exp`, `nbf`, the maximum age) and, when that cannot accept it (expired, too old, an
   * unknown key, any other reason, or `max_token_age_seconds: 0`), asks Stytch with
   * `authenticate`, as the official SDK does. One answer shape either way.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Sessions } from "effect4-stytch"
   *
   * const userOf = (session_jwt: string) =>
   *   Effect.gen(function* () {
   *     const sessions = yield* Sessions
   *     const { session } = yield* sessions.authenticateJwt({ session_jwt, max_token_age_seconds: 60 })
   *     return session.user_id
   *   })
   * ```
   */
  readonly authenticateJwt: (request: SessionsAuthenticateJwtRequest) => Effect.Effect<SessionsAuthenticateJwtResponse, SessionsAuthenticateJwtError>
  /**
   * Checks a session JWT locally only: never sends it to Stytch (only the JWKS is fetched,
   * and cached). Fails with why it was refused. A revoked session's JWT still passes until
   * it expires (5 minutes at most): use `authenticateJwt` or `authenticate` where that matters.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Sessions } from "effect4-stytch"
   *
   * const userOf = (session_jwt: string) =>
   *   Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt })).pipe(
   *     Effect.map(({ session }) => session.user_id),
   *     Effect.catchTag("JwtExpired", () => Effect.succeed(undefined))
   *   )
   * ```
   */
  readonly authenticateJwtLocal: (
    request: SessionsAuthenticateJwtRequest
  ) => Effect.Effect<SessionsAuthenticateJwtResponse, SessionsAuthenticateJwtLocalError>
}
