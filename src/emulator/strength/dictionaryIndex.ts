import type { Options, RankedDictionary, UserInputsOptions } from "@zxcvbn-ts/core"
import { buildPrefixFilter, type PrefixFilter } from "./prefixFilter.js"

/**
 * One ranked dictionary as zxcvbn-ts's dictionary matcher sees it.
 *
 * @example
 * ```ts
 * const d: ScanDictionary = { name: "passwords-common", ranked: { password: 2 }, maxWordSize: 8 }
 * ```
 * @since 0.1.0
 */
export interface ScanDictionary {
  readonly name: string
  readonly ranked: RankedDictionary
  readonly maxWordSize: number
}

/**
 * Dictionaries in zxcvbn-ts's iteration order plus a filter over all their
 * words, so a scan can stop as soon as no word can start with the window.
 *
 * @example
 * ```ts
 * const index = dictionaryIndexes(options).all
 * index.dictionaries.map((d) => d.name) // ["diceware-common", "passwords-common", ...]
 * ```
 * @since 0.1.0
 */
export interface DictionaryIndex {
  readonly dictionaries: ReadonlyArray<ScanDictionary>
  readonly filter: PrefixFilter
  readonly maxSearchWidth: number
}

/**
 * The two dictionary views zxcvbn-ts uses: every dictionary (plain, l33t and
 * reversed matching) and only the word-sequence ones (word sequences).
 *
 * @example
 * ```ts
 * const { all, wordSequence } = dictionaryIndexes(options)
 * ```
 * @since 0.1.0
 */
export interface DictionaryIndexes {
  readonly all: DictionaryIndex
  readonly wordSequence: DictionaryIndex
}

// zxcvbn-ts looks words up in plain objects, so inherited names such as
// "constructor" are "found" too; keep them in every filter to stay identical.
const inheritedNames = Object.getOwnPropertyNames(Object.prototype)

const ALL_BITS = 23
const SMALL_BITS = 12
const USER_BITS = 14

const makeIndex = (dictionaries: ReadonlyArray<ScanDictionary>, bits: number): DictionaryIndex => {
  const words = function* () {
    yield* inheritedNames
    for (const dictionary of dictionaries) yield* Object.keys(dictionary.ranked)
  }
  return {
    dictionaries,
    filter: buildPrefixFilter(words(), bits),
    maxSearchWidth: Math.max(0, ...dictionaries.map((d) => d.maxWordSize))
  }
}

const fromOptions = (options: Options, keep: (name: string) => boolean): ReadonlyArray<ScanDictionary> =>
  Object.keys(options.rankedDictionaries)
    .filter(keep)
    .map((name) => ({
      name,
      ranked: options.rankedDictionaries[name] ?? {},
      maxWordSize: options.rankedDictionariesMaxWordSize[name] ?? 0
    }))

// Building the filters walks ~240k words; do it once per zxcvbn-ts Options.
const memo = new WeakMap<Options, DictionaryIndexes>()

/**
 * The dictionary indexes for a zxcvbn-ts `Options`, built on first use.
 * A `userInputs` dictionary inside the options is not supported (ours has
 * none): per-call user inputs are handled by {@link userDictionaryIndex}.
 *
 * @example
 * ```ts
 * const indexes = dictionaryIndexes(options)
 * indexes.wordSequence.maxSearchWidth // 11
 * ```
 * @since 0.1.0
 */
export const dictionaryIndexes = (options: Options): DictionaryIndexes => {
  const cached = memo.get(options)
  if (cached !== undefined) return cached
  const built: DictionaryIndexes = {
    all: makeIndex(fromOptions(options, (name) => name !== "userInputs"), ALL_BITS),
    wordSequence: makeIndex(fromOptions(options, (name) => options.isWordSequence(name)), SMALL_BITS)
  }
  memo.set(options, built)
  return built
}

const userMemo = new WeakMap<RankedDictionary, DictionaryIndex>()

/**
 * The per-call `userInputs` dictionary (zxcvbn-ts appends it after the
 * static ones), indexed once per call and shared by every scan of that call.
 *
 * @example
 * ```ts
 * const user = userDictionaryIndex(options.getUserInputsOptions(["alice"]))
 * user?.dictionaries[0]?.name // "userInputs"
 * ```
 * @since 0.1.0
 */
export const userDictionaryIndex = (userInputs: UserInputsOptions | undefined): DictionaryIndex | undefined => {
  if (userInputs === undefined) return undefined
  const cached = userMemo.get(userInputs.rankedDictionary)
  if (cached !== undefined) return cached
  const built = makeIndex(
    [{ name: "userInputs", ranked: userInputs.rankedDictionary, maxWordSize: userInputs.rankedDictionaryMaxWordSize }],
    USER_BITS
  )
  userMemo.set(userInputs.rankedDictionary, built)
  return built
}
