import type { L33tMatch } from "@zxcvbn-ts/core"
import { hitsFrom, type ScanTarget } from "./dictionaryScan.js"
import { alignmentOf, subsWithin } from "./l33tAlignment.js"
import { firstDifferences, resumeAt, type Scanned, sharedEnds } from "./l33tReuse.js"
import type { L33tVariant } from "./l33tVariants.js"

/**
 * zxcvbn-ts's l33t dictionary matcher over the un-l33ted candidates of
 * `password` (see l33tVariants): same matches, same order. Consecutive
 * candidates differ in a few places, so only scans reading changed text are
 * redone (anything else could only find duplicates), and duplicates are
 * found with a set instead of a linear search.
 *
 * @example
 * ```ts
 * const variants = l33tVariants("p4ssw0rd", options.l33tMaxSubstitutions, options.trieNodeRoot)
 * scanL33t("p4ssw0rd", scanTarget(dictionaryIndexes(options).all, undefined), variants)
 * // [{ pattern: "dictionary", l33t: true, token: "p4ssw0rd", matchedWord: "password", ... }, ...]
 * ```
 * @since 0.1.0
 */
export const scanL33t = (
  password: string,
  target: ScanTarget,
  variants: ReadonlyArray<L33tVariant>
): Array<L33tMatch> => {
  const matches: Array<L33tMatch> = []
  // words already matched, by span and dictionary
  const included = new Map<number, Set<string>>()
  let previous: Scanned | undefined
  let hasFullMatch = false
  for (const variant of variants) {
    // a candidate explaining the whole password ends the search
    if (hasFullMatch) break
    const length = variant.password.length
    const lower = variant.password.toLowerCase()
    const alignment = alignmentOf(variant)
    const differences = firstDifferences(lower, alignment, length, previous)
    const ends = differences === undefined ? sharedEnds(lower, alignment, length, previous) : { head: 0, tail: 0 }
    const before = previous
    const lastRead = new Array<number>(length).fill(-1)
    previous = { lower, alignment, lastRead }
    for (let i = 0; i < length; i += 1) {
      // Only scans reading text that changed since the previous candidate
      // can find new words, and only words ending in the changed text.
      const fromJ = resumeAt(i, length, before, differences, ends, lastRead)
      if (fromJ === undefined) continue
      for (const hit of hitsFrom(lower, length, i, i === 0 ? length - 1 : -1, target, fromJ, lastRead)) {
        const j = hit.j
        const start = i + (alignment.shiftBefore[i] ?? 0)
        const stop = j + (alignment.shiftBefore[j + 1] ?? 0)
        if (!hasFullMatch) hasFullMatch = start === 0 && stop === password.length - 1
        // a number key: spans stay far below 2^16 and dictionaries below 2^8
        const key = (start * 65536 + stop) * 256 + hit.dictionaryIndex
        const words = included.get(key)
        if (words?.has(hit.matchedWord) === true) continue
        const token = password.slice(start, stop + 1)
        // only keep matches that really contain a substitution
        if (token.toLowerCase() === hit.matchedWord) continue
        if (words === undefined) included.set(key, new Set([hit.matchedWord]))
        else words.add(hit.matchedWord)
        const { subs, subDisplay } = subsWithin(alignment.changeAt, i, j)
        matches.push({
          pattern: "dictionary",
          i: start,
          j: stop,
          token,
          matchedWord: hit.matchedWord,
          rank: hit.rank,
          dictionaryName: hit.dictionaryName,
          reversed: false,
          l33t: true,
          subs,
          subDisplay
        })
      }
    }
  }
  // single-character l33t matches ("4" as "a") are noise, as in zxcvbn-ts
  return matches.filter((match) => match.token.length > 1)
}
