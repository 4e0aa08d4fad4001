import type { Options } from "@zxcvbn-ts/core"

/**
 * The l33t table as the trie zxcvbn-ts builds from it (`options.trieNodeRoot`).
 *
 * @example
 * ```ts
 * const trie: L33tTrie = options.trieNodeRoot
 * ```
 * @since 0.1.0
 */
export type L33tTrie = Options["trieNodeRoot"]

/**
 * One substitution made while un-l33ting: `substitution` (e.g. "4") became
 * `letter` ("a") at index `i` of the un-l33ted text.
 *
 * @example
 * ```ts
 * const change: L33tChange = { i: 0, letter: "a", substitution: "4" }
 * ```
 * @since 0.1.0
 */
export interface L33tChange {
  readonly i: number
  readonly letter: string
  readonly substitution: string
}

/**
 * A candidate un-l33ted password and the substitutions that produced it.
 *
 * @example
 * ```ts
 * const v: L33tVariant = { password: "pass", changes: [{ i: 2, letter: "s", substitution: "$" }], isFullSubstitution: false }
 * ```
 * @since 0.1.0
 */
export interface L33tVariant {
  readonly password: string
  readonly changes: ReadonlyArray<L33tChange>
  readonly isFullSubstitution: boolean
}

const nodesAt = (text: string, index: number, root: L33tTrie): Array<L33tTrie> => {
  const nodes: Array<L33tTrie> = []
  let current: L33tTrie | undefined = root
  for (let k = index; k < text.length; k += 1) {
    current = current.getChild(text.charAt(k))
    if (current === undefined) break
    nodes.push(current)
  }
  return nodes
}

/**
 * The un-l33ted candidates zxcvbn-ts examines, in its order and with its cap
 * (`l33tMaxSubstitutions`): first the fully substituted ones, then partial
 * ones; a substitution is not repeated a 4th time in a row. The recursion is
 * as deep as the text is long, which the examined-length cap keeps small.
 *
 * @example
 * ```ts
 * l33tVariants("p4ss", 100, options.trieNodeRoot).map((v) => v.password) // ["pass", "p4ss"]
 * ```
 * @since 0.1.0
 */
export const l33tVariants = (text: string, limit: number, root: L33tTrie): ReadonlyArray<L33tVariant> => {
  const found: Array<L33tVariant> = []
  const buffer: Array<string> = []
  const changes: Array<L33tChange> = []
  // the substitutions that can start at each index depend on the text only
  const nodesByIndex = Array.from({ length: text.length }, (_, index) => nodesAt(text, index, root))

  const walk = (
    onlyFullSub: boolean,
    isFullSub: boolean,
    index: number,
    subIndex: number,
    lastSub: string | undefined,
    consecutive: number
  ): void => {
    if (found.length >= limit) return
    if (index === text.length) {
      if (onlyFullSub === isFullSub) {
        found.push({ password: buffer.join(""), changes: changes.slice(), isFullSubstitution: onlyFullSub })
      }
      return
    }
    const nodes = nodesByIndex[index] ?? []
    let hasSubs = false
    // widest substitution first, as zxcvbn-ts does
    for (let k = nodes.length - 1; k >= 0; k -= 1) {
      const node = nodes[k]
      if (node === undefined || !node.isTerminal()) continue
      const sub = node.parents.join("")
      if (lastSub === sub && consecutive >= 3) continue
      hasSubs = true
      for (const letter of node.subs ?? []) {
        buffer.push(letter)
        changes.push({ i: subIndex, letter, substitution: sub })
        walk(onlyFullSub, isFullSub, index + sub.length, subIndex + letter.length, sub, lastSub === sub ? consecutive + 1 : 1)
        buffer.pop()
        changes.pop()
        if (found.length >= limit) return
      }
    }
    if (!onlyFullSub || !hasSubs) {
      buffer.push(text.charAt(index))
      walk(onlyFullSub, isFullSub && !hasSubs, index + 1, subIndex + 1, lastSub, consecutive)
      buffer.pop()
    }
  }

  walk(true, true, 0, 0, undefined, 0)
  walk(false, true, 0, 0, undefined, 0)
  return found
}
