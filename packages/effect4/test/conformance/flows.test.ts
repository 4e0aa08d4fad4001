/**
 * The flow scenarios shared with the root (`../cases/flows.ts`), run on the Effect 4 line:
 * each flow's calls through a fresh in-process emulator (`effect4-stytch/emulator`) with this
 * line's client, each answer (as JSON) or error checked against the scenario. The root's
 * test/conformance/flows.test.ts runs the same flows on the Effect 3 line.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit, Redacted, Result, Schema } from "effect"
import { MemberSeed, OrganizationSeed, StytchEmulator } from "../../src/emulator/index.js"
import { StytchClient } from "../../src/index.js"
import { type Flow, flows, resolve } from "../cases/flows.js"
import { endpointNamed } from "./support.js"

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
        saved.set(seed.save, yield* Effect.orDie(emulator.seedOrganization(Schema.decodeUnknownSync(OrganizationSeed)(seed.seedOrganization))))
      }
      if (seed.seedMember !== undefined) {
        saved.set(seed.save, yield* Effect.orDie(emulator.seedMember(Schema.decodeUnknownSync(MemberSeed)(seed.seedMember))))
      }
    }
    for (const step of flow.steps) {
      const endpoint = endpointNamed(step.call)
      const request = withRedacted(resolve(step.request, saved), step.redacted ?? [])
      const result = yield* Effect.result(stytch.call(endpoint, request))
      const expected = step.expect
      if ("ok" in expected) {
        if (Result.isFailure(result)) {
          const error = result.failure
          throw new Error(`${step.label}: expected success, got ${error._tag} ${"error_type" in error ? String(error.error_type) : ""}`)
        }
        const body = Schema.encodeUnknownSync(endpoint.response)(result.success)
        expect(body, step.label).toMatchObject(Object(resolve(expected.ok, saved)))
        for (const field of expected.present ?? []) {
          const value: unknown = Object(body)[field]
          expect(value === undefined || value === "" ? undefined : value, `${step.label}: ${field}`).toBeDefined()
        }
        if (step.save !== undefined) saved.set(step.save, body)
      } else {
        if (Result.isSuccess(result)) throw new Error(`${step.label}: expected ${expected.error}, got a success`)
        const error = result.failure
        const got = { tag: error._tag, error: "error_type" in error ? error.error_type : undefined, status: "http_status" in error ? error.http_status : undefined }
        expect(got, step.label).toEqual({ tag: expected.tag, error: expected.error, status: expected.status })
      }
    }
  })

describe("flow scenarios shared with the root line, through the emulator", () => {
  for (const flow of flows) {
    it.effect(flow.name, () => run(flow).pipe(Effect.provide(StytchEmulator.layer({ client: { retry: false } }))))
  }

  it.effect("a flow whose expectation does not hold fails, naming the step", () =>
    Effect.gen(function* () {
      const wrong: Flow = {
        name: "wrong",
        steps: [{ label: "gets a user that is not there", call: "users.get", request: { user_id: "user-test-00000000-0000-4000-8000-000000000000" }, expect: { ok: {} } }]
      }
      const exit = yield* Effect.exit(run(wrong))
      expect(exit._tag).toBe("Failure")
      expect(String(Exit.isFailure(exit) ? Cause.squash(exit.cause) : "")).toContain("gets a user that is not there: expected success, got UserNotFound")
    }).pipe(Effect.provide(StytchEmulator.layer({ client: { retry: false } })))
  )
})
