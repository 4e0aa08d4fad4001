/**
 * Schemas for the secret strings a request carries: passwords, existing passwords.
 *
 * @since 0.1.0
 */
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"

/**
 * A password field. Callers pass a plain string or a `Redacted<string>`; on the wire it is
 * the plain string; decoded (as the emulator does) it is always `Redacted`, so it prints as
 * `<redacted>` wherever it goes.
 *
 * @example
 * ```ts
 * import { Redacted, Schema } from "effect"
 * import { PasswordInput } from "effect4-stytch"
 *
 * Schema.encodeSync(PasswordInput)(Redacted.make("hunter2")) // "hunter2"
 * Schema.encodeSync(PasswordInput)("hunter2") // "hunter2"
 * ```
 * @since 0.1.0
 */
export const PasswordInput = Schema.String.pipe(
  Schema.decodeTo(
    Schema.Union([Schema.String, Schema.Redacted(Schema.String)]),
    SchemaTransformation.transform<string | Redacted.Redacted<string>, string>({
      decode: (password) => Redacted.make(password),
      encode: (password) => (Redacted.isRedacted(password) ? Redacted.value(password) : password)
    })
  )
).annotate({ description: "a password (string or Redacted<string>)", expected: "a password (string or Redacted<string>)" })

/**
 * The plain text of a password given as a string or `Redacted`.
 *
 * @example
 * ```ts
 * import { Redacted } from "effect"
 * import { revealPassword } from "effect4-stytch"
 *
 * revealPassword(Redacted.make("hunter2")) // "hunter2"
 * ```
 * @since 0.1.0
 */
export const revealPassword = (password: string | Redacted.Redacted<string>): string =>
  Redacted.isRedacted(password) ? Redacted.value(password) : password
