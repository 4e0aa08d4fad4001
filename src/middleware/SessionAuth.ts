/**
 * `SessionAuth`: an HttpApi middleware that authenticates a consumer session and provides
 * `CurrentSession`.
 *
 * @since 0.1.0
 */
import * as HttpApiMiddleware from "@effect/platform/HttpApiMiddleware"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { Sessions } from "../sessions/Sessions.js"
import { authenticateCredential } from "./authenticateCredential.js"
import { requestCredentials } from "./credentials.js"
import { CurrentSession, type CurrentSessionData } from "./CurrentSession.js"
import { SessionAuthFailure } from "./errors.js"
import { isRefusal } from "./failures.js"
import { firstAccepted } from "./firstAccepted.js"
import { resolveSessionAuthOptions, type SessionAuthOptions } from "./options.js"

/**
 * Protects HttpApi endpoints with a Stytch consumer session. The session is read from the
 * `stytch_session_jwt` / `stytch_session` cookies Stytch's frontend SDKs set, or from
 * `Authorization: Bearer <session token or JWT>` (names and sources are options of
 * {@link SessionAuth.layer}); the first credential Stytch accepts wins. Handlers get
 * `CurrentSession`. No credential, or none accepted, fails with `Unauthenticated` (401); a
 * Stytch that cannot be reached fails with `AuthenticationUnavailable` (503).
 *
 * @example
 * ```ts
 * import { HttpApi, HttpApiEndpoint, HttpApiGroup } from "@effect/platform"
 * import { Schema } from "effect"
 * import { SessionAuth } from "effect-stytch"
 *
 * class Me extends HttpApiGroup.make("me")
 *   .add(HttpApiEndpoint.get("me", "/me").addSuccess(Schema.Struct({ user_id: Schema.String })))
 *   .middleware(SessionAuth) {}
 *
 * class Api extends HttpApi.make("api").add(Me) {}
 * ```
 * @since 0.1.0
 */
export class SessionAuth extends HttpApiMiddleware.Tag<SessionAuth>()("effect-stytch/SessionAuth", {
  provides: CurrentSession,
  failure: SessionAuthFailure
}) {
  /**
   * The middleware, checking sessions with the `Sessions` service in the context.
   *
   * @example
   * ```ts
   * import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup } from "@effect/platform"
   * import { Effect, Layer, Schema } from "effect"
   * import { CurrentSession, SessionAuth, Sessions } from "effect-stytch"
   *
   * class Me extends HttpApiGroup.make("me")
   *   .add(HttpApiEndpoint.get("me", "/me").addSuccess(Schema.Struct({ user_id: Schema.String })))
   *   .middleware(SessionAuth) {}
   * class Api extends HttpApi.make("api").add(Me) {}
   *
   * const MeLive = HttpApiBuilder.group(Api, "me", (handlers) =>
   *   handlers.handle("me", () => Effect.map(CurrentSession, ({ user_id }) => ({ user_id })))
   * )
   * const ApiLive = HttpApiBuilder.api(Api).pipe(
   *   Layer.provide(MeLive),
   *   Layer.provide(SessionAuth.layer({ sessionTokenCookie: "app_session", sessionJwtCookie: "app_jwt" })),
   *   Layer.provide(Sessions.layer)
   * )
   * ```
   */
  static readonly layer = (options?: SessionAuthOptions): Layer.Layer<SessionAuth, never, Sessions> => {
    const resolved = resolveSessionAuthOptions(options)
    return Layer.effect(
      SessionAuth,
      Effect.map(Sessions, (sessions) =>
        Effect.flatMap(requestCredentials(resolved), (credentials) =>
          firstAccepted(credentials, (credential) => authenticateCredential(sessions, credential), isRefusal)
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
          Effect.withSpan("effect-stytch/SessionAuth")
        )
      )
    )
  }
}
