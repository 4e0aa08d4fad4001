import type { DictionaryMatch, WordSequenceMatch } from "@zxcvbn-ts/core"

interface WordMatch {
  readonly word: string
  readonly i: number
  readonly j: number
  readonly rank: number
  readonly dictionaryName: string
}

// Non-overlapping word matches, earliest first; on ties prefer forward,
// then non-l33t, then better-ranked matches (zxcvbn-ts's order).
const nonOverlapping = (matches: ReadonlyArray<DictionaryMatch>): Array<DictionaryMatch> =>
  [...matches]
    .sort((a, b) => {
      if (a.i !== b.i) return a.i - b.i
      if (a.j !== b.j) return a.j - b.j
      if (a.reversed !== b.reversed) return a.reversed ? 1 : -1
      if (a.l33t !== b.l33t) return a.l33t ? 1 : -1
      return a.rank - b.rank
    })
    .reduce<Array<DictionaryMatch>>((kept, match) => {
      const last = kept[kept.length - 1]
      if (last === undefined || match.i > last.j) kept.push(match)
      return kept
    }, [])

const SEPARATORS = ["", " ", "-", "_", "."]

const joins = (previous: WordMatch, next: WordMatch, password: string): boolean => {
  const between = password.slice(previous.j + 1, next.i)
  const isCamelCase = between.length === 1 && between === between.toUpperCase() && between !== between.toLowerCase()
  return SEPARATORS.includes(between) || isCamelCase
}

const mostCommon = (names: ReadonlyArray<string>): string | undefined => {
  const counts = new Map<string, number>()
  let best: string | undefined
  let bestCount = 0
  for (const name of names) {
    const count = (counts.get(name) ?? 0) + 1
    counts.set(name, count)
    if (count > bestCount) {
      bestCount = count
      best = name
    }
  }
  return best
}

const toMatch = (words: ReadonlyArray<WordMatch>, password: string): WordSequenceMatch | undefined => {
  const first = words[0]
  const last = words[words.length - 1]
  if (first === undefined || last === undefined) return undefined
  const ranks = words.map((w) => w.rank)
  return {
    pattern: "wordSequence",
    i: first.i,
    j: last.j,
    token: password.slice(first.i, last.j + 1),
    words: words.map((w) => w.word),
    wordCount: words.length,
    dictionaryName: mostCommon(words.map((w) => w.dictionaryName)) || first.dictionaryName,
    ascending: ranks.every((rank, k) => k === 0 || rank >= (ranks[k - 1] ?? rank))
  }
}

const sequencesFrom = (sorted: ReadonlyArray<WordMatch>, start: number, password: string): Array<WordSequenceMatch> => {
  const found: Array<WordSequenceMatch> = []
  const first = sorted[start]
  if (first === undefined) return found
  let current: Array<WordMatch> = [first]
  let currentEnd = first.j
  const flush = () => {
    const match = current.length > 1 ? toMatch(current, password) : undefined
    if (match !== undefined) found.push(match)
  }
  for (let k = start + 1; k < sorted.length; k += 1) {
    const next = sorted[k]
    const previous = current[current.length - 1]
    if (next === undefined || previous === undefined) continue
    if (joins(previous, next, password)) {
      current.push(next)
      currentEnd = next.j
    } else if (next.i > currentEnd) {
      flush()
      current = [next]
      currentEnd = next.j
    }
  }
  flush()
  return found
}

/**
 * zxcvbn-ts's word-sequence matcher ("oneTwoThree", "north-east-south")
 * over the plain, l33t and reversed matches of the word-sequence lists.
 *
 * @example
 * ```ts
 * wordSequences("onetwothree", [...plain, ...l33t, ...reversed])
 * // [{ pattern: "wordSequence", words: ["one", "two", "three"], wordCount: 3, ... }, ...]
 * ```
 * @since 0.1.0
 */
export const wordSequences = (password: string, matches: ReadonlyArray<DictionaryMatch>): Array<WordSequenceMatch> => {
  const words: Array<WordMatch> = nonOverlapping(matches).map((m) => ({
    word: m.matchedWord,
    i: m.i,
    j: m.j,
    rank: m.rank,
    dictionaryName: m.dictionaryName
  }))
  const sorted = [...words].sort((a, b) => a.i - b.i)
  return sorted.flatMap((_, start) => sequencesFrom(sorted, start, password))
}
