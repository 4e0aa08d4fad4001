/**
 * zxcvbn's spatial matcher: walks on its keyboard graphs.
 *
 * @since 0.1.0
 */
import { ADJACENCY_GRAPHS } from "./data/adjacencyGraphs.js"
import type { GraphName, SpatialMatch } from "./matchTypes.js"

const GRAPH_NAMES: ReadonlyArray<GraphName> = ["qwerty", "dvorak", "keypad", "mac_keypad"]

const graphs = new Map(
  GRAPH_NAMES.map((name) => [name, new Map(Object.entries(ADJACENCY_GRAPHS[name]))] as const)
)

const SHIFTED = /[~!@#$%^&*()_+QWERTYUIOP{}|ASDFGHJKL:"ZXCVBNM<>?]/

const matchesOnGraph = (password: string, name: GraphName, matches: Array<SpatialMatch>): void => {
  const graph = graphs.get(name)
  if (graph === undefined) return
  const keyboard = name === "qwerty" || name === "dvorak"
  let i = 0
  while (i < password.length - 1) {
    let j = i + 1
    let lastDirection = -1
    let turns = 0
    let shiftedCount = keyboard && SHIFTED.test(password.charAt(i)) ? 1 : 0
    for (;;) {
      const adjacents = graph.get(password.charAt(j - 1)) ?? []
      let found = false
      if (j < password.length) {
        const current = password.charAt(j)
        for (let direction = 0; direction < adjacents.length; direction += 1) {
          const adjacent = adjacents[direction]
          const at = adjacent === null || adjacent === undefined ? -1 : adjacent.indexOf(current)
          if (at === -1) continue
          found = true
          // index 1 of a neighbour is its shifted character
          if (at === 1) shiftedCount += 1
          // every walk starts with a turn
          if (lastDirection !== direction) {
            turns += 1
            lastDirection = direction
          }
          break
        }
      }
      if (found) {
        j += 1
        continue
      }
      if (j - i > 2) {
        matches.push({ pattern: "spatial", i, j: j - 1, token: password.slice(i, j), graph: name, turns, shifted_count: shiftedCount })
      }
      i = j
      break
    }
  }
}

/**
 * Keyboard walks of three keys or more on zxcvbn's graphs (qwerty, dvorak,
 * keypad, mac keypad, in that order), as its `spatial_match` finds them.
 *
 * @example
 * ```ts
 * import { spatialMatch } from "./spatialMatch.js"
 *
 * spatialMatch("qwerty")[0] // { pattern: "spatial", i: 0, j: 5, graph: "qwerty", turns: 1, ... }
 * ```
 * @since 0.1.0
 */
export const spatialMatch = (password: string): Array<SpatialMatch> => {
  const matches: Array<SpatialMatch> = []
  for (const name of GRAPH_NAMES) matchesOnGraph(password, name, matches)
  return matches
}

/**
 * zxcvbn's figures per graph for its guesses: the number of keys and their
 * average number of neighbours (qwerty's for both keyboards, keypad's for both keypads).
 *
 * @example
 * ```ts
 * import { graphStatistics } from "./spatialMatch.js"
 *
 * graphStatistics("qwerty").startingPositions // 94
 * ```
 * @since 0.1.0
 */
export const graphStatistics = (name: GraphName): { readonly startingPositions: number; readonly averageDegree: number } =>
  name === "qwerty" || name === "dvorak" ? KEYBOARD : KEYPAD

const statistics = (graph: (typeof ADJACENCY_GRAPHS)[GraphName]) => {
  const keys = Object.keys(graph)
  let average = 0
  for (const key of keys) average += (graph[key] ?? []).filter((neighbour) => neighbour !== null && neighbour !== "").length
  average /= keys.length
  return { startingPositions: keys.length, averageDegree: average }
}

const KEYBOARD = statistics(ADJACENCY_GRAPHS.qwerty)
const KEYPAD = statistics(ADJACENCY_GRAPHS.keypad)
