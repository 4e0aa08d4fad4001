import { describe, expect, it } from "@effect/vitest"
import { analyse, checkStrength, zxcvbnPolicy } from "../../../src/emulator/strength/index.js"
import { compareWithReference, report } from "./agreement.js"
import { buildCorpus } from "./corpus.js"
import { reference, REFERENCE_YEAR, specFeedback } from "./reference.js"

// The named cases of the bug report and a few hundred corpus passwords; the
// full corpus runs in agreement.slow.test.ts.
const named = [
  "barney",
  "qazwsx123",
  "13579corky",
  "password",
  "Password1",
  "p@$$w0rd",
  "Tr0ub4dor&3",
  "correcthorsebatterystaple",
  "drowssap",
  "12/25/1987",
  "1987",
  "2019",
  "aaaaaaaa",
  "abcabcabc",
  "qwertyuiop",
  "zxcvbnm,./",
  "1|7|1|7|1|7",
  "PASSWORD",
  "Jennifer",
  "smith",
  "john",
  "patricia",
  ""
]

describe("agreement with zxcvbn 4.4.2 and Stytch's feedback rules", () => {
  it("holds for the named cases of the bug report", () => {
    const barney = analyse("barney", { referenceYear: REFERENCE_YEAR })
    expect(barney.feedback).toEqual({
      warning: "This is a very common password.",
      suggestions: ["Add another word or two. Uncommon words are better."]
    })
    expect(barney.score).toBe(reference("barney").score)
    expect(barney.feedback).toEqual(specFeedback(reference("barney").score, reference("barney").sequence))
    expect(checkStrength("qazwsx123", { policy: zxcvbnPolicy }).score).toBe(0)
    expect(checkStrength("13579corky", { policy: zxcvbnPolicy }).score).toBe(1)
  })

  it("is identical on the named cases and a sample of the corpus", () => {
    // the corpus opens with one password per length up to 100, which the reference takes long over: skip those
    const corpus = buildCorpus(777, 101 + 400).slice(101).filter(({ password }) => password.length <= 40)
    const sample = [...named.map((password) => ({ password, userInputs: [] })), ...corpus]
    const agreement = compareWithReference(sample)
    console.log(report("fast sample", agreement))
    expect(agreement.disagreements).toEqual([])
    expect(agreement.score).toBe(sample.length)
  }, 60_000)

  it("agrees with user inputs, and ranks a repeated input by its last place as zxcvbn does", () => {
    const sample = [
      { password: "alice.smith1", userInputs: ["alice.smith@example.com", "alice.smith", "alice", "smith", "alicesmith"] },
      { password: "AliceSmith", userInputs: ["alice.smith@example.com", "alice.smith", "alice", "smith", "alicesmith"] },
      { password: "bobbob", userInputs: ["bob", "x", "bob"] },
      { password: "Quentin.Marlowe", userInputs: ["Quentin.Marlowe@lakeside.org", "Quentin.Marlowe", "Quentin", "Marlowe"] }
    ]
    expect(compareWithReference(sample).disagreements).toEqual([])
  })
})
