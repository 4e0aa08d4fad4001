/**
 * The consumer Passwords endpoints on the wire, on the Effect 4 line, from the same cases as
 * the root's test/passwords/endpoints.test.ts (`../cases/passwords.ts`): each request goes out
 * as exactly the JSON the case names (Redacted passwords as plain strings, no absent
 * optionals), each realistic response decodes and encodes back to itself, each known error
 * decodes into its class, and each invalid request is refused before anything is sent.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted, Schema } from "effect"
import { Endpoint, errorTag, Passwords, StytchClient } from "../../src/index.js"
import { consumerPasswordEndpoints, retrySafePosts } from "../cases/conformance.js"
import { invalidPasswordsRequests, passwordsCases } from "../cases/passwords.js"
import { stubClient } from "../support/client.js"
import { json, stubHttp, stytchError } from "../support/stubHttp.js"

/** An endpoint of `Passwords.endpoints` by its dotted place in the tree (`email.resetStart`). */
const endpointAt = (place: string): Endpoint.Endpoint => {
  const found = place.split(".").reduce<unknown>(
    (tree, key) => (typeof tree === "object" && tree !== null ? Object.entries(tree).find(([k]) => k === key)?.[1] : undefined),
    Passwords.endpoints
  )
  if (!Endpoint.isEndpoint(found)) throw new Error(`no endpoint ${place}`)
  return found
}

/** The request with the named fields passed as this line's Redacted values. */
const withRedacted = (request: Readonly<Record<string, unknown>>, fields: ReadonlyArray<string>) =>
  Object.fromEntries(Object.entries(request).map(([key, value]) => [key, fields.includes(key) && typeof value === "string" ? Redacted.make(value) : value]))

const call = (endpoint: Endpoint.Endpoint, request: unknown) =>
  Effect.gen(function* () {
    const stytch = yield* StytchClient
    return yield* stytch.call(endpoint, request)
  })

const cases = passwordsCases.map((c) => ({ ...c, endpoint: endpointAt(c.endpoint), request: withRedacted(c.request, c.redacted) }))

describe("consumer Passwords endpoints on the wire (shared cases)", () => {
  it("the cases cover the eight endpoints, at Stytch's paths; only the check is safe to repeat", () => {
    expect(cases.map((c) => `${c.endpoint.name} ${c.endpoint.path}`)).toEqual(consumerPasswordEndpoints)
    expect(cases.filter((c) => c.endpoint.retrySafe).map((c) => c.endpoint.name)).toEqual(retrySafePosts.passwords)
  })

  for (const c of cases) {
    describe(c.endpoint.name, () => {
      it.effect("sends exactly the request's fields, Redacted passwords as plain strings", () => {
        const stub = stubHttp(() => json(200, c.response))
        return Effect.gen(function* () {
          yield* call(c.endpoint, c.request)
          yield* call(c.endpoint, c.minimal)
          expect(stub.recorded.map((r) => JSON.parse(r.body))).toEqual([c.wire, c.minimal])
          expect(stub.recorded.every((r) => r.method === "POST" && r.url === `http://stytch.local${c.endpoint.path}`)).toBe(true)
        }).pipe(Effect.provide(stubClient(stub)))
      })

      it.effect("decodes a realistic full response, and encodes it back to the same body", () => {
        const stub = stubHttp(() => json(200, c.response))
        return call(c.endpoint, c.minimal).pipe(
          Effect.provide(stubClient(stub)),
          Effect.map((result) => {
            expect(result).toMatchObject({ request_id: "request-id-test-full", status_code: 200 })
            expect(Schema.encodeUnknownSync(c.endpoint.response)(result)).toEqual(c.response)
          })
        )
      })

      it.effect("decodes each of its known errors into its class", () =>
        Effect.forEach(c.endpoint.errors, (ErrorClass) => {
          const type = ErrorClass.errorType ?? "(a class without an error type)"
          expect(errorTag(type)).toBe(ErrorClass._tag)
          const stub = stubHttp(() => stytchError(400, type))
          return call(c.endpoint, c.minimal).pipe(
            Effect.flip,
            Effect.provide(stubClient(stub, { retry: false })),
            Effect.map((error) => {
              expect(error).toBeInstanceOf(ErrorClass)
              expect(error).toMatchObject({ error_type: type, http_status: 400 })
            })
          )
        })
      )
    })
  }

  for (const [what, place, request, field] of invalidPasswordsRequests) {
    it.effect(`rejects ${what} before sending anything`, () => {
      const endpoint = endpointAt(place)
      const stub = stubHttp(() => json(200, {}))
      return call(endpoint, request).pipe(
        Effect.flip,
        Effect.provide(stubClient(stub)),
        Effect.map((error) => {
          expect(error).toMatchObject({ _tag: "StytchInvalidRequest", field, path: endpoint.path })
          expect(stub.recorded).toHaveLength(0)
        })
      )
    })
  }
})
