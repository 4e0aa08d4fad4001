/**
 * `B2BSessionAuth`: an HttpApi security middleware that authenticates a B2B member session and
 * provides `CurrentMemberSession`.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as Layer from "effect/Layer"
import { B2BSessions } from "../b2b/sessions/B2BSessions.js"
import type { B2BSessionsService } from "../b2b/sessions/B2BSessionsService.js"
import { authenticateMemberCredential } from "./authenticateCredential.js"
import { requestCredentials } from "./credentials.js"
import { CurrentMemberSession, type CurrentMemberSessionData } from "./CurrentMemberSession.js"
import { SessionAuthFailure } from "./errors.js"
import { isRefusal } from "./failures.js"
import { firstAccepted } from "./firstAccepted.js"
import { type ResolvedSessionAuthOptions, resolveSessionAuthOptions, type SessionAuthOptions } from "./options.js"
import { schemeHandlers } from "./schemeHandlers.js"
import { type SessionSecurity, sessionSecurity } from "./security.js"

/** The member session of the request: its first credential accepted (a JWT locally or by Stytch, a token by Stytch), in one span named after the tag. */
const authenticateRequest = (id: string, where: ResolvedSessionAuthOptions, sessions: B2BSessionsService) =>
  Effect.flatMap(requestCredentials(where), (credentials) =>
    firstAccepted(credentials, (credential) => authenticateMemberCredential(sessions, credential, where), isRefusal)
  ).pipe(
    Effect.map(
      ({ credential, result: { member_session } }): CurrentMemberSessionData => ({
        member_id: member_session.member_id,
        organization_id: member_session.organization_id,
        member_session,
        custom_claims: member_session.custom_claims ?? {},
        credential
      })
    ),
    Effect.tap(({ credential }) =>
      Effect.annotateCurrentSpan({ "stytch.session.kind": credential.kind, "stytch.session.source": credential.source })
    ),
    Effect.withSpan(id)
  )

/**
 * A member session middleware tag, as `B2BSessionAuth.Tag` declares it (and `B2BSessionAuth`
 * is): an `HttpApiMiddleware.Service` class with the bearer and cookie schemes it reads, providing
 * `CurrentMemberSession`, and its `layer`.
 *
 * @example
 * ```ts
 * import { B2BSessionAuth, type B2BSessionAuthTag } from "effect4-stytch"
 *
 * class TenantAuth extends B2BSessionAuth.Tag<TenantAuth>()("app/TenantAuth", { bearer: false }) {}
 * const declared: B2BSessionAuthTag<TenantAuth> = TenantAuth
 * ```
 * @since 0.1.0
 */
export type B2BSessionAuthTag<Self> = HttpApiMiddleware.ServiceClass<
  Self,
  string,
  {
    requires: never
    provides: CurrentMemberSession
    error: typeof SessionAuthFailure.members
    clientError: never
    requiredForClient: false
    security: SessionSecurity
  }
> & {
  /**
   * The middleware, checking member sessions with the `B2BSessions` service in the context.
   *
   * @example
   * ```ts
   * import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup } from "effect/http-api"
   * import { Effect, Layer, Schema } from "effect"
   * import { B2BSessionAuth, B2BSessions, CurrentMemberSession } from "effect4-stytch"
   *
   * class Tenant extends HttpApiGroup.make("tenant")
   *   .add(HttpApiEndpoint.get("whoami", "/whoami", { success: Schema.Struct({ organization_id: Schema.String }) }))
   *   .middleware(B2BSessionAuth) {}
   * class Api extends HttpApi.make("api").add(Tenant) {}
   *
   * const TenantLive = HttpApiBuilder.group(Api, "tenant", (handlers) =>
   *   handlers.handle("whoami", () => Effect.map(CurrentMemberSession, ({ organization_id }) => ({ organization_id })))
   * )
   * const ApiLive = HttpApiBuilder.layer(Api).pipe(
   *   Layer.provide(TenantLive),
   *   Layer.provide(B2BSessionAuth.layer),
   *   Layer.provide(B2BSessions.layer)
   * )
   * ```
   */
  readonly layer: Layer.Layer<Self, never, B2BSessions>
}

/**
 * Declares a member session middleware reading the given sources; `B2BSessionAuth` is the one
 * with the defaults. The sources become the tag's security schemes, so they are fixed here.
 */
const declareB2BSessionAuth = <Self>() => (id: string, options?: SessionAuthOptions): B2BSessionAuthTag<Self> => {
  const where = resolveSessionAuthOptions(options, id)
  const security = sessionSecurity(id, where)
  const Tag = HttpApiMiddleware.Service<Self, { provides: CurrentMemberSession }>()(id, {
    error: SessionAuthFailure.members,
    security
  })
  const layer = Layer.effect(
    Tag,
    Effect.map(B2BSessions, (sessions) => schemeHandlers(security, CurrentMemberSession, authenticateRequest(id, where, sessions)))
  )
  return Object.assign(Tag, { layer })
}

/**
 * Protects HttpApi endpoints with a Stytch B2B member session, read like {@link SessionAuth}
 * reads a consumer one (a bearer, then the `stytch_session_jwt` and `stytch_session` cookies;
 * other sources with {@link B2BSessionAuth.Tag}) and checks it the same way: a member session
 * JWT locally against the JWKS (accepted until it expires, up to 5 minutes after a revocation,
 * unless the tag sets `maxTokenAgeSeconds`), a session token with Stytch. Handlers get
 * `CurrentMemberSession` (member, organization, member session). No credential, or none
 * accepted, fails with `Unauthenticated` (401); a Stytch that cannot be reached when it is
 * asked fails with `AuthenticationUnavailable` (503).
 *
 * @example
 * ```ts
 * import { HttpApi, HttpApiEndpoint, HttpApiGroup } from "effect/http-api"
 * import { Schema } from "effect"
 * import { B2BSessionAuth } from "effect4-stytch"
 *
 * class Tenant extends HttpApiGroup.make("tenant")
 *   .add(HttpApiEndpoint.get("whoami", "/whoami", { success: Schema.Struct({ organization_id: Schema.String }) }))
 *   .middleware(B2BSessionAuth) {}
 *
 * class Api extends HttpApi.make("api").add(Tenant) {}
 * ```
 * @since 0.1.0
 */
export class B2BSessionAuth extends declareB2BSessionAuth<B2BSessionAuth>()("effect4-stytch/B2BSessionAuth") {
  /**
   * Declares a middleware like `B2BSessionAuth` that reads other cookies, or no bearer, or
   * accepts a JWT locally for less than its 5 minutes ({@link SessionAuthOptions}; a source
   * left out is `false`). Throws when the options are a mistake. Its static `layer` is the
   * middleware over `B2BSessions`, and its id names its span.
   *
   * @example
   * ```ts
   * import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup } from "effect/http-api"
   * import { Effect, Layer, Schema } from "effect"
   * import { B2BSessionAuth, B2BSessions, CurrentMemberSession } from "effect4-stytch"
   *
   * // A bearer-only API: the cookies are not read, and a JWT over a minute old is checked with Stytch.
   * class ApiAuth extends B2BSessionAuth.Tag<ApiAuth>()("app/ApiAuth", {
   *   sessionJwtCookie: false,
   *   sessionTokenCookie: false,
   *   maxTokenAgeSeconds: 60
   * }) {}
   *
   * class Tenant extends HttpApiGroup.make("tenant")
   *   .add(HttpApiEndpoint.get("whoami", "/whoami", { success: Schema.Struct({ organization_id: Schema.String }) }))
   *   .middleware(ApiAuth) {}
   * class Api extends HttpApi.make("api").add(Tenant) {}
   *
   * const ApiLive = HttpApiBuilder.layer(Api).pipe(
   *   Layer.provide(
   *     HttpApiBuilder.group(Api, "tenant", (handlers) =>
   *       handlers.handle("whoami", () => Effect.map(CurrentMemberSession, ({ organization_id }) => ({ organization_id })))
   *     )
   *   ),
   *   Layer.provide(ApiAuth.layer),
   *   Layer.provide(B2BSessions.layer)
   * )
   * ```
   */
  static readonly Tag: <Self>() => (id: string, options?: SessionAuthOptions) => B2BSessionAuthTag<Self> = declareB2BSessionAuth
}
