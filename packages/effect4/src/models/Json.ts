/**
 * Free-form JSON carried by Stytch objects: metadata, custom claims.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * @example
 * ```ts
 * import type { JsonObject } from "effect4-stytch"
 * const plan = (metadata: JsonObject) => metadata["plan"]
 * ```
 * @since 0.1.0
 */
export interface JsonObject {
  readonly [key: string]: unknown
}

/**
 * Free-form JSON object (metadata, custom claims): string keys, any values. Every key is kept
 * as data, `__proto__` included.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { JsonObject } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(JsonObject)({ plan: "pro", seats: 3 })
 * ```
 * @since 0.1.0
 */
export const JsonObject: Schema.declare<JsonObject> = Schema.declare(
  (input: unknown): input is JsonObject => typeof input === "object" && input !== null && !Array.isArray(input),
  // Kept as it is, not rebuilt key by key: a rebuild assigns `__proto__`, which would set the
  // copy's prototype instead of keeping the key as data.
  { identifier: "JsonObject", description: "a JSON object", expected: "a JSON object" }
)
