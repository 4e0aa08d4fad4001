/**
 * The trie walk behind the l33t matcher: dictionary words read through
 * every consistent way of substituting a password's l33t characters.
 *
 * @since 0.1.0
 */
import type { L33tIndex } from "./l33tIndex.js"
import { NO_NODE, type Trie } from "./trie.js"

/**
 * Walks `trie` from every position of `lower` (the lower-cased password),
 * reading each l33t character as each letter some map gives it, or as
 * itself, consistently within a word, while some map still agrees: calls
 * `onWord` with each word found, its span, the maps that read it so and the
 * word. With `substitutedOnly`, only words with at least one substitution.
 *
 * @example
 * ```ts
 * import { frequencyListGroup } from "./dictionaries.js"
 * import { l33tIndex } from "./l33tIndex.js"
 * import { relevantL33tMask } from "./l33tSubs.js"
 * import { walkL33tTrie } from "./l33tWalk.js"
 *
 * const { trie } = frequencyListGroup()
 * walkL33tTrie("p4ss", "p4ss", l33tIndex(relevantL33tMask("p4ss")), trie, (i, j, node, maps, word) => {}, true)
 * // calls back with "pass" (0..3), "as" (1..2) and "ass" (1..3)
 * ```
 * @since 0.1.0
 */
export const walkL33tTrie = (
  password: string,
  lower: string,
  index: L33tIndex,
  trie: Trie,
  onWord: (i: number, j: number, node: number, maps: Uint32Array, word: string) => void,
  substitutedOnly: boolean
): void => {
  const n = password.length
  // the choice made for each l33t character in the current window (-1: none yet), by code unit
  const assigned = new Int8Array(128).fill(-1)
  const path = new Array<number>(n)
  const pool: Array<Uint32Array> = []
  const scratch = (depth: number): Uint32Array => (pool[depth] ??= new Uint32Array(index.words))

  const step = (i: number, q: number, node: number, maps: Uint32Array, substituted: number, output: number) => {
    const next = trie.child(node, output)
    if (next === NO_NODE) return
    path[q - i] = output
    if (trie.word(next) !== NO_NODE && (substituted > 0 || !substitutedOnly)) {
      let word = ""
      for (let k = 0; k <= q - i; k += 1) word += String.fromCharCode(path[k] ?? 0)
      onWord(i, q, next, maps, word)
    }
    explore(i, q + 1, next, maps, substituted)
  }

  const explore = (i: number, q: number, node: number, maps: Uint32Array, substituted: number): void => {
    if (q >= n) return
    const code = lower.charCodeAt(q)
    const choices = code < 128 ? index.choices[code] : undefined
    if (choices === undefined) return step(i, q, node, maps, substituted, code)
    // l33t characters are ASCII
    const taken = assigned[code] ?? -1
    if (taken !== -1) {
      const choice = choices[taken]
      if (choice !== undefined) step(i, q, node, maps, substituted + (choice.substitutes ? 1 : 0), choice.output)
      return
    }
    const narrowed = scratch(q - i)
    for (let k = 0; k < choices.length; k += 1) {
      const choice = choices[k]
      if (choice === undefined) continue
      let any = 0
      for (let w = 0; w < index.words; w += 1) {
        const bits = (maps[w] ?? 0) & (choice.maps[w] ?? 0)
        narrowed[w] = bits
        any |= bits
      }
      if (any === 0) continue
      assigned[code] = k
      step(i, q, node, narrowed, substituted + (choice.substitutes ? 1 : 0), choice.output)
      assigned[code] = -1
    }
  }

  for (let i = 0; i < n; i += 1) explore(i, i, 0, index.all, 0)
}
