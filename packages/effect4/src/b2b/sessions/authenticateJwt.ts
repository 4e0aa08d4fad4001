/**
 * `b2bSessions.authenticateJwt` and `b2bSessions.authenticateJwtLocal`: member session JWTs
 * checked against the project's JWKS, in-process, with Stytch's `authenticate` as the fallback.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import type { JwtError } from "../../errors/JwtErrors.js"
import { memberSessionOfClaims } from "../../internal/jwt/claims.js"
import { jwtMethods } from "../../internal/jwt/methods.js"
import { makeJwtVerifier } from "../../internal/jwt/verifier.js"
import type { MemberSession } from "../../models/MemberSession.js"
import type * as StytchClient from "../../StytchClient.js"
import type { StytchFailure } from "../../StytchError.js"
import type {
  B2BSessionsAuthenticateError,
  B2BSessionsAuthenticateRequest,
  B2BSessionsAuthenticateResponse
} from "./authenticate.js"
import type { B2BSessionsGetJWKSError, B2BSessionsGetJWKSRequest, B2BSessionsGetJWKSResponse } from "./getJWKS.js"

/**
 * What `b2bSessions.authenticateJwt` and `b2bSessions.authenticateJwtLocal` take.
 *
 * @example
 * ```ts
 * import type { B2BSessionsAuthenticateJwtRequest } from "effect4-stytch"
 * const request: B2BSessionsAuthenticateJwtRequest = { session_jwt: "eyJhbGciOiJSUzI1NiJ9.e30.c2ln", clock_tolerance_seconds: 5 }
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsAuthenticateJwtRequest {
  /** The member session JWT, as `authenticate` or a login returned it. */
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
 * What `b2bSessions.authenticateJwt` and `b2bSessions.authenticateJwtLocal` succeed with: one
 * shape whether the JWT was verified locally or by Stytch. Locally, `session_jwt` is the JWT
 * given; from Stytch, the JWT it answered with.
 *
 * @example
 * ```ts
 * import type { B2BSessionsAuthenticateJwtResponse } from "effect4-stytch"
 * const organizationOf = (response: B2BSessionsAuthenticateJwtResponse) => response.member_session.organization_id
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsAuthenticateJwtResponse {
  readonly member_session: MemberSession
  readonly session_jwt: string
}

/**
 * What `b2bSessions.authenticateJwt` can fail with: what `b2bSessions.authenticate` can.
 *
 * @example
 * ```ts
 * import type { B2BSessionsAuthenticateJwtError } from "effect4-stytch"
 * const signedOut = (error: B2BSessionsAuthenticateJwtError) => error._tag === "SessionNotFound"
 * ```
 * @since 0.1.0
 */
export type B2BSessionsAuthenticateJwtError = B2BSessionsAuthenticateError

/**
 * What `b2bSessions.authenticateJwtLocal` can fail with: why the JWT was refused, or why the
 * JWKS could not be fetched (every {@link StytchFailure}).
 *
 * @example
 * ```ts
 * import type { B2BSessionsAuthenticateJwtLocalError } from "effect4-stytch"
 * const forged = (error: B2BSessionsAuthenticateJwtLocalError) => error._tag === "JwtBadSignature"
 * ```
 * @since 0.1.0
 */
export type B2BSessionsAuthenticateJwtLocalError = JwtError | StytchFailure

/** What the JWT methods need of the derived endpoint client. */
interface Endpoints {
  readonly authenticate: (
    request: B2BSessionsAuthenticateRequest
  ) => Effect.Effect<B2BSessionsAuthenticateResponse, B2BSessionsAuthenticateError>
  readonly getJWKS: (request: B2BSessionsGetJWKSRequest) => Effect.Effect<B2BSessionsGetJWKSResponse, B2BSessionsGetJWKSError>
}

/**
 * The B2B JWT methods over a client's endpoints, with their own JWKS cache.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchClient } from "effect4-stytch"
 * import { endpoints } from "./B2BSessions.js"
 * import { memberSessionJwtMethods } from "./authenticateJwt.js"
 *
 * const methods = Effect.map(StytchClient, (stytch) => memberSessionJwtMethods(stytch, stytch.client(endpoints)))
 * ```
 */
export const memberSessionJwtMethods = (stytch: StytchClient.Service, client: Endpoints) => {
  const { local, withFallback } = jwtMethods({
    spanPrefix: "b2b.sessions",
    projectId: stytch.projectId,
    verifier: makeJwtVerifier({
      projectId: stytch.projectId,
      baseUrl: stytch.baseUrl,
      fetchKeys: Effect.map(client.getJWKS({ project_id: stytch.projectId }), (jwks) => jwks.keys)
    }),
    decode: memberSessionOfClaims,
    remote: (session_jwt) =>
      Effect.map(client.authenticate({ session_jwt }), (answer) => ({ session: answer.member_session, session_jwt: answer.session_jwt }))
  })
  const reshape = ({ session, session_jwt }: { readonly session: MemberSession; readonly session_jwt: string }) => ({
    member_session: session,
    session_jwt
  })
  return {
    authenticateJwtLocal: (
      request: B2BSessionsAuthenticateJwtRequest
    ): Effect.Effect<B2BSessionsAuthenticateJwtResponse, B2BSessionsAuthenticateJwtLocalError> => Effect.map(local(request), reshape),
    authenticateJwt: (
      request: B2BSessionsAuthenticateJwtRequest
    ): Effect.Effect<B2BSessionsAuthenticateJwtResponse, B2BSessionsAuthenticateJwtError> => Effect.map(withFallback(request), reshape)
  }
}
