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

type Entry = Pick<CorpusEntry, "password" | "userInputs">

interface Tally {
  score: number
  guesses: number
  sequence: number
  feedback: number
  readonly disagreements: Array<unknown>
  readonly coverage: Map<string, number>
}

const emptyTally = (): Tally => ({ score: 0, guesses: 0, sequence: 0, feedback: 0, disagreements: [], coverage: new Map() })

/** Compares one entry into the tally; keeps the first 10 disagreements for the report. */
const compareOne = (tally: Tally, { password, userInputs }: Entry): void => {
  const expected = reference(password, userInputs)
  for (const match of expected.sequence) for (const kind of kindsOf(match)) tally.coverage.set(kind, (tally.coverage.get(kind) ?? 0) + 1)
  const actual = analyse(password, { userInputs, referenceYear: REFERENCE_YEAR })
  const expectedFeedback = specFeedback(expected.score, expected.sequence)
  const sameScore = actual.score === expected.score
  const sameGuesses = actual.guesses === expected.guesses && actual.guesses_log10 === expected.guesses_log10
  const sameSequence = JSON.stringify(actual.sequence.map(keyFields)) === JSON.stringify(expected.sequence.map(keyFields))
  const sameFeedback = JSON.stringify(actual.feedback) === JSON.stringify(expectedFeedback)
  if (sameScore) tally.score += 1
  if (sameGuesses) tally.guesses += 1
  if (sameSequence) tally.sequence += 1
  if (sameFeedback) tally.feedback += 1
  if (!(sameScore && sameGuesses && sameSequence && sameFeedback) && tally.disagreements.length < 10) {
    tally.disagreements.push({
      password,
      userInputs,
      expected: { score: expected.score, guesses: expected.guesses, feedback: expectedFeedback, sequence: expected.sequence.map(keyFields) },
      actual: { score: actual.score, guesses: actual.guesses, feedback: actual.feedback, sequence: actual.sequence.map(keyFields) }
    })
  }
}

const agreementOf = (size: number, tally: Tally): Agreement => ({ size, ...tally })

/** Compares every entry. */
export const compareWithReference = (entries: ReadonlyArray<Entry>): Agreement => {
  const tally = emptyTally()
  for (const entry of entries) compareOne(tally, entry)
  return agreementOf(entries.length, tally)
}

/**
 * The same, handing the event loop back every `slice` entries: a comparison that runs for half
 * a minute must not block the test worker, which answers vitest's calls on that loop (a worker
 * silent for a minute is reported as an error even when every test passes).
 */
export const compareWithReferenceInSlices = async (entries: ReadonlyArray<Entry>, slice: number): Promise<Agreement> => {
  const tally = emptyTally()
  for (const [index, entry] of entries.entries()) {
    compareOne(tally, entry)
    if ((index + 1) % slice === 0) await new Promise((resume) => setImmediate(resume))
  }
  return agreementOf(entries.length, tally)
}

/** One line for the test output. */
export const report = (name: string, a: Agreement): string =>
  `${name}: ${a.size} passwords; identical score ${a.score}, guesses ${a.guesses}, sequence ${a.sequence}, Stytch feedback ${a.feedback}`
