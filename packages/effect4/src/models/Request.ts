/**
 * Request-side objects shared by several endpoints.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const OptionsFields = {
  ip_match_required: Schema.Boolean,
  user_agent_match_required: Schema.Boolean
}

/**
 * Extra checks on a reset token (`passwords.email.reset`): when set, the reset must come from
 * the same IP address / user agent as the `reset/start` call (its `attributes`). Both fields
 * are required when the object is sent.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Options } from "effect4-stytch"
 *
 * Schema.encodeSync(Options)({ ip_match_required: true, user_agent_match_required: false })
 * ```
 * @since 0.1.0
 */
export const Options: Schema.Codec<Options, OptionsEncoded> = Schema.Struct(OptionsFields).annotate({ identifier: "Options" })

/**
 * @example
 * ```ts
 * import type { Options } from "effect4-stytch"
 * const strict: Options = { ip_match_required: true, user_agent_match_required: true }
 * ```
 * @since 0.1.0
 */
export interface Options extends Schema.Struct.Type<typeof OptionsFields> {}

/**
 * `Options` as JSON, before decoding: what `Schema.encode(Options)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Options, type OptionsEncoded } from "effect4-stytch"
 * const toJson = (value: Options): OptionsEncoded => Schema.encodeSync(Options)(value)
 * ```
 * @since 0.1.0
 */
export type OptionsEncoded = Schema.Struct.Encoded<typeof OptionsFields>
