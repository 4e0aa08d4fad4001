/**
 * `sessions.authenticateJwt` and `sessions.authenticateJwtLocal`: session JWTs checked
 * against the project's JWKS, in-process, with Stytch's `authenticate` as the fallback.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type { JwtError } from "../errors/JwtErrors.js"
import { sessionOfClaims } from "../internal/jwt/claims.js"
import { jwtMethods } from "../internal/jwt/methods.js"
import { makeJwtVerifier } from "../internal/jwt/verifier.js"
import type { Session } from "../models/Session.js"
import type * as StytchClient from "../StytchClient.js"
import type { StytchFailure } from "../StytchError.js"
import type { SessionsAuthenticateError, SessionsAuthenticateRequest, SessionsAuthenticateResponse } from "./authenticate.js"
import type { SessionsGetJWKSRequest, SessionsGetJWKSResponse, SessionsGetJWKSError } from "./getJWKS.js"

/**
 * What `sessions.authenticateJwt` and `sessions.authenticateJwtLocal` take.
 *
 * @example
 * ```ts
 * import type { SessionsAuthenticateJwtRequest } from "effect4-stytch"
 * const request: SessionsAuthenticateJwtRequest = { session_jwt: "eyJhbGciOiJSUzI1NiJ9.e30.c2ln", max_token_age_seconds: 60 }
 * ```
 * @since 0.1.0
 */
export interface SessionsAuthenticateJwtRequest {
  /** The session JWT, as `authenticate` or a login returned it. */
  readonly session_jwt: string
  /**
   * Refuse locally a JWT issued (`iat`) this many seconds ago or more. `authenticateJwt`
   * then asks Stytch; with 0 it always does.
   */
  readonly max_token_age_seconds?: number | undefined
  /** Leeway, in seconds, when comparing `exp` and `nbf` with the clock. Default 0. */
  readonly clock_tolerance_seconds?: number | undefined
}

/**
 * What `sessions.authenticateJwt` and `sessions.authenticateJwtLocal` succeed with: one shape
 * whether the JWT was verified locally or by Stytch. Locally, `session_jwt` is the JWT given;
 * from Stytch, the JWT it answered with (a fresh one when the given one had expired).
 *
 * @example
 * ```ts
 * import type { SessionsAuthenticateJwtResponse } from "effect4-stytch"
 * const userOf = (response: SessionsAuthenticateJwtResponse) => response.session.user_id
 * ```
 * @since 0.1.0
 */
export interface SessionsAuthenticateJwtResponse {
  readonly session: Session
  readonly session_jwt: string
}

/**
 * What `sessions.authenticateJwt` can fail with: what `sessions.authenticate` can (a JWT
 * refused locally is asked about remotely, so only Stytch's answer fails the call).
 *
 * @example
 * ```ts
 * import type { SessionsAuthenticateJwtError } from "effect4-stytch"
 * const signedOut = (error: SessionsAuthenticateJwtError) => error._tag === "SessionNotFound"
 * ```
 * @since 0.1.0
 */
export type SessionsAuthenticateJwtError = SessionsAuthenticateError

/**
 * What `sessions.authenticateJwtLocal` can fail with: why the JWT was refused, or why the
 * JWKS could not be fetched (every {@link StytchFailure}).
 *
 * @example
 * ```ts
 * import type { SessionsAuthenticateJwtLocalError } from "effect4-stytch"
 * const worthAskingStytch = (error: SessionsAuthenticateJwtLocalError) => error._tag === "JwtExpired" || error._tag === "JwtTooOld"
 * ```
 * @since 0.1.0
 */
export type SessionsAuthenticateJwtLocalError = JwtError | StytchFailure

/** What the JWT methods need of the derived endpoint client. */
interface Endpoints {
  readonly authenticate: (request: SessionsAuthenticateRequest) => Effect.Effect<SessionsAuthenticateResponse, SessionsAuthenticateError>
  readonly getJWKS: (request: SessionsGetJWKSRequest) => Effect.Effect<SessionsGetJWKSResponse, SessionsGetJWKSError>
}

/**
 * The consumer JWT methods over a client's endpoints, with their own JWKS cache.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchClient } from "effect4-stytch"
 * import { endpoints } from "./Sessions.js"
 * import { sessionJwtMethods } from "./authenticateJwt.js"
 *
 * const methods = Effect.map(StytchClient, (stytch) => sessionJwtMethods(stytch, stytch.client(endpoints)))
 * ```
 */
export const sessionJwtMethods = (stytch: StytchClient.Service, client: Endpoints) => {
  const { local, withFallback } = jwtMethods({
    spanPrefix: "sessions",
    projectId: stytch.projectId,
    verifier: makeJwtVerifier({
      projectId: stytch.projectId,
      baseUrl: stytch.baseUrl,
      fetchKeys: Effect.map(client.getJWKS({ project_id: stytch.projectId }), (jwks) => jwks.keys)
    }),
    decode: sessionOfClaims,
    remote: (session_jwt) =>
      Effect.map(client.authenticate({ session_jwt }), (answer) => ({ session: answer.session, session_jwt: answer.session_jwt }))
  })
  return {
    authenticateJwtLocal: (request: SessionsAuthenticateJwtRequest): Effect.Effect<SessionsAuthenticateJwtResponse, SessionsAuthenticateJwtLocalError> =>
      local(request),
    authenticateJwt: (request: SessionsAuthenticateJwtRequest): Effect.Effect<SessionsAuthenticateJwtResponse, SessionsAuthenticateJwtError> =>
      withFallback(request)
  }
}
