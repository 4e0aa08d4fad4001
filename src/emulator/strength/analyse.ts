/**
 * The strength estimator: zxcvbn 4.4.2's score and match sequence, with
 * Stytch's feedback.
 *
 * Scores are exactly those of dropbox zxcvbn 4.4.2 (its dictionaries, l33t
 * table, keyboard graphs, matchers, search and guess arithmetic, ties
 * included) on the examined text: a password longer than
 * {@link MAX_EXAMINED_LENGTH} (128) code units is scored on its first 128
 * (127 when the cut would split a surrogate pair). One deliberate difference:
 * a dictionary is a map here, where zxcvbn's JavaScript objects also "contain"
 * inherited names such as "constructor" or "__proto__"; Stytch's Go port has
 * no such words either.
 *
 * @since 0.1.0
 */
import { frequencyListGroup, userInputGroup } from "./dictionaries.js"
import { examinedText, type MAX_EXAMINED_LENGTH } from "./examine.js"
import { type Feedback, stytchFeedback } from "./feedback.js"
import { log10 } from "./guesses.js"
import type { EstimatedMatch } from "./matchTypes.js"
import { scoreSequence } from "./omnimatch.js"
import { guessesToScore } from "./score.js"

/**
 * A password's analysis: zxcvbn's score, guesses and match sequence of the
 * examined text (`password`), and Stytch's feedback.
 *
 * @example
 * ```ts
 * import { analyse, type Analysis } from "./analyse.js"
 *
 * const a: Analysis = analyse("password1")
 * a.score // 0
 * ```
 * @since 0.1.0
 */
export interface Analysis {
  /** The text scored: the password, or its first {@link MAX_EXAMINED_LENGTH} code units. */
  readonly password: string
  readonly score: number
  readonly guesses: number
  readonly guesses_log10: number
  readonly sequence: ReadonlyArray<EstimatedMatch>
  readonly feedback: Feedback
}

/**
 * Options of an analysis: `userInputs` (words zxcvbn treats as known, e.g.
 * the email and its parts) and `referenceYear`, the year dates and recent
 * years are measured from (zxcvbn uses the current year).
 *
 * @example
 * ```ts
 * import type { AnalyseOptions } from "./analyse.js"
 *
 * const options: AnalyseOptions = { userInputs: ["alice@example.com"], referenceYear: 2025 }
 * ```
 * @since 0.1.0
 */
export interface AnalyseOptions {
  readonly userInputs?: ReadonlyArray<string>
  readonly referenceYear?: number
}

/**
 * Analyses a password. The first call builds the dictionaries' index.
 *
 * @example
 * ```ts
 * import { analyse } from "./analyse.js"
 *
 * analyse("barney").feedback.warning // "This is a very common password."
 * analyse("qazwsx123").score // 0
 * ```
 * @since 0.1.0
 */
export const analyse = (password: string, options: AnalyseOptions = {}): Analysis => {
  const text = examinedText(password)
  const groups = [frequencyListGroup(), userInputGroup(options.userInputs ?? [], text.length)]
  const { guesses, sequence } = scoreSequence(text, {
    groups,
    referenceYear: options.referenceYear ?? new Date().getFullYear()
  })
  const score = guessesToScore(guesses)
  return { password: text, score, guesses, guesses_log10: log10(guesses), sequence, feedback: stytchFeedback(score, sequence) }
}

