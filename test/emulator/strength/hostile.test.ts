import { describe, expect, it } from "@effect/vitest"
import {
  analyse,
  checkStrength,
  examinedText,
  ludsPolicy,
  userInputsFromEmail,
  zxcvbnPolicy
} from "../../../src/emulator/strength/index.js"
import { compareWithReference } from "./agreement.js"
import { REFERENCE_YEAR } from "./reference.js"

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

// Inputs built to make a naive zxcvbn slow: each as 1 MiB, and cut short
// enough for the reference to check them too.
const adversarial: ReadonlyArray<readonly [string, string]> = [
  ["a run of one character", "a".repeat(MiB)],
  ["random digits", Array.from({ length: MiB }, (_, k) => String((k * 7919 + (k >> 3) * 31) % 10)).join("")],
  ["ascending digits", "0123456789".repeat(MiB / 10)],
  ["dates", "19871225".repeat(MiB / 8)],
  ["ambiguous l33t", "1|7".repeat(MiB / 3)],
  ["every l33t character", "4@8({[<3691!|70$5+%2".repeat(MiB / 20)],
  ["l33t words", "p@$$w0rdl0v3m0nk3y".repeat(MiB / 18)],
  ["a keyboard walk", "qwertyuiopasdfghjklzxcvbnm".repeat(MiB / 26)],
  ["a walk with turns", "qazwsxedcrfvtgbyhnujmik,ol.".repeat(MiB / 27)],
  ["a dictionary-word soup", "theandofloveinwasmyisbabyto".repeat(MiB / 27)],
  ["a repeated word", "password".repeat(MiB / 8)],
  ["nested repeats", "ababababx".repeat(MiB / 9)],
  ["a dotted capital I and a capital sigma among l33t", "İp4ssΑΣ1|7σ".repeat(MiB / 11)]
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

  it.each(adversarial)("%s: scored on its first 128 code units", (_, password) => {
    const analysis = analyse(password, { referenceYear: REFERENCE_YEAR })
    expect(analysis.password).toBe(examinedText(password))
    expect(analysis).toEqual(analyse(examinedText(password), { referenceYear: REFERENCE_YEAR }))
    expect(analysis.sequence.length).toBeGreaterThan(0)
  })

  it("gives zxcvbn 4.4.2's answer on the adversarial inputs cut to 40 code units", () => {
    const cut = adversarial.map(([, password]) => ({ password: password.slice(0, 40), userInputs: ["σας", "is"] }))
    expect(compareWithReference(cut).disagreements).toEqual([])
  }, 60_000)

  it("survives hostile user inputs too", () => {
    const userInputs = [noise(MiB), "\ud800".repeat(1000), "", ...Array.from({ length: 10_000 }, (_, k) => `u${k}`)]
    const result = checkStrength("correct horse", { policy: zxcvbnPolicy, userInputs })
    expect(result.score).toBeGreaterThanOrEqual(0)
  })
})
