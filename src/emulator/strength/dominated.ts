import type { EstimatedDictionaryMatch } from "./dictionaryGuesses.js"

const spanKey = (i: number, j: number): number => i * 65536 + j

/**
 * The fewest guesses among `matches` for each span [i, j] (spans stay far
 * below 2^16 characters: the examined text is capped).
 *
 * @example
 * ```ts
 * const floor = fewestGuessesBySpan(forwardMatches)
 * ```
 * @since 0.1.0
 */
export const fewestGuessesBySpan = (matches: ReadonlyArray<EstimatedDictionaryMatch>): Map<number, number> => {
  const floor = new Map<number, number>()
  for (const match of matches) {
    const key = spanKey(match.i, match.j)
    const known = floor.get(key)
    if (known === undefined || match.guesses < known) floor.set(key, match.guesses)
  }
  return floor
}

/**
 * Drops matches zxcvbn-ts's search is sure to skip: one covering the same
 * span as a match considered before it, with at least as many guesses,
 * never beats it (same prefix, larger product). `floor` holds the fewest
 * guesses per span of matches zxcvbn-ts considers earlier (e.g. forward
 * matches before reversed ones); it is not modified.
 *
 * @example
 * ```ts
 * dropDominated(reversedMatches, fewestGuessesBySpan(forwardMatches))
 * ```
 * @since 0.1.0
 */
export const dropDominated = (
  matches: ReadonlyArray<EstimatedDictionaryMatch>,
  floor: ReadonlyMap<number, number> = new Map()
): Array<EstimatedDictionaryMatch> => {
  const best = new Map(floor)
  return matches.filter((match) => {
    const key = spanKey(match.i, match.j)
    const known = best.get(key)
    if (known !== undefined && known <= match.guesses) return false
    best.set(key, match.guesses)
    return true
  })
}
