/**
 * The reference for the strength tests: dropbox zxcvbn 4.4.2 (a
 * devDependency) pinned to one reference year, and Stytch's feedback rules
 * written again here, from /work/shared/spec/strength-scoring.md, without
 * looking at src: the expected feedback is these rules applied to the
 * reference's own sequence and score.
 */
import { createRequire } from "node:module"

const require = createRequire(import.meta.url)

/** The year both engines measure dates and recent years from in the tests. */
export const REFERENCE_YEAR = 2025

/** A match as zxcvbn 4.4.2 reports it (only the fields the tests read). */
export interface ReferenceMatch {
  readonly pattern: string
  readonly i: number
  readonly j: number
  readonly token: string
  readonly guesses: number
  readonly guesses_log10: number
  readonly [field: string]: unknown
}

/** zxcvbn 4.4.2's result (only the fields the tests read). */
export interface ReferenceResult {
  readonly score: number
  readonly guesses: number
  readonly guesses_log10: number
  readonly sequence: ReadonlyArray<ReferenceMatch>
}

const scoring: { REFERENCE_YEAR: number } = require("zxcvbn/lib/scoring.js")
// zxcvbn reads it at load time from the clock; matching.js reads it from this same object
scoring.REFERENCE_YEAR = REFERENCE_YEAR
const zxcvbn: (password: string, userInputs?: Array<string>) => ReferenceResult = require("zxcvbn")

/** zxcvbn 4.4.2 itself, at {@link REFERENCE_YEAR}. */
export const reference = (password: string, userInputs: ReadonlyArray<string> = []): ReferenceResult =>
  zxcvbn(password, [...userInputs])

/** zxcvbn's `enumerate_l33t_subs` and `relevant_l33t_subtable`, for the l33t tests. */
export const referenceMatching: {
  enumerate_l33t_subs: (table: Record<string, Array<string>>) => Array<Record<string, string>>
  relevant_l33t_subtable: (password: string, table: Record<string, Array<string>>) => Record<string, Array<string>>
} = require("zxcvbn/lib/matching.js")

// The fields that say what a match is, per pattern (zxcvbn's names), base matches of a repeat included.
const FIELDS: Record<string, ReadonlyArray<string>> = {
  dictionary: ["matched_word", "rank", "dictionary_name", "reversed", "l33t", "sub", "base_guesses", "uppercase_variations", "l33t_variations"],
  spatial: ["graph", "turns", "shifted_count"],
  repeat: ["base_token", "base_guesses", "repeat_count", "base_matches"],
  sequence: ["sequence_name", "sequence_space", "ascending"],
  regex: ["regex_name"],
  date: ["separator", "year", "month", "day"],
  bruteforce: []
}

/** A match reduced to its key fields, in a form both engines' matches compare equal in. */
export const keyFields = (match: { readonly pattern: string }): Record<string, unknown> => {
  const fields = new Map<string, unknown>(Object.entries(match))
  const out: Record<string, unknown> = {}
  for (const field of ["pattern", "i", "j", "token", "guesses", "guesses_log10", ...(FIELDS[match.pattern] ?? [])]) {
    const value = fields.get(field)
    if (field === "sub" && fields.get("l33t") !== true) continue
    out[field] = field === "base_matches" && Array.isArray(value) ? value.map(keyFields) : value
  }
  return out
}

/** Stytch's feedback, from the spec. */
export interface SpecFeedback {
  readonly warning: string
  readonly suggestions: ReadonlyArray<string>
}

const dictionaryWarning = (match: ReferenceMatch, sole: boolean): string => {
  const name = match["dictionary_name"]
  if (name === "passwords") {
    if (sole && match["l33t"] !== true && match["reversed"] !== true) {
      const rank = Number(match["rank"])
      return rank <= 10
        ? "This is a top-10 common password."
        : rank <= 100
        ? "This is a top-100 common password."
        : "This is a very common password."
    }
    return match.guesses <= 10_000 ? "This is similar to a commonly used password." : ""
  }
  if (name === "english_wikipedia") return sole ? "A word by itself is easy to guess." : ""
  // Stytch's code spells the female list "female_name": it gets no warning
  if (name === "surnames" || name === "male_names") {
    return sole ? "Names and surnames by themselves are easy to guess." : "Common names and surnames are easy to guess."
  }
  return ""
}

const dictionarySuggestions = (match: ReferenceMatch): Array<string> => {
  const out: Array<string> = []
  if (/^[A-Z][^A-Z]+$/.test(match.token)) out.push("Capitalization doesn't help very much.")
  else if (/^[^a-z\d]+$/.test(match.token)) out.push("All-uppercase is almost as easy to guess as all-lowercase.")
  if (match["reversed"] === true && match.token.length >= 4) out.push("Reversed words aren't much harder to guess.")
  if (match["l33t"] === true) out.push("Predictable substitutions like '@' instead of 'a' don't help very much.")
  return out
}

const matchFeedback = (match: ReferenceMatch, sole: boolean): SpecFeedback => {
  switch (match.pattern) {
    case "dictionary":
      return { warning: dictionaryWarning(match, sole), suggestions: dictionarySuggestions(match) }
    case "spatial":
      return {
        warning: match["turns"] === 1 ? "Straight rows of keys are easy to guess." : "Short keyboard patterns are easy to guess.",
        suggestions: ["Use a longer keyboard pattern with more turns."]
      }
    case "repeat":
      return {
        warning: "Repeats like \"abcabcabc\" are only slightly harder to guess than \"abc\".",
        suggestions: ["Avoid repeated words and characters."]
      }
    case "sequence":
      return { warning: "Sequences like \"abc\" or \"6543\" are easy to guess.", suggestions: ["Avoid sequences."] }
    case "regex":
      return match["regex_name"] === "recent_year"
        ? { warning: "Recent years are easy to guess.", suggestions: ["Avoid recent years.", "Avoid years that are associated with you."] }
        : { warning: "", suggestions: [] }
    case "date":
      return { warning: "Dates are often easy to guess.", suggestions: ["Avoid dates and years that are associated with you."] }
    default:
      return { warning: "", suggestions: [] }
  }
}

/** Stytch's feedback for a score and a match sequence, by the spec's rules. */
export const specFeedback = (score: number, sequence: ReadonlyArray<ReferenceMatch>): SpecFeedback => {
  if (sequence.length === 0) {
    return { warning: "", suggestions: ["Use a few words, avoid common phrases.", "No need for symbols, digits, or uppercase letters."] }
  }
  if (score >= 3) return { warning: "", suggestions: [] }
  const longest = sequence.reduce((best, match) => (match.token.length > best.token.length ? match : best))
  const feedback = matchFeedback(longest, sequence.length === 1)
  return { warning: feedback.warning, suggestions: [...feedback.suggestions, "Add another word or two. Uncommon words are better."] }
}
