/**
 * `SessionAuth`: an HttpApi security middleware that authenticates a consumer session and
 * provides `CurrentSession`.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as HttpApiMiddleware from "effect/http-api/HttpApiMiddleware"
import * as Layer from "effect/Layer"
import { Sessions } from "../sessions/Sessions.js"
import type { SessionsService } from "../sessions/SessionsService.js"
import { authenticateCredential } from "./authenticateCredential.js"
import { requestCredentials } from "./credentials.js"
import { CurrentSession, type CurrentSessionData } from "./CurrentSession.js"
import { SessionAuthFailure } from "./errors.js"
import { isRefusal } from "./failures.js"
import { firstAccepted } from "./firstAccepted.js"
import { type ResolvedSessionAuthOptions, resolveSessionAuthOptions, type SessionAuthOptions } from "./options.js"
import { schemeHandlers } from "./schemeHandlers.js"
import { type SessionSecurity, sessionSecurity } from "./security.js"

/** The session of the request: its first credential accepted (a JWT locally or by Stytch, a token by Stytch), in one span named after the tag. */
const authenticateRequest = (id: string, where: ResolvedSessionAuthOptions, sessions: SessionsService) =>
  Effect.flatMap(requestCredentials(where), (credentials) =>
    firstAccepted(credentials, (credential) => authenticateCredential(sessions, credential, where), isRefusal)
  ).pipe(
    Effect.map(
      ({ credential, result: { session } }): CurrentSessionData => ({
        user_id: session.user_id,
        session,
        custom_claims: session.custom_claims ?? {},
        credential
      })
    ),
    Effect.tap(({ credential }) =>
      Effect.annotateCurrentSpan({ "stytch.session.kind": credential.kind, "stytch.session.source": credential.source })
    ),
    Effect.withSpan(id)
  )

/**
 * A consumer session middleware tag, as `SessionAuth.Tag` declares it (and `SessionAuth` is):
 * an `HttpApiMiddleware.Service` class with the bearer and cookie schemes it reads, providing
 * `CurrentSession`, and its `layer`.
 *
 * @example
 * ```ts
 * import { SessionAuth, type SessionAuthTag } from "effect4-stytch"
 *
 * class AppAuth extends SessionAuth.Tag<AppAuth>()("app/AppAuth", { sessionTokenCookie: "app_session" }) {}
 * const declared: SessionAuthTag<AppAuth> = AppAuth
 * ```
 * @since 0.1.0
 */
export type SessionAuthTag<Self> = HttpApiMiddleware.ServiceClass<
  Self,
  string,
  {
    requires: never
    provides: CurrentSession
    error: typeof SessionAuthFailure.members
    clientError: never
    requiredForClient: false
    security: SessionSecurity
  }
> & {
  /**
   * The middleware, checking sessions with the `Sessions` service in the context.
   *
   * @example
   * ```ts
   * import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup } from "effect/http-api"
   * import { Effect, Layer, Schema } from "effect"
   * import { CurrentSession, SessionAuth, Sessions } from "effect4-stytch"
   *
   * class Me extends HttpApiGroup.make("me")
   *   .add(HttpApiEndpoint.get("me", "/me", { success: Schema.Struct({ user_id: Schema.String }) }))
   *   .middleware(SessionAuth) {}
   * class Api extends HttpApi.make("api").add(Me) {}
   *
   * const MeLive = HttpApiBuilder.group(Api, "me", (handlers) =>
   *   handlers.handle("me", () => Effect.map(CurrentSession, ({ user_id }) => ({ user_id })))
   * )
   * const ApiLive = HttpApiBuilder.layer(Api).pipe(
   *   Layer.provide(MeLive),
   *   Layer.provide(SessionAuth.layer),
   *   Layer.provide(Sessions.layer)
   * )
   * ```
   */
  readonly layer: Layer.Layer<Self, never, Sessions>
}

/**
 * Declares a consumer session middleware reading the given sources; `SessionAuth` is the one
 * with the defaults. The sources become the tag's security schemes, so they are fixed here.
 */
const declareSessionAuth = <Self>() => (id: string, options?: SessionAuthOptions): SessionAuthTag<Self> => {
  const where = resolveSessionAuthOptions(options, id)
  const security = sessionSecurity(id, where)
  const Tag = HttpApiMiddleware.Service<Self, { provides: CurrentSession }>()(id, { error: SessionAuthFailure.members, security })
  const layer = Layer.effect(
    Tag,
    Effect.map(Sessions, (sessions) => schemeHandlers(security, CurrentSession, authenticateRequest(id, where, sessions)))
  )
  return Object.assign(Tag, { layer })
}

/**
 * Protects HttpApi endpoints with a Stytch consumer session. The session is read from
 * `Authorization: Bearer <session token or JWT>`, then the `stytch_session_jwt` and
 * `stytch_session` cookies Stytch's frontend SDKs set; the first credential accepted wins.
 * A session JWT is checked locally against the project's JWKS (no round trip; Stytch is asked
 * only when the local check cannot accept it), so a revoked session's JWT is accepted until it
 * expires (up to 5 minutes), as with Stytch's SDKs; a session token is checked with Stytch.
 * These three are the tag's security schemes, so the OpenAPI document lists them; to read
 * other cookies or no bearer, or to bound how old a JWT accepted locally may be
 * (`maxTokenAgeSeconds`), declare a tag of your own with {@link SessionAuth.Tag}. Handlers get
 * `CurrentSession`. No credential, or none accepted, fails with `Unauthenticated` (401); a
 * Stytch that cannot be reached when it is asked fails with `AuthenticationUnavailable` (503).
 *
 * @example
 * ```ts
 * import { HttpApi, HttpApiEndpoint, HttpApiGroup } from "effect/http-api"
 * import { Schema } from "effect"
 * import { SessionAuth } from "effect4-stytch"
 *
 * class Me extends HttpApiGroup.make("me")
 *   .add(HttpApiEndpoint.get("me", "/me", { success: Schema.Struct({ user_id: Schema.String }) }))
 *   .middleware(SessionAuth) {}
 *
 * class Api extends HttpApi.make("api").add(Me) {}
 * ```
 * @since 0.1.0
 */
export class SessionAuth extends declareSessionAuth<SessionAuth>()("effect4-stytch/SessionAuth") {
  /**
   * Declares a middleware like `SessionAuth` that reads other cookies, or no bearer, or
   * accepts a JWT locally for less than its 5 minutes ({@link SessionAuthOptions}; a source
   * left out is `false`). Throws when the options are a mistake (nothing to read, a shared
   * name, a negative or fractional number of seconds). Its static `layer` is the middleware
   * over `Sessions`, and its id names its span.
   *
   * @example
   * ```ts
   * import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup } from "effect/http-api"
   * import { Effect, Layer, Schema } from "effect"
   * import { CurrentSession, SessionAuth, Sessions } from "effect4-stytch"
   *
   * // The app keeps Stytch's session in cookies of its own name, and takes no bearer.
   * class AppAuth extends SessionAuth.Tag<AppAuth>()("app/AppAuth", {
   *   sessionJwtCookie: "app_jwt",
   *   sessionTokenCookie: "app_session",
   *   bearer: false
   * }) {}
   *
   * // Account settings: every JWT is checked with Stytch, so a revoked session is refused at once.
   * class StrictAuth extends SessionAuth.Tag<StrictAuth>()("app/StrictAuth", { maxTokenAgeSeconds: 0 }) {}
   *
   * class Me extends HttpApiGroup.make("me")
   *   .add(HttpApiEndpoint.get("me", "/me", { success: Schema.Struct({ user_id: Schema.String }) }))
   *   .middleware(AppAuth) {}
   * class Settings extends HttpApiGroup.make("settings")
   *   .add(HttpApiEndpoint.post("deleteAccount", "/account/delete"))
   *   .middleware(StrictAuth) {}
   * class Api extends HttpApi.make("api").add(Me).add(Settings) {}
   *
   * const ApiLive = HttpApiBuilder.layer(Api).pipe(
   *   Layer.provide(
   *     HttpApiBuilder.group(Api, "me", (handlers) =>
   *       handlers.handle("me", () => Effect.map(CurrentSession, ({ user_id }) => ({ user_id })))
   *     )
   *   ),
   *   Layer.provide(
   *     HttpApiBuilder.group(Api, "settings", (handlers) => handlers.handle("deleteAccount", () => Effect.void))
   *   ),
   *   Layer.provide(Layer.mergeAll(AppAuth.layer, StrictAuth.layer)),
   *   Layer.provide(Sessions.layer)
   * )
   * ```
   */
  static readonly Tag: <Self>() => (id: string, options?: SessionAuthOptions) => SessionAuthTag<Self> = declareSessionAuth
}
