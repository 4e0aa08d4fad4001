/**
 * Request fields shared by many endpoints, with the checks Stytch applies to them, so a bad
 * value fails before anything is sent.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * An email address: something before and after one `@`, no spaces. Stytch checks the rest.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmailInput } from "effect-stytch"
 * Schema.is(EmailInput)("ada@example.com") // true
 * ```
 * @since 0.1.0
 */
export const EmailInput = Schema.String.pipe(
  Schema.pattern(/^[^\s@]+@[^\s@]+$/),
  Schema.annotations({ description: "an email address" })
)
