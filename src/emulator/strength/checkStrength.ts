import { ludsFeedback, ludsRequirements, meetsLuds } from "./luds.js"
import type { StrengthPolicy, StrengthResult } from "./types.js"
import { makeZxcvbnScorer, type ZxcvbnScorer } from "./zxcvbnChecker.js"

/**
 * Options of a strength check: the policy, and user inputs (typically
 * {@link userInputsFromEmail}) that zxcvbn treats as known words.
 *
 * @example
 * ```ts
 * const options: CheckStrengthOptions = { policy: zxcvbnPolicy, userInputs: ["alice@example.com", "alice"] }
 * ```
 * @since 0.1.0
 */
export interface CheckStrengthOptions {
  readonly policy: StrengthPolicy
  readonly userInputs?: ReadonlyArray<string>
}

/**
 * A strength checker bound to one zxcvbn scorer.
 *
 * @example
 * ```ts
 * const check = makeStrengthChecker()
 * check("Tr0ub4dor&3", { policy: ludsPolicy() }).valid_password // true
 * ```
 * @since 0.1.0
 */
export type StrengthChecker = (password: string, options: CheckStrengthOptions) => StrengthResult

/**
 * Builds a checker. Pure apart from the scorer's construction cost.
 *
 * @example
 * ```ts
 * const check = makeStrengthChecker()
 * check("password", { policy: zxcvbnPolicy }).score // 0
 * ```
 * @since 0.1.0
 */
export const makeStrengthChecker = (scorer: ZxcvbnScorer = makeZxcvbnScorer()): StrengthChecker =>
(password, { policy, userInputs = [] }) => {
  const zxcvbn = scorer.verdict(password, userInputs)
  if (policy.kind === "zxcvbn") {
    return { score: zxcvbn.score, valid_password: zxcvbn.score >= 3, warning: zxcvbn.warning, suggestions: zxcvbn.suggestions }
  }
  const requirements = ludsRequirements(password, policy)
  const feedback = ludsFeedback(requirements)
  return {
    score: zxcvbn.score,
    valid_password: meetsLuds(requirements),
    warning: feedback.warning,
    suggestions: feedback.suggestions,
    luds_requirements: requirements
  }
}

// Built on first use: the dictionaries take a few hundred ms to index.
let shared: StrengthChecker | undefined

/**
 * Checks a password against a Stytch strength policy, synchronously and in
 * bounded time whatever the input (see {@link MAX_EXAMINED_LENGTH}).
 * The first call also builds the shared checker.
 *
 * @example
 * ```ts
 * checkStrength("correcthorsebatterystaple", { policy: zxcvbnPolicy }).valid_password // true
 * checkStrength("abc", { policy: ludsPolicy() }).luds_requirements?.missing_characters // 5
 * ```
 * @since 0.1.0
 */
export const checkStrength: StrengthChecker = (password, options) => {
  shared ??= makeStrengthChecker()
  return shared(password, options)
}
