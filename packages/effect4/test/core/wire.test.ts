import { describe, expect, it } from "@effect/vitest"
import { Effect, Redacted } from "effect"
import { Passwords, StytchClient, StytchInvalidRequest } from "effect4-stytch"
import { baseUrlCases, inferredHosts, strengthOk } from "../cases/methods.js"
import { projectId, secret, stubClient } from "../support/client.js"
import { json, stubHttp } from "../support/stubHttp.js"

const strengthCheck = (request: Parameters<Passwords["Service"]["strengthCheck"]>[0]) =>
  Effect.flatMap(StytchClient, (stytch) => stytch.call(Passwords.endpoints.strengthCheck, request))

describe("StytchClient on the wire", () => {
  const cases: ReadonlyArray<readonly [string | undefined, string]> = baseUrlCases
  for (const [baseUrl, expected] of cases) {
    it.effect(`joins ${baseUrl} and the endpoint path`, () => {
      const stub = stubHttp(() => json(200, strengthOk))
      return strengthCheck({ password: "pw" }).pipe(
        Effect.provide(stubClient(stub, { baseUrl })),
        Effect.map(() => expect(stub.recorded.map((r) => r.url)).toEqual([expected]))
      )
    })
  }

  it.effect("infers the host from the project id", () =>
    Effect.gen(function* () {
      for (const [projectId, url] of inferredHosts) {
        const stub = stubHttp(() => json(200, strengthOk))
        yield* strengthCheck({ password: "pw" }).pipe(Effect.provide(stubClient(stub, { projectId, baseUrl: undefined })))
        expect(stub.recorded[0]?.url).toBe(url)
      }
    })
  )

  it.effect("sends Basic auth, a User-Agent naming the package, and JSON", () => {
    const stub = stubHttp(() => json(200, strengthOk))
    return strengthCheck({ password: "pw" }).pipe(
      Effect.provide(stubClient(stub)),
      Effect.map(() => {
        const [request] = stub.recorded
        expect(request?.method).toBe("POST")
        expect(request?.headers["authorization"]).toBe(
          `Basic ${Buffer.from(`${projectId}:${secret}`).toString("base64")}`
        )
        expect(request?.headers["user-agent"]).toMatch(/^effect4-stytch\/\d+\.\d+\.\d+$/)
        expect(request?.headers["content-type"]).toBe("application/json")
        expect(request?.headers["accept"]).toBe("application/json")
      })
    )
  })

  it.effect("sends exactly the request's fields, a Redacted password as plain text, no absent optionals", () => {
    const stub = stubHttp(() => json(200, strengthOk))
    return Effect.gen(function* () {
      yield* strengthCheck({ password: Redacted.make("s3cret-pw"), email: "ada@example.com" })
      yield* strengthCheck({ password: "plain-pw" })
      yield* strengthCheck({ password: "plain-pw", email: undefined })
      expect(stub.recorded.map((r) => r.body)).toEqual([
        `{"password":"s3cret-pw","email":"ada@example.com"}`,
        `{"password":"plain-pw"}`,
        `{"password":"plain-pw"}`
      ])
    }).pipe(Effect.provide(stubClient(stub)))
  })

  it.effect("drops fields the schema does not know instead of sending them", () => {
    const stub = stubHttp(() => json(200, strengthOk))
    const request = { password: "pw", debug: "x" }
    return strengthCheck(request).pipe(
      Effect.provide(stubClient(stub)),
      Effect.map(() => expect(stub.recorded[0]?.body).toBe(`{"password":"pw"}`))
    )
  })

  it.effect("rejects an invalid request with the field named and sends nothing", () => {
    const stub = stubHttp(() => json(200, strengthOk))
    return strengthCheck({ password: "pw", email: "not an email" }).pipe(
      Effect.flip,
      Effect.provide(stubClient(stub)),
      Effect.map((error) => {
        expect(error).toBeInstanceOf(StytchInvalidRequest)
        expect(error).toMatchObject({ _tag: "StytchInvalidRequest", field: "email", path: "/v1/passwords/strength_check" })
        expect(JSON.stringify(error)).not.toContain("not an email")
        expect(stub.recorded).toHaveLength(0)
      })
    )
  })

  it.effect("decodes a full success response, keeping unknown enum values and ignoring extra fields", () => {
    const stub = stubHttp(() => json(200, { ...strengthOk, strength_policy: "future_policy", new_field: 1 }))
    return strengthCheck({ password: "pw" }).pipe(
      Effect.provide(stubClient(stub)),
      Effect.map((result) => {
        expect(result.strength_policy).toBe("future_policy")
        expect(result.score).toBe(4)
        expect(result.feedback?.suggestions).toEqual([])
      })
    )
  })

  it.effect("exposes the project id and the resolved base URL", () =>
    Effect.map(StytchClient, (stytch) => {
      expect(stytch.projectId).toBe(projectId)
      expect(stytch.baseUrl).toBe("https://proxy.example.com/stytch")
    }).pipe(Effect.provide(stubClient(stubHttp(() => json(200, strengthOk)), { baseUrl: "https://proxy.example.com/stytch/" })))
  )
})
