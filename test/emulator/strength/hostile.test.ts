import { describe, expect, it } from "@effect/vitest"
import { checkStrength, ludsPolicy, userInputsFromEmail, zxcvbnPolicy } from "../../../src/emulator/strength/index.js"

const MiB = 1 << 20

// deterministic pseudo-random printable text
const noise = (length: number): string => {
  let state = 12345
  return Array.from({ length }, () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return String.fromCharCode(33 + (state >>> 16) % 94)
  }).join("")
}

const hostile: ReadonlyArray<readonly [string, string]> = [
  ["1 MiB of random printable text", noise(MiB)],
  ["1 MiB of one letter", "a".repeat(MiB)],
  ["1 MiB of l33t look-alikes", "4@$$|!10".repeat(MiB / 8)],
  ["emoji", "😀🔥👩‍👩‍👧‍👦🏳️‍🌈".repeat(40_000)],
  ["lone high surrogates", "\ud800".repeat(MiB)],
  ["lone low surrogates", "\udc00x".repeat(MiB / 2)],
  ["a pair split at the examined boundary", `${"a".repeat(63)}😀${"b".repeat(100)}`],
  ["NUL", "\u0000".repeat(MiB)],
  ["right-to-left text and overrides", "\u202eשלום עולם \u202bمرحبا\u200f".repeat(50_000)],
  ["combining marks", "e\u0301\u0302\u0303".repeat(MiB / 4)],
  ["empty", ""]
]

describe("hostile inputs", () => {
  it.each(hostile)("%s: a well-formed result under both policies", (_, password) => {
    for (const policy of [zxcvbnPolicy, ludsPolicy()]) {
      const result = checkStrength(password, { policy, userInputs: userInputsFromEmail("a@example.com") })
      expect(Number.isInteger(result.score) && result.score >= 0 && result.score <= 4).toBe(true)
      expect(typeof result.valid_password).toBe("boolean")
      expect(typeof result.warning).toBe("string")
      expect(result.suggestions.every((s) => typeof s === "string")).toBe(true)
      expect(result.luds_requirements === undefined).toBe(policy.kind === "zxcvbn")
    }
  })

  it("survives hostile user inputs too", () => {
    const userInputs = [noise(MiB), "\ud800".repeat(1000), "", ...Array.from({ length: 10_000 }, (_, k) => `u${k}`)]
    const result = checkStrength("correct horse", { policy: zxcvbnPolicy, userInputs })
    expect(result.score).toBeGreaterThanOrEqual(0)
  })
})
