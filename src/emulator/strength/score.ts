/**
 * zxcvbn 4.4.2's `guesses_to_score`.
 *
 * @since 0.1.0
 */

const DELTA = 5

/**
 * The score (0-4) of a number of guesses: below 10^3, 10^6, 10^8 and 10^10
 * (each plus 5) give 0, 1, 2 and 3.
 *
 * @example
 * ```ts
 * import { guessesToScore } from "./score.js"
 *
 * guessesToScore(1004) // 0
 * guessesToScore(1005) // 1
 * ```
 * @since 0.1.0
 */
export const guessesToScore = (guesses: number): number => {
  if (guesses < 1e3 + DELTA) return 0
  if (guesses < 1e6 + DELTA) return 1
  if (guesses < 1e8 + DELTA) return 2
  if (guesses < 1e10 + DELTA) return 3
  return 4
}
