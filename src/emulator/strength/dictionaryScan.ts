import type { DictionaryMatch } from "@zxcvbn-ts/core"
import type { DictionaryIndex } from "./dictionaryIndex.js"
import { HASH_SEED, hashStep } from "./prefixFilter.js"

/**
 * What one scan looks words up in: the static dictionaries plus, when the
 * call has user inputs, zxcvbn-ts's "userInputs" dictionary after them.
 *
 * @example
 * ```ts
 * const target = scanTarget(dictionaryIndexes(options).all, undefined)
 * ```
 * @since 0.1.0
 */
export interface ScanTarget {
  readonly index: DictionaryIndex
  readonly user: DictionaryIndex | undefined
  readonly dictionaries: DictionaryIndex["dictionaries"]
  readonly maxSearchWidth: number
}

/**
 * Combines the static index with the optional per-call user-input index.
 *
 * @example
 * ```ts
 * scanTarget(indexes.all, userDictionaryIndex(userInputsOptions)).maxSearchWidth // 23
 * ```
 * @since 0.1.0
 */
export const scanTarget = (index: DictionaryIndex, user: DictionaryIndex | undefined): ScanTarget => ({
  index,
  user,
  dictionaries: user === undefined ? index.dictionaries : [...index.dictionaries, ...user.dictionaries],
  maxSearchWidth: Math.max(index.maxSearchWidth, user?.maxSearchWidth ?? 0)
})

/**
 * A dictionary word found in lower-cased text, ending at index `j`.
 *
 * @example
 * ```ts
 * const hit: WordHit = { j: 7, matchedWord: "password", rank: 2, dictionaryName: "passwords-common", dictionaryIndex: 1 }
 * ```
 * @since 0.1.0
 */
export interface WordHit {
  readonly j: number
  readonly matchedWord: string
  readonly rank: number
  readonly dictionaryName: string
  // position of the dictionary in the scan's dictionary order
  readonly dictionaryIndex: number
}

const NO_HITS: Array<WordHit> = []

/**
 * Every dictionary word starting at `i` of `lower` (scanning up to index
 * `end`, exclusive) and ending at `fromJ` or later, in zxcvbn-ts's order:
 * by end, then dictionary order.
 * `fullEnd` is the end index of the whole password when `i` is 0: zxcvbn-ts
 * looks the whole password up however long it is (pass -1 for "no such").
 * Rather than looking every window up in every dictionary, a window grows
 * only while some word can still start with it, and only probable whole
 * words are looked up. `lastRead[i]`, when given, receives the index of the
 * last character the scan read.
 *
 * @example
 * ```ts
 * hitsFrom("password1", 9, 0, -1, scanTarget(index, undefined))
 * // [{ j: 3, matchedWord: "pass", ... }, { j: 7, matchedWord: "password", ... }, ...]
 * ```
 * @since 0.1.0
 */
export const hitsFrom = (
  lower: string,
  end: number,
  i: number,
  fullEnd: number,
  target: ScanTarget,
  fromJ: number = i,
  lastRead?: Array<number>
): ReadonlyArray<WordHit> => {
  let hits: Array<WordHit> | undefined
  const { dictionaries, maxSearchWidth } = target
  const filter = target.index.filter
  const userFilter = target.user?.filter
  let hash = HASH_SEED
  let j = i
  for (; j < end; j += 1) {
    const width = j - i + 1
    const isFullPassword = j === fullEnd
    if (width > maxSearchWidth && !isFullPassword) {
      j -= 1
      break
    }
    hash = hashStep(hash, lower.charCodeAt(j))
    // no word starts with this window, so no longer window can match either
    if (!filter.hasPrefix(hash) && userFilter?.hasPrefix(hash) !== true) break
    if (j < fromJ || (!filter.hasWord(hash) && userFilter?.hasWord(hash) !== true)) continue
    const matchedWord = lower.slice(i, j + 1)
    for (let d = 0; d < dictionaries.length; d += 1) {
      const dictionary = dictionaries[d]
      if (dictionary === undefined || (width > dictionary.maxWordSize && !isFullPassword)) continue
      const rank = dictionary.ranked[matchedWord]
      if (rank === undefined) continue
      hits ??= []
      hits.push({ j, matchedWord, rank, dictionaryName: dictionary.name, dictionaryIndex: d })
    }
  }
  if (lastRead !== undefined) lastRead[i] = Math.min(j, end - 1)
  return hits ?? NO_HITS
}

/**
 * zxcvbn-ts's dictionary matcher (levenshtein off, the default): the same
 * matches in the same order, found with {@link hitsFrom}.
 *
 * @example
 * ```ts
 * scanDictionaries("Password1", scanTarget(dictionaryIndexes(options).all, undefined))
 * // [{ pattern: "dictionary", i: 0, j: 7, matchedWord: "password", rank: 2, ... }, ...]
 * ```
 * @since 0.1.0
 */
export const scanDictionaries = (
  password: string,
  target: ScanTarget
): Array<DictionaryMatch> => {
  const matches: Array<DictionaryMatch> = []
  const length = password.length
  // zxcvbn-ts slices the lower-cased text with the original indexes; so do we
  const lower = password.toLowerCase()
  for (let i = 0; i < length; i += 1) {
    for (const hit of hitsFrom(lower, length, i, i === 0 ? length - 1 : -1, target)) {
      matches.push({
        pattern: "dictionary",
        i,
        j: hit.j,
        token: password.slice(i, hit.j + 1),
        matchedWord: hit.matchedWord,
        rank: hit.rank,
        dictionaryName: hit.dictionaryName,
        reversed: false,
        l33t: false
      })
    }
  }
  return matches
}
