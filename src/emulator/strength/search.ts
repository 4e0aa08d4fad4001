import type { MatchEstimated, MatchExtended, Options } from "@zxcvbn-ts/core"
import { estimateMatch } from "./matchGuesses.js"

// zxcvbn-ts: an attacker tries shorter pattern sequences first, at least
// this many guesses per extra pattern.
const MIN_GUESSES_BEFORE_GROWING_SEQUENCE = 10000

interface Cell {
  readonly total: number
  readonly product: number
  readonly match: MatchEstimated
}

// best[k][l]: the best length-l sequence covering password[0..k]
type Table = Array<Array<Cell | undefined>>

const factorial = (n: number): number => {
  let result = 1
  for (let i = 2; i <= n; i += 1) result *= i
  return result
}

// A bruteforce match's estimate (bruteforce scoring, then the floor for a
// part of the password), without building the match: the search considers
// about n²/2 of them and keeps few.
const bruteforceGuesses = (length: number, passwordLength: number): number => {
  const raw = 10 ** length
  const guesses = Math.max(raw === Number.POSITIVE_INFINITY ? Number.MAX_VALUE : raw, length === 1 ? 11 : 51)
  return Math.max(guesses, length >= passwordLength ? 1 : length === 1 ? 10 : 50)
}

const bruteforceMatch = (password: string, i: number, j: number, guesses: number): MatchEstimated => ({
  pattern: "bruteforce",
  token: password.slice(i, j + 1),
  i,
  j,
  guesses,
  guessesLog10: guesses === 0 ? 0 : Math.log(guesses) / Math.log(10)
})

/**
 * zxcvbn-ts's most-guessable-match-sequence search (scoring/index.ts), the
 * same algorithm step for step (same candidate order, same pruning, same
 * tie-breaking), so it returns the same guesses and sequence. It exists
 * because zxcvbn-ts's own version spends most of its time re-estimating
 * matches and allocating objects in its innermost loop: several ms for a
 * 64-character password, against a fraction of a millisecond here.
 *
 * @example
 * ```ts
 * mostGuessableSequence("password1", matches, options)
 * // { guesses: 230, sequence: [{ pattern: "dictionary", token: "password", ... }, ...] }
 * ```
 * @since 0.1.0
 */
export const mostGuessableSequence = (
  password: string,
  matches: ReadonlyArray<MatchExtended>,
  options: Options
): { readonly guesses: number; readonly sequence: ReadonlyArray<MatchEstimated> } => {
  const n = password.length
  const byEnd: Array<Array<MatchEstimated>> = Array.from({ length: n }, () => [])
  for (const match of matches) byEnd[match.j]?.push(estimateMatch(match, password, options))
  // stable: ties keep the matchers' order, as in zxcvbn-ts
  for (const list of byEnd) list.sort((a, b) => a.i - b.i)
  const best: Table = Array.from({ length: n }, () => [])
  const factorials = Array.from({ length: n + 2 }, (_, l) => factorial(l))

  // considers the length-`length` sequence ending with the match on [i, j];
  // `match` builds that match only if it is kept
  const update = (i: number, j: number, guesses: number, length: number, match: () => MatchEstimated): void => {
    const row = best[j]
    if (row === undefined) return
    let product = guesses
    if (length > 1) product *= best[i - 1]?.[length - 1]?.product ?? Number.NaN
    const total = (factorials[length] ?? factorial(length)) * product + MIN_GUESSES_BEFORE_GROWING_SEQUENCE ** (length - 1)
    // a sequence no longer than this one that is at least as good wins
    for (let l = 1; l <= length && l < row.length; l += 1) {
      const competing = row[l]
      if (competing !== undefined && competing.total <= total) return
    }
    row[length] = { total, product, match: match() }
  }

  // zxcvbn-ts walks the lengths stored at a position shortest first (its
  // integer-keyed objects iterate in ascending order); so do we
  for (let k = 0; k < n; k += 1) {
    for (const match of byEnd[k] ?? []) {
      const previous = best[match.i - 1]
      if (match.i === 0 || previous === undefined) {
        update(match.i, k, match.guesses, 1, () => match)
        continue
      }
      const lengths = previous.length
      for (let l = 1; l < lengths; l += 1) {
        if (previous[l] !== undefined) update(match.i, k, match.guesses, l + 1, () => match)
      }
    }
    const whole = bruteforceGuesses(k + 1, n)
    update(0, k, whole, 1, () => bruteforceMatch(password, 0, k, whole))
    for (let i = 1; i <= k; i += 1) {
      const previous = best[i - 1] ?? []
      const guesses = bruteforceGuesses(k - i + 1, n)
      const lengths = previous.length
      for (let l = 1; l < lengths; l += 1) {
        // two bruteforce matches in a row are never better than one
        const cell = previous[l]
        if (cell !== undefined && cell.match.pattern !== "bruteforce") {
          update(i, k, guesses, l + 1, () => bruteforceMatch(password, i, k, guesses))
        }
      }
    }
  }

  if (n === 0) return { guesses: 1, sequence: [] }
  let chosen = 0
  let fewest = Number.POSITIVE_INFINITY
  const last = best[n - 1] ?? []
  for (let l = 1; l < last.length; l += 1) {
    const total = last[l]?.total
    if (total !== undefined && total < fewest) {
      chosen = l
      fewest = total
    }
  }
  const sequence: Array<MatchEstimated> = []
  let k = n - 1
  let length = chosen
  while (k >= 0) {
    const match = best[k]?.[length]?.match
    if (match === undefined) break
    sequence.unshift(match)
    k = match.i - 1
    length -= 1
  }
  return { guesses: best[n - 1]?.[sequence.length]?.total ?? Number.NaN, sequence }
}
