/**
 * The emulator's password strength policy (zxcvbn or LUDS) and breach list.
 *
 * @example
 * ```ts
 * import { checkStrength, isBreachedPassword, userInputsFromEmail, zxcvbnPolicy } from "./strength/index.js"
 * const result = checkStrength("alice2024", { policy: zxcvbnPolicy, userInputs: userInputsFromEmail("alice@example.com") })
 * const breached = isBreachedPassword("alice2024", new Set(["alice2024"]))
 * ```
 * @since 0.1.0
 */
export { isBreachedPassword, isCommonBreachedPassword, type MarkedBreached } from "./breach.js"
export { type CheckStrengthOptions, checkStrength, makeStrengthChecker, type StrengthChecker } from "./checkStrength.js"
export { userInputsFromEmail } from "./email.js"
export { examinedText, examinedUserInputs, MAX_EXAMINED_LENGTH, MAX_USER_INPUTS } from "./examine.js"
export { ludsFeedback, ludsRequirements, meetsLuds } from "./luds.js"
export { DEFAULT_LUDS_MIN_COMPLEXITY, DEFAULT_LUDS_MIN_LENGTH, ludsPolicy, zxcvbnPolicy } from "./policy.js"
export type { LudsRequirements, StrengthPolicy, StrengthResult } from "./types.js"
export { makeZxcvbnScorer, type ZxcvbnAnalysis, type ZxcvbnScorer, type ZxcvbnVerdict } from "./zxcvbnChecker.js"
export { defaultZxcvbnOptions } from "./zxcvbnOptions.js"
