/**
 * The consumer Passwords service, derived from its endpoint descriptions.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { type ClientOf, StytchClient } from "../StytchClient.js"
import { Authenticate } from "./authenticate.js"
import { Create } from "./create.js"
import { EmailReset } from "./emailReset.js"
import { EmailResetStart } from "./emailResetStart.js"
import { ExistingPasswordReset } from "./existingPasswordReset.js"
import { Migrate } from "./migrate.js"
import { SessionsReset } from "./sessionsReset.js"
import { StrengthCheck } from "./strengthCheck.js"

/**
 * The consumer Passwords endpoints, arranged as the service exposes them.
 *
 * @example
 * ```ts
 * import { Passwords } from "effect-stytch"
 * Passwords.endpoints.sessions.reset.path // "/v1/passwords/session/reset"
 * ```
 * @since 0.1.0
 */
export const endpoints = {
  /**
   * Creates a user with an email and a password; a session too with `session_duration_minutes`.
   * Fails with `DuplicateEmail`, `WeakPassword`, `BreachedPassword`, `InvalidEmail`.
   *
   * @example
   * ```ts
   * const { user_id } = yield* passwords.create({ email, password: Redacted.make(password) })
   * ```
   */
  create: Create,
  /**
   * Logs in with email and password. Fails with `EmailNotFound`, `UnauthorizedCredentials`,
   * `ResetPassword` (even for the right password, when a reset is required), `NoUserPassword`.
   *
   * @example
   * ```ts
   * const { session_token } = yield* passwords.authenticate({ email, password, session_duration_minutes: 60 })
   * ```
   */
  authenticate: Authenticate,
  /**
   * Scores a password against the project's policy; with `email`, checks breaches too. The
   * only call retried after a 5xx or a timeout: it changes nothing, so repeating it is harmless.
   *
   * @example
   * ```ts
   * const { valid_password, feedback } = yield* passwords.strengthCheck({ password })
   * ```
   */
  strengthCheck: StrengthCheck,
  /**
   * Imports an existing password hash, creating the user when absent.
   *
   * @example
   * ```ts
   * yield* passwords.migrate({ email, hash: "$2a$10$...", hash_type: "bcrypt" })
   * ```
   */
  migrate: Migrate,
  email: {
    /**
     * Emails a reset link, optionally bound to a PKCE challenge.
     *
     * @example
     * ```ts
     * yield* passwords.email.resetStart({ email, code_challenge: pkce.code_challenge })
     * ```
     */
    resetStart: EmailResetStart,
    /**
     * Sets a new password with the link's token; revokes the user's sessions.
     *
     * @example
     * ```ts
     * yield* passwords.email.reset({ token, password, code_verifier: pkce.code_verifier })
     * ```
     */
    reset: EmailReset
  },
  existingPassword: {
    /**
     * Changes a password given the current one; revokes the user's sessions.
     *
     * @example
     * ```ts
     * yield* passwords.existingPassword.reset({ email, existing_password, new_password })
     * ```
     */
    reset: ExistingPasswordReset
  },
  sessions: {
    /**
     * Sets a new password for the user of a recently authenticated session.
     *
     * @example
     * ```ts
     * yield* passwords.sessions.reset({ session_token, password })
     * ```
     */
    reset: SessionsReset
  }
} as const

/**
 * Stytch consumer Passwords: one method per endpoint, each an Effect with the endpoint's own
 * error union, so `Effect.catchTag` narrows.
 *
 * @example
 * ```ts
 * import { FetchHttpClient } from "@effect/platform"
 * import { Effect } from "effect"
 * import { Passwords, StytchClient } from "effect-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.strengthCheck({ password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.provide(Passwords.layer),
 *   Effect.provide(StytchClient.layerConfig()),
 *   Effect.provide(FetchHttpClient.layer)
 * )
 * ```
 * @since 0.1.0
 */
export class Passwords extends Context.Tag("effect-stytch/Passwords")<Passwords, ClientOf<typeof endpoints>>() {
  /** The endpoint descriptions this service is derived from. */
  static readonly endpoints = endpoints

  /**
   * The service, built on the `StytchClient` in the context.
   *
   * @example
   * ```ts
   * Effect.provide(program, Passwords.layer.pipe(Layer.provide(StytchClient.layerConfig())))
   * ```
   */
  static readonly layer: Layer.Layer<Passwords, never, StytchClient> = Layer.effect(
    Passwords,
    Effect.map(StytchClient, (stytch) => stytch.client(endpoints))
  )
}
