/**
 * What the B2B Passwords service offers: one method per endpoint, named after its request,
 * response and error union.
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type { B2BPasswordsAuthenticateError, B2BPasswordsAuthenticateRequest, B2BPasswordsAuthenticateResponse } from "./passwords/authenticate.js"
import type { B2BPasswordsStrengthCheckError, B2BPasswordsStrengthCheckRequest, B2BPasswordsStrengthCheckResponse } from "./passwords/strengthCheck.js"
import type { B2BPasswordsMigrateError, B2BPasswordsMigrateRequest, B2BPasswordsMigrateResponse } from "./passwords/migrate.js"
import type { B2BPasswordsEmailResetStartError, B2BPasswordsEmailResetStartRequest, B2BPasswordsEmailResetStartResponse } from "./passwords/emailResetStart.js"
import type { B2BPasswordsEmailResetError, B2BPasswordsEmailResetRequest, B2BPasswordsEmailResetResponse } from "./passwords/emailReset.js"
import type { B2BPasswordsEmailRequireResetError, B2BPasswordsEmailRequireResetRequest, B2BPasswordsEmailRequireResetResponse } from "./passwords/emailRequireReset.js"
import type { B2BPasswordsExistingPasswordResetError, B2BPasswordsExistingPasswordResetRequest, B2BPasswordsExistingPasswordResetResponse } from "./passwords/existingPasswordReset.js"
import type { B2BPasswordsSessionResetError, B2BPasswordsSessionResetRequest, B2BPasswordsSessionResetResponse } from "./passwords/sessionsReset.js"
import type { B2BPasswordsDiscoveryAuthenticateError, B2BPasswordsDiscoveryAuthenticateRequest, B2BPasswordsDiscoveryAuthenticateResponse } from "./passwords/discoveryAuthenticate.js"
import type { B2BPasswordsDiscoveryEmailResetStartError, B2BPasswordsDiscoveryEmailResetStartRequest, B2BPasswordsDiscoveryEmailResetStartResponse } from "./passwords/discoveryEmailResetStart.js"
import type { B2BPasswordsDiscoveryEmailResetError, B2BPasswordsDiscoveryEmailResetRequest, B2BPasswordsDiscoveryEmailResetResponse } from "./passwords/discoveryEmailReset.js"

/**
 * The B2B Passwords service: each method takes the endpoint's named request and returns an
 * Effect of its named response, failing with its named error union (so `Effect.catchTag`
 * narrows). The service the `B2BPasswords` tag holds; it is checked, at compile time, to be
 * exactly the client derived from `B2BPasswords.endpoints`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords, type B2BPasswordsService } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b: B2BPasswordsService = yield* B2BPasswords
 *   const result = yield* b2b.authenticate({
 *     organization_id: "acme",
 *     email_address: "ada@example.com",
 *     password: "correct horse battery staple"
 *   })
 *   return result.member_authenticated
 * })
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsService {
  /**
   * Logs a member in with email and password. Succeeds with an authenticated result (a
   * session) or a pending one (`intermediate_session_token`, `mfa_required`,
   * `primary_required`): tell them apart with `member_authenticated` or `matchAuthResult`.
   * Fails with `UnauthorizedCredentials`, `MemberResetPassword` (breached or flagged
   * password), `OrganizationNotFound`, `MemberNotFound`, ...
   *
   * @example
   * ```ts
   * import { Effect, type Redacted } from "effect"
   * import { B2BPasswords } from "effect4-stytch"
   *
   * const logIn = (email_address: string, password: Redacted.Redacted<string>) =>
   *   Effect.gen(function* () {
   *     const b2b = yield* B2BPasswords
   *     const result = yield* b2b.authenticate({ organization_id: "acme", email_address, password })
   *     return result.member_authenticated ? result.session_token : result.intermediate_session_token
   *   })
   * ```
   */
  readonly authenticate: (request: B2BPasswordsAuthenticateRequest) => Effect.Effect<B2BPasswordsAuthenticateResponse, B2BPasswordsAuthenticateError>
  /**
   * Scores a password against the project's policy; with `email_address`, checks breaches
   * too. The only B2B call retried after a 5xx or a timeout.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { B2BPasswords } from "effect4-stytch"
   *
   * const program = Effect.gen(function* () {
   *   const b2b = yield* B2BPasswords
   *   const { valid_password, luds_feedback, zxcvbn_feedback } = yield* b2b.strengthCheck({ password: "correct horse battery staple" })
   *   // `luds_feedback` or `zxcvbn_feedback`, whichever policy the project uses
   *   return valid_password ? [] : (zxcvbn_feedback?.suggestions ?? [])
   * })
   * ```
   */
  readonly strengthCheck: (request: B2BPasswordsStrengthCheckRequest) => Effect.Effect<B2BPasswordsStrengthCheckResponse, B2BPasswordsStrengthCheckError>
  /**
   * Imports an existing password hash for a member of an organization, creating the
   * member when absent.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { B2BPasswords } from "effect4-stytch"
   *
   * const importMember = (email_address: string, bcryptHash: string) =>
   *   Effect.flatMap(B2BPasswords, (b2b) => b2b.migrate({ organization_id: "acme", email_address, hash: bcryptHash, hash_type: "bcrypt" }))
   * ```
   */
  readonly migrate: (request: B2BPasswordsMigrateRequest) => Effect.Effect<B2BPasswordsMigrateResponse, B2BPasswordsMigrateError>
  readonly email: {
    /**
     * Emails a member a reset link, optionally bound to a PKCE challenge (`code_challenge`).
     *
     * @example
     * ```ts
     * import { Effect } from "effect"
     * import { B2BPasswords, Pkce } from "effect4-stytch"
     *
     * const startReset = (email_address: string) =>
     *   Effect.gen(function* () {
     *     const b2b = yield* B2BPasswords
     *     const pkce = yield* Pkce.make
     *     yield* b2b.email.resetStart({ organization_id: "acme", email_address, code_challenge: pkce.code_challenge })
     *     return pkce.code_verifier // kept for b2b.email.reset
     *   })
     * ```
     */
    readonly resetStart: (request: B2BPasswordsEmailResetStartRequest) => Effect.Effect<B2BPasswordsEmailResetStartResponse, B2BPasswordsEmailResetStartError>
    /**
     * Sets a new password with the link's `password_reset_token`; answers like `authenticate`.
     *
     * @example
     * ```ts
     * import { Effect, type Redacted } from "effect"
     * import { B2BPasswords } from "effect4-stytch"
     *
     * // `token` from the reset link, `code_verifier` kept when the reset started
     * const finishReset = (token: string, password: Redacted.Redacted<string>, code_verifier: string) =>
     *   Effect.flatMap(B2BPasswords, (b2b) => b2b.email.reset({ password_reset_token: token, password, code_verifier }))
     * ```
     */
    readonly reset: (request: B2BPasswordsEmailResetRequest) => Effect.Effect<B2BPasswordsEmailResetResponse, B2BPasswordsEmailResetError>
    /**
     * Forces a member to reset their password before the next login. A member session in
     * `authorization` is sent as the `X-Stytch-Member-Session(JWT)` header.
     *
     * @example
     * ```ts
     * import { Effect } from "effect"
     * import { B2BPasswords } from "effect4-stytch"
     *
     * // `session_token`: the session of an admin allowed to require resets
     * const requireReset = (email_address: string, session_token: string) =>
     *   Effect.flatMap(B2BPasswords, (b2b) =>
     *     b2b.email.requireReset({ email_address, organization_id: "acme", authorization: { session_token } })
     *   )
     * ```
     */
    readonly requireReset: (request: B2BPasswordsEmailRequireResetRequest) => Effect.Effect<B2BPasswordsEmailRequireResetResponse, B2BPasswordsEmailRequireResetError>
  }
  readonly existingPassword: {
    /**
     * Changes a member's password given the current one; answers like `authenticate`.
     *
     * @example
     * ```ts
     * import { Effect } from "effect"
     * import { B2BPasswords } from "effect4-stytch"
     *
     * const program = Effect.flatMap(B2BPasswords, (b2b) =>
     *   b2b.existingPassword.reset({
     *     organization_id: "acme",
     *     email_address: "ada@example.com",
     *     existing_password: "the old passphrase",
     *     new_password: "a new, long and unusual passphrase"
     *   })
     * )
     * ```
     */
    readonly reset: (request: B2BPasswordsExistingPasswordResetRequest) => Effect.Effect<B2BPasswordsExistingPasswordResetResponse, B2BPasswordsExistingPasswordResetError>
  }
  readonly sessions: {
    /**
     * Sets a new password for the member of a recently authenticated session.
     *
     * @example
     * ```ts
     * import { Effect, type Redacted } from "effect"
     * import { B2BPasswords } from "effect4-stytch"
     *
     * const changePassword = (session_token: string, password: Redacted.Redacted<string>) =>
     *   Effect.flatMap(B2BPasswords, (b2b) => b2b.sessions.reset({ organization_id: "acme", session_token, password }))
     * ```
     */
    readonly reset: (request: B2BPasswordsSessionResetRequest) => Effect.Effect<B2BPasswordsSessionResetResponse, B2BPasswordsSessionResetError>
  }
  readonly discovery: {
    /**
     * Checks an email and password across organizations; returns an intermediate session
     * token and the organizations it can be exchanged for.
     *
     * @example
     * ```ts
     * import { Effect, type Redacted } from "effect"
     * import { B2BPasswords } from "effect4-stytch"
     *
     * const organizationsOf = (email_address: string, password: Redacted.Redacted<string>) =>
     *   Effect.gen(function* () {
     *     const b2b = yield* B2BPasswords
     *     const { discovered_organizations } = yield* b2b.discovery.authenticate({ email_address, password })
     *     return discovered_organizations.flatMap(({ organization }) => organization?.organization_name ?? [])
     *   })
     * ```
     */
    readonly authenticate: (request: B2BPasswordsDiscoveryAuthenticateRequest) => Effect.Effect<B2BPasswordsDiscoveryAuthenticateResponse, B2BPasswordsDiscoveryAuthenticateError>
    readonly email: {
      /**
       * Emails a cross-organization reset link (`pkce_code_challenge` for PKCE).
       *
       * @example
       * ```ts
       * import { Effect } from "effect"
       * import { B2BPasswords, Pkce } from "effect4-stytch"
       *
       * const startReset = (email_address: string) =>
       *   Effect.gen(function* () {
       *     const b2b = yield* B2BPasswords
       *     const pkce = yield* Pkce.make
       *     yield* b2b.discovery.email.resetStart({ email_address, pkce_code_challenge: pkce.code_challenge })
       *     return pkce.code_verifier // kept for b2b.discovery.email.reset
       *   })
       * ```
       */
      readonly resetStart: (request: B2BPasswordsDiscoveryEmailResetStartRequest) => Effect.Effect<B2BPasswordsDiscoveryEmailResetStartResponse, B2BPasswordsDiscoveryEmailResetStartError>
      /**
       * Sets a new password with a discovery reset token (`pkce_code_verifier` for PKCE).
       *
       * @example
       * ```ts
       * import { Effect, type Redacted } from "effect"
       * import { B2BPasswords } from "effect4-stytch"
       *
       * // `token` from the reset link, `pkce_code_verifier` kept when the reset started
       * const finishReset = (token: string, password: Redacted.Redacted<string>, pkce_code_verifier: string) =>
       *   Effect.flatMap(B2BPasswords, (b2b) => b2b.discovery.email.reset({ password_reset_token: token, password, pkce_code_verifier }))
       * ```
       */
      readonly reset: (request: B2BPasswordsDiscoveryEmailResetRequest) => Effect.Effect<B2BPasswordsDiscoveryEmailResetResponse, B2BPasswordsDiscoveryEmailResetError>
    }
  }
}
