import type { Options } from "@zxcvbn-ts/core"

/**
 * zxcvbn-ts's score (0-4) for a number of guesses (TimeEstimates): each
 * threshold of `timeEstimationValues.scoring` plus a margin of 5.
 *
 * @example
 * ```ts
 * guessesToScore(1e11, options) // 4
 * guessesToScore(500, options) // 0
 * ```
 * @since 0.1.0
 */
export const guessesToScore = (guesses: number, options: Options): number => {
  const thresholds = options.timeEstimationValues.scoring
  const DELTA = 5
  if (guesses < thresholds[0] + DELTA) return 0
  if (guesses < thresholds[1] + DELTA) return 1
  if (guesses < thresholds[2] + DELTA) return 2
  if (guesses < thresholds[3] + DELTA) return 3
  return 4
}
