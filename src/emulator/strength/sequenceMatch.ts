/**
 * zxcvbn's sequence matcher: runs of characters at a constant code-unit step.
 *
 * @since 0.1.0
 */
import type { SequenceMatch } from "./matchTypes.js"

const MAX_DELTA = 5

const classify = (token: string): Pick<SequenceMatch, "sequence_name" | "sequence_space"> => {
  if (/^[a-z]+$/.test(token)) return { sequence_name: "lower", sequence_space: 26 }
  if (/^[A-Z]+$/.test(token)) return { sequence_name: "upper", sequence_space: 26 }
  if (/^\d+$/.test(token)) return { sequence_name: "digits", sequence_space: 10 }
  // zxcvbn sticks to the roman alphabet's size
  return { sequence_name: "unicode", sequence_space: 26 }
}

/**
 * Sequences such as "abcd", "9753" or "ZYX" (steps of 1 to 5, either way),
 * as zxcvbn's `sequence_match` finds them: a step of ±1 needs 2 characters,
 * a larger one 3.
 *
 * @example
 * ```ts
 * import { sequenceMatch } from "./sequenceMatch.js"
 *
 * sequenceMatch("abcdb975zy").map((m) => m.token) // ["abcd", "975", "zy"]
 * ```
 * @since 0.1.0
 */
export const sequenceMatch = (password: string): Array<SequenceMatch> => {
  const result: Array<SequenceMatch> = []
  if (password.length <= 1) return result
  const update = (i: number, j: number, delta: number) => {
    const size = Math.abs(delta)
    if ((j - i > 1 || size === 1) && size > 0 && size <= MAX_DELTA) {
      const token = password.slice(i, j + 1)
      result.push({ pattern: "sequence", i, j, token, ...classify(token), ascending: delta > 0 })
    }
  }
  let i = 0
  let lastDelta: number | undefined
  for (let k = 1; k < password.length; k += 1) {
    const delta = password.charCodeAt(k) - password.charCodeAt(k - 1)
    lastDelta ??= delta
    if (delta === lastDelta) continue
    const j = k - 1
    update(i, j, lastDelta)
    i = j
    lastDelta = delta
  }
  update(i, password.length - 1, lastDelta ?? 0)
  return result
}
