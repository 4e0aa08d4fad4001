/**
 * Free-form JSON carried by Stytch objects: metadata, custom claims.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * Free-form JSON object (metadata, custom claims): string keys, any values.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { JsonObject } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(JsonObject)({ plan: "pro", seats: 3 })
 * ```
 * @since 0.1.0
 */
export const JsonObject = Schema.Record({ key: Schema.String, value: Schema.Unknown }).annotations({
  identifier: "JsonObject"
})

/**
 * @example
 * ```ts
 * import type { JsonObject } from "effect-stytch"
 * const plan = (metadata: JsonObject) => metadata["plan"]
 * ```
 * @since 0.1.0
 */
export interface JsonObject extends Schema.Schema.Type<typeof JsonObject> {}
