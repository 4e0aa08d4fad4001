import type { Alignment } from "./l33tAlignment.js"
import type { L33tChange } from "./l33tVariants.js"

const sameChange = (x: L33tChange | undefined, y: L33tChange | undefined): boolean =>
  x === y || (x !== undefined && y !== undefined && x.letter === y.letter && x.substitution === y.substitution)

/**
 * What the scan of one candidate leaves for the next.
 *
 * @example
 * ```ts
 * const scanned: Scanned = { lower: "pass", alignment, lastRead: [3, 3, 3, 3] }
 * ```
 * @since 0.1.0
 */
export interface Scanned {
  readonly lower: string
  readonly alignment: Alignment
  // index of the last character read by the scan from each position
  readonly lastRead: ReadonlyArray<number>
}

/**
 * For each position, the first position at or after it where two
 * candidates of the same layout (same length, every position mapping to
 * the same place of the original) differ, in lower-cased text or in the
 * substitution made; undefined when the layouts differ. (Lower-casing that
 * changes the length, rare as it is, counts as a different layout.)
 *
 * @example
 * ```ts
 * firstDifferences("pass", alignment, 4, previous) // [2, 2, 2, 4, 4] when only position 2 changed
 * ```
 * @since 0.1.0
 */
export const firstDifferences = (
  lower: string,
  alignment: Alignment,
  length: number,
  previous: Scanned | undefined
): Array<number> | undefined => {
  if (previous === undefined || lower.length !== length || previous.lower.length !== length) return undefined
  const before = previous.alignment
  if (before.changeAt.length !== length) return undefined
  for (let k = 0; k <= length; k += 1) if (alignment.shiftBefore[k] !== before.shiftBefore[k]) return undefined
  const next = new Array<number>(length + 1).fill(length)
  for (let k = length - 1; k >= 0; k -= 1) {
    const same = lower.charCodeAt(k) === previous.lower.charCodeAt(k) &&
      sameChange(alignment.changeAt[k], before.changeAt[k])
    next[k] = same ? (next[k + 1] ?? length) : k
  }
  return next
}

/**
 * How many leading (or trailing) positions two candidates of different
 * layouts share; a shared tail maps onto the same end of the original.
 *
 * @example
 * ```ts
 * sharedEnds("pa$sword", alignment, 8, previous) // { head: 2, tail: 5 }
 * ```
 * @since 0.1.0
 */
export const sharedEnds = (lower: string, alignment: Alignment, length: number, previous: Scanned | undefined) => {
  const previousLength = previous?.alignment.changeAt.length ?? 0
  if (previous === undefined || lower.length !== length || previous.lower.length !== previousLength) {
    return { head: 0, tail: 0 }
  }
  const limit = Math.min(length, previousLength)
  let head = 0
  while (
    head < limit && lower.charCodeAt(head) === previous.lower.charCodeAt(head) &&
    sameChange(alignment.changeAt[head], previous.alignment.changeAt[head])
  ) head += 1
  let tail = 0
  while (
    tail < limit && lower.charCodeAt(length - 1 - tail) === previous.lower.charCodeAt(previousLength - 1 - tail) &&
    sameChange(alignment.changeAt[length - 1 - tail], previous.alignment.changeAt[previousLength - 1 - tail])
  ) tail += 1
  return { head, tail }
}

/**
 * Where the scan from `i` must start looking for new words, or undefined
 * when it would only read text the previous candidate's scan read at the
 * same place (so it could only find duplicates); then `lastRead[i]` is
 * filled in from the previous scan.
 *
 * @example
 * ```ts
 * resumeAt(5, 8, previous, differences, { head: 0, tail: 0 }, lastRead) // 6: only words ending at 6 or later are new
 * ```
 * @since 0.1.0
 */
export const resumeAt = (
  i: number,
  length: number,
  before: Scanned | undefined,
  differences: ReadonlyArray<number> | undefined,
  ends: { readonly head: number; readonly tail: number },
  lastRead: Array<number>
): number | undefined => {
  // i = 0 also looks the whole candidate up: always scanned in full
  if (i === 0 || before === undefined) return i
  const read = before.lastRead[i]
  if (differences !== undefined) {
    const difference = differences[i] ?? i
    if (read !== undefined && read < difference) {
      lastRead[i] = read
      return undefined
    }
    return difference
  }
  const beforeLength = before.alignment.changeAt.length
  if (i >= length - ends.tail) {
    lastRead[i] = (before.lastRead[i - length + beforeLength] ?? 0) + length - beforeLength
    return undefined
  }
  if (i < ends.head && read !== undefined && read < ends.head) {
    lastRead[i] = read
    return undefined
  }
  return Math.max(i, ends.head)
}

