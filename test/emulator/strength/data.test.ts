import { describe, expect, it } from "@effect/vitest"
import { createRequire } from "node:module"
import { ADJACENCY_GRAPHS } from "../../../src/emulator/strength/data/adjacencyGraphs.js"
import { FREQUENCY_LIST_NAMES, frequencyLists } from "../../../src/emulator/strength/data/frequencyLists.js"

const require = createRequire(import.meta.url)

describe("the generated zxcvbn data (scripts/generate-zxcvbn-data.mjs)", () => {
  it("comes from zxcvbn 4.4.2", () => {
    expect(require("zxcvbn/package.json").version).toBe("4.4.2")
  })

  it("has zxcvbn's frequency lists, in its order, every word at its rank", () => {
    const lists: Record<string, ReadonlyArray<string>> = require("zxcvbn/lib/frequency_lists.js")
    expect([...FREQUENCY_LIST_NAMES]).toEqual(Object.keys(lists))
    for (const name of FREQUENCY_LIST_NAMES) expect(frequencyLists()[name].split(",")).toEqual(lists[name])
    expect(frequencyLists().passwords.split(",").length).toBe(30_000)
  })

  it("has zxcvbn's keyboard graphs", () => {
    expect(ADJACENCY_GRAPHS).toEqual(require("zxcvbn/lib/adjacency_graphs.js"))
  })
})
