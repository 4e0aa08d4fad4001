/**
 * The consumer endpoints and models of the Effect 4 line against Stytch's OpenAPI description
 * (the root's test/fixtures/openapi/consumer-passwords.json), field by field: the same data
 * (`../cases/conformance.ts`) and the same checker (`../cases/openapi.ts`) as the root's
 * test/conformance/consumer.test.ts, on this line's schemas.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Schema from "effect/Schema"
import { AuthenticationFactor, PasswordInput, Passwords } from "../../src/index.js"
import { shapeOf } from "../agreement/wireShape.js"
import { consumerModels, consumerPasswordEndpoints, retrySafePosts, sharedWithB2B } from "../cases/conformance.js"
import { checkShape } from "../cases/openapi.js"
import { component, endpointsOf, loadOpenApi, postSchemas } from "./fixtures.js"
import { checkSchema } from "./openapi.js"
import { modelOf } from "./support.js"

const consumer = loadOpenApi("consumer-passwords")
const b2b = loadOpenApi("b2b-passwords")

describe("consumer endpoints match the OpenAPI", () => {
  const endpoints = endpointsOf(Passwords.endpoints)

  it("finds the eight endpoints in Passwords.endpoints, at Stytch's paths, in order", () => {
    expect(endpoints.map((e) => `${e.name} ${e.path}`)).toEqual(consumerPasswordEndpoints)
    expect(endpoints.filter((e) => e.retrySafe).map((e) => e.name)).toEqual(retrySafePosts.passwords)
  })

  for (const endpoint of endpoints) {
    describe(`${endpoint.name} (POST ${endpoint.path})`, () => {
      const { request, response } = postSchemas(consumer, endpoint.path)

      it("is a POST path of the OpenAPI with a JSON body and a 200 schema", () => {
        expect(endpoint.method).toBe("POST")
        expect(request, `no request body schema for POST ${endpoint.path}`).toBeDefined()
        expect(response, `no 200 schema for POST ${endpoint.path}`).toBeDefined()
      })

      it("request (Encoded side) has the OpenAPI's fields, required-ness and types", () => {
        expect(checkShape(shapeOf(endpoint.request.ast), request ?? {}, consumer, "request")).toEqual([])
      })

      it("response has the OpenAPI's fields, required-ness and types", () => {
        expect(checkShape(shapeOf(endpoint.response.ast), response ?? {}, consumer, "response")).toEqual([])
      })
    })
  }
})

describe("consumer models match their OpenAPI components", () => {
  for (const [label, exported, name, side] of consumerModels) {
    it(`${label} = ${name} (${side})`, () => {
      expect(checkSchema(modelOf(exported), component(consumer, name), consumer, side)).toEqual([])
    })
  }
})

describe("models shared with B2B match the B2B OpenAPI too", () => {
  for (const [label, exported, name, side] of sharedWithB2B) {
    it(`${label} = ${name}`, () => {
      expect(checkSchema(modelOf(exported), component(b2b, name), b2b, side)).toEqual([])
    })
  }
})

describe("OpenAPI vs stytch-node: what this line decodes where they disagree", () => {
  it("type and delivery_method are closed enums in the OpenAPI; this line decodes them as open strings", () => {
    const decoded = Schema.decodeUnknownSync(AuthenticationFactor)({ type: "passkey_v2", delivery_method: "carrier_pigeon" })
    expect(decoded.type).toBe("passkey_v2")
  })
})

describe("the checker on this line's schemas", () => {
  const doc = {
    components: {
      schemas: {
        Thing: {
          type: "object",
          properties: {
            name: { type: "string" },
            count: { type: "integer" },
            tags: { type: "array", items: { type: "string" } },
            meta: { type: "object", additionalProperties: true },
            color: { type: "string", enum: ["red", "green"] }
          },
          required: ["name", "count", "tags"]
        }
      }
    }
  }
  const thing = component(doc, "Thing")
  const fields = {
    name: Schema.String,
    count: Schema.Int,
    tags: Schema.Array(Schema.String),
    meta: Schema.optional(Schema.Record(Schema.String, Schema.Unknown)),
    color: Schema.optional(Schema.String)
  }
  const check = (schema: Schema.Top, side: "request" | "response" = "response") => checkSchema(schema, thing, doc, side)

  it("accepts a matching schema, with optionalKey and optional alike", () => {
    expect(check(Schema.Struct(fields))).toEqual([])
    expect(check(Schema.Struct({ ...fields, color: Schema.optionalKey(Schema.String) }))).toEqual([])
  })

  it("catches a missing field, a wrong required-ness, a wrong type, a narrowed enum", () => {
    const { tags: _, ...rest } = fields
    expect(check(Schema.Struct(rest))).toEqual(["$.tags: in OpenAPI, missing from the Schema"])
    expect(check(Schema.Struct({ ...fields, name: Schema.optional(Schema.String) }))).toEqual([
      "$.name: required in OpenAPI, optional in the Schema"
    ])
    expect(check(Schema.Struct({ ...fields, tags: Schema.Array(Schema.Number) }))).toEqual(["$.tags[]: OpenAPI string, the Schema number"])
    expect(check(Schema.Struct({ ...fields, color: Schema.optional(Schema.Literals(["red"])) }))).toEqual([
      "$.color: enum values [\"green\"] do not decode"
    ])
  })

  it("integers: Schema.Int is an integer, any number only decodes", () => {
    expect(check(Schema.Struct(fields), "request")).toEqual([])
    expect(check(Schema.Struct({ ...fields, count: Schema.Number }), "request")).toEqual(["$.count: OpenAPI integer, the Schema any number"])
  })

  it("compares transformations on their Encoded side", () => {
    // PasswordInput: string on the wire, Redacted when decoded
    expect(check(Schema.Struct({ ...fields, name: PasswordInput }), "request")).toEqual([])
    // a bare Redacted has no wire form: it cannot be compared, and says so
    expect(check(Schema.Struct({ ...fields, name: Schema.Redacted(Schema.String) }), "request")).toEqual([
      "$.name: cannot compare a Declaration with OpenAPI"
    ])
    expect(check(Schema.Struct({ ...fields, count: Schema.NumberFromString }))).toEqual(["$.count: OpenAPI integer, the Schema string"])
  })
})
