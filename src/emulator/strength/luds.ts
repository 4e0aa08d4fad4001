import type { LudsRequirements } from "./types.js"

// Stytch: lower/upper are a-z/A-Z, digits 0-9, and "any UTF8 character
// outside of a-z or A-Z" (nor a digit) is a symbol: emoji, accents, spaces...
const LOWER = /[a-z]/
const UPPER = /[A-Z]/
const DIGIT = /[0-9]/
const SYMBOL = /[^a-zA-Z0-9]/

// Code points (an emoji counts once), counted only as far as `atMost`, so
// a megabyte of text costs no more than a short one.
const codePointsUpTo = (text: string, atMost: number): number => {
  let count = 0
  for (let k = 0; k < text.length && count < atMost; k += 1) {
    const code = text.charCodeAt(k)
    const next = text.charCodeAt(k + 1)
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) k += 1
    count += 1
  }
  return count
}

/**
 * Stytch's LUDS requirements for a password. Length is in code points; the
 * class tests are regex scans, linear and native even on huge inputs.
 *
 * @example
 * ```ts
 * import { ludsRequirements } from "./luds.js"
 *
 * ludsRequirements("hunter2", { min_length: 8, min_complexity: 3 })
 * // { has_lower_case: true, has_upper_case: false, has_digit: true, has_symbol: false,
 * //   missing_complexity: 1, missing_characters: 1 }
 * ```
 * @since 0.1.0
 */
export const ludsRequirements = (
  password: string,
  policy: { readonly min_length: number; readonly min_complexity: number }
): LudsRequirements => {
  const has_lower_case = LOWER.test(password)
  const has_upper_case = UPPER.test(password)
  const has_digit = DIGIT.test(password)
  const has_symbol = SYMBOL.test(password)
  const classes = [has_lower_case, has_upper_case, has_digit, has_symbol].filter(Boolean).length
  const minLength = Math.max(0, policy.min_length)
  return {
    has_lower_case,
    has_upper_case,
    has_digit,
    has_symbol,
    missing_complexity: Math.max(0, policy.min_complexity - classes),
    missing_characters: Math.max(0, minLength - codePointsUpTo(password, minLength))
  }
}

/**
 * Whether the requirements are all met.
 *
 * @example
 * ```ts
 * import { ludsRequirements, meetsLuds } from "./luds.js"
 *
 * meetsLuds(ludsRequirements("Tr0ub4dor&3", { min_length: 8, min_complexity: 3 })) // true
 * ```
 * @since 0.1.0
 */
export const meetsLuds = (requirements: LudsRequirements): boolean =>
  requirements.missing_complexity === 0 && requirements.missing_characters === 0

/**
 * Plain-English feedback for unmet LUDS requirements ("" / [] when met).
 *
 * @example
 * ```ts
 * import { ludsFeedback, ludsRequirements } from "./luds.js"
 *
 * ludsFeedback(ludsRequirements("abc", { min_length: 8, min_complexity: 3 })).warning
 * // "Password does not meet LUDS requirements."
 * ```
 * @since 0.1.0
 */
export const ludsFeedback = (requirements: LudsRequirements): { warning: string; suggestions: Array<string> } => {
  if (meetsLuds(requirements)) return { warning: "", suggestions: [] }
  const suggestions: Array<string> = []
  if (requirements.missing_characters > 0) {
    const n = requirements.missing_characters
    suggestions.push(`Add ${n} more character${n === 1 ? "" : "s"}.`)
  }
  if (requirements.missing_complexity > 0) {
    const absent = [
      requirements.has_lower_case ? undefined : "lowercase letters",
      requirements.has_upper_case ? undefined : "uppercase letters",
      requirements.has_digit ? undefined : "digits",
      requirements.has_symbol ? undefined : "symbols"
    ].filter((name): name is string => name !== undefined)
    const n = requirements.missing_complexity
    suggestions.push(`Use ${n} more kind${n === 1 ? "" : "s"} of character from: ${absent.join(", ")}.`)
  }
  return { warning: "Password does not meet LUDS requirements.", suggestions }
}
