/**
 * The feedback of a password strength check.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * Which LUDS rules a password meets (lower case, upper case, digits, symbols) and what it
 * lacks. Consumer `feedback.luds_requirements`; B2B `luds_feedback`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { LudsRequirements } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(LudsRequirements)({
 *   has_lower_case: true, has_upper_case: false, has_digit: true, has_symbol: false,
 *   missing_complexity: 1, missing_characters: 0
 * })
 * ```
 * @since 0.1.0
 */
export const LudsRequirements = Schema.Struct({
  has_lower_case: Schema.Boolean,
  has_upper_case: Schema.Boolean,
  has_digit: Schema.Boolean,
  has_symbol: Schema.Boolean,
  missing_complexity: Schema.Number,
  missing_characters: Schema.Number
}).annotations({ identifier: "LudsRequirements" })

/**
 * @example
 * ```ts
 * import type { LudsRequirements } from "effect-stytch"
 * const complete = (r: LudsRequirements) => r.missing_complexity === 0 && r.missing_characters === 0
 * ```
 * @since 0.1.0
 */
export interface LudsRequirements extends Schema.Schema.Type<typeof LudsRequirements> {}

/**
 * zxcvbn's advice: a warning ("" when none) and suggestions. B2B `zxcvbn_feedback`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ZxcvbnFeedback } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(ZxcvbnFeedback)({ warning: "This is a very common password.", suggestions: [] })
 * ```
 * @since 0.1.0
 */
export const ZxcvbnFeedback = Schema.Struct({
  warning: Schema.String,
  suggestions: Schema.Array(Schema.String)
}).annotations({ identifier: "ZxcvbnFeedback" })

/**
 * @example
 * ```ts
 * import type { ZxcvbnFeedback } from "effect-stytch"
 * const advice = (f: ZxcvbnFeedback) => [f.warning, ...f.suggestions].filter(Boolean).join(" ")
 * ```
 * @since 0.1.0
 */
export interface ZxcvbnFeedback extends Schema.Schema.Type<typeof ZxcvbnFeedback> {}

/**
 * The consumer strength feedback: zxcvbn's warning and suggestions, and the LUDS
 * requirements when the project uses the LUDS policy.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Feedback } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(Feedback)({ warning: "", suggestions: ["Add another word or two."] })
 * ```
 * @since 0.1.0
 */
export const Feedback = Schema.Struct({
  ...ZxcvbnFeedback.fields,
  luds_requirements: Schema.optional(LudsRequirements)
}).annotations({ identifier: "Feedback" })

/**
 * @example
 * ```ts
 * import type { Feedback } from "effect-stytch"
 * const needsLuds = (f: Feedback) => f.luds_requirements !== undefined
 * ```
 * @since 0.1.0
 */
export interface Feedback extends Schema.Schema.Type<typeof Feedback> {}
