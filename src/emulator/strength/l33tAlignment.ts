import type { L33tMatch } from "@zxcvbn-ts/core"
import type { L33tChange, L33tVariant } from "./l33tVariants.js"

/**
 * How an un-l33ted candidate lines up with the original text.
 *
 * @example
 * ```ts
 * alignmentOf(variant).shiftBefore[3] // original chars before candidate position 3, minus 3
 * ```
 * @since 0.1.0
 */
export interface Alignment {
  // the substitution that produced each candidate position, if any
  readonly changeAt: ReadonlyArray<L33tChange | undefined>
  // how much longer the original is than the candidate before each position
  readonly shiftBefore: ReadonlyArray<number>
}

/**
 * The {@link Alignment} of a candidate. One letter per substitution, so at
 * most one change per candidate position.
 *
 * @example
 * ```ts
 * alignmentOf({ password: "pass", changes: [{ i: 1, letter: "a", substitution: "4" }], isFullSubstitution: true })
 * // { changeAt: [undefined, { i: 1, ... }, undefined, undefined], shiftBefore: [0, 0, 0, 0, 0] }
 * ```
 * @since 0.1.0
 */
export const alignmentOf = (variant: L33tVariant): Alignment => {
  const length = variant.password.length
  const changeAt = new Array<L33tChange | undefined>(length).fill(undefined)
  for (const change of variant.changes) changeAt[change.i] = change
  const shiftBefore = [0]
  for (let k = 0; k < length; k += 1) {
    const change = changeAt[k]
    const shift = change === undefined ? 0 : change.substitution.length - change.letter.length
    shiftBefore.push((shiftBefore[k] ?? 0) + shift)
  }
  return { changeAt, shiftBefore }
}

/**
 * The distinct substitutions used inside candidate positions [i, j], as
 * zxcvbn-ts lists them on a l33t match (its getExtras).
 *
 * @example
 * ```ts
 * subsWithin(alignmentOf(variant).changeAt, 0, 3) // { subs: [{ letter: "a", substitution: "4" }], subDisplay: "4 -> a" }
 * ```
 * @since 0.1.0
 */
export const subsWithin = (
  changeAt: ReadonlyArray<L33tChange | undefined>,
  i: number,
  j: number
): { subs: L33tMatch["subs"]; subDisplay: string } => {
  const subs: L33tMatch["subs"] = []
  const display: Array<string> = []
  const seen = new Set<string>()
  for (let k = i; k <= j; k += 1) {
    const change = changeAt[k]
    if (change === undefined) continue
    const key = `${change.letter}-${change.substitution}`
    if (seen.has(key)) continue
    seen.add(key)
    subs.push({ letter: change.letter, substitution: change.substitution })
    display.push(`${change.substitution} -> ${change.letter}`)
  }
  return { subs, subDisplay: display.join(", ") }
}
