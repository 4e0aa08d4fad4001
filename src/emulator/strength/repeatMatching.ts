import type { MatchExtended, MatchOptions, Options, RepeatMatch } from "@zxcvbn-ts/core"
import { mostGuessableSequence } from "./search.js"

// zxcvbn-ts picks between a greedy and a lazy repeat ("aabaab" vs "aa").
const pickRepeat = (greedy: RegExpExecArray, lazy: RegExpExecArray | null) => {
  if (lazy !== null && greedy[0].length > lazy[0].length) {
    // the greedy repeated part may itself repeat ("aabaab" in "aabaabaabaab")
    const shortest = /^(.+?)\1+$/.exec(greedy[0])
    return { match: greedy, baseToken: shortest?.[1] ?? "" }
  }
  return { match: lazy, baseToken: lazy?.[1] ?? "" }
}

/**
 * zxcvbn-ts's repeat matcher ("aaa", "abcabc"), step for step, except that
 * the repeated part is scored with our {@link mostGuessableSequence} (same
 * result) instead of zxcvbn-ts's much slower search.
 *
 * @example
 * ```ts
 * repeatMatches({ password: "abcabc", omniMatch }, options)
 * // [{ pattern: "repeat", i: 0, j: 5, token: "abcabc", baseToken: "abc", repeatCount: 2, ... }]
 * ```
 * @since 0.1.0
 */
export const repeatMatches = ({ omniMatch, password }: MatchOptions, options: Options): Array<RepeatMatch> => {
  const matches: Array<RepeatMatch> = []
  let lastIndex = 0
  while (lastIndex < password.length) {
    const greedy = /(.+)\1+/g
    const lazy = /(.+?)\1+/g
    greedy.lastIndex = lastIndex
    lazy.lastIndex = lastIndex
    const greedyMatch = greedy.exec(password)
    if (greedyMatch === null) break
    const { baseToken, match } = pickRepeat(greedyMatch, lazy.exec(password))
    // never happens (a greedy repeat implies a lazy one); guards the loop
    if (match === null) break
    const j = match.index + match[0].length - 1
    const baseMatches: ReadonlyArray<MatchExtended> | Promise<Array<MatchExtended>> = omniMatch.match(baseToken)
    // only asynchronous custom matchers yield a promise, and we have none
    const baseGuesses = baseMatches instanceof Promise
      ? Number.NaN
      : mostGuessableSequence(baseToken, baseMatches, options).guesses
    matches.push({
      pattern: "repeat",
      i: match.index,
      j,
      token: match[0],
      baseToken,
      baseGuesses,
      repeatCount: match[0].length / baseToken.length
    })
    lastIndex = j + 1
  }
  return matches
}
