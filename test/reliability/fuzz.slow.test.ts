/**
 * Schema-driven fuzzing of every endpoint: consumer Passwords (8), Sessions (2) and B2B
 * Passwords (11), 1,000 generated requests each, raw through the in-process emulator handler,
 * each answer judged against the endpoint's own request and response schemas. See fuzzing.ts.
 */
import { afterAll, expect, layer } from "@effect/vitest"
import { Effect } from "effect"
import { StytchEmulator } from "../../src/emulator/index.js"
import { FuzzWorld, fuzzEndpoint, type Outcome, report, requestsFor, seedOf, validRequests } from "./fuzzing.js"
import { allEndpoints, endpointNamed } from "./support.js"

const outcomes = new Map<string, Outcome>()
afterAll(() => report(outcomes))

layer(FuzzWorld.layer, { excludeTestServices: true, timeout: "60 seconds" })("fuzzing", (it) => {
  it.effect("covers the 21 endpoints: 8 consumer, 2 sessions, 11 B2B", () =>
    Effect.sync(() => {
      expect(allEndpoints.filter(({ name }) => name.startsWith("passwords."))).toHaveLength(8)
      expect(allEndpoints.filter(({ name }) => name.startsWith("sessions."))).toHaveLength(2)
      expect(allEndpoints.filter(({ name }) => name.startsWith("b2b."))).toHaveLength(11)
    }))

  for (const { endpoint, name } of allEndpoints) {
    it.effect(`${name}: 1,000 generated requests, every answer Stytch-shaped, never 5xx; schema and emulator agree`, () =>
      Effect.gen(function* () {
        const { reset, world } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const requests = requestsFor(endpoint, world, seedOf(name))
        const outcome = yield* fuzzEndpoint(endpoint, control, requests)
        outcomes.set(name, outcome)
        expect(outcome.failures).toEqual([])
        expect(outcome.sent).toEqual({ valid: 550, boundary: 100, invalid: 200, random: 150 })
      }), 30_000)
  }

  for (const name of ["passwords.strengthCheck", "b2b.passwords.strengthCheck"]) {
    it.effect(`${name} under the zxcvbn policy: 100 more generated requests, all answered 200`, () =>
      Effect.gen(function* () {
        const { reset, world } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const endpoint = endpointNamed(name)
        yield* control.updateSettings({ strength_policy: "zxcvbn" })
        const outcome = yield* fuzzEndpoint(endpoint, control, validRequests(endpoint, world, 100, seedOf(`${name}-zxcvbn`)))
        expect(outcome.failures).toEqual([])
        expect(outcome.answers).toEqual({ "200": 100 })
      }), 30_000)
  }
})
