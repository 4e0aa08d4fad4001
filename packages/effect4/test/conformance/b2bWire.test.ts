/**
 * The B2B Passwords endpoints on the wire, on the Effect 4 line, from the same cases as the
 * root's test/b2b/wire.test.ts (`../cases/b2bWire.ts`): each call POSTs exactly the case's JSON
 * to its path (Redacted passwords as plain strings, absent optionals left out, requireReset's
 * member session in headers only), and each realistic answer decodes.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { B2BPasswords, Endpoint, StytchClient } from "../../src/index.js"
import { successBodies } from "../cases/b2bSamples.js"
import { b2bWireCases } from "../cases/b2bWire.js"
import { stubClient } from "../support/client.js"
import { json, stubHttp } from "../support/stubHttp.js"

/** The endpoint at a dotted place in `B2BPasswords.endpoints`. */
const endpointAt = (place: string): Endpoint.Endpoint => {
  const found = place.split(".").reduce<unknown>(
    (node, key) => (typeof node === "object" && node !== null ? Object.entries(node).find(([k]) => k === key)?.[1] : undefined),
    B2BPasswords.endpoints
  )
  if (!Endpoint.isEndpoint(found)) throw new Error(`no endpoint ${place}`)
  return found
}

const withRedacted = (request: Readonly<Record<string, unknown>>, fields: ReadonlyArray<string>) =>
  Object.fromEntries(Object.entries(request).map(([key, value]) => [key, fields.includes(key) && typeof value === "string" ? Redacted.make(value) : value]))

describe("B2B Passwords on the wire (shared cases)", () => {
  it("covers every endpoint with at least one exact-body case", () => {
    const paths = new Set(b2bWireCases.map((c) => endpointAt(c.endpoint).path))
    expect([...paths].sort()).toEqual(Object.keys(successBodies).sort())
  })

  for (const c of b2bWireCases) {
    const endpoint = endpointAt(c.endpoint)
    it.effect(`${c.label}: POSTs exactly this JSON to ${endpoint.path}`, () => {
      const stub = stubHttp((request) => json(200, successBodies[new URL(request.url).pathname] ?? {}))
      return Effect.gen(function* () {
        const stytch = yield* StytchClient
        yield* stytch.call(endpoint, withRedacted(c.request, c.redacted))
        expect(stub.recorded).toHaveLength(1)
        const [request] = stub.recorded
        expect(request?.method).toBe("POST")
        expect(request?.url).toBe(`http://stytch.local${endpoint.path}`)
        expect(request?.headers["content-type"]).toBe("application/json")
        expect(JSON.parse(request?.body ?? "null")).toStrictEqual(c.body)
        // A request field sent as a header is in the header, never in the body.
        for (const [field, header] of Object.entries(endpoint.headers ?? {})) {
          const [outer = "", inner = ""] = field.split(".")
          const value: unknown = Object(Object(c.request)[outer])[inner]
          if (value !== undefined) expect(request?.headers[header.toLowerCase()], header).toBe(value)
        }
      }).pipe(Effect.provide(stubClient(stub, { retry: false })))
    })
  }
})
