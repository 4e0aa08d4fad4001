import { describe, expect, it } from "@effect/vitest"
import { analyse } from "../../../src/emulator/strength/index.js"
import { enumerateL33tSubs, L33T_CHARACTERS, L33T_TABLE, relevantL33tMask } from "../../../src/emulator/strength/l33tSubs.js"
import { compareWithReference } from "./agreement.js"
import { seeded } from "./corpus.js"
import { reference, REFERENCE_YEAR, referenceMatching } from "./reference.js"

// One or more passwords per zxcvbn pattern and feedback branch, plus the odd
// corners (case mappings that change length or depend on neighbours, lone surrogates).
const cases = [
  "",
  "12/25/1987",
  "19871225",
  "1.1.91",
  "2015_06_04",
  "qwertyuiop",
  "qazwsxedc",
  "QWERTY!@#",
  "zxcvbn",
  "789456123",
  "abcdefg",
  "9876543",
  "aaaaaa",
  "abcabcabc",
  "aabaabaab",
  "2019",
  "a-b-c-d-e",
  "drowssap",
  "P4ssw0rd",
  "p@$$w0rd!",
  "Password",
  "passworD",
  "PASSWORD",
  "PassWord",
  "smith",
  "John",
  "mary",
  "the",
  "correcthorsebatterystaple",
  "hasownproperty",
  "İstanbul1",
  "ΣΑΣ ΟΔΟΣ",
  "ǅemal",
  "😀😀😀",
  "\u0000\u0000",
  "\ud800abc",
  "line\nline\nline\n"
]

const TABLE: Record<string, Array<string>> = Object.fromEntries(L33T_TABLE.map(([letter, subs]) => [letter, [...subs]]))

describe("every zxcvbn pattern and feedback branch", () => {
  it("analyses each case exactly as zxcvbn 4.4.2, with Stytch's feedback", () => {
    for (const userInputs of [[], ["alice@example.com", "alice", "smith", "ασ"]]) {
      expect(compareWithReference(cases.map((password) => ({ password, userInputs }))).disagreements).toEqual([])
    }
  })

  it("enumerates l33t substitution maps as zxcvbn does, in its order", () => {
    const random = seeded(4242)
    const samples = ["p4ss", "1|", "1|7", "1!|7+", L33T_CHARACTERS.join(""), ""]
    for (let k = 0; k < 200; k += 1) {
      samples.push(L33T_CHARACTERS.filter(() => random() < 0.35).join(""))
    }
    for (const password of samples) {
      const expected = referenceMatching.enumerate_l33t_subs(referenceMatching.relevant_l33t_subtable(password, TABLE))
      const actual = enumerateL33tSubs(relevantL33tMask(password)).map((sub) => Object.fromEntries(sub))
      expect(actual).toEqual(expected)
      // the key order of each map, which decides zxcvbn's sub_display
      expect(actual.map((sub) => Object.keys(sub))).toEqual(expected.map((sub) => Object.keys(sub)))
    }
    expect(enumerateL33tSubs(relevantL33tMask(L33T_CHARACTERS.join(""))).length).toBe(736)
  })

  it("treats a dictionary as a map, not as zxcvbn's JavaScript object with inherited names", () => {
    // zxcvbn's `word of ranked_dict` also finds "constructor" in every list (inherited from
    // Object.prototype), with a function for a rank; Stytch's Go port has no such words.
    const ours = analyse("constructor", { referenceYear: REFERENCE_YEAR })
    expect(ours.sequence.map((m) => [m.pattern, m.token, m.pattern === "dictionary" ? m.dictionary_name : ""])).toEqual([
      ["dictionary", "constructor", "english_wikipedia"]
    ])
    expect(reference("constructor").sequence.map((m) => m.token)).toEqual(["construct", "or"])
    expect(analyse("__proto__", { referenceYear: REFERENCE_YEAR }).sequence.map((m) => m.token)).toEqual(
      reference("__proto__").sequence.map((m) => m.token)
    )
  })
})
