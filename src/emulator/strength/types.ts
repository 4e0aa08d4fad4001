/**
 * A Stytch password strength policy. `zxcvbn` (the default) accepts scores
 * of 3 or more; `luds` requires a minimum length and a number of character
 * classes (lower case, upper case, digits, symbols).
 *
 * @example
 * ```ts
 * import type { StrengthPolicy } from "./types.js"
 *
 * const policy: StrengthPolicy = { kind: "luds", min_length: 10, min_complexity: 4 }
 * ```
 * @since 0.1.0
 */
export type StrengthPolicy =
  | { readonly kind: "zxcvbn" }
  | { readonly kind: "luds"; readonly min_length: number; readonly min_complexity: number }

/**
 * Which LUDS requirements a password meets, in Stytch's field names.
 * `missing_complexity`: character classes still needed;
 * `missing_characters`: characters still needed to reach `min_length`.
 *
 * @example
 * ```ts
 * import type { LudsRequirements } from "./types.js"
 *
 * const r: LudsRequirements = {
 *   has_lower_case: true, has_upper_case: false, has_digit: true, has_symbol: false,
 *   missing_complexity: 1, missing_characters: 0
 * }
 * ```
 * @since 0.1.0
 */
export interface LudsRequirements {
  readonly has_lower_case: boolean
  readonly has_upper_case: boolean
  readonly has_digit: boolean
  readonly has_symbol: boolean
  readonly missing_complexity: number
  readonly missing_characters: number
}

/**
 * The outcome of a strength check. `score` is always the zxcvbn score (0-4),
 * also under LUDS, where it is informative only: there `valid_password`
 * follows the LUDS requirements alone. `warning` is "" when there is none.
 *
 * @example
 * ```ts
 * import type { StrengthResult } from "./types.js"
 *
 * const weak: StrengthResult = {
 *   score: 0, valid_password: false, warning: "This is a top-10 common password.",
 *   suggestions: ["Add another word or two. Uncommon words are better."]
 * }
 * ```
 * @since 0.1.0
 */
export interface StrengthResult {
  readonly score: number
  readonly valid_password: boolean
  readonly warning: string
  readonly suggestions: ReadonlyArray<string>
  readonly luds_requirements?: LudsRequirements
}
