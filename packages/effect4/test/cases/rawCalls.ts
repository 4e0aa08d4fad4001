/**
 * The raw calls of the OpenAPI response suites (both lines' test/openapi-responses), as plain
 * types and input helpers: what a reply is, the methods, what a call may send, and fresh
 * passwords, emails and digests. No Effect import here.
 */
import { createHash, randomUUID } from "node:crypto"

// Response bodies are free JSON; the tests read them loosely and validate them with ajv.
export type Body = any

export interface Reply {
  readonly status: number
  readonly body: Body
  readonly headers: Headers
}

export type Method = "GET" | "POST" | "DELETE"

export interface SendOptions {
  /** `null`: no Authorization header; a string: that header; absent: the right Basic auth. */
  readonly authorization?: string | null
  /** Headers sent besides `content-type: application/json` (Authorization is set as above). */
  readonly headers?: Record<string, string>
  /** Sent as is instead of the JSON of `body`. */
  readonly rawBody?: string
}

export const strong = () => `Qz-${randomUUID().slice(0, 8)}-Lantern`
export const newEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`
export const redirect = "https://app.example.com/reset"
export const md5 = (text: string) => createHash("md5").update(text).digest("hex")
export const challengeOf = (verifier: string) => createHash("sha256").update(verifier).digest("base64url")
