/**
 * What the request log keeps of a body: its JSON with every credential replaced by
 * `<redacted>`, and nothing at all of a body too large to be worth keeping.
 *
 * @since 0.1.0
 */

/** What a redacted value reads as. */
export const redacted = "<redacted>"

/** Bodies larger than this (as sent, in bytes) are summarised by their size, not kept. */
export const maxLoggedBodyBytes = 8 * 1024

/**
 * Keys whose values are credentials: passwords (`password`, `existing_password`), tokens
 * (`token`, `session_token`, `intermediate_session_token`), JWTs, secrets, hashes and salts
 * (`migrate`), PKCE verifiers. Matched on the last word only (`password_id` and
 * `reset_password_redirect_url` are not secrets), in any spelling of the words
 * (`sessionToken`, `session-token`), and `pass...`/`pwd` (a misspelt `pasword`) as well.
 */
const credentialWord = /^(?:pas\w*|pwd|token|tokens|jwt|secret|hash|hashes|salt|verifier|base64)$/

const isCredentialKey = (key: string): boolean => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/)
  return credentialWord.test(words[words.length - 1] ?? "")
}

/**
 * `value` with the value of every credential key replaced by `<redacted>`, at any depth. An
 * object under such a key is a shape, not a credential (a user's `password` is its id and
 * whether a reset is required): it is redacted field by field.
 *
 * @example
 * ```ts
 * import { redactBody } from "./redact.js"
 *
 * redactBody({ email: "ada@example.com", password: "hunter2", password_id: "password-test-1" })
 * // { email: "ada@example.com", password: "<redacted>", password_id: "password-test-1" }
 * ```
 */
export const redactBody = (value: unknown): unknown =>
  // A body that is not an object names no field: it may be a bare password, so it is not kept.
  redactUnder(value, typeof value !== "object" || value === null || Array.isArray(value))

/** `value`, found under a credential key when `secret`: its text and numbers are redacted, its fields judged by their own keys. */
const redactUnder = (value: unknown, secret: boolean): unknown => {
  if (Array.isArray(value)) return value.map((item) => redactUnder(item, secret))
  if (typeof value === "object" && value !== null) {
    const result: Record<string, unknown> = {}
    for (const [key, field] of Object.entries(value)) result[key] = redactUnder(field, isCredentialKey(key))
    return result
  }
  return secret && value !== null ? redacted : value
}

/**
 * What the log keeps of a body of `bytes` bytes that parsed to `value`.
 *
 * @example
 * ```ts
 * import { loggedBody } from "./redact.js"
 *
 * loggedBody({ password: "hunter2" }, 21) // { password: "<redacted>" }
 * loggedBody({ emails: [] }, 50_000) // "<50000 bytes, not kept>"
 * ```
 */
export const loggedBody = (value: unknown, bytes: number): unknown =>
  bytes > maxLoggedBodyBytes ? `<${bytes} bytes, not kept>` : redactBody(value)
