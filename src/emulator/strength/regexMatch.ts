/**
 * zxcvbn's regex matcher, which in 4.4.2 knows recent years only.
 *
 * @since 0.1.0
 */
import type { RegexMatch } from "./matchTypes.js"

/**
 * Years 1900-2019 (zxcvbn 4.4.2's `recent_year` pattern), left to right without overlap.
 *
 * @example
 * ```ts
 * import { regexMatch } from "./regexMatch.js"
 *
 * regexMatch("x1987y2015").map((m) => m.token) // ["1987", "2015"]
 * ```
 * @since 0.1.0
 */
export const regexMatch = (password: string): Array<RegexMatch> => {
  const matches: Array<RegexMatch> = []
  for (const found of password.matchAll(/19\d\d|200\d|201\d/g)) {
    matches.push({ pattern: "regex", i: found.index, j: found.index + found[0].length - 1, token: found[0], regex_name: "recent_year" })
  }
  return matches
}
