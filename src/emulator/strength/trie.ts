/**
 * A character trie over UTF-16 code units, in flat typed arrays: walking it
 * finds every dictionary word starting at a position in one pass, and tells
 * when no word can start with what was read so far.
 *
 * @since 0.1.0
 */

/**
 * No such node (or no word at a node).
 *
 * @example
 * ```ts
 * import { buildTrie, NO_NODE } from "./trie.js"
 *
 * buildTrie([["ab"]]).child(0, 122) === NO_NODE // true: no word starts with "z"
 * ```
 * @since 0.1.0
 */
export const NO_NODE = -1

/**
 * A trie whose words carry one rank per dictionary (0: not in that dictionary).
 *
 * @example
 * ```ts
 * import { buildTrie } from "./trie.js"
 *
 * const trie = buildTrie([["the", "of"], ["of"]])
 * const node = trie.child(trie.child(0, 111), 102) // "of"
 * trie.rank(trie.word(node), 1) // 1
 * ```
 * @since 0.1.0
 */
export interface Trie {
  /** How many dictionaries the ranks are for. */
  readonly dictionaries: number
  /** The node reached from `node` by code unit `code`, or {@link NO_NODE}. */
  readonly child: (node: number, code: number) => number
  /** The word ending at `node`, or {@link NO_NODE}. */
  readonly word: (node: number) => number
  /** The rank of `word` in dictionary `dictionary`, 0 when absent. */
  readonly rank: (word: number, dictionary: number) => number
  /** Whether some word contains code unit `code`. */
  readonly hasCode: (code: number) => boolean
}

const EMPTY = -1
// ASCII edges (all of zxcvbn's lists) live in an open-addressed table keyed
// by node × 128 + code; the others, from user inputs only, in a Map.
const ASCII = 128

class Edges {
  private keys: Int32Array
  private targets: Int32Array
  private shift = 0
  private mask = 0
  private size = 0
  private readonly others = new Map<number, number>()

  // Sized for about half full: zxcvbn's lists share prefixes, a third of
  // their characters make a new edge, and a small table stays in cache.
  constructor(expected: number) {
    let bits = 4
    while (1 << bits < expected * 2) bits += 1
    this.keys = new Int32Array(0)
    this.targets = new Int32Array(0)
    this.allocate(bits)
  }

  private allocate(bits: number): void {
    this.keys = new Int32Array(1 << bits).fill(EMPTY)
    this.targets = new Int32Array(1 << bits)
    this.shift = 32 - bits
    this.mask = (1 << bits) - 1
  }

  private slot(key: number): number {
    let slot = Math.imul(key, 0x9e3779b1) >>> this.shift
    while (this.keys[slot] !== key && this.keys[slot] !== EMPTY) slot = (slot + 1) & this.mask
    return slot
  }

  get(node: number, code: number): number {
    if (code >= ASCII) return this.others.get(node * 65536 + code) ?? NO_NODE
    const key = node * ASCII + code
    const slot = this.slot(key)
    return this.keys[slot] === key ? (this.targets[slot] ?? NO_NODE) : NO_NODE
  }

  set(node: number, code: number, target: number): void {
    if (code >= ASCII) {
      this.others.set(node * 65536 + code, target)
      return
    }
    if ((this.size + 1) * 4 > this.keys.length * 3) this.grow()
    const key = node * ASCII + code
    const slot = this.slot(key)
    this.keys[slot] = key
    this.targets[slot] = target
    this.size += 1
  }

  private grow(): void {
    const { keys, targets } = this
    this.allocate(32 - this.shift + 1)
    for (let old = 0; old < keys.length; old += 1) {
      const key = keys[old] ?? EMPTY
      if (key === EMPTY) continue
      const slot = this.slot(key)
      this.keys[slot] = key
      this.targets[slot] = targets[old] ?? NO_NODE
    }
  }
}

/**
 * Builds a trie of several dictionaries, each a list of words in rank order
 * (rank 1 first). A word listed twice in one dictionary keeps its last rank,
 * as zxcvbn's `build_ranked_dict` does.
 *
 * @example
 * ```ts
 * import { buildTrie } from "./trie.js"
 *
 * const trie = buildTrie([["ab", "b", "ab"]])
 * trie.rank(trie.word(trie.child(trie.child(0, 97), 98)), 0) // 3: "ab" keeps its last rank
 * ```
 * @since 0.1.0
 */
export const buildTrie = (dictionaries: ReadonlyArray<ReadonlyArray<string>>): Trie => {
  let characters = 0
  for (const words of dictionaries) for (const word of words) characters += word.length
  // at most one node per character: node × 128 + code stays a 32-bit integer
  if (characters >= 1 << 24) throw new RangeError("too many characters for a trie")
  const edges = new Edges(Math.ceil(characters / 3))
  const nodeWords = new Int32Array(characters + 1).fill(NO_NODE)
  const count = dictionaries.length
  let ranks = new Int32Array(1024 * count)
  let nodes = 1
  let words = 0
  const codes = new Set<number>()
  for (let dictionary = 0; dictionary < count; dictionary += 1) {
    const list = dictionaries[dictionary] ?? []
    for (let index = 0; index < list.length; index += 1) {
      const text = list[index] ?? ""
      let node = 0
      for (let k = 0; k < text.length; k += 1) {
        const code = text.charCodeAt(k)
        let next = edges.get(node, code)
        if (next === NO_NODE) {
          next = nodes
          nodes += 1
          edges.set(node, code, next)
          codes.add(code)
        }
        node = next
      }
      let word = nodeWords[node] ?? NO_NODE
      if (word === NO_NODE) {
        word = words
        words += 1
        nodeWords[node] = word
        if (words * count > ranks.length) {
          const grown = new Int32Array(ranks.length * 2)
          grown.set(ranks)
          ranks = grown
        }
      }
      ranks[word * count + dictionary] = index + 1
    }
  }
  const wordRanks = ranks
  return {
    dictionaries: count,
    child: (node, code) => edges.get(node, code),
    word: (node) => nodeWords[node] ?? NO_NODE,
    rank: (word, dictionary) => wordRanks[word * count + dictionary] ?? 0,
    hasCode: (code) => codes.has(code)
  }
}
