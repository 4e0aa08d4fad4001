/**
 * The emulator's password strength policy (zxcvbn or LUDS) and breach list.
 * Scores are dropbox zxcvbn 4.4.2's, feedback is Stytch's; a password longer
 * than `MAX_EXAMINED_LENGTH` (128) code units is scored on its first 128.
 *
 * @example
 * ```ts
 * import { checkStrength, isBreachedPassword, userInputsFromEmail, zxcvbnPolicy } from "./index.js"
 *
 * const result = checkStrength("alice2024", { policy: zxcvbnPolicy, userInputs: userInputsFromEmail("alice@example.com") })
 * const breached = isBreachedPassword("alice2024", new Set(["alice2024"]))
 * ```
 * @since 0.1.0
 */
export { type AnalyseOptions, type Analysis, analyse } from "./analyse.js"
export { isBreachedPassword, isCommonBreachedPassword, type MarkedBreached } from "./breach.js"
export { type CheckStrengthOptions, checkStrength, makeStrengthChecker, type StrengthChecker } from "./checkStrength.js"
export { MAX_USER_INPUTS } from "./dictionaries.js"
export { userInputsFromEmail } from "./email.js"
export { examinedText, MAX_EXAMINED_LENGTH } from "./examine.js"
export type { Feedback } from "./feedback.js"
export { ludsFeedback, ludsRequirements, meetsLuds } from "./luds.js"
export type { DictionaryName, EstimatedMatch, GraphName, Match } from "./matchTypes.js"
export { DEFAULT_LUDS_MIN_COMPLEXITY, DEFAULT_LUDS_MIN_LENGTH, ludsPolicy, zxcvbnPolicy } from "./policy.js"
export type { LudsRequirements, StrengthPolicy, StrengthResult } from "./types.js"
