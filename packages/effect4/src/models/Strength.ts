/**
 * The feedback of a password strength check.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const LudsRequirementsFields = {
  has_lower_case: Schema.Boolean,
  has_upper_case: Schema.Boolean,
  has_digit: Schema.Boolean,
  has_symbol: Schema.Boolean,
  missing_complexity: Schema.Number,
  missing_characters: Schema.Number
}

/**
 * Which LUDS rules a password meets (lower case, upper case, digits, symbols) and what it
 * lacks. Consumer `feedback.luds_requirements`; B2B `luds_feedback`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { LudsRequirements } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(LudsRequirements)({
 *   has_lower_case: true, has_upper_case: false, has_digit: true, has_symbol: false,
 *   missing_complexity: 1, missing_characters: 0
 * })
 * ```
 * @since 0.1.0
 */
export const LudsRequirements: Schema.Codec<LudsRequirements, LudsRequirementsEncoded> = Schema.Struct(LudsRequirementsFields).annotate({ identifier: "LudsRequirements" })

/**
 * @example
 * ```ts
 * import type { LudsRequirements } from "effect4-stytch"
 * const complete = (r: LudsRequirements) => r.missing_complexity === 0 && r.missing_characters === 0
 * ```
 * @since 0.1.0
 */
export interface LudsRequirements extends Schema.Struct.Type<typeof LudsRequirementsFields> {}

/**
 * `LudsRequirements` as JSON, before decoding: what `Schema.encodeSync(LudsRequirements)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { LudsRequirements, type LudsRequirementsEncoded } from "effect4-stytch"
 * const toJson = (value: LudsRequirements): LudsRequirementsEncoded => Schema.encodeSync(LudsRequirements)(value)
 * ```
 * @since 0.1.0
 */
export type LudsRequirementsEncoded = Schema.Struct.Encoded<typeof LudsRequirementsFields>

const ZxcvbnFeedbackFields = {
  warning: Schema.String,
  suggestions: Schema.Array(Schema.String)
}

/**
 * zxcvbn's advice: a warning ("" when none) and suggestions. B2B `zxcvbn_feedback`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ZxcvbnFeedback } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(ZxcvbnFeedback)({ warning: "This is a very common password.", suggestions: [] })
 * ```
 * @since 0.1.0
 */
export const ZxcvbnFeedback: Schema.Codec<ZxcvbnFeedback, ZxcvbnFeedbackEncoded> = Schema.Struct(ZxcvbnFeedbackFields).annotate({
  identifier: "ZxcvbnFeedback"
})

/**
 * @example
 * ```ts
 * import type { ZxcvbnFeedback } from "effect4-stytch"
 * const advice = (f: ZxcvbnFeedback) => [f.warning, ...f.suggestions].filter(Boolean).join(" ")
 * ```
 * @since 0.1.0
 */
export interface ZxcvbnFeedback extends Schema.Struct.Type<typeof ZxcvbnFeedbackFields> {}

/**
 * `ZxcvbnFeedback` as JSON, before decoding: what `Schema.encodeSync(ZxcvbnFeedback)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ZxcvbnFeedback, type ZxcvbnFeedbackEncoded } from "effect4-stytch"
 * const toJson = (value: ZxcvbnFeedback): ZxcvbnFeedbackEncoded => Schema.encodeSync(ZxcvbnFeedback)(value)
 * ```
 * @since 0.1.0
 */
export type ZxcvbnFeedbackEncoded = Schema.Struct.Encoded<typeof ZxcvbnFeedbackFields>

const FeedbackFields = {
  ...ZxcvbnFeedbackFields,
  luds_requirements: Schema.optional(LudsRequirements)
}

/**
 * The consumer strength feedback: zxcvbn's warning and suggestions, and the LUDS
 * requirements when the project uses the LUDS policy.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Feedback } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(Feedback)({ warning: "", suggestions: ["Add another word or two."] })
 * ```
 * @since 0.1.0
 */
export const Feedback: Schema.Codec<Feedback, FeedbackEncoded> = Schema.Struct(FeedbackFields).annotate({ identifier: "Feedback" })

/**
 * @example
 * ```ts
 * import type { Feedback } from "effect4-stytch"
 * const needsLuds = (f: Feedback) => f.luds_requirements !== undefined
 * ```
 * @since 0.1.0
 */
export interface Feedback extends Schema.Struct.Type<typeof FeedbackFields> {}

/**
 * `Feedback` as JSON, before decoding: what `Schema.encodeSync(Feedback)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Feedback, type FeedbackEncoded } from "effect4-stytch"
 * const toJson = (value: Feedback): FeedbackEncoded => Schema.encodeSync(Feedback)(value)
 * ```
 * @since 0.1.0
 */
export type FeedbackEncoded = Schema.Struct.Encoded<typeof FeedbackFields>
