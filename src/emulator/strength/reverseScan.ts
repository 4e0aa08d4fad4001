import type { DictionaryMatch } from "@zxcvbn-ts/core"
import { type ScanTarget, scanDictionaries } from "./dictionaryScan.js"

// zxcvbn-ts reverses UTF-16 code units (not code points); keep that.
const reverse = (text: string): string => text.split("").reverse().join("")

/**
 * zxcvbn-ts's reversed dictionary matcher ("drowssap" is "password").
 *
 * @example
 * ```ts
 * scanReversed("drowssap", scanTarget(dictionaryIndexes(options).all, undefined))
 * // [{ pattern: "dictionary", reversed: true, token: "drowssap", matchedWord: "password", ... }, ...]
 * ```
 * @since 0.1.0
 */
export const scanReversed = (password: string, target: ScanTarget): Array<DictionaryMatch> =>
  scanDictionaries(reverse(password), target).map((match) => ({
    pattern: "dictionary",
    i: password.length - 1 - match.j,
    j: password.length - 1 - match.i,
    token: reverse(match.token),
    matchedWord: match.matchedWord,
    rank: match.rank,
    dictionaryName: match.dictionaryName,
    reversed: true,
    l33t: false
  }))
