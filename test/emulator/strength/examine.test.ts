import { describe, expect, it } from "@effect/vitest"
import { Options } from "@zxcvbn-ts/core"
import {
  checkStrength,
  examinedText,
  examinedUserInputs,
  makeZxcvbnScorer,
  MAX_EXAMINED_LENGTH,
  MAX_USER_INPUTS,
  zxcvbnPolicy
} from "../../../src/emulator/strength/index.js"
import { l33tVariants } from "../../../src/emulator/strength/l33tVariants.js"

describe("what zxcvbn examines", () => {
  it("is the whole password up to 64 code units", () => {
    expect(MAX_EXAMINED_LENGTH).toBe(64)
    for (const password of ["", "a", "x".repeat(64), "😀".repeat(32)]) expect(examinedText(password)).toBe(password)
  })

  it("is the first 64 code units of anything longer, without splitting a surrogate pair", () => {
    for (const length of [65, 100, 1000, 1 << 20]) {
      expect(examinedText("y".repeat(length))).toBe("y".repeat(64))
    }
    expect(examinedText(`${"a".repeat(63)}😀tail`)).toBe("a".repeat(63))
    expect(examinedText(`${"a".repeat(64)}😀`)).toBe("a".repeat(64))
    expect(examinedText("\ud800".repeat(100))).toBe("\ud800".repeat(64))
  })

  it("scores a long password exactly as its examined prefix", () => {
    const scorer = makeZxcvbnScorer()
    for (const password of ["a".repeat(1 << 20), `Tr0ub4dor&3${"x".repeat(5000)}`, "p@$$w0rd".repeat(1000)]) {
      expect(scorer.verdict(password, [])).toEqual(scorer.verdict(examinedText(password), []))
    }
  })

  it("gives a long password whose prefix is strong the top score", () => {
    const strongPrefix = "vT7#qL9!mZ2@wX4$kR8%nB3^yH6&cJ1*"
    expect(checkStrength(strongPrefix + "a".repeat(1 << 20), { policy: zxcvbnPolicy }).score).toBe(4)
  })

  it("passes at most 16 user inputs, each at most 65 code units", () => {
    const inputs = examinedUserInputs(Array.from({ length: 100 }, (_, k) => `${k}`.repeat(1000)))
    expect(MAX_USER_INPUTS).toBe(16)
    expect(inputs.length).toBe(16)
    expect(inputs.every((input) => input.length === MAX_EXAMINED_LENGTH + 1)).toBe(true)
    expect(examinedUserInputs(["alice@example.com", "alice"])).toEqual(["alice@example.com", "alice"])
  })

  it("tries at most zxcvbn-ts's 100 un-l33ted candidates", () => {
    const { l33tMaxSubstitutions, trieNodeRoot } = new Options({})
    expect(l33tMaxSubstitutions).toBe(100)
    expect(l33tVariants(examinedText("4@$$|!10".repeat(1000)), l33tMaxSubstitutions, trieNodeRoot).length).toBe(100)
    expect(l33tVariants("p4ss", l33tMaxSubstitutions, trieNodeRoot).map((v) => v.password)).toEqual(["pass", "p4ss"])
  })
})
