import { describe, expect, it } from "@effect/vitest"
import { compareWithReferenceInSlices, report } from "./agreement.js"
import { buildCorpus } from "./corpus.js"

// zxcvbn 4.4.2 takes about 8 ms per password here (seconds on the longest):
// this file belongs to the slow suite.
describe("agreement with zxcvbn 4.4.2 and Stytch's feedback rules (slow)", () => {
  const corpus = buildCorpus(20250601, 5200)

  it("covers every family and every length from 0 to 100", () => {
    expect(corpus.length).toBe(5200)
    const kinds = new Set(corpus.map(({ kind }) => kind))
    for (const kind of ["word", "capitals", "l33t", "l33tAmbiguous", "l33tDense", "reversed", "year", "date", "keyboard", "sequence", "repeat", "mixture", "random", "nonAscii", "userInputs"]) {
      expect(kinds.has(kind)).toBe(true)
    }
    const lengths = new Set(corpus.map(({ password }) => password.length))
    for (let length = 0; length <= 100; length += 1) expect(lengths.has(length)).toBe(true)
  })

  it("is identical on every password: score, guesses, match sequence and feedback", async () => {
    const agreement = await compareWithReferenceInSlices(corpus, 50)
    console.log(report("slow corpus", agreement))
    expect(agreement.disagreements).toEqual([])
    expect(agreement.score).toBe(corpus.length)
    expect(agreement.feedback).toBe(corpus.length)
    // and the reference's own sequences show every kind of match, many times over
    console.log([...agreement.coverage].sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => `${kind} ${count}`).join(", "))
    const kinds = [
      "dictionary:passwords", "dictionary:english_wikipedia", "dictionary:female_names", "dictionary:surnames",
      "dictionary:us_tv_and_film", "dictionary:male_names", "dictionary:user_inputs", "l33t", "reversed",
      "rank:top-10", "rank:top-100", "rank:top-1000", "rank:deeper",
      "spatial:qwerty", "spatial:dvorak", "spatial:keypad", "spatial:mac_keypad", "spatial:shifted", "spatial:turns", "spatial:straight",
      "sequence:lower", "sequence:upper", "sequence:digits", "sequence:unicode", "sequence:ascending", "sequence:descending",
      "date:no-separator", "date:separator", "regex", "repeat:one-character", "repeat:longer", "bruteforce"
    ]
    for (const kind of kinds) expect(agreement.coverage.get(kind) ?? 0, kind).toBeGreaterThanOrEqual(10)
  }, 600_000)

  it("is identical up to the examined length too (101 to 128 characters, a second or so each for the reference)", async () => {
    const pieces = buildCorpus(4242, 101 + 200).slice(101).map(({ password }) => password)
    const long = Array.from({ length: 24 }, (_, k) => {
      const text = pieces.slice(k * 8, k * 8 + 8).join("").repeat(4)
      return { password: text.slice(0, 101 + ((k * 7) % 28)), userInputs: [] }
    })
    expect(long.every(({ password }) => password.length > 100 && password.length <= 128)).toBe(true)
    const agreement = await compareWithReferenceInSlices(long, 1)
    console.log(report("101 to 128 characters", agreement))
    expect(agreement.disagreements).toEqual([])
  }, 600_000)
})
