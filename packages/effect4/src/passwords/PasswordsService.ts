/**
 * What the consumer Passwords service offers: one method per endpoint, named after its request,
 * response and error union.
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import type { PasswordsCreateError, PasswordsCreateRequest, PasswordsCreateResponse } from "./create.js"
import type { PasswordsAuthenticateError, PasswordsAuthenticateRequest, PasswordsAuthenticateResponse } from "./authenticate.js"
import type { PasswordsStrengthCheckError, PasswordsStrengthCheckRequest, PasswordsStrengthCheckResponse } from "./strengthCheck.js"
import type { PasswordsMigrateError, PasswordsMigrateRequest, PasswordsMigrateResponse } from "./migrate.js"
import type { PasswordsEmailResetStartError, PasswordsEmailResetStartRequest, PasswordsEmailResetStartResponse } from "./emailResetStart.js"
import type { PasswordsEmailResetError, PasswordsEmailResetRequest, PasswordsEmailResetResponse } from "./emailReset.js"
import type { PasswordsExistingPasswordResetError, PasswordsExistingPasswordResetRequest, PasswordsExistingPasswordResetResponse } from "./existingPasswordReset.js"
import type { PasswordsSessionResetError, PasswordsSessionResetRequest, PasswordsSessionResetResponse } from "./sessionsReset.js"

/**
 * The consumer Passwords service: each method takes the endpoint's named request and returns an
 * Effect of its named response, failing with its named error union (so `Effect.catchTag`
 * narrows). The service the `Passwords` tag holds; it is checked, at compile time, to be
 * exactly the client derived from `Passwords.endpoints`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, type PasswordsService } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords: PasswordsService = yield* Passwords
 *   const { user_id } = yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * })
 * ```
 * @since 0.1.0
 */
export interface PasswordsService {
  /**
   * Creates a user with an email and a password; a session too with `session_duration_minutes`.
   * Fails with `DuplicateEmail`, `WeakPassword`, `BreachedPassword`, `InvalidEmail`.
   *
   * @example
   * ```ts
   * import { Effect, Redacted } from "effect"
   * import { Passwords } from "effect4-stytch"
   *
   * const signUp = (email: string, password: string) =>
   *   Effect.gen(function* () {
   *     const passwords = yield* Passwords
   *     const { user_id } = yield* passwords.create({ email, password: Redacted.make(password) })
   *     return user_id
   *   })
   * ```
   */
  readonly create: (request: PasswordsCreateRequest) => Effect.Effect<PasswordsCreateResponse, PasswordsCreateError>
  /**
   * Logs in with email and password. Fails with `EmailNotFound`, `UnauthorizedCredentials`,
   * `ResetPassword` (even for the right password, when a reset is required), `NoUserPassword`.
   *
   * @example
   * ```ts
   * import { Effect, type Redacted } from "effect"
   * import { Passwords } from "effect4-stytch"
   *
   * const logIn = (email: string, password: Redacted.Redacted<string>) =>
   *   Effect.gen(function* () {
   *     const passwords = yield* Passwords
   *     const { session_token } = yield* passwords.authenticate({ email, password, session_duration_minutes: 60 })
   *     return session_token
   *   })
   * ```
   */
  readonly authenticate: (request: PasswordsAuthenticateRequest) => Effect.Effect<PasswordsAuthenticateResponse, PasswordsAuthenticateError>
  /**
   * Scores a password against the project's policy; with `email`, checks breaches too. The
   * only call retried after a 5xx or a timeout: it changes nothing, so repeating it is harmless.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Passwords } from "effect4-stytch"
   *
   * const program = Effect.gen(function* () {
   *   const passwords = yield* Passwords
   *   const { valid_password, feedback } = yield* passwords.strengthCheck({ password: "correct horse battery staple" })
   *   return valid_password ? "ok" : feedback?.warning
   * })
   * ```
   */
  readonly strengthCheck: (request: PasswordsStrengthCheckRequest) => Effect.Effect<PasswordsStrengthCheckResponse, PasswordsStrengthCheckError>
  /**
   * Imports an existing password hash, creating the user when absent.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { Passwords } from "effect4-stytch"
   *
   * const importUser = (email: string, bcryptHash: string) =>
   *   Effect.flatMap(Passwords, (passwords) => passwords.migrate({ email, hash: bcryptHash, hash_type: "bcrypt" }))
   * ```
   */
  readonly migrate: (request: PasswordsMigrateRequest) => Effect.Effect<PasswordsMigrateResponse, PasswordsMigrateError>
  readonly email: {
    /**
     * Emails a reset link, optionally bound to a PKCE challenge.
     *
     * @example
     * ```ts
     * import { Effect } from "effect"
     * import { Passwords, Pkce } from "effect4-stytch"
     *
     * const startReset = (email: string) =>
     *   Effect.gen(function* () {
     *     const passwords = yield* Passwords
     *     const pkce = yield* Pkce.make
     *     yield* passwords.email.resetStart({ email, code_challenge: pkce.code_challenge })
     *     return pkce.code_verifier // kept for passwords.email.reset
     *   })
     * ```
     */
    readonly resetStart: (request: PasswordsEmailResetStartRequest) => Effect.Effect<PasswordsEmailResetStartResponse, PasswordsEmailResetStartError>
    /**
     * Sets a new password with the link's token; revokes the user's sessions.
     *
     * @example
     * ```ts
     * import { Effect, type Redacted } from "effect"
     * import { Passwords } from "effect4-stytch"
     *
     * // `token` from the reset link, `code_verifier` kept when the reset started
     * const finishReset = (token: string, password: Redacted.Redacted<string>, code_verifier: string) =>
     *   Effect.flatMap(Passwords, (passwords) => passwords.email.reset({ token, password, code_verifier }))
     * ```
     */
    readonly reset: (request: PasswordsEmailResetRequest) => Effect.Effect<PasswordsEmailResetResponse, PasswordsEmailResetError>
  }
  readonly existingPassword: {
    /**
     * Changes a password given the current one; revokes the user's sessions.
     *
     * @example
     * ```ts
     * import { Effect } from "effect"
     * import { Passwords } from "effect4-stytch"
     *
     * const program = Effect.flatMap(Passwords, (passwords) =>
     *   passwords.existingPassword.reset({
     *     email: "ada@example.com",
     *     existing_password: "the old passphrase",
     *     new_password: "a new, long and unusual passphrase"
     *   })
     * )
     * ```
     */
    readonly reset: (request: PasswordsExistingPasswordResetRequest) => Effect.Effect<PasswordsExistingPasswordResetResponse, PasswordsExistingPasswordResetError>
  }
  readonly sessions: {
    /**
     * Sets a new password for the user of a recently authenticated session.
     *
     * @example
     * ```ts
     * import { Effect, type Redacted } from "effect"
     * import { Passwords } from "effect4-stytch"
     *
     * const changePassword = (session_token: string, password: Redacted.Redacted<string>) =>
     *   Effect.flatMap(Passwords, (passwords) => passwords.sessions.reset({ session_token, password }))
     * ```
     */
    readonly reset: (request: PasswordsSessionResetRequest) => Effect.Effect<PasswordsSessionResetResponse, PasswordsSessionResetError>
  }
}
