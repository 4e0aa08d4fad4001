/**
 * How an emulator instance is set up: the project it serves and its hashing cost.
 *
 * @since 0.1.0
 */

/**
 * The project id the emulator serves unless told otherwise.
 *
 * @example
 * ```ts
 * import { StytchEmulator } from "effect4-stytch/emulator"
 * StytchEmulator.defaultProjectId // "project-test-00000000-0000-4000-8000-000000000000"
 * ```
 * @since 0.1.0
 */
export const defaultProjectId = "project-test-00000000-0000-4000-8000-000000000000"

/**
 * The secret the emulator accepts unless told otherwise.
 *
 * @example
 * ```ts
 * import { StytchEmulator } from "effect4-stytch/emulator"
 * StytchEmulator.defaultSecret // "secret-test-emulator-0000000000000000000000"
 * ```
 * @since 0.1.0
 */
export const defaultSecret = "secret-test-emulator-0000000000000000000000"

/**
 * Options of an emulator instance.
 *
 * @example
 * ```ts
 * import { StytchEmulator } from "effect4-stytch/emulator"
 * const Emulator = StytchEmulator.layer({ hashing: "production" })
 * ```
 * @since 0.1.0
 */
export interface EmulatorOptions {
  /** Default `project-test-00000000-0000-4000-8000-000000000000`. */
  readonly projectId?: string | undefined
  /** Default `secret-test-emulator-0000000000000000000000`. */
  readonly secret?: string | undefined
  /** `fast` (default: cheap scrypt, for tests) or `production` (scrypt at OWASP parameters). */
  readonly hashing?: "fast" | "production" | undefined
}
