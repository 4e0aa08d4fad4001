import { describe, expect, it } from "@effect/vitest"
import { ZxcvbnFactory } from "@zxcvbn-ts/core"
import { defaultZxcvbnOptions, makeZxcvbnScorer } from "../../../src/emulator/strength/index.js"

// One or more passwords per zxcvbn pattern and feedback branch, plus the
// odd corners (inherited object keys, case mappings that change length).
const cases = [
  "",
  "12/25/1987",
  "19871225",
  "qwertyuiop",
  "qazwsxedc",
  "QWERTY!@#",
  "abcdefg",
  "9876543",
  "aaaaaa",
  "abcabcabc",
  "2019",
  "a-b-c-d-e",
  "onetwothree",
  "north-east-south",
  "drowssap",
  "P4ssw0rd",
  "p@$$w0rd!",
  "Password",
  "passworD",
  "PASSWORD",
  "smith",
  "John",
  "the",
  "correcthorsebatterystaple",
  "constructor",
  "__proto__",
  "hasownproperty",
  "İstanbul1",
  "ΣΑΣ ΟΔΟΣ",
  "ǅemal",
  "😀😀😀",
  "\u0000\u0000",
  "\ud800abc"
]

describe("every zxcvbn pattern and feedback branch", () => {
  const reference = new ZxcvbnFactory(defaultZxcvbnOptions())
  const ours = makeZxcvbnScorer()

  it.each(cases)("analyses %j exactly as stock zxcvbn-ts", (password) => {
    for (const userInputs of [[], ["alice@example.com", "alice", "smith"]]) {
      const expected = reference.check(password, userInputs)
      const actual = ours.analyse(password, userInputs)
      expect(actual.score).toBe(expected.score)
      expect(actual.guesses).toBe(expected.guesses)
      expect(actual.feedback).toEqual(expected.feedback)
      expect(actual.sequence.map((m) => [m.pattern, m.i, m.j, m.token, m.guesses])).toEqual(
        expected.sequence.map((m) => [m.pattern, m.i, m.j, m.token, m.guesses])
      )
    }
  })
})
