/**
 * The B2B Passwords service, derived from its endpoint descriptions.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { type ClientOf, StytchClient } from "../StytchClient.js"
import { B2BAuthenticate } from "./passwords/authenticate.js"
import { B2BDiscoveryAuthenticate } from "./passwords/discoveryAuthenticate.js"
import { B2BDiscoveryEmailReset } from "./passwords/discoveryEmailReset.js"
import { B2BDiscoveryEmailResetStart } from "./passwords/discoveryEmailResetStart.js"
import { B2BEmailRequireReset } from "./passwords/emailRequireReset.js"
import { B2BEmailReset } from "./passwords/emailReset.js"
import { B2BEmailResetStart } from "./passwords/emailResetStart.js"
import { B2BExistingPasswordReset } from "./passwords/existingPasswordReset.js"
import { B2BMigrate } from "./passwords/migrate.js"
import { B2BSessionsReset } from "./passwords/sessionsReset.js"
import { B2BStrengthCheck } from "./passwords/strengthCheck.js"

/**
 * The B2B Passwords endpoints, arranged as the service exposes them (the tree of the
 * official SDK's `b2bClient.passwords`).
 *
 * @example
 * ```ts
 * import { B2BPasswords } from "effect-stytch"
 * B2BPasswords.endpoints.discovery.email.reset.path // "/v1/b2b/passwords/discovery/email/reset"
 * ```
 * @since 0.1.0
 */
export const endpoints = {
  /**
   * Logs a member in with email and password. Succeeds with an authenticated result (a
   * session) or a pending one (`intermediate_session_token`, `mfa_required`,
   * `primary_required`): tell them apart with `member_authenticated` or `matchAuthResult`.
   * Fails with `UnauthorizedCredentials`, `MemberResetPassword` (breached or flagged
   * password), `OrganizationNotFound`, `MemberNotFound`, ...
   *
   * @example
   * ```ts
   * const result = yield* b2b.authenticate({ organization_id: "acme", email_address, password })
   * ```
   */
  authenticate: B2BAuthenticate,
  /**
   * Scores a password against the project's policy; with `email_address`, checks breaches
   * too. The only B2B call retried after a 5xx or a timeout.
   *
   * @example
   * ```ts
   * const { valid_password, luds_feedback, zxcvbn_feedback } = yield* b2b.strengthCheck({ password })
   * ```
   */
  strengthCheck: B2BStrengthCheck,
  /**
   * Imports an existing password hash for a member of an organization, creating the
   * member when absent.
   *
   * @example
   * ```ts
   * yield* b2b.migrate({ organization_id: "acme", email_address, hash: "$2a$10$...", hash_type: "bcrypt" })
   * ```
   */
  migrate: B2BMigrate,
  email: {
    /**
     * Emails a member a reset link, optionally bound to a PKCE challenge (`code_challenge`).
     *
     * @example
     * ```ts
     * yield* b2b.email.resetStart({ organization_id: "acme", email_address, code_challenge: pkce.code_challenge })
     * ```
     */
    resetStart: B2BEmailResetStart,
    /**
     * Sets a new password with the link's `password_reset_token`; answers like `authenticate`.
     *
     * @example
     * ```ts
     * const result = yield* b2b.email.reset({ password_reset_token: token, password, code_verifier: pkce.code_verifier })
     * ```
     */
    reset: B2BEmailReset,
    /**
     * Forces a member to reset their password before the next login. A member session in
     * `authorization` is sent as the `X-Stytch-Member-Session(JWT)` header.
     *
     * @example
     * ```ts
     * yield* b2b.email.requireReset({ email_address, organization_id: "acme", authorization: { session_token } })
     * ```
     */
    requireReset: B2BEmailRequireReset
  },
  existingPassword: {
    /**
     * Changes a member's password given the current one; answers like `authenticate`.
     *
     * @example
     * ```ts
     * yield* b2b.existingPassword.reset({ organization_id: "acme", email_address, existing_password, new_password })
     * ```
     */
    reset: B2BExistingPasswordReset
  },
  sessions: {
    /**
     * Sets a new password for the member of a recently authenticated session.
     *
     * @example
     * ```ts
     * yield* b2b.sessions.reset({ organization_id: "acme", session_token, password })
     * ```
     */
    reset: B2BSessionsReset
  },
  discovery: {
    /**
     * Checks an email and password across organizations; returns an intermediate session
     * token and the organizations it can be exchanged for.
     *
     * @example
     * ```ts
     * const { discovered_organizations } = yield* b2b.discovery.authenticate({ email_address, password })
     * ```
     */
    authenticate: B2BDiscoveryAuthenticate,
    email: {
      /**
       * Emails a cross-organization reset link (`pkce_code_challenge` for PKCE).
       *
       * @example
       * ```ts
       * yield* b2b.discovery.email.resetStart({ email_address, pkce_code_challenge: pkce.code_challenge })
       * ```
       */
      resetStart: B2BDiscoveryEmailResetStart,
      /**
       * Sets a new password with a discovery reset token (`pkce_code_verifier` for PKCE).
       *
       * @example
       * ```ts
       * yield* b2b.discovery.email.reset({ password_reset_token: token, password, pkce_code_verifier })
       * ```
       */
      reset: B2BDiscoveryEmailReset
    }
  }
} as const

/**
 * Stytch B2B Passwords: one method per endpoint, each an Effect with the endpoint's own
 * error union, so `Effect.catchTag` narrows. Login calls succeed with a union of the
 * authenticated and the pending (MFA) outcome, told apart by `member_authenticated`.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect } from "effect"
 * import { B2BPasswords, StytchClient, matchAuthResult } from "effect-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   const result = yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "..." })
 *   return matchAuthResult(result, {
 *     authenticated: (r) => r.session_token,
 *     pending: (r) => r.intermediate_session_token
 *   })
 * }).pipe(
 *   Effect.provide(B2BPasswords.layer),
 *   Effect.provide(StytchClient.layerConfig()),
 *   Effect.provide(FetchHttpClient.layer)
 * )
 * ```
 * @since 0.1.0
 */
export class B2BPasswords extends Context.Tag("effect-stytch/B2BPasswords")<B2BPasswords, ClientOf<typeof endpoints>>() {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context.
   *
   * @example
   * ```ts
   * Effect.provide(program, B2BPasswords.layer.pipe(Layer.provide(StytchClient.layerConfig())))
   * ```
   */
  static readonly layer: Layer.Layer<B2BPasswords, never, StytchClient> = Layer.effect(
    B2BPasswords,
    Effect.map(StytchClient, (stytch) => stytch.client(endpoints))
  )
}
