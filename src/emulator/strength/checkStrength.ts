import { analyse } from "./analyse.js"
import { ludsFeedback, ludsRequirements, meetsLuds } from "./luds.js"
import type { StrengthPolicy, StrengthResult } from "./types.js"

/**
 * Options of a strength check: the policy; user inputs (typically
 * {@link userInputsFromEmail}) that zxcvbn treats as known words; and the
 * year zxcvbn measures dates and recent years from (the current year unless
 * given, e.g. the emulator's clock).
 *
 * @example
 * ```ts
 * import type { CheckStrengthOptions } from "./checkStrength.js"
 * import { zxcvbnPolicy } from "./policy.js"
 *
 * const options: CheckStrengthOptions = { policy: zxcvbnPolicy, userInputs: ["alice@example.com", "alice"], referenceYear: 2025 }
 * ```
 * @since 0.1.0
 */
export interface CheckStrengthOptions {
  readonly policy: StrengthPolicy
  readonly userInputs?: ReadonlyArray<string>
  readonly referenceYear?: number
}

/**
 * A strength checker.
 *
 * @example
 * ```ts
 * import { makeStrengthChecker } from "./checkStrength.js"
 * import { ludsPolicy } from "./policy.js"
 *
 * const check = makeStrengthChecker()
 * check("Tr0ub4dor&3", { policy: ludsPolicy() }).valid_password // true
 * ```
 * @since 0.1.0
 */
export type StrengthChecker = (password: string, options: CheckStrengthOptions) => StrengthResult

/**
 * Builds a checker. The score is zxcvbn 4.4.2's (see `analyse`), also under
 * LUDS, where it is informative only.
 *
 * @example
 * ```ts
 * import { makeStrengthChecker } from "./checkStrength.js"
 * import { zxcvbnPolicy } from "./policy.js"
 *
 * const check = makeStrengthChecker()
 * check("password", { policy: zxcvbnPolicy }).score // 0
 * ```
 * @since 0.1.0
 */
export const makeStrengthChecker = (): StrengthChecker => (password, { policy, referenceYear, userInputs = [] }) => {
  const analysis = analyse(password, referenceYear === undefined ? { userInputs } : { userInputs, referenceYear })
  const { score } = analysis
  if (policy.kind === "zxcvbn") {
    return { score, valid_password: score >= 3, warning: analysis.feedback.warning, suggestions: analysis.feedback.suggestions }
  }
  const requirements = ludsRequirements(password, policy)
  const feedback = ludsFeedback(requirements)
  return {
    score,
    valid_password: meetsLuds(requirements),
    warning: feedback.warning,
    suggestions: feedback.suggestions,
    luds_requirements: requirements
  }
}

const shared = makeStrengthChecker()

/**
 * Checks a password against a Stytch strength policy, synchronously and in
 * bounded time whatever the input (see `MAX_EXAMINED_LENGTH`). The first
 * call also indexes the dictionaries.
 *
 * @example
 * ```ts
 * import { checkStrength } from "./checkStrength.js"
 * import { ludsPolicy, zxcvbnPolicy } from "./policy.js"
 *
 * checkStrength("correcthorsebatterystaple", { policy: zxcvbnPolicy }).valid_password // true
 * checkStrength("abc", { policy: ludsPolicy() }).luds_requirements?.missing_characters // 5
 * ```
 * @since 0.1.0
 */
export const checkStrength: StrengthChecker = (password, options) => shared(password, options)
