import { describe, expect, it } from "@effect/vitest"
import {
  analyse,
  checkStrength,
  examinedText,
  MAX_EXAMINED_LENGTH,
  MAX_USER_INPUTS,
  zxcvbnPolicy
} from "../../../src/emulator/strength/index.js"
import { reference, REFERENCE_YEAR } from "./reference.js"

describe("what is examined: a password longer than 128 code units is scored on its first 128", () => {
  it("is the whole password up to 128 code units", () => {
    expect(MAX_EXAMINED_LENGTH).toBe(128)
    for (const password of ["", "a", "x".repeat(128), "😀".repeat(64)]) expect(examinedText(password)).toBe(password)
  })

  it("is the first 128 code units of anything longer, without splitting a surrogate pair", () => {
    for (const length of [129, 256, 1000, 1 << 20]) expect(examinedText("y".repeat(length))).toBe("y".repeat(128))
    expect(examinedText(`${"a".repeat(127)}😀tail`)).toBe("a".repeat(127))
    expect(examinedText(`${"a".repeat(128)}😀`)).toBe("a".repeat(128))
    expect(examinedText("\ud800".repeat(200))).toBe("\ud800".repeat(128))
  })

  it("scores a long password exactly as its examined prefix, which is zxcvbn 4.4.2's score of that prefix", () => {
    const prefix = "Tr0ub4dor&3 correct horse 1987-12-25 qwerty p@$$w0rd ".repeat(3).slice(0, 128)
    const ours = analyse(`${prefix}${"x".repeat(5000)}`, { referenceYear: REFERENCE_YEAR })
    expect(ours.password).toBe(prefix)
    const expected = reference(prefix)
    expect([ours.score, ours.guesses]).toEqual([expected.score, expected.guesses])
    for (const password of ["a".repeat(1 << 20), "p@$$w0rd".repeat(1000), `${"b".repeat(127)}😀${"c".repeat(100)}`]) {
      expect(analyse(password, { referenceYear: REFERENCE_YEAR })).toEqual(
        analyse(examinedText(password), { referenceYear: REFERENCE_YEAR })
      )
    }
  }, 60_000)

  it("gives a long password whose prefix is strong the top score", () => {
    const strongPrefix = "vT7#qL9!mZ2@wX4$kR8%nB3^yH6&cJ1*"
    expect(checkStrength(strongPrefix + "a".repeat(1 << 20), { policy: zxcvbnPolicy }).score).toBe(4)
  })

  it("considers the first 16 user inputs", () => {
    expect(MAX_USER_INPUTS).toBe(16)
    const inputs = [...Array.from({ length: 16 }, (_, k) => `filler${k}`), "quentinmarlowe"]
    const late = analyse("quentinmarlowe", { userInputs: inputs, referenceYear: REFERENCE_YEAR })
    expect(late.sequence.some((m) => m.pattern === "dictionary" && m.dictionary_name === "user_inputs")).toBe(false)
    const early = analyse("quentinmarlowe", { userInputs: inputs.slice(1), referenceYear: REFERENCE_YEAR })
    expect(early.sequence.some((m) => m.pattern === "dictionary" && m.dictionary_name === "user_inputs")).toBe(true)
  })

  it("measures years from the reference year, by default the current one", () => {
    // a sole recent_year match: |1987 - year| (at least 20), plus zxcvbn's 1 for a one-match sequence
    const at = (referenceYear: number) => analyse("1987", { referenceYear }).guesses
    expect(at(2027)).toBe(41)
    expect(at(1987)).toBe(21)
    expect(analyse("1987").guesses).toBe(at(new Date().getFullYear()))
  })
})
