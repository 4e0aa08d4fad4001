/**
 * zxcvbn's `omnimatch` and scoring of one (examined) password: every matcher
 * in zxcvbn's order, each match estimated, then the search.
 *
 * @since 0.1.0
 */
import { dateMatch } from "./dateMatch.js"
import type { DictionaryGroup } from "./dictionaries.js"
import { dictionaryMatch, reverseDictionaryMatch } from "./dictionaryMatch.js"
import { estimate, estimateGuesses } from "./guesses.js"
import { l33tMatch } from "./l33tMatch.js"
import type { EstimatedMatch, Match } from "./matchTypes.js"
import { regexMatch } from "./regexMatch.js"
import { repeatMatch } from "./repeatMatch.js"
import { type Candidate, mostGuessableMatchSequence } from "./search.js"
import { sequenceMatch } from "./sequenceMatch.js"
import { spatialMatch } from "./spatialMatch.js"

/**
 * What scoring a password depends on besides the password.
 *
 * @example
 * ```ts
 * import { frequencyListGroup } from "./dictionaries.js"
 * import type { ScoringContext } from "./omnimatch.js"
 *
 * const context: ScoringContext = { groups: [frequencyListGroup()], referenceYear: 2025 }
 * ```
 * @since 0.1.0
 */
export interface ScoringContext {
  /** zxcvbn's dictionaries, in its order (the frequency lists, then the user inputs). */
  readonly groups: ReadonlyArray<DictionaryGroup>
  /** The year zxcvbn measures year distances from (its `REFERENCE_YEAR`). */
  readonly referenceYear: number
}

/**
 * A password's best match sequence, as zxcvbn scores it.
 *
 * @example
 * ```ts
 * import type { ScoredSequence } from "./omnimatch.js"
 *
 * const scored: ScoredSequence = { guesses: 3, sequence: [] }
 * ```
 * @since 0.1.0
 */
export interface ScoredSequence {
  readonly guesses: number
  readonly sequence: ReadonlyArray<EstimatedMatch>
}

// A stable sort by start: insertion sort, as a group is short and mostly in order.
const sortByStart = (group: Array<Candidate>): void => {
  for (let t = 1; t < group.length; t += 1) {
    const candidate = group[t]
    if (candidate === undefined) continue
    let place = t
    for (; place > 0 && (group[place - 1]?.match.i ?? 0) > candidate.match.i; place -= 1) {
      group[place] = group[place - 1] ?? candidate
    }
    group[place] = candidate
  }
}

// reused by every call (one call never overlaps another)
let leastScratch = new Float64Array(0)

// Matches grouped by end, each group by start; of equal spans, only those
// estimated below every earlier one: the search never picks the others.
const candidatesByEnd = (
  password: string,
  matchers: ReadonlyArray<ReadonlyArray<Match>>,
  referenceYear: number
): Array<Array<Candidate>> => {
  const n = password.length
  const byEnd: Array<Array<Candidate>> = Array.from({ length: n }, () => [])
  if (leastScratch.length < n * n) leastScratch = new Float64Array(n * n)
  const leastSoFar = leastScratch
  leastSoFar.fill(Number.POSITIVE_INFINITY, 0, n * n)
  for (const matches of matchers) {
    for (const match of matches) {
      const guesses = estimateGuesses(match, n, referenceYear)
      const span = match.i * n + match.j
      if (guesses >= (leastSoFar[span] ?? 0)) continue
      leastSoFar[span] = guesses
      byEnd[match.j]?.push({ match, guesses })
    }
  }
  for (const group of byEnd) sortByStart(group)
  return byEnd
}

// zxcvbn's omnimatch: every matcher, in its order.
const omnimatch = (
  password: string,
  context: ScoringContext,
  scoreBase: (base: string) => ScoredSequence
): ReadonlyArray<ReadonlyArray<Match>> => [
  dictionaryMatch(password, context.groups),
  reverseDictionaryMatch(password, context.groups),
  l33tMatch(password, context.groups),
  spatialMatch(password),
  repeatMatch(password, scoreBase),
  sequenceMatch(password),
  regexMatch(password),
  dateMatch(password, context.referenceYear)
]

/**
 * Scores a password as zxcvbn 4.4.2 does: its guesses and best match
 * sequence. A repeated base ("abc" in "abcabc") is scored the same way, once
 * per distinct base.
 *
 * @example
 * ```ts
 * import { frequencyListGroup } from "./dictionaries.js"
 * import { scoreSequence } from "./omnimatch.js"
 *
 * scoreSequence("password1", { groups: [frequencyListGroup()], referenceYear: 2025 }).guesses // 190
 * ```
 * @since 0.1.0
 */
export const scoreSequence = (password: string, context: ScoringContext): ScoredSequence => {
  const bases = new Map<string, ScoredSequence>()
  const score = (text: string): ScoredSequence => {
    const scoreBase = (base: string): ScoredSequence => {
      const known = bases.get(base)
      if (known !== undefined) return known
      const scored = score(base)
      bases.set(base, scored)
      return scored
    }
    const { guesses, sequence } = mostGuessableMatchSequence(
      text,
      candidatesByEnd(text, omnimatch(text, context, scoreBase), context.referenceYear)
    )
    return { guesses, sequence: sequence.map((match) => estimate(match, text.length, context.referenceYear)) }
  }
  return score(password)
}
