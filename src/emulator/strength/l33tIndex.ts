/**
 * The substitution maps zxcvbn tries on a password, indexed for the l33t
 * matcher: for each l33t character and each way a map treats it (a letter,
 * or left as is), the set of maps that do so, as a bit set.
 *
 * @since 0.1.0
 */
import { enumerateL33tSubs, L33T_CHARACTERS, type L33tSub } from "./l33tSubs.js"

/**
 * How some maps treat one l33t character: `output` is the code unit it
 * becomes (its letter, or itself when the map leaves it), `maps` which maps.
 *
 * @example
 * ```ts
 * import type { L33tChoice } from "./l33tIndex.js"
 *
 * const choice: L33tChoice = { output: 97, substitutes: true, maps: Uint32Array.of(0b11) }
 * ```
 * @since 0.1.0
 */
export interface L33tChoice {
  readonly output: number
  readonly substitutes: boolean
  readonly maps: Uint32Array
}

/**
 * The maps of one l33t subtable, in zxcvbn's order.
 *
 * @example
 * ```ts
 * import { l33tIndex } from "./l33tIndex.js"
 * import { relevantL33tMask } from "./l33tSubs.js"
 *
 * const index = l33tIndex(relevantL33tMask("p4$$"))
 * index.subs // [[["4", "a"], ["$", "s"]]]
 * ```
 * @since 0.1.0
 */
export interface L33tIndex {
  readonly subs: ReadonlyArray<L33tSub>
  /** Each map as zxcvbn's `sub_dict` object (its key order matters to zxcvbn). */
  readonly dicts: ReadonlyArray<Readonly<Record<string, string>>>
  /** Each map's pairs in that object's key order. */
  readonly pairs: ReadonlyArray<ReadonlyArray<readonly [string, string]>>
  /** 32-bit words per bit set. */
  readonly words: number
  /** Every map. */
  readonly all: Uint32Array
  /** By code unit (all l33t characters are ASCII): how the maps treat it (undefined: not a relevant l33t character). */
  readonly choices: ReadonlyArray<ReadonlyArray<L33tChoice> | undefined>
}

const build = (mask: number): L33tIndex => {
  const subs = enumerateL33tSubs(mask)
  const words = Math.max(1, Math.ceil(subs.length / 32))
  const all = new Uint32Array(words)
  subs.forEach((_, k) => {
    all[k >>> 5] = (all[k >>> 5] ?? 0) | (1 << (k & 31))
  })
  const dicts = subs.map((sub) => {
    const dict: Record<string, string> = {}
    for (const [l33t, letter] of sub) dict[l33t] = letter
    return dict
  })
  const choices = new Array<ReadonlyArray<L33tChoice> | undefined>(128).fill(undefined)
  L33T_CHARACTERS.forEach((character, bit) => {
    if ((mask & (1 << bit)) === 0) return
    const byOutput = new Map<number, L33tChoice>()
    dicts.forEach((dict, k) => {
      const letter = dict[character]
      const output = (letter ?? character).charCodeAt(0)
      let choice = byOutput.get(output)
      if (choice === undefined) {
        choice = { output, substitutes: letter !== undefined, maps: new Uint32Array(words) }
        byOutput.set(output, choice)
      }
      choice.maps[k >>> 5] = (choice.maps[k >>> 5] ?? 0) | (1 << (k & 31))
    })
    choices[character.charCodeAt(0)] = [...byOutput.values()]
  })
  return { subs, dicts, pairs: dicts.map((dict) => Object.entries(dict)), words, all, choices }
}

// A few subtables recur (most passwords have none or one l33t character).
const cache = new Map<number, L33tIndex>()
const CACHE_SIZE = 64

/**
 * The index of the maps zxcvbn tries for a password whose l33t characters
 * are `mask` (see `relevantL33tMask`). At most 736 maps (every character
 * present); recently used indexes are kept.
 *
 * @example
 * ```ts
 * import { l33tIndex } from "./l33tIndex.js"
 * import { relevantL33tMask } from "./l33tSubs.js"
 *
 * l33tIndex(relevantL33tMask("p@ss")).subs // [[["@", "a"]]]
 * ```
 * @since 0.1.0
 */
export const l33tIndex = (mask: number): L33tIndex => {
  const cached = cache.get(mask)
  if (cached !== undefined) {
    cache.delete(mask)
    cache.set(mask, cached)
    return cached
  }
  const index = build(mask)
  cache.set(mask, index)
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value
    if (oldest !== undefined) cache.delete(oldest)
  }
  return index
}

/**
 * The lowest map of a bit set, or -1 when it is empty.
 *
 * @example
 * ```ts
 * import { firstMap } from "./l33tIndex.js"
 *
 * firstMap(Uint32Array.of(0, 0b100)) // 34
 * ```
 * @since 0.1.0
 */
export const firstMap = (maps: Uint32Array): number => {
  for (let w = 0; w < maps.length; w += 1) {
    const bits = maps[w] ?? 0
    if (bits !== 0) return w * 32 + (31 - Math.clz32(bits & -bits))
  }
  return -1
}
