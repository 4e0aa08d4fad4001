import type { DictionaryMatch, MatchEstimated, MatchExtended, Options } from "@zxcvbn-ts/core"
import { estimateDictionaryMatch } from "./dictionaryGuesses.js"
import { bruteforceMinimum, guessesLog10, minimumGuesses, mixedCases, nCk } from "./guessMath.js"

// zxcvbn-ts's constants (data/const.ts), its reference year included: it is
// taken when the module loads, as zxcvbn-ts does.
const MIN_YEAR_SPACE = 21
const REFERENCE_YEAR = new Date().getFullYear()
const SEPARATOR_CHAR_COUNT = 10
const SEQUENCE_STARTS = ["a", "A", "z", "Z", "0", "1", "9"]

const recursiveFactorial = (n: number): number => (n <= 1 ? 1 : n * recursiveFactorial(n - 1))

// Average number of neighbours per key, per keyboard graph (fixed per Options).
const averageDegrees = new WeakMap<object, number>()
const averageDegree = (graph: Record<string, ReadonlyArray<string | null>>): number => {
  const known = averageDegrees.get(graph)
  if (known !== undefined) return known
  let average = 0
  for (const key of Object.keys(graph)) average += (graph[key] ?? []).filter((entry) => !!entry).length
  average /= Object.entries(graph).length
  averageDegrees.set(graph, average)
  return average
}

const spatialGuesses = (match: MatchExtended, options: Options): number => {
  const graph = options.graphs[String(match.graph)] ?? {}
  const token = match.token
  const turns = Number(match.turns)
  const startingPositions = Object.keys(graph).length
  const degree = averageDegree(graph)
  let guesses = 0
  for (let i = 2; i <= token.length; i += 1) {
    const possibleTurns = Math.min(turns, i - 1)
    for (let j = 1; j <= possibleTurns; j += 1) guesses += nCk(i - 1, j - 1) * startingPositions * degree ** j
  }
  const shifted = Number(match.shiftedCount)
  if (shifted) {
    const unshifted = token.length - shifted
    if (unshifted === 0) {
      guesses *= 2
    } else {
      guesses *= mixedCases(shifted, unshifted)
    }
  }
  return Math.round(guesses)
}

const sequenceGuesses = (match: MatchExtended): number => {
  const first = match.token.charAt(0)
  let base = SEQUENCE_STARTS.includes(first) ? 4 : /\d/.exec(first) ? 10 : 26
  if (!match.ascending) base *= 2
  return base * match.token.length
}

// The raw estimate of one pattern (zxcvbn-ts's per-matcher scoring).
const patternGuesses = (match: MatchExtended, options: Options): number => {
  switch (match.pattern) {
    case "bruteforce": {
      const guesses = 10 ** match.token.length
      const capped = guesses === Number.POSITIVE_INFINITY ? Number.MAX_VALUE : guesses
      return Math.max(capped, bruteforceMinimum(match.token.length))
    }
    case "date": {
      const yearSpace = Math.max(Math.abs(Number(match.year) - REFERENCE_YEAR), MIN_YEAR_SPACE)
      return match.separator ? yearSpace * 365 * 4 : yearSpace * 365
    }
    case "regex":
      return match.regexName === "recentYear"
        ? Math.max(Math.abs(parseInt(String(match.regexMatch?.[0]), 10) - REFERENCE_YEAR), MIN_YEAR_SPACE)
        : 0
    case "repeat":
      return Number(match.baseGuesses) * Number(match.repeatCount)
    case "sequence":
      return sequenceGuesses(match)
    case "spatial":
      return spatialGuesses(match, options)
    case "separator":
      return SEPARATOR_CHAR_COUNT
    case "wordSequence":
      return recursiveFactorial(Number(match.wordCount)) * 2 ** (Number(match.wordCount) - 2)
    default:
      return 0
  }
}

const isDictionaryMatch = (match: MatchExtended): match is DictionaryMatch => match.pattern === "dictionary"
const isEstimated = (match: MatchExtended): match is MatchEstimated =>
  typeof match.guesses === "number" && typeof match.guessesLog10 === "number"

/**
 * zxcvbn-ts's guess estimate for any match inside `password` (its
 * scoring/estimate.ts and per-pattern scoring), computed the same way so
 * the numbers agree to the last bit. A match already carrying `guesses`
 * is returned as is, as zxcvbn-ts does.
 *
 * @example
 * ```ts
 * estimateMatch({ pattern: "sequence", i: 0, j: 3, token: "abcd", ascending: true }, "abcd", options).guesses // 16
 * ```
 * @since 0.1.0
 */
export const estimateMatch = (match: MatchExtended, password: string, options: Options): MatchEstimated => {
  if (isEstimated(match)) return match
  if (isDictionaryMatch(match)) return estimateDictionaryMatch(match, password)
  const guesses = Math.max(patternGuesses(match, options), minimumGuesses(match.token.length, password.length))
  return { ...match, guesses, guessesLog10: guessesLog10(guesses) }
}
