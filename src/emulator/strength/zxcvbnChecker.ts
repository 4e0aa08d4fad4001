import { type FeedbackType, type MatchEstimated, ZxcvbnFactory } from "@zxcvbn-ts/core"
import { examinedText, examinedUserInputs } from "./examine.js"
import { makeFastMatchers, type MatchingHandle } from "./fastMatchers.js"
import { passwordFeedback } from "./feedback.js"
import { guessesToScore } from "./score.js"
import { mostGuessableSequence } from "./search.js"
import { defaultZxcvbnOptions } from "./zxcvbnOptions.js"

/**
 * What the zxcvbn policy reports for a password.
 *
 * @example
 * ```ts
 * const v: ZxcvbnVerdict = { score: 1, warning: "This is similar to a commonly used password.", suggestions: [] }
 * ```
 * @since 0.1.0
 */
export interface ZxcvbnVerdict {
  readonly score: number
  readonly warning: string
  readonly suggestions: ReadonlyArray<string>
}

/**
 * The full zxcvbn analysis of the examined text, as zxcvbn-ts would give it.
 *
 * @example
 * ```ts
 * const a: ZxcvbnAnalysis = analyse("password1", [])
 * a.guesses // 230
 * ```
 * @since 0.1.0
 */
export interface ZxcvbnAnalysis {
  readonly score: number
  readonly guesses: number
  readonly sequence: ReadonlyArray<MatchEstimated>
  readonly feedback: FeedbackType
}

/**
 * A zxcvbn scorer over the examined part of a password (its first 64
 * code units, see {@link examinedText}).
 *
 * @example
 * ```ts
 * const { verdict } = makeZxcvbnScorer()
 * verdict("correcthorsebatterystaple", ["alice@example.com"]).score // 4
 * ```
 * @since 0.1.0
 */
export interface ZxcvbnScorer {
  readonly verdict: (password: string, userInputs: ReadonlyArray<string>) => ZxcvbnVerdict
  readonly analyse: (password: string, userInputs: ReadonlyArray<string>) => ZxcvbnAnalysis
}

/**
 * Builds a {@link ZxcvbnScorer} that gives exactly what stock zxcvbn-ts
 * (common + English dictionaries, graphs and translations, default options)
 * gives on the examined text, in a few ms at most. It runs zxcvbn-ts's
 * matching stage, with our faster dictionary and repeat matchers, through
 * the factory's own omni matcher (which zxcvbn-ts hands to custom
 * matchers), then our step-for-step replicas of its search, score and
 * feedback: its own search alone takes several ms on 64 characters.
 * Construction loads and indexes the dictionaries (a few hundred ms): build
 * once, reuse for every check.
 *
 * @example
 * ```ts
 * const { verdict } = makeZxcvbnScorer()
 * verdict("hunter2", []).score // 1
 * ```
 * @since 0.1.0
 */
export const makeZxcvbnScorer = (): ZxcvbnScorer => {
  const handle: MatchingHandle = { options: undefined, omniMatch: undefined }
  const factory = new ZxcvbnFactory(defaultZxcvbnOptions(), makeFastMatchers(handle))
  // any check hands our matchers zxcvbn-ts's options and matching stage
  factory.check("a")
  const { omniMatch, options } = handle
  if (omniMatch === undefined || options === undefined) throw new Error("zxcvbn-ts did not run its matchers")

  const analyse = (password: string, userInputs: ReadonlyArray<string>): ZxcvbnAnalysis => {
    const text = examinedText(password)
    const inputs = examinedUserInputs(userInputs)
    const matches = omniMatch.match(text, options.getUserInputsOptions(inputs))
    if (matches instanceof Promise) {
      // only asynchronous custom matchers do this; ours are synchronous
      const result = factory.check(text, inputs)
      return { score: result.score, guesses: result.guesses, sequence: [], feedback: result.feedback }
    }
    const { guesses, sequence } = mostGuessableSequence(text, matches, options)
    const score = guessesToScore(guesses, options)
    return { score, guesses, sequence, feedback: passwordFeedback(options, score, sequence) }
  }

  return {
    analyse,
    verdict: (password, userInputs) => {
      const { feedback, score } = analyse(password, userInputs)
      return { score, warning: feedback.warning ?? "", suggestions: feedback.suggestions }
    }
  }
}
