/**
 * Runs our engine and zxcvbn 4.4.2 side by side over a list of passwords and
 * counts where they agree: score, guesses, match sequence (key fields), and
 * feedback (ours against the spec's rules applied to the reference's result).
 */
import { analyse } from "../../../src/emulator/strength/index.js"
import type { CorpusEntry } from "./corpus.js"
import { keyFields, reference, REFERENCE_YEAR, type ReferenceMatch, specFeedback } from "./reference.js"

/** Agreement counts over a corpus, and the first disagreements. */
export interface Agreement {
  readonly size: number
  readonly score: number
  readonly guesses: number
  readonly sequence: number
  readonly feedback: number
  readonly disagreements: ReadonlyArray<unknown>
  /** How often each kind of match appears in the reference's sequences ("dictionary:surnames", "spatial:keypad", "l33t", ...). */
  readonly coverage: ReadonlyMap<string, number>
}

const kindsOf = (match: ReferenceMatch): Array<string> => {
  const kinds = [String(match.pattern)]
  if (match.pattern === "dictionary") {
    kinds.push(`dictionary:${String(match["dictionary_name"])}`)
    if (match["l33t"] === true) kinds.push("l33t")
    if (match["reversed"] === true) kinds.push("reversed")
    const rank = Number(match["rank"])
    kinds.push(rank <= 10 ? "rank:top-10" : rank <= 100 ? "rank:top-100" : rank <= 1000 ? "rank:top-1000" : "rank:deeper")
  }
  if (match.pattern === "spatial") kinds.push(`spatial:${String(match["graph"])}`, Number(match["shifted_count"]) > 0 ? "spatial:shifted" : "spatial:unshifted", Number(match["turns"]) > 1 ? "spatial:turns" : "spatial:straight")
  if (match.pattern === "sequence") kinds.push(`sequence:${String(match["sequence_name"])}`, match["ascending"] === true ? "sequence:ascending" : "sequence:descending")
  if (match.pattern === "date") kinds.push(match["separator"] === "" ? "date:no-separator" : "date:separator")
  if (match.pattern === "repeat") kinds.push(String(match["base_token"]).length === 1 ? "repeat:one-character" : "repeat:longer")
  return kinds
}

/** Compares every entry; keeps the first 10 disagreements for the report. */
export const compareWithReference = (entries: ReadonlyArray<Pick<CorpusEntry, "password" | "userInputs">>): Agreement => {
  let score = 0
  let guesses = 0
  let sequence = 0
  let feedback = 0
  const disagreements: Array<unknown> = []
  const coverage = new Map<string, number>()
  for (const { password, userInputs } of entries) {
    const expected = reference(password, userInputs)
    for (const match of expected.sequence) for (const kind of kindsOf(match)) coverage.set(kind, (coverage.get(kind) ?? 0) + 1)
    const actual = analyse(password, { userInputs, referenceYear: REFERENCE_YEAR })
    const expectedFeedback = specFeedback(expected.score, expected.sequence)
    const sameScore = actual.score === expected.score
    const sameGuesses = actual.guesses === expected.guesses && actual.guesses_log10 === expected.guesses_log10
    const sameSequence =
      JSON.stringify(actual.sequence.map(keyFields)) === JSON.stringify(expected.sequence.map(keyFields))
    const sameFeedback = JSON.stringify(actual.feedback) === JSON.stringify(expectedFeedback)
    if (sameScore) score += 1
    if (sameGuesses) guesses += 1
    if (sameSequence) sequence += 1
    if (sameFeedback) feedback += 1
    if (!(sameScore && sameGuesses && sameSequence && sameFeedback) && disagreements.length < 10) {
      disagreements.push({
        password,
        userInputs,
        expected: { score: expected.score, guesses: expected.guesses, feedback: expectedFeedback, sequence: expected.sequence.map(keyFields) },
        actual: { score: actual.score, guesses: actual.guesses, feedback: actual.feedback, sequence: actual.sequence.map(keyFields) }
      })
    }
  }
  return { size: entries.length, score, guesses, sequence, feedback, disagreements, coverage }
}

/** One line for the test output. */
export const report = (name: string, a: Agreement): string =>
  `${name}: ${a.size} passwords; identical score ${a.score}, guesses ${a.guesses}, sequence ${a.sequence}, Stytch feedback ${a.feedback}`
