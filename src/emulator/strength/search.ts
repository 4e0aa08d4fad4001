/**
 * zxcvbn 4.4.2's `most_guessable_match_sequence`: the non-overlapping
 * sequence of matches, filled with brute force, that minimises
 * `l! × Π guesses + 10000^(l-1)` for a sequence of l matches.
 *
 * It is zxcvbn's dynamic programme step for step, ties included (the first
 * candidate to reach a value keeps it; lengths are tried in increasing
 * order), kept in flat arrays rather than objects keyed by length.
 *
 * @since 0.1.0
 */
import { bruteforceGuesses, minimumGuesses } from "./guesses.js"
import type { Match } from "./matchTypes.js"

/**
 * A match with its estimated guesses, ready for the search.
 *
 * @example
 * ```ts
 * import type { Candidate } from "./search.js"
 *
 * const c: Candidate = { match: { pattern: "bruteforce", i: 0, j: 0, token: "x" }, guesses: 11 }
 * ```
 * @since 0.1.0
 */
export interface Candidate {
  readonly match: Match
  readonly guesses: number
}

/**
 * The best sequence: its matches and its guesses.
 *
 * @example
 * ```ts
 * import type { BestSequence } from "./search.js"
 *
 * const best: BestSequence = { guesses: 1, sequence: [] }
 * ```
 * @since 0.1.0
 */
export interface BestSequence {
  readonly guesses: number
  readonly sequence: ReadonlyArray<Match>
}

const MIN_GUESSES_BEFORE_GROWING_SEQUENCE = 10000

// Margins far wider than the rounding of a few operations, for the
// shortcuts that skip updates zxcvbn would make to no effect.
const DOMINANCE_MARGIN = 1 + 1e-9
const REACH_MARGIN = 1e-6

// The search's tables, reused from one search to the next (a search never
// starts another): zxcvbn's optimal.g / .pi / .m, one row per end position k,
// indexed by sequence length l at k × width + l; g is at least 1 once set,
// so 0 means unset. `tries` holds extensions as row × width + length, so
// that a numeric sort puts them in zxcvbn's order.
interface Tables {
  readonly g: Float64Array
  readonly pi: Float64Array
  readonly least: Float64Array
  readonly last: Array<Match | undefined>
  readonly start: Int32Array
  readonly tries: Int32Array
  readonly extendable: Int32Array
  readonly reach: Float64Array
  readonly reachRow: Int32Array
}

let tables: Tables | undefined

// Sorts values[0..count) ascending: insertion sort when short (the usual case), else the built-in sort.
const sortPrefix = (values: Int32Array, count: number): void => {
  if (count > 32) {
    values.subarray(0, count).sort()
    return
  }
  for (let t = 1; t < count; t += 1) {
    const value = values[t] ?? 0
    let place = t
    for (; place > 0 && (values[place - 1] ?? 0) > value; place -= 1) values[place] = values[place - 1] ?? 0
    values[place] = value
  }
}

const scratch = (size: number): Tables => {
  if (tables === undefined || tables.g.length < size) {
    tables = {
      g: new Float64Array(size),
      pi: new Float64Array(size),
      least: new Float64Array(size),
      last: new Array<Match | undefined>(size),
      start: new Int32Array(size),
      tries: new Int32Array(size),
      extendable: new Int32Array(size),
      reach: new Float64Array(size),
      reachRow: new Int32Array(size)
    }
  }
  return tables
}

/**
 * Finds zxcvbn's most guessable match sequence of a password of `length`
 * code units, from its candidates grouped by end position, each group in
 * zxcvbn's order (by start, then by matcher). The password must be shorter
 * than 309 code units (brute-force guesses stay finite), which the examined
 * length guarantees.
 *
 * @example
 * ```ts
 * import { mostGuessableMatchSequence } from "./search.js"
 *
 * mostGuessableMatchSequence("abc", [[], [], []]).guesses // 1001 (brute force)
 * ```
 * @since 0.1.0
 */
export const mostGuessableMatchSequence = (
  password: string,
  candidatesByEnd: ReadonlyArray<ReadonlyArray<Candidate>>
): BestSequence => {
  const n = password.length
  if (n === 0) return { guesses: 1, sequence: [] }
  const factorial = new Float64Array(n + 2)
  const additive = new Float64Array(n + 2)
  const bruteforce = new Float64Array(n + 1)
  factorial[0] = 1
  for (let l = 1; l <= n + 1; l += 1) factorial[l] = l < 2 ? 1 : (factorial[l - 1] ?? 1) * l
  for (let l = 0; l <= n + 1; l += 1) additive[l] = Math.pow(MIN_GUESSES_BEFORE_GROWING_SEQUENCE, l)
  for (let length = 1; length <= n; length += 1) {
    bruteforce[length] = Math.max(bruteforceGuesses(length), minimumGuesses(length, n))
  }

  const width = n + 2
  const { extendable, g, last, least, pi, reach, reachRow, start, tries } = scratch(n * width)
  g.fill(0, 0, n * width)
  // least g of the lengths up to l: zxcvbn's "competing" test in one read;
  // kept up to the longest length set at k (`longest`), the same beyond it.
  // The lengths set at k are those up to longest[k] with g > 0, visited in
  // increasing order as zxcvbn visits its objects' keys.
  const longest = new Int32Array(n)
  const leastUpTo = (k: number, l: number): number => {
    const top = longest[k] ?? 0
    return top === 0 ? Number.POSITIVE_INFINITY : least[k * width + Math.min(l, top)] ?? 0
  }

  // zxcvbn's update: a length-l sequence ending with the match i..k, kept if
  // no sequence of l or fewer matches ending at k does as well.
  const update = (i: number, k: number, guesses: number, l: number, match: Match | undefined) => {
    let product = guesses
    if (l > 1) product *= pi[(i - 1) * width + l - 1] ?? Number.NaN
    let value = (factorial[l] ?? Number.NaN) * product
    value += additive[l - 1] ?? Number.NaN
    const at = k * width + l
    if (leastUpTo(k, l) <= value) return
    const top = longest[k] ?? 0
    if (l > top) {
      least.fill(leastUpTo(k, top), k * width + top + 1, at + 1)
      longest[k] = l
    }
    g[at] = value
    pi[at] = product
    last[at] = match
    start[at] = i
    const end = k * width + Math.max(l, top)
    for (let longer = at; longer <= end && (least[longer] ?? 0) > value; longer += 1) least[longer] = value
  }

  // Once row r is final: which of its sequences may still improve a later
  // row (extendable[r * width ...], extendableCount[r] of them). Of two, the
  // longer has the larger length penalty; if its l! × Π is not smaller
  // either, each extension of it loses to the same extension of the shorter
  // one, tried just before: zxcvbn's update would return.
  const extendableCount = new Int32Array(n)
  // Brute force extends the sequences that do not end in brute force; from
  // row r to k it costs 10^(k - r) or more, so a sequence of length l can only
  // win at k if log10(l! × Π) - r < log10(best at k with l + 1 or fewer) - k.
  // Per length l, those sequences sorted by the left side, at reach[l * n ...]:
  const reachCount = new Int32Array(width)
  const finish = (r: number) => {
    let count = 0
    let cheapest = Number.POSITIVE_INFINITY
    let cheapestNotBruteforce = Number.POSITIVE_INFINITY
    for (let l = 1; l <= (longest[r] ?? 0); l += 1) {
      const at = r * width + l
      if (g[at] === 0) continue
      const cost = (factorial[l + 1] ?? Number.NaN) * (pi[at] ?? Number.NaN)
      if (!(cheapest * DOMINANCE_MARGIN <= cost)) extendable[r * width + count++] = l
      cheapest = Math.min(cheapest, cost)
      if (last[at] === undefined) continue
      if (!(cheapestNotBruteforce * DOMINANCE_MARGIN <= cost)) {
        const value = Math.log10(cost) - r
        const base = l * n
        let place = reachCount[l] ?? 0
        reachCount[l] = place + 1
        for (; place > 0 && (reach[base + place - 1] ?? 0) > value; place -= 1) {
          reach[base + place] = reach[base + place - 1] ?? 0
          reachRow[base + place] = reachRow[base + place - 1] ?? 0
        }
        reach[base + place] = value
        reachRow[base + place] = r
      }
      cheapestNotBruteforce = Math.min(cheapestNotBruteforce, cost)
    }
    extendableCount[r] = count
  }

  for (let k = 0; k < n; k += 1) {
    if (k > 0) finish(k - 1)
    for (const { guesses, match } of candidatesByEnd[k] ?? []) {
      if (match.i === 0) {
        update(0, k, guesses, 1, match)
        continue
      }
      const from = (match.i - 1) * width
      const count = extendableCount[match.i - 1] ?? 0
      for (let t = 0; t < count; t += 1) update(match.i, k, guesses, (extendable[from + t] ?? 0) + 1, match)
    }
    // brute force from the start, or after a sequence not ending in brute force
    update(0, k, bruteforce[k + 1] ?? Number.NaN, 1, undefined)
    // the extensions that may win (k's bests only fall from here), tried in zxcvbn's order: by row, then length
    let count = 0
    for (let l = 1; l < width; l += 1) {
      const best = leastUpTo(k, l + 1)
      // the length penalty only grows with l, the best only falls
      if ((additive[l] ?? 0) >= best) break
      const limit = Math.log10(best) - k + REACH_MARGIN
      const base = l * n
      const size = reachCount[l] ?? 0
      for (let t = 0; t < size && (reach[base + t] ?? 0) < limit; t += 1) tries[count++] = (reachRow[base + t] ?? 0) * width + l
    }
    sortPrefix(tries, count)
    for (let t = 0; t < count; t += 1) {
      const at = tries[t] ?? 0
      const r = Math.floor(at / width)
      const l = at - r * width
      const guesses = bruteforce[k - r] ?? Number.NaN
      // update's own test, inline: most of these still lose
      if ((factorial[l + 1] ?? 0) * (guesses * (pi[at] ?? 0)) + (additive[l] ?? 0) >= leastUpTo(k, l + 1)) continue
      update(r + 1, k, guesses, l + 1, undefined)
    }
  }

  // the best length at the end: the least g, the shorter on a tie
  const end = (n - 1) * width
  let length = 0
  let best = Number.POSITIVE_INFINITY
  for (let l = 1; l <= (longest[n - 1] ?? 0); l += 1) {
    const value = g[end + l] ?? 0
    if (value !== 0 && value < best) {
      length = l
      best = value
    }
  }
  const sequence: Array<Match> = []
  let k = n - 1
  let l = length
  while (k >= 0 && l > 0) {
    const at = k * width + l
    const i = start[at] ?? 0
    sequence.unshift(last[at] ?? { pattern: "bruteforce", i, j: k, token: password.slice(i, k + 1) })
    k = i - 1
    l -= 1
  }
  const guesses = g[end + sequence.length] ?? Number.NaN
  last.fill(undefined, 0, n * width)
  return { guesses, sequence }
}
