/**
 * The consumer endpoints and models against Stytch's OpenAPI description
 * (test/fixtures/openapi/consumer-passwords.json), field by field.
 *
 * Where the OpenAPI and the stytch-node types (spec section 1) disagree we follow the
 * OpenAPI; the disagreements found are pinned in "OpenAPI vs stytch-node" below.
 */
import { describe, expect, it } from "@effect/vitest"
import { Option, Schema } from "effect"
import { consumerModels, sharedWithB2B } from "../../packages/effect4/test/cases/conformance.js"
import { Passwords, PasswordInput } from "../../src/index.js"
import { AuthenticationFactor } from "../../src/models/Session.js"
import { component, endpointsOf, loadOpenApi, modelOf, postSchemas } from "./fixtures.js"
import { checkSchema, type OpenApiDocument, type OpenApiSchema } from "./openapi.js"

const consumer = loadOpenApi("consumer-passwords")
const b2b = loadOpenApi("b2b-passwords")

/** Every endpoint description in a (nested) endpoint tree, wherever it sits. */
describe("consumer endpoints match the OpenAPI", () => {
  const endpoints = endpointsOf(Passwords.endpoints)

  it("finds the endpoints in Passwords.endpoints", () => {
    expect(endpoints.map((e) => e.name)).toContain("passwords.strengthCheck")
  })

  for (const endpoint of endpoints) {
    describe(`${endpoint.name} (POST ${endpoint.path})`, () => {
      const { request, response } = postSchemas(consumer, endpoint.path)

      it("is a POST path of the OpenAPI with a JSON body and a 200 schema", () => {
        expect(request, `no request body schema for POST ${endpoint.path}`).toBeDefined()
        expect(response, `no 200 schema for POST ${endpoint.path}`).toBeDefined()
      })

      it("request (Encoded side) has the OpenAPI's fields, required-ness and types", () => {
        expect(checkSchema(endpoint.request, request ?? {}, consumer, "request")).toEqual([])
      })

      it("response has the OpenAPI's fields, required-ness and types", () => {
        expect(checkSchema(endpoint.response, response ?? {}, consumer, "response")).toEqual([])
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

describe("OpenAPI vs stytch-node (spec section 1): the disagreements, pinned", () => {
  const prop = (schema: string, field: string): OpenApiSchema | undefined =>
    component(consumer, schema).properties?.[field]

  it("counts are integers in the OpenAPI, `number` in stytch-node; responses decode any number", () => {
    // Spec: `score: number`, `status_code: number`, `missing_complexity: number`, ... The
    // OpenAPI says integer (int32). Our responses keep Schema.Number (wider, so nothing valid
    // is rejected); request-side integers (hash configs) are Schema.Int.
    for (const [schema, field] of [
      ["api_password_v1_StrengthCheckResponse", "score"],
      ["api_password_v1_StrengthCheckResponse", "status_code"],
      ["api_password_v1_LUDSRequirements", "missing_complexity"],
      ["api_password_v1_LUDSRequirements", "missing_characters"],
      ["api_password_v1_ScryptConfig", "n_parameter"]
    ] as const) {
      expect(prop(schema, field)?.type, `${schema}.${field}`).toBe("integer")
    }
  })

  it("the OpenAPI documents a zxcvbn score of 1..4 where zxcvbn itself yields 0..4", () => {
    // Not a shape difference: `score` stays an unconstrained number so a 0 decodes.
    expect(prop("api_password_v1_StrengthCheckResponse", "score")?.description).toMatch(/between 1 and 4/)
  })

  it("AuthenticationFactor has 41 optional *_factor objects (the spec says '~40 more')", () => {
    const factors = Object.keys(component(consumer, "api_session_v1_AuthenticationFactor").properties ?? {})
      .filter((field) => field.endsWith("_factor"))
    expect(factors).toHaveLength(41)
    expect(component(consumer, "api_session_v1_AuthenticationFactor").required).toEqual(["type", "delivery_method"])
  })

  it("type and delivery_method are closed enums in the OpenAPI; we decode them as open strings", () => {
    // Spec: "String enums in responses grow over time: decode unknown values". So a plain
    // string where the OpenAPI has an enum is accepted by the checker (widening).
    expect(component(consumer, "api_session_v1_AuthenticationFactorType").enum).toContain("password")
    expect(component(consumer, "api_session_v1_AuthenticationFactorDeliveryMethod").enum).toContain("knowledge")
    const decoded = Schema.decodeUnknownSync(AuthenticationFactor)({ type: "passkey_v2", delivery_method: "carrier_pigeon" })
    expect(decoded.type).toBe("passkey_v2")
  })

  it("the shared schemas are identical in the consumer and B2B files", () => {
    for (const name of Object.keys(consumer.components.schemas)) {
      const other = b2b.components.schemas[name]
      if (other !== undefined) expect(other, name).toEqual(consumer.components.schemas[name])
    }
  })
})

describe("the checker itself", () => {
  const doc: OpenApiDocument = {
    components: {
      schemas: {
        Inner: { type: "object", properties: { id: { type: "string" } }, required: ["id"] },
        Color: { type: "string", enum: ["red", "green"] },
        Thing: {
          type: "object",
          properties: {
            name: { type: "string" },
            count: { type: "integer" },
            tags: { type: "array", items: { type: "string" } },
            inner: { $ref: "#/components/schemas/Inner" },
            meta: { type: "object", additionalProperties: true },
            color: { $ref: "#/components/schemas/Color" }
          },
          required: ["name", "count", "tags"]
        }
      }
    }
  }
  const thing = component(doc, "Thing")
  const Inner = Schema.Struct({ id: Schema.String })
  const fields = {
    name: Schema.String,
    count: Schema.Int,
    tags: Schema.Array(Schema.String),
    inner: Schema.optional(Inner),
    meta: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.Unknown })),
    color: Schema.optional(Schema.String)
  }
  const check = (schema: Schema.Schema.AnyNoContext, side: "request" | "response" = "response") =>
    checkSchema(schema, thing, doc, side)

  it("accepts a matching schema", () => {
    expect(check(Schema.Struct(fields))).toEqual([])
  })

  it("catches a field missing from the Schema", () => {
    const { tags: _, ...rest } = fields
    expect(check(Schema.Struct(rest))).toEqual(["$.tags: in OpenAPI, missing from the Schema"])
  })

  it("catches a field the OpenAPI does not have", () => {
    expect(check(Schema.Struct({ ...fields, colour: Schema.optional(Schema.String) }))).toEqual([
      "$.colour: in the Schema, not in OpenAPI"
    ])
  })

  it("catches a wrong required-ness, both ways", () => {
    expect(check(Schema.Struct({ ...fields, name: Schema.optional(Schema.String) }))).toEqual([
      "$.name: required in OpenAPI, optional in the Schema"
    ])
    expect(check(Schema.Struct({ ...fields, color: Schema.String }))).toEqual([
      "$.color: optional in OpenAPI, required in the Schema"
    ])
  })

  it("catches a wrong type, also nested, in arrays and behind $ref", () => {
    expect(check(Schema.Struct({ ...fields, name: Schema.Boolean }))).toEqual(["$.name: OpenAPI string, the Schema boolean"])
    expect(check(Schema.Struct({ ...fields, tags: Schema.Array(Schema.Number) }))).toEqual([
      "$.tags[]: OpenAPI string, the Schema number"
    ])
    expect(check(Schema.Struct({ ...fields, inner: Schema.optional(Schema.Struct({ id: Schema.Number })) }))).toEqual([
      "$.inner.id: OpenAPI string, the Schema number"
    ])
  })

  it("wants a string-keyed Record for a free-form object, and no Record for a closed one", () => {
    expect(check(Schema.Struct({ ...fields, meta: Schema.optional(Schema.Struct({})) }))).toEqual([
      "$.meta: OpenAPI takes any keys, the Schema has no string-keyed Record"
    ])
    expect(check(Schema.Struct({ ...fields, inner: Schema.optional(Schema.Record({ key: Schema.String, value: Schema.String })) })))
      .toContain("$.inner.id: in OpenAPI, missing from the Schema")
  })

  it("compares enums with literal unions; a plain string is an allowed widening", () => {
    expect(check(Schema.Struct({ ...fields, color: Schema.optional(Schema.Literal("red", "green")) }))).toEqual([])
    expect(check(Schema.Struct({ ...fields, color: Schema.optional(Schema.Literal("red", "blue")) }))).toEqual([
      "$.color: literals [\"blue\"] are not in the OpenAPI enum",
      "$.color: enum values [\"green\"] do not decode"
    ])
    // sending a subset of the enum is fine
    expect(check(Schema.Struct({ ...fields, color: Schema.optional(Schema.Literal("red")) }), "request")).toEqual([])
  })

  it("integers: any number decodes, but a request must send an integer", () => {
    expect(check(Schema.Struct(fields), "request")).toEqual([])
    expect(check(Schema.Struct({ ...fields, count: Schema.Number }), "response")).toEqual([])
    expect(check(Schema.Struct({ ...fields, count: Schema.Number }), "request")).toEqual([
      "$.count: OpenAPI integer, the Schema any number"
    ])
  })

  it("compares transformations on their Encoded side", () => {
    // PasswordInput: string on the wire, Redacted when decoded
    expect(check(Schema.Struct({ ...fields, name: PasswordInput }), "request")).toEqual([])
    // an Option-valued token, "" on the wire when absent (like session_token)
    const OptionalToken = Schema.transform(Schema.String, Schema.OptionFromSelf(Schema.String), {
      strict: true,
      decode: (s) => (s === "" ? Option.none() : Option.some(s)),
      encode: Option.getOrElse(() => "")
    })
    expect(check(Schema.Struct({ ...fields, name: OptionalToken }))).toEqual([])
    // NumberFromString is a string on the wire, so it is not an integer
    expect(check(Schema.Struct({ ...fields, count: Schema.NumberFromString }))).toEqual([
      "$.count: OpenAPI integer, the Schema string"
    ])
  })
})
