/**
 * A compact, hash-based membership filter over dictionary words and all of
 * their prefixes. It may answer "maybe" for a string that is absent (a hash
 * collision) but never "no" for one that is present, so it can prune a scan
 * without changing its result: a miss proves no dictionary word starts with
 * the text scanned so far.
 *
 * @example
 * ```ts
 * const filter = buildPrefixFilter(["pass", "word"], 16)
 * const h = hashString("pa")
 * filter.hasPrefix(h) // true
 * filter.hasWord(h) // false (barring a collision)
 * ```
 * @since 0.1.0
 */
export interface PrefixFilter {
  hasPrefix(hash: number): boolean
  hasWord(hash: number): boolean
}

/**
 * Starting state of the incremental FNV-1a hash used by {@link PrefixFilter}.
 *
 * @example
 * ```ts
 * const h = hashStep(HASH_SEED, "a".charCodeAt(0))
 * ```
 * @since 0.1.0
 */
export const HASH_SEED = 0x811c9dc5

/**
 * Extends a hash by one UTF-16 code unit, so a scan can hash every window
 * `text[i..j]` in O(1) per step instead of slicing and rehashing.
 *
 * @example
 * ```ts
 * hashStep(hashStep(HASH_SEED, 97), 98) === hashString("ab") // true
 * ```
 * @since 0.1.0
 */
export const hashStep = (hash: number, codeUnit: number): number => Math.imul(hash ^ codeUnit, 0x01000193) >>> 0

/**
 * Hashes a whole string the same way a scan hashes its windows.
 *
 * @example
 * ```ts
 * hashString("") === HASH_SEED // true
 * ```
 * @since 0.1.0
 */
export const hashString = (text: string): number => {
  let hash = HASH_SEED
  for (let k = 0; k < text.length; k += 1) hash = hashStep(hash, text.charCodeAt(k))
  return hash
}

// FNV's low bits are weak on short keys; mix before taking a bit index.
const bitIndex = (hash: number, mask: number): number => {
  const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b)
  return (h ^ (h >>> 16)) & mask
}

class BitSet {
  private readonly words: Uint32Array
  private readonly mask: number
  constructor(bits: number) {
    this.words = new Uint32Array(Math.max(1, (2 ** bits) / 32))
    this.mask = 2 ** bits - 1
  }
  add(hash: number): void {
    const index = bitIndex(hash, this.mask)
    this.words[index >>> 5] = (this.words[index >>> 5] ?? 0) | (1 << (index & 31))
  }
  has(hash: number): boolean {
    const index = bitIndex(hash, this.mask)
    return ((this.words[index >>> 5] ?? 0) & (1 << (index & 31))) !== 0
  }
}

class BitPrefixFilter implements PrefixFilter {
  readonly prefixes: BitSet
  readonly words: BitSet
  constructor(bits: number) {
    this.prefixes = new BitSet(bits)
    this.words = new BitSet(bits)
  }
  hasPrefix(hash: number): boolean {
    return this.prefixes.has(hash)
  }
  hasWord(hash: number): boolean {
    return this.words.has(hash)
  }
}

/**
 * Builds a filter holding every word and every prefix of every word, each
 * in a bit set of `2^bits` bits (pick bits so the set stays sparse).
 *
 * @example
 * ```ts
 * const filter = buildPrefixFilter(["alpha", "beta"], 12)
 * filter.hasWord(hashString("beta")) // true
 * ```
 * @since 0.1.0
 */
export const buildPrefixFilter = (words: Iterable<string>, bits: number): PrefixFilter => {
  const filter = new BitPrefixFilter(bits)
  for (const word of words) {
    let hash = HASH_SEED
    for (let k = 0; k < word.length; k += 1) {
      hash = hashStep(hash, word.charCodeAt(k))
      filter.prefixes.add(hash)
    }
    filter.words.add(hash)
  }
  return filter
}
