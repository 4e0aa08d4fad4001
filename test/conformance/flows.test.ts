/**
 * The flow scenarios shared with the Effect 4 line (packages/effect4/test/cases/flows.ts), run
 * on this line: each flow's calls through a fresh in-process emulator with this line's client,
 * each answer (as JSON) or error checked against the scenario.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted, Schema } from "effect"
import { type Flow, flows, resolve } from "../../packages/effect4/test/cases/flows.js"
import { MemberSeed, OrganizationSeed } from "../../src/emulator/control/operations.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { Endpoint, StytchClient } from "../../src/index.js"
import { endpointsOf, services } from "../support/wireShape.js"

const endpointNamed = (name: string): Endpoint.Endpoint => {
  const endpoint = Object.values(services).flatMap(endpointsOf).find((candidate) => candidate.name === name)
  if (endpoint === undefined) throw new Error(`no endpoint ${name}`)
  return endpoint
}

const withRedacted = (request: unknown, fields: ReadonlyArray<string>): unknown =>
  typeof request === "object" && request !== null
    ? Object.fromEntries(Object.entries(request).map(([key, value]) => [key, fields.includes(key) && typeof value === "string" ? Redacted.make(value) : value]))
    : request

const run = (flow: Flow) =>
  Effect.gen(function* () {
    const stytch = yield* StytchClient
    const emulator = yield* StytchEmulator
    const saved = new Map<string, unknown>()
    for (const seed of flow.seeds ?? []) {
      if (seed.seedOrganization !== undefined) {
        const organization = yield* Effect.orDie(emulator.seedOrganization(Schema.decodeUnknownSync(OrganizationSeed)(seed.seedOrganization)))
        saved.set(seed.save, organization)
      }
      if (seed.seedMember !== undefined) {
        const member = yield* Effect.orDie(emulator.seedMember(Schema.decodeUnknownSync(MemberSeed)(seed.seedMember)))
        saved.set(seed.save, member)
      }
    }
    for (const step of flow.steps) {
      const endpoint = endpointNamed(step.call)
      const request = withRedacted(resolve(step.request, saved), step.redacted ?? [])
      const exit = yield* Effect.either(stytch.call(endpoint, request))
      const expected = step.expect
      if ("ok" in expected) {
        if (exit._tag === "Left") throw new Error(`${step.label}: expected success, got ${exit.left._tag} ${"error_type" in exit.left ? exit.left.error_type : ""}`)
        const body = Schema.encodeUnknownSync(endpoint.response)(exit.right)
        expect(body, step.label).toMatchObject(Object(resolve(expected.ok, saved)))
        for (const field of expected.present ?? []) {
          const value: unknown = Object(body)[field]
          expect(value === undefined || value === "" ? undefined : value, `${step.label}: ${field}`).toBeDefined()
        }
        if (step.save !== undefined) saved.set(step.save, body)
      } else {
        if (exit._tag === "Right") throw new Error(`${step.label}: expected ${expected.error}, got a success`)
        const error = exit.left
        const got = { tag: error._tag, error: "error_type" in error ? error.error_type : undefined, status: "http_status" in error ? error.http_status : undefined }
        expect(got, step.label).toEqual({ tag: expected.tag, error: expected.error, status: expected.status })
      }
    }
  })

describe("flow scenarios shared with the Effect 4 line, through the emulator", () => {
  for (const flow of flows) {
    it.effect(flow.name, () => run(flow).pipe(Effect.provide(StytchEmulator.layer({ client: { retry: false } }))))
  }
})
