import type { FeedbackType, MatchEstimated, Options } from "@zxcvbn-ts/core"

// zxcvbn-ts's capitalisation tests (\xbf-\xdf covers most accented capitals)
const START_UPPER = /^[A-Z\xbf-\xdf][^A-Z\xbf-\xdf]+$/
const ALL_UPPER_INVERTED = /^[^a-z\xdf-\xff]+$/

const passwordWarning = (options: Options, match: MatchEstimated, isSoleMatch: boolean): string | null => {
  if (isSoleMatch && match.l33t !== true && match.reversed !== true) {
    const rank = Number(match.rank)
    if (rank <= 10) return options.translations.warnings.topTen
    if (rank <= 100) return options.translations.warnings.topHundred
    return options.translations.warnings.common
  }
  return match.guessesLog10 <= 4 ? options.translations.warnings.similarToCommon : null
}

const dictionaryWarning = (options: Options, match: MatchEstimated, isSoleMatch: boolean): string | null => {
  const name = String(match.dictionaryName)
  if (name.includes("passwords")) return passwordWarning(options, match, isSoleMatch)
  if (name.includes("wikipedia")) return isSoleMatch ? options.translations.warnings.wordByItself : null
  if (name.toLowerCase().includes("names")) {
    return isSoleMatch ? options.translations.warnings.namesByThemselves : options.translations.warnings.commonNames
  }
  if (name.includes("userInputs")) return options.translations.warnings.userInputs
  return null
}

/**
 * zxcvbn-ts's feedback for a dictionary match: its translations, chosen by
 * its rules (a custom "dictionary" matcher must also bring its feedback).
 *
 * @example
 * ```ts
 * dictionaryFeedback(options, match, true)
 * // { warning: "This is a heavily used password.", suggestions: [] }
 * ```
 * @since 0.1.0
 */
export const dictionaryFeedback = (options: Options, match: MatchEstimated, isSoleMatch?: boolean): FeedbackType => {
  const suggestions: Array<string> = []
  const word = String(match.token)
  if (START_UPPER.test(word)) {
    suggestions.push(options.translations.suggestions.capitalization)
  } else if (ALL_UPPER_INVERTED.test(word) && word.toLowerCase() !== word) {
    suggestions.push(options.translations.suggestions.allUppercase)
  }
  if (match.reversed === true && word.length >= 4) suggestions.push(options.translations.suggestions.reverseWords)
  if (match.l33t === true) suggestions.push(options.translations.suggestions.l33t)
  return { warning: dictionaryWarning(options, match, isSoleMatch === true), suggestions }
}

/**
 * zxcvbn-ts's feedback for a word-sequence match ("onetwothree").
 *
 * @example
 * ```ts
 * wordSequenceFeedback(options, match)
 * // { warning: 'Common character sequences like "abc" are easy to guess.', suggestions: [...] }
 * ```
 * @since 0.1.0
 */
export const wordSequenceFeedback = (options: Options, match: MatchEstimated): FeedbackType | null => {
  if (match.pattern !== "wordSequence") return null
  const wordCount = Number(match.wordCount)
  const suggestions: Array<string> = [
    match.ascending === true ? options.translations.suggestions.sequences : options.translations.suggestions.anotherWord
  ]
  if (wordCount > 2) suggestions.push(options.translations.suggestions.useWords)
  return { warning: wordCount >= 3 ? options.translations.warnings.sequences : null, suggestions }
}

/**
 * zxcvbn-ts's feedback for a repeat match ("aaa", "abcabc").
 *
 * @example
 * ```ts
 * repeatFeedback(options, match) // { warning: 'Repeated characters like "aaa" are easy to guess.', suggestions: [...] }
 * ```
 * @since 0.1.0
 */
export const repeatFeedback = (options: Options, match: MatchEstimated): FeedbackType => ({
  warning: String(match.baseToken).length === 1
    ? options.translations.warnings.simpleRepeat
    : options.translations.warnings.extendedRepeat,
  suggestions: [options.translations.suggestions.repeated]
})

// zxcvbn-ts's feedback for every pattern (Feedback.ts and matcher/*/feedback.ts).
const patternFeedback = (options: Options, match: MatchEstimated, isSoleMatch: boolean): FeedbackType | null => {
  const { suggestions, warnings } = options.translations
  switch (match.pattern) {
    case "dictionary":
      return dictionaryFeedback(options, match, isSoleMatch)
    case "wordSequence":
      return wordSequenceFeedback(options, match)
    case "date":
      return { warning: warnings.dates, suggestions: [suggestions.dates] }
    case "regex":
      return match.regexName === "recentYear"
        ? { warning: warnings.recentYears, suggestions: [suggestions.recentYears, suggestions.associatedYears] }
        : { warning: null, suggestions: [] }
    case "repeat":
      return repeatFeedback(options, match)
    case "sequence":
      return { warning: warnings.sequences, suggestions: [suggestions.sequences] }
    case "spatial":
      return { warning: match.turns === 1 ? warnings.straightRow : warnings.keyPattern, suggestions: [suggestions.longerKeyboardPattern] }
    case "bruteforce":
    case "separator":
      return null
    default:
      return { warning: null, suggestions: [] }
  }
}

/**
 * zxcvbn-ts's feedback for a scored password (Feedback.getFeedback): none
 * from a score of 3, otherwise advice about the longest match of the
 * sequence, led by "add another word".
 *
 * @example
 * ```ts
 * passwordFeedback(options, 0, [repeatMatch])
 * // { warning: 'Repeated characters like "aaa" are easy to guess.', suggestions: [...] }
 * ```
 * @since 0.1.0
 */
export const passwordFeedback = (
  options: Options,
  score: number,
  sequence: ReadonlyArray<MatchEstimated>
): FeedbackType => {
  const { suggestions } = options.translations
  const first = sequence[0]
  if (first === undefined) return { warning: null, suggestions: [suggestions.useWords, suggestions.noNeed] }
  if (score > 2) return { warning: null, suggestions: [] }
  let longest = first
  for (const match of sequence.slice(1)) if (match.token.length > longest.token.length) longest = match
  const feedback = patternFeedback(options, longest, sequence.length === 1)
  if (feedback === null) return { warning: null, suggestions: [suggestions.anotherWord] }
  return { warning: feedback.warning, suggestions: [suggestions.anotherWord, ...feedback.suggestions] }
}
