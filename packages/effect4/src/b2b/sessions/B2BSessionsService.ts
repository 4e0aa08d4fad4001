/**
 * What the B2B Sessions service offers: one method per endpoint, named after its request,
 * response and error union.
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type { B2BSessionsAuthenticateError, B2BSessionsAuthenticateRequest, B2BSessionsAuthenticateResponse } from "./authenticate.js"
import type {
  B2BSessionsAuthenticateJwtError,
  B2BSessionsAuthenticateJwtLocalError,
  B2BSessionsAuthenticateJwtRequest,
  B2BSessionsAuthenticateJwtResponse
} from "./authenticateJwt.js"
import type { B2BSessionsGetError, B2BSessionsGetRequest, B2BSessionsGetResponse } from "./get.js"
import type { B2BSessionsGetJWKSError, B2BSessionsGetJWKSRequest, B2BSessionsGetJWKSResponse } from "./getJWKS.js"
import type { B2BSessionsRevokeError, B2BSessionsRevokeRequest, B2BSessionsRevokeResponse } from "./revoke.js"

/**
 * The B2B Sessions service: each method takes the endpoint's named request and returns an
 * Effect of its named response, failing with its named error union (so `Effect.catchTag`
 * narrows). The service the `B2BSessions` tag holds; its endpoint methods are checked, at
 * compile time, to be exactly the client derived from `B2BSessions.endpoints`, and it adds the
 * local member session JWT checks `authenticateJwt` and `authenticateJwtLocal`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BSessions, type B2BSessionsService } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2bSessions: B2BSessionsService = yield* B2BSessions
 *   const { member, organization } = yield* b2bSessions.authenticate({ session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" })
 *   return `${member.email_address} (${organization.organization_name})`
 * })
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsService {
  /**
   * Checks a member session by token or JWT; extends it with `session_duration_minutes`.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { B2BSessions } from "effect4-stytch"
   *
   * const memberOf = (session_jwt: string) =>
   *   Effect.gen(function* () {
   *     const b2bSessions = yield* B2BSessions
   *     const { member, organization } = yield* b2bSessions.authenticate({ session_jwt })
   *     return { member_id: member.member_id, organization_id: organization.organization_id }
   *   })
   * ```
   */
  readonly authenticate: (request: B2BSessionsAuthenticateRequest) => Effect.Effect<B2BSessionsAuthenticateResponse, B2BSessionsAuthenticateError>
  /**
   * Revokes a member session, or every session of a member.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { B2BSessions } from "effect4-stytch"
   *
   * const logOut = (session_token: string) => Effect.flatMap(B2BSessions, (b2bSessions) => b2bSessions.revoke({ session_token }))
   * ```
   */
  readonly revoke: (request: B2BSessionsRevokeRequest) => Effect.Effect<B2BSessionsRevokeResponse, B2BSessionsRevokeError>
  /**
   * Lists a member's live sessions in an organization.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { B2BSessions } from "effect4-stytch"
   *
   * const sessionCount = (organization_id: string, member_id: string) =>
   *   Effect.flatMap(B2BSessions, (b2bSessions) => b2bSessions.get({ organization_id, member_id })).pipe(
   *     Effect.map((listed) => listed.member_sessions.length)
   *   )
   * ```
   */
  readonly get: (request: B2BSessionsGetRequest) => Effect.Effect<B2BSessionsGetResponse, B2BSessionsGetError>
  /**
   * Fetches the project's JSON Web Key Set, which verifies member session JWTs.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { B2BSessions } from "effect4-stytch"
   *
   * const jwks = (project_id: string) => Effect.flatMap(B2BSessions, (b2bSessions) => b2bSessions.getJWKS({ project_id }))
   * ```
   */
  readonly getJWKS: (request: B2BSessionsGetJWKSRequest) => Effect.Effect<B2BSessionsGetJWKSResponse, B2BSessionsGetJWKSError>
  /**
   * Checks a member session JWT locally (signature against the project's JWKS, `iss`, `aud`,
   * `typ`, `exp`, `nbf`, the maximum age; the organization from `https://stytch.com/organization`)
   * and, when that cannot accept it (any reason, or `max_token_age_seconds: 0`), asks Stytch
   * with `authenticate`, as the official SDK does. One answer shape either way.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { B2BSessions } from "effect4-stytch"
   *
   * const organizationOf = (session_jwt: string) =>
   *   Effect.gen(function* () {
   *     const b2bSessions = yield* B2BSessions
   *     const { member_session } = yield* b2bSessions.authenticateJwt({ session_jwt })
   *     return member_session.organization_id
   *   })
   * ```
   */
  readonly authenticateJwt: (
    request: B2BSessionsAuthenticateJwtRequest
  ) => Effect.Effect<B2BSessionsAuthenticateJwtResponse, B2BSessionsAuthenticateJwtError>
  /**
   * Checks a member session JWT locally only: never sends it to Stytch (only the JWKS is
   * fetched, and cached). Fails with why it was refused.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { B2BSessions } from "effect4-stytch"
   *
   * const memberOf = (session_jwt: string) =>
   *   Effect.flatMap(B2BSessions, (b2bSessions) => b2bSessions.authenticateJwtLocal({ session_jwt })).pipe(
   *     Effect.map(({ member_session }) => member_session.member_id),
   *     Effect.catchTag("JwtUnknownKey", () => Effect.succeed(undefined))
   *   )
   * ```
   */
  readonly authenticateJwtLocal: (
    request: B2BSessionsAuthenticateJwtRequest
  ) => Effect.Effect<B2BSessionsAuthenticateJwtResponse, B2BSessionsAuthenticateJwtLocalError>
}
