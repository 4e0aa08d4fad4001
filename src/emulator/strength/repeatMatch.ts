/**
 * zxcvbn's repeat matcher, without regular expressions: zxcvbn runs
 * `/(.+)\1+/g` and `/(.+?)\1+/g`, whose backtracking grows with the cube of
 * the length; a table of common-prefix lengths answers the same questions.
 *
 * @since 0.1.0
 */
import type { EstimatedMatch, RepeatMatch } from "./matchTypes.js"

/**
 * How a repeated base is scored: zxcvbn scores it as a password of its own.
 *
 * @example
 * ```ts
 * import type { ScoreBase } from "./repeatMatch.js"
 *
 * const scoreBase: ScoreBase = (base) => ({ guesses: 11, sequence: [] })
 * ```
 * @since 0.1.0
 */
export type ScoreBase = (base: string) => { readonly guesses: number; readonly sequence: ReadonlyArray<EstimatedMatch> }

// reused by every call: the table is done with before any base is scored
let commonScratch = new Uint16Array(0)

// `.` does not match these
const isLineTerminator = (code: number): boolean => code === 10 || code === 13 || code === 0x2028 || code === 0x2029

/**
 * zxcvbn's repeats ("aaa", "abcabc", "aabaab"), left to right without
 * overlap. At each place the longer of the greedy and lazy regex matches
 * wins; a greedy match's base is its shortest period, as zxcvbn's anchored
 * lazy regex finds it.
 *
 * @example
 * ```ts
 * import { repeatMatch } from "./repeatMatch.js"
 *
 * // a stand-in for scoring the base as a password of its own
 * const scoreBase = (base: string) => ({ guesses: 10 ** base.length, sequence: [] })
 * repeatMatch("abcabcabc", scoreBase)[0] // { token: "abcabcabc", base_token: "abc", repeat_count: 3, ... }
 * ```
 * @since 0.1.0
 */
export const repeatMatch = (password: string, scoreBase: ScoreBase): Array<RepeatMatch> => {
  const n = password.length
  const matches: Array<RepeatMatch> = []
  if (n < 2) return matches
  // common[a * n + b] (a < b): how many code units from a and from b agree
  if (commonScratch.length < n * n) commonScratch = new Uint16Array(n * n)
  const common = commonScratch
  for (let a = n - 2; a >= 0; a -= 1) {
    for (let b = n - 1; b > a; b -= 1) {
      common[a * n + b] = password.charCodeAt(a) !== password.charCodeAt(b)
        ? 0
        : b + 1 < n ? (common[(a + 1) * n + b + 1] ?? 0) + 1 : 1
    }
  }
  const agree = (a: number, b: number): number => common[a * n + b] ?? 0
  // how far from each position `.` can reach
  const reach = new Int32Array(n + 1)
  for (let k = n - 1; k >= 0; k -= 1) reach[k] = isLineTerminator(password.charCodeAt(k)) ? 0 : (reach[k + 1] ?? 0) + 1
  const repeatedLength = (start: number, base: number) => base * (1 + Math.floor(agree(start, start + base) / base))

  const spans: Array<{ readonly start: number; readonly length: number; readonly base: number }> = []
  let lastIndex = 0
  while (lastIndex < n) {
    let start = lastIndex
    let shortest = 0
    let longest = 0
    for (; start < n - 1; start += 1) {
      const limit = Math.min(Math.floor((n - start) / 2), reach[start] ?? 0)
      for (let base = 1; base <= limit; base += 1) {
        if (agree(start, start + base) < base) continue
        if (shortest === 0) shortest = base
        longest = base
      }
      if (shortest !== 0) break
    }
    if (shortest === 0) break
    const greedy = repeatedLength(start, longest)
    const lazy = repeatedLength(start, shortest)
    let length = lazy
    let base = shortest
    if (greedy > lazy) {
      length = greedy
      base = 1
      while (length % base !== 0 || agree(start, start + base) < length - base) base += 1
    }
    spans.push({ start, length, base })
    lastIndex = start + length
  }
  // the bases are scored once the table is no longer needed: scoring one may find repeats too
  for (const { base, length, start } of spans) {
    const baseToken = password.slice(start, start + base)
    const analysis = scoreBase(baseToken)
    matches.push({
      pattern: "repeat",
      i: start,
      j: start + length - 1,
      token: password.slice(start, start + length),
      base_token: baseToken,
      base_guesses: analysis.guesses,
      base_matches: analysis.sequence,
      repeat_count: length / base
    })
  }
  return matches
}
