/**
 * Stytch's strength feedback. Stytch words and chooses it its own way (its
 * Go fork of zxcvbn changed the feedback package), not as dropbox zxcvbn or
 * @zxcvbn-ts do: sentences end with a period, "Add another word or two..."
 * comes last, every repeat gets the "abcabcabc" warning, and the female
 * names dictionary gets no name warning (Stytch's code spells it `female_name`).
 *
 * @since 0.1.0
 */
import type { DictionaryEstimate, DictionaryMatch, EstimatedMatch } from "./matchTypes.js"

/**
 * A warning ("" when none) and suggestions.
 *
 * @example
 * ```ts
 * import type { Feedback } from "./feedback.js"
 *
 * const f: Feedback = { warning: "", suggestions: [] }
 * ```
 * @since 0.1.0
 */
export interface Feedback {
  readonly warning: string
  readonly suggestions: ReadonlyArray<string>
}

const ANOTHER_WORD = "Add another word or two. Uncommon words are better."
const START_UPPER = /^[A-Z][^A-Z]+$/
// no lower-case letter and no digit
const ALL_UPPER = /^[^a-z\d]+$/

const passwordsWarning = (match: DictionaryMatch & { readonly guesses: number }, sole: boolean): string => {
  if (sole && !match.l33t && !match.reversed) {
    if (match.rank <= 10) return "This is a top-10 common password."
    if (match.rank <= 100) return "This is a top-100 common password."
    return "This is a very common password."
  }
  return match.guesses <= 10_000 ? "This is similar to a commonly used password." : ""
}

const dictionaryWarning = (match: DictionaryMatch & { readonly guesses: number }, sole: boolean): string => {
  switch (match.dictionary_name) {
    case "passwords":
      return passwordsWarning(match, sole)
    case "english_wikipedia":
      return sole ? "A word by itself is easy to guess." : ""
    case "surnames":
    case "male_names":
      return sole ? "Names and surnames by themselves are easy to guess." : "Common names and surnames are easy to guess."
    default:
      return ""
  }
}

const dictionaryFeedback = (
  match: DictionaryMatch & DictionaryEstimate & { readonly guesses: number },
  sole: boolean
): Feedback => {
  const suggestions: Array<string> = []
  const word = match.token
  if (START_UPPER.test(word)) suggestions.push("Capitalization doesn't help very much.")
  else if (ALL_UPPER.test(word)) suggestions.push("All-uppercase is almost as easy to guess as all-lowercase.")
  if (match.reversed && word.length >= 4) suggestions.push("Reversed words aren't much harder to guess.")
  if (match.l33t) suggestions.push("Predictable substitutions like '@' instead of 'a' don't help very much.")
  return { warning: dictionaryWarning(match, sole), suggestions }
}

const matchFeedback = (match: EstimatedMatch, sole: boolean): Feedback => {
  switch (match.pattern) {
    case "dictionary":
      return dictionaryFeedback(match, sole)
    case "spatial":
      return {
        warning: match.turns === 1 ? "Straight rows of keys are easy to guess." : "Short keyboard patterns are easy to guess.",
        suggestions: ["Use a longer keyboard pattern with more turns."]
      }
    case "repeat":
      // Stytch keeps the "aaa" warning for a repeat count of 1, which no repeat has
      return {
        warning: "Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\".",
        suggestions: ["Avoid repeated words and characters."]
      }
    case "sequence":
      return { warning: "Sequences like \"abc\" or \"6543\" are easy to guess.", suggestions: ["Avoid sequences."] }
    case "regex":
      return {
        warning: "Recent years are easy to guess.",
        suggestions: ["Avoid recent years.", "Avoid years that are associated with you."]
      }
    case "date":
      return { warning: "Dates are often easy to guess.", suggestions: ["Avoid dates and years that are associated with you."] }
    case "bruteforce":
      return { warning: "", suggestions: [] }
  }
}

/**
 * Stytch's feedback for a scored password: the defaults for an empty one,
 * nothing from a score of 3, otherwise advice on the longest match (the
 * first of equal length), then "Add another word or two...".
 *
 * @example
 * ```ts
 * import { analyse } from "./analyse.js"
 * import { stytchFeedback } from "./feedback.js"
 *
 * stytchFeedback(0, analyse("barney").sequence)
 * // { warning: "This is a very common password.", suggestions: ["Add another word or two. Uncommon words are better."] }
 * ```
 * @since 0.1.0
 */
export const stytchFeedback = (score: number, sequence: ReadonlyArray<EstimatedMatch>): Feedback => {
  const first = sequence[0]
  if (first === undefined) {
    return {
      warning: "",
      suggestions: ["Use a few words, avoid common phrases.", "No need for symbols, digits, or uppercase letters."]
    }
  }
  if (score > 2) return { warning: "", suggestions: [] }
  let longest = first
  for (const match of sequence) if (match.token.length > longest.token.length) longest = match
  const feedback = matchFeedback(longest, sequence.length === 1)
  return { warning: feedback.warning, suggestions: [...feedback.suggestions, ANOTHER_WORD] }
}
