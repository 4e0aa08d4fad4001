/**
 * zxcvbn's ranked dictionaries as tries: its six frequency lists, built once
 * on first use, and the caller's user inputs, built per check.
 *
 * @since 0.1.0
 */
import { FREQUENCY_LIST_NAMES, frequencyLists as loadFrequencyLists } from "./data/frequencyLists.js"
import type { DictionaryName } from "./matchTypes.js"
import { buildTrie, type Trie } from "./trie.js"

/**
 * Dictionaries searched together: one trie and the names of its rank columns.
 *
 * @example
 * ```ts
 * import type { DictionaryGroup } from "./dictionaries.js"
 * import { buildTrie } from "./trie.js"
 *
 * const group: DictionaryGroup = { trie: buildTrie([["alice"]]), names: ["user_inputs"] }
 * ```
 * @since 0.1.0
 */
export interface DictionaryGroup {
  readonly trie: Trie
  readonly names: ReadonlyArray<DictionaryName>
}

let frequencyLists: DictionaryGroup | undefined

/**
 * zxcvbn's frequency lists (passwords, english_wikipedia, female_names,
 * surnames, us_tv_and_film, male_names), in its order. The first call builds
 * the trie (tens of ms); later calls share it.
 *
 * @example
 * ```ts
 * import { frequencyListGroup } from "./dictionaries.js"
 *
 * frequencyListGroup().names[0] // "passwords"
 * ```
 * @since 0.1.0
 */
export const frequencyListGroup = (): DictionaryGroup =>
  frequencyLists ??= {
    trie: buildTrie(FREQUENCY_LIST_NAMES.map((name) => loadFrequencyLists()[name].split(","))),
    names: FREQUENCY_LIST_NAMES
  }

/**
 * The most user inputs a check considers: the first ones given. zxcvbn has no
 * limit; the emulator passes five at most (an email and its parts).
 *
 * @example
 * ```ts
 * import { MAX_USER_INPUTS } from "./dictionaries.js"
 *
 * MAX_USER_INPUTS // 16
 * ```
 * @since 0.1.0
 */
export const MAX_USER_INPUTS = 16

/**
 * The `user_inputs` dictionary of one check: the inputs lower-cased, ranked
 * by position (a repeated input keeps its last rank, as in zxcvbn). An input
 * longer than `longest` code units cannot match any part of the examined
 * text, so it keeps its rank but is not indexed.
 *
 * @example
 * ```ts
 * import { userInputGroup } from "./dictionaries.js"
 *
 * userInputGroup(["Alice@example.com", "alice"], 64).names // ["user_inputs"]
 * ```
 * @since 0.1.0
 */
export const userInputGroup = (userInputs: ReadonlyArray<string>, longest: number): DictionaryGroup => ({
  trie: buildTrie([
    userInputs.slice(0, MAX_USER_INPUTS).map((input) => (input.length > longest ? "" : input.toLowerCase()))
  ]),
  names: ["user_inputs"]
})
