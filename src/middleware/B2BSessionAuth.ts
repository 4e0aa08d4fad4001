/**
 * `B2BSessionAuth`: an HttpApi middleware that authenticates a B2B member session and
 * provides `CurrentMemberSession`.
 *
 * @since 0.1.0
 */
import * as HttpApiMiddleware from "@effect/platform/HttpApiMiddleware"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { B2BSessions } from "../b2b/sessions/B2BSessions.js"
import { authenticateMemberCredential } from "./authenticateCredential.js"
import { requestCredentials } from "./credentials.js"
import { CurrentMemberSession, type CurrentMemberSessionData } from "./CurrentMemberSession.js"
import { SessionAuthFailure } from "./errors.js"
import { isRefusal } from "./failures.js"
import { firstAccepted } from "./firstAccepted.js"
import { resolveSessionAuthOptions, type SessionAuthOptions } from "./options.js"

/**
 * Protects HttpApi endpoints with a Stytch B2B member session, read like {@link SessionAuth}
 * reads a consumer one (the `stytch_session_jwt` / `stytch_session` cookies, or a bearer).
 * Handlers get `CurrentMemberSession` (member, organization, member session). No credential,
 * or none accepted, fails with `Unauthenticated` (401); a Stytch that cannot be reached fails
 * with `AuthenticationUnavailable` (503).
 *
 * @example
 * ```ts
 * import { HttpApi, HttpApiEndpoint, HttpApiGroup } from "@effect/platform"
 * import { Schema } from "effect"
 * import { B2BSessionAuth } from "effect-stytch"
 *
 * class Tenant extends HttpApiGroup.make("tenant")
 *   .add(HttpApiEndpoint.get("whoami", "/whoami").addSuccess(Schema.Struct({ organization_id: Schema.String })))
 *   .middleware(B2BSessionAuth) {}
 *
 * class Api extends HttpApi.make("api").add(Tenant) {}
 * ```
 * @since 0.1.0
 */
export class B2BSessionAuth extends HttpApiMiddleware.Tag<B2BSessionAuth>()("effect-stytch/B2BSessionAuth", {
  provides: CurrentMemberSession,
  failure: SessionAuthFailure
}) {
  /**
   * The middleware, checking member sessions with the `B2BSessions` service in the context.
   *
   * @example
   * ```ts
   * import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup } from "@effect/platform"
   * import { Effect, Layer, Schema } from "effect"
   * import { B2BSessionAuth, B2BSessions, CurrentMemberSession } from "effect-stytch"
   *
   * class Tenant extends HttpApiGroup.make("tenant")
   *   .add(HttpApiEndpoint.get("whoami", "/whoami").addSuccess(Schema.Struct({ organization_id: Schema.String })))
   *   .middleware(B2BSessionAuth) {}
   * class Api extends HttpApi.make("api").add(Tenant) {}
   *
   * const TenantLive = HttpApiBuilder.group(Api, "tenant", (handlers) =>
   *   handlers.handle("whoami", () => Effect.map(CurrentMemberSession, ({ organization_id }) => ({ organization_id })))
   * )
   * const ApiLive = HttpApiBuilder.api(Api).pipe(
   *   Layer.provide(TenantLive),
   *   Layer.provide(B2BSessionAuth.layer({ bearer: false })),
   *   Layer.provide(B2BSessions.layer)
   * )
   * ```
   */
  static readonly layer = (options?: SessionAuthOptions): Layer.Layer<B2BSessionAuth, never, B2BSessions> => {
    const resolved = resolveSessionAuthOptions(options)
    return Layer.effect(
      B2BSessionAuth,
      Effect.map(B2BSessions, (sessions) =>
        Effect.flatMap(requestCredentials(resolved), (credentials) =>
          firstAccepted(credentials, (credential) => authenticateMemberCredential(sessions, credential), isRefusal)
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
          Effect.withSpan("effect-stytch/B2BSessionAuth")
        )
      )
    )
  }
}
