import type { DictionaryMatch, L33tMatch, MatchEstimated } from "@zxcvbn-ts/core"
import { guessesLog10, minimumGuesses, mixedCases } from "./guessMath.js"

// zxcvbn-ts's character classes, kept verbatim (\xbf-\xdf: most accented
// capitals, \xdf-\xff: most accented small letters).
const ALPHA_INVERTED = /[^A-Za-z\xbf-\xdf]/gi
const ALL_LOWER_INVERTED = /^[^A-Z\xbf-\xdf]+$/
const START_UPPER = /^[A-Z\xbf-\xdf][^A-Z\xbf-\xdf]+$/
const END_UPPER = /^[^A-Z\xbf-\xdf]+[A-Z\xbf-\xdf]$/
const ALL_UPPER_INVERTED = /^[^a-z\xdf-\xff]+$/
const ONE_LOWER = /[a-z\xdf-\xff]/
const ONE_UPPER = /[A-Z\xbf-\xdf]/

const uppercaseVariations = (token: string): number => {
  const cleaned = token.replace(ALPHA_INVERTED, "")
  if (ALL_LOWER_INVERTED.test(cleaned) || cleaned.toLowerCase() === cleaned) return 1
  // capitalised, end-capitalised and all-caps words only double the space
  if (START_UPPER.test(cleaned) || END_UPPER.test(cleaned) || ALL_UPPER_INVERTED.test(cleaned)) return 2
  const letters = cleaned.split("")
  return mixedCases(letters.filter((c) => ONE_UPPER.test(c)).length, letters.filter((c) => ONE_LOWER.test(c)).length)
}

const occurrences = (text: string, part: string): number => {
  let count = 0
  let at = text.indexOf(part)
  while (at >= 0) {
    count += 1
    at = text.indexOf(part, at + part.length)
  }
  return count
}

const l33tVariations = (match: DictionaryMatch): number => {
  if (match.l33t !== true) return 1
  const subs: L33tMatch["subs"] = Array.isArray(match.subs) ? match.subs : []
  const lower = match.token.toLowerCase()
  let variations = 1
  for (const sub of subs) {
    const subbed = occurrences(lower, sub.substitution)
    const unsubbed = occurrences(lower, sub.letter)
    // fully subbed or fully unsubbed only doubles the space
    variations *= subbed === 0 || unsubbed === 0 ? 2 : mixedCases(unsubbed, subbed)
  }
  return variations
}

/**
 * A dictionary match carrying the estimate zxcvbn-ts would compute for it.
 *
 * @example
 * ```ts
 * const m: EstimatedDictionaryMatch = estimateDictionaryMatch(match, "password1")
 * m.guesses // 2 × capitalisation × l33t × reversal, at least 50 for a part
 * ```
 * @since 0.1.0
 */
export type EstimatedDictionaryMatch = DictionaryMatch & MatchEstimated

/**
 * zxcvbn-ts's guess estimate for a dictionary match inside `password`,
 * attached the way zxcvbn-ts attaches it. zxcvbn-ts re-estimates a match
 * each time its search considers it (once per candidate sequence length)
 * unless it already carries `guesses`, so estimating once here is the same
 * number for much less work.
 *
 * @example
 * ```ts
 * estimateDictionaryMatch({ pattern: "dictionary", i: 0, j: 7, token: "Password", matchedWord: "password",
 *   rank: 2, dictionaryName: "passwords-common", reversed: false, l33t: false }, "Password").guesses // 4
 * ```
 * @since 0.1.0
 */
export const estimateDictionaryMatch = (match: DictionaryMatch, password: string): EstimatedDictionaryMatch => {
  const baseGuesses = match.rank
  const upper = uppercaseVariations(match.token)
  const l33t = l33tVariations(match)
  const reversed = match.reversed === true ? 2 : 1
  const calculation = match.dictionaryName === "diceware" ? 6 ** 5 / 2 : baseGuesses * upper * l33t * reversed
  const guesses = Math.max(calculation, minimumGuesses(match.token.length, password.length))
  const log10 = guessesLog10(guesses)
  // spelled out rather than spread: this runs for every match, and object
  // spread with extra keys is an order of magnitude slower
  const { pattern, i, j, token, matchedWord, rank, dictionaryName } = match
  return match.l33t === true
    ? {
      pattern, i, j, token, matchedWord, rank, dictionaryName, reversed: match.reversed, l33t: true,
      subs: match.subs, subDisplay: match.subDisplay,
      baseGuesses, uppercaseVariations: upper, l33tVariations: l33t, guesses, guessesLog10: log10
    }
    : {
      pattern, i, j, token, matchedWord, rank, dictionaryName, reversed: match.reversed, l33t: match.l33t,
      baseGuesses, uppercaseVariations: upper, l33tVariations: l33t, guesses, guessesLog10: log10
    }
}
