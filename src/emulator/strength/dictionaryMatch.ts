/**
 * zxcvbn's dictionary and reverse-dictionary matchers.
 *
 * @since 0.1.0
 */
import type { DictionaryGroup } from "./dictionaries.js"
import type { DictionaryMatch } from "./matchTypes.js"
import { NO_NODE } from "./trie.js"

/**
 * Reverses a string code unit by code unit, as zxcvbn's
 * `split('').reverse().join('')` does (a surrogate pair comes out swapped).
 *
 * @example
 * ```ts
 * import { reverseCodeUnits } from "./dictionaryMatch.js"
 *
 * reverseCodeUnits("abc") // "cba"
 * ```
 * @since 0.1.0
 */
export const reverseCodeUnits = (text: string): string => {
  let out = ""
  for (let k = text.length - 1; k >= 0; k -= 1) out += text.charAt(k)
  return out
}

/**
 * Every dictionary word in `password`, case-insensitively: what zxcvbn's
 * `dictionary_match` returns, in its order for equal spans (group order, then
 * dictionary order). As in zxcvbn, words are read from the lower-cased
 * password at the password's own positions, even when lower-casing changed
 * its length ("İ" becomes two code units).
 *
 * @example
 * ```ts
 * import { frequencyListGroup } from "./dictionaries.js"
 * import { dictionaryMatch } from "./dictionaryMatch.js"
 *
 * dictionaryMatch("Password", [frequencyListGroup()])[0]?.matched_word // "pass"
 * ```
 * @since 0.1.0
 */
export const dictionaryMatch = (password: string, groups: ReadonlyArray<DictionaryGroup>): Array<DictionaryMatch> =>
  matchWords(password, groups, false)

/**
 * Dictionary words spelled backwards: zxcvbn's `reverse_dictionary_match`.
 *
 * @example
 * ```ts
 * import { frequencyListGroup } from "./dictionaries.js"
 * import { reverseDictionaryMatch } from "./dictionaryMatch.js"
 *
 * reverseDictionaryMatch("drowssap", [frequencyListGroup()]).some((m) => m.matched_word === "password") // true
 * ```
 * @since 0.1.0
 */
export const reverseDictionaryMatch = (
  password: string,
  groups: ReadonlyArray<DictionaryGroup>
): Array<DictionaryMatch> => matchWords(reverseCodeUnits(password), groups, true)

// Reversed, `text` is the password backwards and the matches are mapped back onto the password.
const matchWords = (text: string, groups: ReadonlyArray<DictionaryGroup>, reversed: boolean): Array<DictionaryMatch> => {
  const matches: Array<DictionaryMatch> = []
  const n = text.length
  const lower = text.toLowerCase()
  for (const { names, trie } of groups) {
    for (let i = 0; i < n; i += 1) {
      let node = 0
      for (let j = i; j < n; j += 1) {
        node = trie.child(node, lower.charCodeAt(j))
        if (node === NO_NODE) break
        const word = trie.word(node)
        if (word === NO_NODE) continue
        const token = text.slice(i, j + 1)
        const matched_word = lower.slice(i, j + 1)
        for (let d = 0; d < names.length; d += 1) {
          const rank = trie.rank(word, d)
          const dictionary_name = names[d]
          if (rank === 0 || dictionary_name === undefined) continue
          matches.push(
            reversed
              ? { pattern: "dictionary", i: n - 1 - j, j: n - 1 - i, token: reverseCodeUnits(token), matched_word, rank, dictionary_name, reversed, l33t: false }
              : { pattern: "dictionary", i, j, token, matched_word, rank, dictionary_name, reversed, l33t: false }
          )
        }
      }
    }
  }
  return matches
}
