/**
 * zxcvbn's l33t table and its enumeration of substitution maps, ported step
 * for step: the l33t matcher's results, and their order, depend on both.
 *
 * @since 0.1.0
 */

/**
 * zxcvbn 4.4.2's l33t table: each letter and the characters that stand for it.
 *
 * @example
 * ```ts
 * import { L33T_TABLE } from "./l33tSubs.js"
 *
 * L33T_TABLE.find(([letter]) => letter === "a") // ["a", ["4", "@"]]
 * ```
 * @since 0.1.0
 */
export const L33T_TABLE: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = [
  ["a", ["4", "@"]],
  ["b", ["8"]],
  ["c", ["(", "{", "[", "<"]],
  ["e", ["3"]],
  ["g", ["6", "9"]],
  ["i", ["1", "!", "|"]],
  ["l", ["1", "|", "7"]],
  ["o", ["0"]],
  ["s", ["$", "5"]],
  ["t", ["+", "7"]],
  ["x", ["%"]],
  ["z", ["2"]]
]

/**
 * Every character of the l33t table, each with a bit of its own.
 *
 * @example
 * ```ts
 * import { L33T_CHARACTERS } from "./l33tSubs.js"
 *
 * L33T_CHARACTERS.indexOf("@") // 1
 * ```
 * @since 0.1.0
 */
export const L33T_CHARACTERS: ReadonlyArray<string> = [...new Set(L33T_TABLE.flatMap(([, subs]) => subs))]

/**
 * The l33t table cut to the characters present in `password`, as a bit mask
 * over {@link L33T_CHARACTERS}: zxcvbn's `relevant_l33t_subtable`, keyed.
 *
 * @example
 * ```ts
 * import { relevantL33tMask } from "./l33tSubs.js"
 *
 * relevantL33tMask("p4ss") // 1 (only "4")
 * ```
 * @since 0.1.0
 */
export const relevantL33tMask = (password: string): number => {
  let mask = 0
  L33T_CHARACTERS.forEach((character, bit) => {
    if (password.includes(character)) mask |= 1 << bit
  })
  return mask
}

/**
 * One substitution map: pairs of l33t character and letter, in zxcvbn's order.
 *
 * @example
 * ```ts
 * import type { L33tSub } from "./l33tSubs.js"
 *
 * const sub: L33tSub = [["4", "a"], ["$", "s"]]
 * ```
 * @since 0.1.0
 */
export type L33tSub = ReadonlyArray<readonly [string, string]>

// zxcvbn's dedup labels each pair with its position before sorting, so only
// maps equal pair for pair, in the same order, count as duplicates.
const dedup = (subs: ReadonlyArray<L33tSub>): Array<L33tSub> => {
  const seen = new Set<string>()
  return subs.filter((sub) => {
    const label = sub.map(([l33t, letter]) => l33t + letter).join("")
    if (seen.has(label)) return false
    seen.add(label)
    return true
  })
}

/**
 * zxcvbn's `enumerate_l33t_subs` over the table cut to `mask`: the maps it
 * tries, in its order. Each letter takes one of its characters; a character
 * claimed by two letters yields the map without and with the later letter.
 *
 * @example
 * ```ts
 * import { enumerateL33tSubs, relevantL33tMask } from "./l33tSubs.js"
 *
 * enumerateL33tSubs(relevantL33tMask("1|"))
 * // [[["1","i"]], [["1","l"]], [["|","i"],["1","l"]], [["1","i"],["|","l"]], [["|","i"]], [["|","l"]]]
 * ```
 * @since 0.1.0
 */
export const enumerateL33tSubs = (mask: number): Array<L33tSub> => {
  let subs: Array<L33tSub> = [[]]
  for (const [letter, characters] of L33T_TABLE) {
    const relevant = characters.filter((character) => (mask & (1 << L33T_CHARACTERS.indexOf(character))) !== 0)
    if (relevant.length === 0) continue
    const next: Array<L33tSub> = []
    for (const l33t of relevant) {
      for (const sub of subs) {
        const taken = sub.findIndex(([character]) => character === l33t)
        if (taken === -1) {
          next.push([...sub, [l33t, letter]])
        } else {
          next.push(sub, [...sub.slice(0, taken), ...sub.slice(taken + 1), [l33t, letter]])
        }
      }
    }
    subs = dedup(next)
  }
  return subs
}
