import { describe, expect, it } from "@effect/vitest"
import { Options, ZxcvbnFactory } from "@zxcvbn-ts/core"
import {
  checkStrength,
  defaultZxcvbnOptions,
  makeZxcvbnScorer,
  zxcvbnPolicy
} from "../../../src/emulator/strength/index.js"
import { l33tVariants } from "../../../src/emulator/strength/l33tVariants.js"
import { buildCorpus } from "./corpus.js"

// Stock zxcvbn-ts is the reference. It costs roughly length × (1 + l33t
// candidates) dictionary scans, up to a second for a 64-character l33t-heavy
// string, so it only runs where that product is small: the suite stays fast.
const REFERENCE_BUDGET = 650

const { l33tMaxSubstitutions, trieNodeRoot } = new Options({})
const candidates = (password: string): number => l33tVariants(password, l33tMaxSubstitutions, trieNodeRoot).length

describe("zxcvbn agreement with stock zxcvbn-ts", () => {
  const reference = new ZxcvbnFactory(defaultZxcvbnOptions())
  const ours = makeZxcvbnScorer()
  const corpus = buildCorpus(20240601, 80)
  const affordable = corpus.filter(({ password }) => password.length * (1 + candidates(password)) <= REFERENCE_BUDGET)
  const summary = (password: string, userInputs: Array<string> = []) => {
    const r = reference.check(password, userInputs)
    return { score: r.score, guesses: r.guesses, feedback: r.feedback, sequence: r.sequence.map((m) => [m.pattern, m.i, m.j, m.token]) }
  }
  const ourSummary = (password: string, userInputs: Array<string> = []) => {
    const r = ours.analyse(password, userInputs)
    return { score: r.score, guesses: r.guesses, feedback: r.feedback, sequence: r.sequence.map((m) => [m.pattern, m.i, m.j, m.token]) }
  }

  it("builds a corpus of ordinary passwords up to 64 characters, every family affordable in part", () => {
    expect(corpus.length).toBe(800)
    expect(corpus.every(({ password }) => password.length <= 64)).toBe(true)
    expect(new Set(affordable.map(({ kind }) => kind)).size).toBe(10)
    expect(affordable.length).toBeGreaterThanOrEqual(500)
    // entries where zxcvbn-ts stops at its cap of 100 l33t candidates
    expect(affordable.filter(({ password }) => candidates(password) >= l33tMaxSubstitutions).length).toBeGreaterThan(20)
  })

  it("gives the reference's score, guesses, sequence and feedback on every affordable entry", () => {
    const disagreements = affordable.flatMap(({ password }) => {
      const expected = summary(password)
      const score = checkStrength(password, { policy: zxcvbnPolicy }).score
      const analysis = ourSummary(password)
      return score === expected.score && JSON.stringify(analysis) === JSON.stringify(expected)
        ? []
        : [{ password, expected, score, analysis }]
    })
    expect(disagreements).toEqual([])
  })

  it("agrees with user inputs as well", () => {
    const userInputs = ["alice.smith@example.com", "alice.smith"]
    for (const { password } of affordable.filter((_, k) => k % 8 === 0)) {
      const withEmail = `${password.slice(0, 20)}alice.smith`
      expect(ourSummary(withEmail, userInputs)).toEqual(summary(withEmail, userInputs))
    }
  })

  it("agrees on long l33t-heavy passwords, where the reference takes up to a second", () => {
    const long = ["|4@8(6|)3#9&1!|<7^2$5+%0|4@8(6|)3#9&1!|<7^2$5+%0|4@8(6|)3#9&1!|<", "p@$$w0rdl0v3m0nk3ydr4g0n1l0v3y0ush4d0w$uperm4n"]
    for (const password of long) {
      expect(candidates(password)).toBe(l33tMaxSubstitutions)
      expect(ourSummary(password)).toEqual(summary(password))
    }
  })

  it("scores the entries too slow for the reference as well", () => {
    for (const { password } of corpus.filter((entry) => !affordable.includes(entry))) {
      const { score } = checkStrength(password, { policy: zxcvbnPolicy })
      expect(score >= 0 && score <= 4).toBe(true)
    }
  })
})
