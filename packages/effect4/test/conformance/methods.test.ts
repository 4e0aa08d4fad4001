/**
 * Where each request field goes on the wire, on the Effect 4 line, from the same cases as the
 * root's test/core/methods.test.ts and test/core/wire.test.ts (`../cases/methods.ts`): the
 * method, the URL (path parameters percent-encoded into one segment, query parameters in the
 * description's order), the headers, the body (none for a GET or DELETE), the base URL, and
 * the path and query values refused before anything is sent.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { Endpoint, StytchClient, StytchInvalidRequest } from "../../src/index.js"
import { anySuccessBody, baseUrlCases, inferredHosts, placementCases, refusedParameters, strengthOk } from "../cases/methods.js"
import { stubClient } from "../support/client.js"
import { json, type Reply, stubHttp } from "../support/stubHttp.js"
import { endpointNamed } from "./support.js"

const callNamed = (name: string, request: unknown) =>
  Effect.gen(function* () {
    const stytch = yield* StytchClient
    return yield* stytch.call(endpointNamed(name), request)
  })

/** Runs a named call on a stub answering `reply`, and returns the exit and what was sent. */
const sent = (name: string, request: unknown, reply: Reply, options: Parameters<typeof stubClient>[1] = {}) =>
  Effect.gen(function* () {
    const stub = stubHttp(() => reply)
    const exit = yield* Effect.exit(callNamed(name, request).pipe(Effect.provide(stubClient(stub, options))))
    return { exit, recorded: stub.recorded }
  })

describe("where each field goes (shared cases)", () => {
  for (const c of placementCases) {
    it.effect(c.label, () =>
      Effect.gen(function* () {
        const reply = json(200, c.method === "POST" ? { request_id: "request-id-test-1", status_code: 200 } : anySuccessBody)
        const { exit, recorded } = yield* sent(c.endpoint, c.request, reply)
        expect(Exit.isSuccess(exit)).toBe(true)
        expect(recorded).toHaveLength(1)
        const [request] = recorded
        expect([request?.method, request?.url, request?.body]).toEqual([c.method, c.url, c.body])
        for (const [name, value] of Object.entries(c.headers ?? {})) expect(request?.headers[name], name).toBe(value)
        for (const name of c.absent ?? []) expect(request?.headers[name], name).toBeUndefined()
      })
    )
  }

  it("the path fields of each case's endpoint are the template's", () => {
    for (const c of placementCases) {
      const endpoint = endpointNamed(c.endpoint)
      for (const field of Endpoint.pathFields(endpoint)) expect(c.request, `${c.label}: ${field}`).toHaveProperty(field)
    }
  })
})

describe("path and query parameters are checked before anything is sent (shared cases)", () => {
  for (const [label, name, request, field] of refusedParameters) {
    it.effect(`${label}: StytchInvalidRequest naming ${field}, nothing sent`, () =>
      Effect.gen(function* () {
        const { exit, recorded } = yield* sent(name, request, json(200, anySuccessBody))
        expect(recorded).toEqual([])
        const error = Exit.isFailure(exit) ? exit.cause.reasons.flatMap((reason) => (reason._tag === "Fail" ? [reason.error] : []))[0] : undefined
        expect(error).toBeInstanceOf(StytchInvalidRequest)
        expect(error).toMatchObject({ _tag: "StytchInvalidRequest", field })
      })
    )
  }
})

describe("the base URL (shared cases)", () => {
  for (const [baseUrl, expected] of baseUrlCases) {
    it.effect(`joins ${baseUrl} and the endpoint path`, () =>
      Effect.gen(function* () {
        const { recorded } = yield* sent("passwords.strengthCheck", { password: "pw" }, json(200, strengthOk), { baseUrl })
        expect(recorded.map((r) => r.url)).toEqual([expected])
      })
    )
  }

  for (const [projectId, expected] of inferredHosts) {
    it.effect(`infers the host from the project id ${projectId}`, () =>
      Effect.gen(function* () {
        const { recorded } = yield* sent("passwords.strengthCheck", { password: "pw" }, json(200, strengthOk), { projectId, baseUrl: undefined })
        expect(recorded[0]?.url).toBe(expected)
      })
    )
  }
})
