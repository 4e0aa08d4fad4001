/**
 * zxcvbn 4.4.2's guess estimates, one per pattern, with its arithmetic in
 * its order: scores must come out bit for bit the same.
 *
 * @since 0.1.0
 */
import type { DictionaryEstimate, DictionaryMatch, EstimatedMatch, Match, SpatialMatch } from "./matchTypes.js"
import { graphStatistics } from "./spatialMatch.js"

const BRUTEFORCE_CARDINALITY = 10
const MIN_SUBMATCH_GUESSES_SINGLE_CHAR = 10
const MIN_SUBMATCH_GUESSES_MULTI_CHAR = 50
const MIN_YEAR_SPACE = 20

/**
 * Binomial coefficient, computed as zxcvbn computes it (in floating point).
 *
 * @example
 * ```ts
 * import { nCk } from "./guesses.js"
 *
 * nCk(5, 2) // 10
 * ```
 * @since 0.1.0
 */
export const nCk = (n: number, k: number): number => {
  if (k > n) return 0
  if (k === 0) return 1
  let r = 1
  for (let d = 1; d <= k; d += 1) {
    r *= n
    r /= d
    n -= 1
  }
  return r
}

/**
 * zxcvbn's base-10 logarithm (`Math.log(n) / Math.log(10)`, not `Math.log10`).
 *
 * @example
 * ```ts
 * import { log10 } from "./guesses.js"
 *
 * log10(1000) // 2.9999999999999996
 * ```
 * @since 0.1.0
 */
export const log10 = (n: number): number => Math.log(n) / Math.log(10)

/**
 * Guesses for `length` characters of brute force, before the submatch minimum.
 *
 * @example
 * ```ts
 * import { bruteforceGuesses } from "./guesses.js"
 *
 * bruteforceGuesses(3) // 1000
 * ```
 * @since 0.1.0
 */
export const bruteforceGuesses = (length: number): number => {
  let guesses = Math.pow(BRUTEFORCE_CARDINALITY, length)
  if (guesses === Number.POSITIVE_INFINITY) guesses = Number.MAX_VALUE
  // one more than a submatch's minimum, so that any other match of the same span wins
  return Math.max(guesses, length === 1 ? MIN_SUBMATCH_GUESSES_SINGLE_CHAR + 1 : MIN_SUBMATCH_GUESSES_MULTI_CHAR + 1)
}

/**
 * The least guesses a match of `tokenLength` counts for, in a password of `passwordLength`.
 *
 * @example
 * ```ts
 * import { minimumGuesses } from "./guesses.js"
 *
 * minimumGuesses(1, 8) // 10
 * ```
 * @since 0.1.0
 */
export const minimumGuesses = (tokenLength: number, passwordLength: number): number =>
  tokenLength < passwordLength
    ? tokenLength === 1 ? MIN_SUBMATCH_GUESSES_SINGLE_CHAR : MIN_SUBMATCH_GUESSES_MULTI_CHAR
    : 1

const countBetween = (text: string, low: number, high: number): number => {
  let count = 0
  for (let k = 0; k < text.length; k += 1) {
    const code = text.charCodeAt(k)
    if (code >= low && code <= high) count += 1
  }
  return count
}

const START_UPPER = /^[A-Z][^A-Z]+$/
const END_UPPER = /^[^A-Z]+[A-Z]$/
const ALL_UPPER = /^[^a-z]+$/
const ALL_LOWER = /^[^A-Z]+$/

/**
 * zxcvbn's capitalisation factor of a word.
 *
 * @example
 * ```ts
 * import { uppercaseVariations } from "./guesses.js"
 *
 * uppercaseVariations("Password") // 2
 * uppercaseVariations("PassWord") // 36
 * ```
 * @since 0.1.0
 */
export const uppercaseVariations = (word: string): number => {
  if (ALL_LOWER.test(word) || word.toLowerCase() === word) return 1
  if (START_UPPER.test(word) || END_UPPER.test(word) || ALL_UPPER.test(word)) return 2
  const upper = countBetween(word, 65, 90)
  const lower = countBetween(word, 97, 122)
  let variations = 0
  for (let i = 1; i <= Math.min(upper, lower); i += 1) variations += nCk(upper + lower, i)
  return variations
}

/**
 * zxcvbn's l33t factor of a dictionary match.
 *
 * @example
 * ```ts
 * import { l33tVariations } from "./guesses.js"
 *
 * l33tVariations({
 *   pattern: "dictionary", i: 0, j: 3, token: "p4ss", matched_word: "pass", rank: 5,
 *   dictionary_name: "passwords", reversed: false, l33t: true, sub: { "4": "a" }, sub_display: "4 -> a"
 * }) // 2
 * ```
 * @since 0.1.0
 */
export const l33tVariations = (match: DictionaryMatch): number => {
  if (!match.l33t) return 1
  let variations = 1
  const characters = match.token.toLowerCase()
  for (const [subbed, unsubbed] of Object.entries(match.sub ?? {})) {
    const s = countBetween(characters, subbed.charCodeAt(0), subbed.charCodeAt(0))
    const u = countBetween(characters, unsubbed.charCodeAt(0), unsubbed.charCodeAt(0))
    if (s === 0 || u === 0) {
      variations *= 2
    } else {
      let possibilities = 0
      for (let i = 1; i <= Math.min(u, s); i += 1) possibilities += nCk(u + s, i)
      variations *= possibilities
    }
  }
  return variations
}

const dictionaryEstimate = (match: DictionaryMatch): DictionaryEstimate & { readonly guesses: number } => {
  const base_guesses = match.rank
  const uppercase_variations = uppercaseVariations(match.token)
  const l33t_variations = l33tVariations(match)
  const reversed = match.reversed ? 2 : 1
  return { base_guesses, uppercase_variations, l33t_variations, guesses: base_guesses * uppercase_variations * l33t_variations * reversed }
}

const spatialGuesses = (match: SpatialMatch): number => {
  const { averageDegree: d, startingPositions: s } = graphStatistics(match.graph)
  let guesses = 0
  const length = match.token.length
  const t = match.turns
  // the patterns of this length or shorter with this many turns or fewer
  for (let i = 2; i <= length; i += 1) {
    const possibleTurns = Math.min(t, i - 1)
    for (let j = 1; j <= possibleTurns; j += 1) guesses += nCk(i - 1, j - 1) * s * Math.pow(d, j)
  }
  if (match.shifted_count !== 0) {
    const shifted = match.shifted_count
    const unshifted = match.token.length - match.shifted_count
    if (shifted === 0 || unshifted === 0) {
      guesses *= 2
    } else {
      let variations = 0
      for (let i = 1; i <= Math.min(shifted, unshifted); i += 1) variations += nCk(shifted + unshifted, i)
      guesses *= variations
    }
  }
  return guesses
}

const sequenceGuesses = (token: string, ascending: boolean): number => {
  const first = token.charAt(0)
  // obvious starting points are tried first
  let base = ["a", "A", "z", "Z", "0", "1", "9"].includes(first) ? 4 : /\d/.test(first) ? 10 : 26
  if (!ascending) base *= 2
  return base * token.length
}

const yearSpace = (year: number, referenceYear: number): number => Math.max(Math.abs(year - referenceYear), MIN_YEAR_SPACE)

const patternGuesses = (match: Exclude<Match, DictionaryMatch>, referenceYear: number): number => {
  switch (match.pattern) {
    case "bruteforce":
      return bruteforceGuesses(match.token.length)
    case "spatial":
      return spatialGuesses(match)
    case "repeat":
      return match.base_guesses * match.repeat_count
    case "sequence":
      return sequenceGuesses(match.token, match.ascending)
    case "regex":
      return yearSpace(parseInt(match.token), referenceYear)
    case "date":
      return yearSpace(match.year, referenceYear) * 365 * (match.separator === "" ? 1 : 4)
  }
}

/**
 * zxcvbn's `estimate_guesses`, the number alone: a match's guesses, at least
 * the submatch minimum unless it spans the whole password. `referenceYear`
 * is the year zxcvbn measures year distances from (its `REFERENCE_YEAR`).
 *
 * @example
 * ```ts
 * import { estimateGuesses } from "./guesses.js"
 *
 * estimateGuesses({ pattern: "bruteforce", i: 0, j: 2, token: "x7#" }, 4, 2025) // 1000
 * ```
 * @since 0.1.0
 */
export const estimateGuesses = (match: Match, passwordLength: number, referenceYear: number): number => {
  const guesses = match.pattern === "dictionary" ? dictionaryEstimate(match).guesses : patternGuesses(match, referenceYear)
  return Math.max(guesses, minimumGuesses(match.token.length, passwordLength))
}

/**
 * A match as zxcvbn reports it once estimated: with its guesses, their log10
 * and, for a dictionary match, the factors behind them.
 *
 * @example
 * ```ts
 * import { estimate } from "./guesses.js"
 *
 * estimate({ pattern: "bruteforce", i: 0, j: 2, token: "x7#" }, 3, 2025).guesses_log10 // 2.9999999999999996
 * ```
 * @since 0.1.0
 */
export const estimate = (match: Match, passwordLength: number, referenceYear: number): EstimatedMatch => {
  const guesses = estimateGuesses(match, passwordLength, referenceYear)
  if (match.pattern !== "dictionary") return { ...match, guesses, guesses_log10: log10(guesses) }
  const { guesses: _, ...factors } = dictionaryEstimate(match)
  return { ...match, ...factors, guesses, guesses_log10: log10(guesses) }
}
