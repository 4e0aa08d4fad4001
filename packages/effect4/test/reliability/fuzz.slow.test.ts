/**
 * Fuzzing this line's wire decoding (see fuzzing.ts): every answer the emulator gives while
 * every endpoint is driven through this line's client, each replayed to the client as 100 seeded
 * mutants; every reading judged against the response schema and the error body schema.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { allEndpoints } from "../conformance/support.js"
import { endpointFor, generator, judge, mutate, recordCorpus, replay } from "./fuzzing.js"

const mutantsPerAnswer = 100

describe("fuzzing the client's wire decoding", () => {
  it.live("the corpus holds a success of every endpoint but member deletion, and error answers", () =>
    Effect.gen(function* () {
      const corpus = yield* recordCorpus
      const succeeded = new Set(corpus.filter((answer) => answer.status === 200).map((answer) => endpointFor(answer.method, answer.path)?.name))
      const missing = allEndpoints.map((endpoint) => endpoint.name).filter((name) => !succeeded.has(name))
      expect(missing).toEqual(["users.delete", "users.deletePassword", "b2b.organizations.members.delete"])
      expect(corpus.filter((answer) => answer.status >= 400).length).toBeGreaterThan(15)
    }), 60_000)

  it.live(`every answer, ${mutantsPerAnswer} mutants each: no defect, the schema's verdict, typed errors, no credential in a failure`, () =>
    Effect.gen(function* () {
      const corpus = yield* recordCorpus
      const problems: Array<string> = []
      const verdicts = new Map<string, number>()
      let replayed = 0
      for (const [index, answer] of corpus.entries()) {
        const endpoint = endpointFor(answer.method, answer.path)
        if (endpoint === undefined) continue
        const g = generator(1000 + index)
        // The answer itself first: the client reads it as the scenario did.
        const mutants = [{ label: "as answered", status: answer.status, text: answer.text }, ...Array.from({ length: mutantsPerAnswer }, () => mutate(answer, g))]
        for (const mutant of mutants) {
          const exit = yield* replay(endpoint, answer.path, mutant.status, mutant.text, answer.headers)
          replayed++
          const verdict = exit._tag === "Success" ? "success" : "failure"
          verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1)
          const problem = judge(endpoint, mutant, exit)
          if (problem !== undefined) problems.push(`${endpoint.name} ${answer.status} [${mutant.label}]: ${problem}`)
        }
      }
      expect(problems.slice(0, 40)).toEqual([])
      expect(replayed).toBeGreaterThan(5_000)
      // Both outcomes are well represented: the mutants are not all harmless, nor all fatal.
      expect(verdicts.get("success") ?? 0).toBeGreaterThan(300)
      expect(verdicts.get("failure") ?? 0).toBeGreaterThan(2_500)
    }), 600_000)
})
