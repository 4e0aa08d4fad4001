/**
 * zxcvbn's l33t matcher, without its cost. zxcvbn translates the whole
 * password once per substitution map (up to 736 of them) and runs the
 * dictionary matcher on each translation. A word at `i..j` depends only on
 * how a map treats the l33t characters inside `i..j`, so this walks the
 * dictionary trie once from each position, branching on those characters
 * only where the trie allows, and keeps the set of maps still consistent.
 * Each distinct result is reported once, for the first map that yields it:
 * the later maps give the very same match, which can never win zxcvbn's search.
 *
 * @since 0.1.0
 */
import { dictionaryMatch } from "./dictionaryMatch.js"
import type { DictionaryGroup } from "./dictionaries.js"
import { firstMap, l33tIndex, type L33tIndex } from "./l33tIndex.js"
import { relevantL33tMask } from "./l33tSubs.js"
import type { DictionaryMatch } from "./matchTypes.js"
import { walkL33tTrie } from "./l33tWalk.js"

const CAPITAL_SIGMA = "\u03a3"
const SMALL_SIGMAS = [0x3c3, 0x3c2]

interface Found {
  readonly match: DictionaryMatch
  readonly map: number
  readonly group: number
  readonly dictionary: number
}

// zxcvbn's match.sub: the map's pairs whose l33t character is in the token, in the map's key order.
const usedPairs = (pairs: ReadonlyArray<readonly [string, string]>, token: string): Record<string, string> => {
  const used: Record<string, string> = {}
  for (const [l33t, letter] of pairs) if (token.includes(l33t)) used[l33t] = letter
  return used
}

const display = (sub: Readonly<Record<string, string>>): string =>
  Object.entries(sub).map(([l33t, letter]) => `${l33t} -> ${letter}`).join(", ")

const l33tMatchOf = (
  password: string,
  i: number,
  j: number,
  word: string,
  rank: number,
  name: DictionaryMatch["dictionary_name"],
  sub: Readonly<Record<string, string>>
): DictionaryMatch => ({
  pattern: "dictionary",
  i,
  j,
  token: password.slice(i, j + 1),
  matched_word: word,
  rank,
  dictionary_name: name,
  reversed: false,
  l33t: true,
  sub,
  sub_display: display(sub)
})

// When the token is not the window the word was read from, maps that agree
// on the window may still differ on the token's l33t characters: split the
// set by each of those, and keep the first map of each part, in map order.
const firstOfEachClass = (index: L33tIndex, maps: Uint32Array, token: string): Array<number> => {
  const characters = [...new Set(token)].map((c) => c.charCodeAt(0)).filter((code) => index.choices[code] !== undefined)
  const firsts: Array<number> = []
  const split = (set: Uint32Array, at: number): void => {
    const code = characters[at]
    if (code === undefined) {
      firsts.push(firstMap(set))
      return
    }
    for (const choice of index.choices[code] ?? []) {
      const part = new Uint32Array(index.words)
      let any = 0
      for (let w = 0; w < index.words; w += 1) any |= part[w] = (set[w] ?? 0) & (choice.maps[w] ?? 0)
      if (any !== 0) split(part, at + 1)
    }
  }
  split(maps, 0)
  return firsts.sort((a, b) => a - b)
}

// zxcvbn itself, for the one case the walk cannot mirror: lower-casing a
// capital sigma depends on its neighbours, which substitutions change, and
// only matters when some user input has a small sigma.
const literalL33tMatch = (password: string, groups: ReadonlyArray<DictionaryGroup>, index: L33tIndex) => {
  const found: Array<DictionaryMatch> = []
  for (const dict of index.dicts) {
    let translated = ""
    for (let k = 0; k < password.length; k += 1) translated += dict[password.charAt(k)] ?? password.charAt(k)
    for (const match of dictionaryMatch(translated, groups)) {
      const token = password.slice(match.i, match.j + 1)
      if (token.toLowerCase() === match.matched_word) continue
      const sub = usedPairs(Object.entries(dict), token)
      found.push(l33tMatchOf(password, match.i, match.j, match.matched_word, match.rank, match.dictionary_name, sub))
    }
  }
  return found.filter((match) => match.token.length > 1).sort((a, b) => a.i - b.i || a.j - b.j)
}

/**
 * Dictionary words behind l33t substitutions ("p4$$w0rd"): what zxcvbn's
 * `l33t_match` returns, in its order for equal spans (map, then dictionary),
 * less the repeats of a match by later maps.
 *
 * @example
 * ```ts
 * import { frequencyListGroup } from "./dictionaries.js"
 * import { l33tMatch } from "./l33tMatch.js"
 *
 * l33tMatch("p4ss", [frequencyListGroup()]).map((m) => m.matched_word) // ["pass", ...]
 * ```
 * @since 0.1.0
 */
export const l33tMatch = (password: string, groups: ReadonlyArray<DictionaryGroup>): Array<DictionaryMatch> => {
  const mask = relevantL33tMask(password)
  if (mask === 0) return []
  const index = l33tIndex(mask)
  if (password.includes(CAPITAL_SIGMA) && groups.some(({ trie }) => SMALL_SIGMAS.some((code) => trie.hasCode(code)))) {
    return literalL33tMatch(password, groups, index)
  }
  const lower = password.toLowerCase()
  const shifted = lower.length !== password.length
  const found: Array<Found> = []
  groups.forEach(({ names, trie }, group) => {
    const onWord = (i: number, j: number, node: number, maps: Uint32Array, word: string) => {
      if (j === i) return
      const token = password.slice(i, j + 1)
      if (shifted && token.toLowerCase() === word) return
      const wordId = trie.word(node)
      // the sub of each consistent map: one per distinct set of pairs used in the token
      const subs: Array<{ readonly map: number; readonly sub: Record<string, string> }> = []
      if (shifted) {
        for (const map of firstOfEachClass(index, maps, token)) subs.push({ map, sub: usedPairs(index.pairs[map] ?? [], token) })
      } else {
        const map = firstMap(maps)
        subs.push({ map, sub: usedPairs(index.pairs[map] ?? [], token) })
      }
      for (const { map, sub } of subs) {
        names.forEach((name, dictionary) => {
          const rank = trie.rank(wordId, dictionary)
          if (rank === 0) return
          found.push({ match: l33tMatchOf(password, i, j, word, rank, name, sub), map, group, dictionary })
        })
      }
    }
    walkL33tTrie(password, lower, index, trie, onWord, !shifted)
  })
  found.sort((a, b) =>
    a.match.i - b.match.i || a.match.j - b.match.j || a.map - b.map || a.group - b.group || a.dictionary - b.dictionary
  )
  return found.map(({ match }) => match)
}
