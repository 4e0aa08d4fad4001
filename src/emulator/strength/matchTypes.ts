/**
 * The matches zxcvbn 4.4.2 finds in a password. Field names are zxcvbn's own
 * (snake_case), so that an analysis reads, and compares, like zxcvbn's output.
 *
 * @since 0.1.0
 */
import type { FrequencyListName } from "./data/frequencyLists.js"

/**
 * A dictionary's name: one of zxcvbn's frequency lists, or the caller's user inputs.
 *
 * @example
 * ```ts
 * import type { DictionaryName } from "./matchTypes.js"
 *
 * const name: DictionaryName = "user_inputs"
 * ```
 * @since 0.1.0
 */
export type DictionaryName = FrequencyListName | "user_inputs"

/**
 * A keyboard graph's name.
 *
 * @example
 * ```ts
 * import type { GraphName } from "./matchTypes.js"
 *
 * const graph: GraphName = "mac_keypad"
 * ```
 * @since 0.1.0
 */
export type GraphName = "qwerty" | "dvorak" | "keypad" | "mac_keypad"

/**
 * A word of a dictionary at `i..j` (inclusive, UTF-16 code units), possibly
 * reversed or with l33t substitutions (`sub`: l33t character to letter).
 *
 * @example
 * ```ts
 * import type { DictionaryMatch } from "./matchTypes.js"
 *
 * const m: DictionaryMatch = {
 *   pattern: "dictionary", i: 0, j: 3, token: "P4ss", matched_word: "pass", rank: 60,
 *   dictionary_name: "passwords", reversed: false, l33t: true, sub: { "4": "a" }, sub_display: "4 -> a"
 * }
 * ```
 * @since 0.1.0
 */
export interface DictionaryMatch {
  readonly pattern: "dictionary"
  readonly i: number
  readonly j: number
  readonly token: string
  readonly matched_word: string
  readonly rank: number
  readonly dictionary_name: DictionaryName
  readonly reversed: boolean
  readonly l33t: boolean
  readonly sub?: Readonly<Record<string, string>>
  readonly sub_display?: string
}

/**
 * A walk on a keyboard graph.
 *
 * @example
 * ```ts
 * import type { SpatialMatch } from "./matchTypes.js"
 *
 * const m: SpatialMatch = { pattern: "spatial", i: 0, j: 5, token: "qwerty", graph: "qwerty", turns: 1, shifted_count: 0 }
 * ```
 * @since 0.1.0
 */
export interface SpatialMatch {
  readonly pattern: "spatial"
  readonly i: number
  readonly j: number
  readonly token: string
  readonly graph: GraphName
  readonly turns: number
  readonly shifted_count: number
}

/**
 * A string repeated `repeat_count` times; the base is scored on its own.
 *
 * @example
 * ```ts
 * import type { RepeatMatch } from "./matchTypes.js"
 *
 * const m: RepeatMatch = {
 *   pattern: "repeat", i: 0, j: 5, token: "abcabc", base_token: "abc",
 *   base_guesses: 13, base_matches: [], repeat_count: 2
 * }
 * ```
 * @since 0.1.0
 */
export interface RepeatMatch {
  readonly pattern: "repeat"
  readonly i: number
  readonly j: number
  readonly token: string
  readonly base_token: string
  readonly base_guesses: number
  readonly base_matches: ReadonlyArray<EstimatedMatch>
  readonly repeat_count: number
}

/**
 * Characters at a constant code-point step ("abc", "9753").
 *
 * @example
 * ```ts
 * import type { SequenceMatch } from "./matchTypes.js"
 *
 * const m: SequenceMatch = {
 *   pattern: "sequence", i: 0, j: 2, token: "abc", sequence_name: "lower", sequence_space: 26, ascending: true
 * }
 * ```
 * @since 0.1.0
 */
export interface SequenceMatch {
  readonly pattern: "sequence"
  readonly i: number
  readonly j: number
  readonly token: string
  readonly sequence_name: "lower" | "upper" | "digits" | "unicode"
  readonly sequence_space: number
  readonly ascending: boolean
}

/**
 * A regular-expression match; zxcvbn 4.4.2 has one, `recent_year`.
 *
 * @example
 * ```ts
 * import type { RegexMatch } from "./matchTypes.js"
 *
 * const m: RegexMatch = { pattern: "regex", i: 0, j: 3, token: "1999", regex_name: "recent_year" }
 * ```
 * @since 0.1.0
 */
export interface RegexMatch {
  readonly pattern: "regex"
  readonly i: number
  readonly j: number
  readonly token: string
  readonly regex_name: "recent_year"
}

/**
 * A date, with or without a separator.
 *
 * @example
 * ```ts
 * import type { DateMatch } from "./matchTypes.js"
 *
 * const m: DateMatch = { pattern: "date", i: 0, j: 9, token: "12/25/1987", separator: "/", year: 1987, month: 12, day: 25 }
 * ```
 * @since 0.1.0
 */
export interface DateMatch {
  readonly pattern: "date"
  readonly i: number
  readonly j: number
  readonly token: string
  readonly separator: string
  readonly year: number
  readonly month: number
  readonly day: number
}

/**
 * What no pattern explains: guessed character by character.
 *
 * @example
 * ```ts
 * import type { BruteforceMatch } from "./matchTypes.js"
 *
 * const m: BruteforceMatch = { pattern: "bruteforce", i: 0, j: 2, token: "x7#" }
 * ```
 * @since 0.1.0
 */
export interface BruteforceMatch {
  readonly pattern: "bruteforce"
  readonly i: number
  readonly j: number
  readonly token: string
}

/**
 * Any match.
 *
 * @example
 * ```ts
 * import type { Match } from "./matchTypes.js"
 *
 * const matches: ReadonlyArray<Match> = [{ pattern: "bruteforce", i: 0, j: 0, token: "x" }]
 * ```
 * @since 0.1.0
 */
export type Match = DictionaryMatch | SpatialMatch | RepeatMatch | SequenceMatch | RegexMatch | DateMatch | BruteforceMatch

/**
 * The figures zxcvbn adds to a dictionary match when it estimates its guesses.
 *
 * @example
 * ```ts
 * import type { DictionaryEstimate } from "./matchTypes.js"
 *
 * const extra: DictionaryEstimate = { base_guesses: 60, uppercase_variations: 2, l33t_variations: 2 }
 * ```
 * @since 0.1.0
 */
export interface DictionaryEstimate {
  readonly base_guesses: number
  readonly uppercase_variations: number
  readonly l33t_variations: number
}

/**
 * A match with its estimated guesses, as it appears in a scored sequence.
 *
 * @example
 * ```ts
 * import type { EstimatedMatch } from "./matchTypes.js"
 *
 * const m: EstimatedMatch = { pattern: "bruteforce", i: 0, j: 2, token: "x7#", guesses: 1000, guesses_log10: 3 }
 * ```
 * @since 0.1.0
 */
export type EstimatedMatch =
  & (Exclude<Match, DictionaryMatch> | (DictionaryMatch & DictionaryEstimate))
  & { readonly guesses: number; readonly guesses_log10: number }
