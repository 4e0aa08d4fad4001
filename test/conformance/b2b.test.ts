/**
 * The B2B Passwords endpoints and models against Stytch's OpenAPI description
 * (test/fixtures/openapi/b2b-passwords.json), field by field.
 *
 * Where the OpenAPI and the stytch-node types (spec section 1.2/1.3) disagree we follow the
 * OpenAPI; the disagreements found are pinned in "OpenAPI vs stytch-node" below.
 */
import { describe, expect, it } from "@effect/vitest"
import { Option, Schema, SchemaAST as AST } from "effect"
import { B2BPasswords, B2BSessions, Endpoint, HashType, SCIMRegistration } from "../../src/index.js"
import {
  b2bLoginUnions,
  b2bModels,
  b2bPasswordNames,
  b2bSessionPosts,
  requireResetHeaders,
  retrySafePosts,
  scimAttributes
} from "../../packages/effect4/test/cases/conformance.js"
import { discoveryBody, successBodies } from "../../packages/effect4/test/cases/b2bSamples.js"
import { component, endpointsOf, headerParameters, loadOpenApi, modelOf, opaque, postSchemas } from "./fixtures.js"
import { checkSchema, type OpenApiDocument } from "./openapi.js"

const b2b = loadOpenApi("b2b-passwords")

const endpoints = endpointsOf(B2BPasswords.endpoints)

/** The request as it is sent in the body: the fields sent as headers taken out. */
const bodyOf = (endpoint: Endpoint.Endpoint): Schema.Schema.AnyNoContext => {
  const headerFields = new Set(Object.keys(endpoint.headers ?? {}).map((path) => path.split(".")[0]))
  const ast = endpoint.request.ast
  if (headerFields.size === 0) return endpoint.request
  if (!AST.isTypeLiteral(ast)) throw new Error(`${endpoint.name}: a request with headers must be a Struct`)
  return Schema.make(
    new AST.TypeLiteral(
      ast.propertySignatures.filter((ps) => !headerFields.has(String(ps.name))),
      ast.indexSignatures
    )
  )
}

describe("B2B Sessions endpoints match the OpenAPI", () => {
  // The GET endpoints are checked against b2b-sessions.json, in lifecycle.test.ts.
  const sessionEndpoints = endpointsOf(B2BSessions.endpoints).filter((endpoint) => endpoint.method === "POST")
  it("describes the two /v1/b2b/sessions POST paths", () => {
    expect(sessionEndpoints.map((e) => e.path).sort()).toEqual(b2bSessionPosts)
  })
  for (const endpoint of sessionEndpoints) {
    it(`${endpoint.name}: request and response have the OpenAPI's fields, required-ness and types`, () => {
      const { request, response } = postSchemas(b2b, endpoint.path)
      expect(checkSchema(bodyOf(endpoint), request ?? {}, b2b, "request", { opaque })).toEqual([])
      expect(checkSchema(endpoint.response, response ?? {}, b2b, "response", { opaque })).toEqual([])
    })
  }
})

describe("B2B endpoints match the OpenAPI", () => {
  it("describes exactly the eleven /v1/b2b/passwords paths of the OpenAPI, once each", () => {
    const documented = Object.keys(b2b.paths).filter((path) => path.startsWith("/v1/b2b/passwords/")).sort()
    expect(documented).toHaveLength(11)
    expect(endpoints.map((e) => e.path).sort()).toEqual(documented)
    expect(new Set(endpoints.map((e) => e.name)).size).toBe(11)
  })

  it("names each endpoint after its place in the tree, under b2b.passwords", () => {
    expect(endpoints.map((e) => e.name).sort()).toEqual(b2bPasswordNames)
  })

  it("marks only strengthCheck safe to retry", () => {
    expect(endpoints.filter((e) => e.retrySafe).map((e) => e.name)).toEqual(retrySafePosts["b2b.passwords"])
  })

  for (const endpoint of endpoints) {
    describe(`${endpoint.name} (POST ${endpoint.path})`, () => {
      const { request, response } = postSchemas(b2b, endpoint.path)

      it("is a POST path of the OpenAPI with a JSON body and a 200 schema", () => {
        expect(request, `no request body schema for POST ${endpoint.path}`).toBeDefined()
        expect(response, `no 200 schema for POST ${endpoint.path}`).toBeDefined()
      })

      it("request body (Encoded side) has the OpenAPI's fields, required-ness and types", () => {
        expect(checkSchema(bodyOf(endpoint), request ?? {}, b2b, "request", { opaque })).toEqual([])
      })

      it("sends as headers exactly the header parameters the OpenAPI lists", () => {
        expect(Object.values(endpoint.headers ?? {}).sort()).toEqual(headerParameters(b2b, endpoint.path).sort())
      })

      it("response has the OpenAPI's fields, required-ness and types (each outcome, for a union)", () => {
        expect(checkSchema(endpoint.response, response ?? {}, b2b, "response", { opaque })).toEqual([])
      })

      it("decodes the realistic sample body and encodes it back to the same JSON", () => {
        const body = successBodies[endpoint.path]
        const decoded = Schema.decodeUnknownSync(endpoint.response)(body)
        expect(Schema.encodeSync(endpoint.response)(decoded)).toEqual(body)
      })
    })
  }

  it("the login answers are unions of two outcomes; the others plain objects", () => {
    const unions = endpoints.filter((e) => AST.isUnion(e.response.ast)).map((e) => e.name).sort()
    expect(unions).toEqual(b2bLoginUnions)
  })

  it("requireReset's request carries the member session only as headers", () => {
    const emailRequireReset = B2BPasswords.endpoints.email.requireReset
    expect(emailRequireReset.headers).toEqual(requireResetHeaders)
    // without taking `authorization` out, the body would not match the OpenAPI
    const { request } = postSchemas(b2b, emailRequireReset.path)
    expect(checkSchema(emailRequireReset.request, request ?? {}, b2b, "request")).toEqual([
      "$.authorization: in the Schema, not in OpenAPI"
    ])
  })
})

describe("B2B models match their OpenAPI components", () => {
  for (const [label, exported, name] of b2bModels) {
    it(`${label} = ${name}`, () => {
      expect(checkSchema(modelOf(exported), component(b2b, name), b2b, "response", { opaque })).toEqual([])
    })
  }

  it("SCIM attributes are the one part kept as free JSON, and the checker sees it without the opt-out", () => {
    const scim = Object.keys(component(b2b, scimAttributes).properties ?? {})
    expect(checkSchema(SCIMRegistration, component(b2b, "api_organization_v1_SCIMRegistration"), b2b, "response")).toEqual([
      ...scim.map((field) => `$.scim_attributes.${field}: in OpenAPI, missing from the Schema`),
      "$.scim_attributes: the Schema takes any keys, OpenAPI lists them"
    ])
    expect(Schema.decodeUnknownSync(SCIMRegistration)({
      connection_id: "scim-connection-test-1",
      registration_id: "scim-registration-test-1",
      scim_attributes: { user_name: "ada", urn_custom_extension: { cost_center: 7 } }
    }).scim_attributes).toEqual({ user_name: "ada", urn_custom_extension: { cost_center: 7 } })
  })
})

describe("OpenAPI vs stytch-node (spec sections 1.2, 1.3): the disagreements, pinned", () => {
  const loginAndDiscovery = [
    "api_b2b_password_v1_AuthenticateResponse",
    "api_b2b_password_v1_b2b_passwords_email_ResetResponse",
    "api_b2b_password_v1_b2b_passwords_existing_password_ResetResponse",
    "api_b2b_password_v1_b2b_passwords_session_ResetResponse",
    "api_b2b_password_v1_b2b_passwords_discovery_AuthenticateResponse",
    "api_b2b_password_v1_b2b_passwords_discovery_email_ResetResponse"
  ]

  it("intermediate_session_token_expires_at: in stytch-node 14.2.0, not in the OpenAPI; not declared, ignored if sent", () => {
    for (const name of loginAndDiscovery) {
      expect(component(b2b, name).properties, name).not.toHaveProperty("intermediate_session_token_expires_at")
    }
    const withExpiry = { ...discoveryBody, intermediate_session_token_expires_at: "2024-05-01T12:10:00Z" }
    const decoded = Schema.decodeUnknownSync(B2BPasswords.endpoints.discovery.authenticate.response)(withExpiry)
    expect(decoded).not.toHaveProperty("intermediate_session_token_expires_at")
  })

  it("locale: a closed enum in the OpenAPI, `| string` in stytch-node; sent as an open string (Stytch answers invalid_locale)", () => {
    expect(component(b2b, "api_b2b_password_v1_AuthenticateRequestLocale").enum).toEqual(["en", "es", "pt-br", "fr"])
    expect(component(b2b, "api_b2b_password_v1_ResetRequestLocale").enum).toEqual(["en", "es", "pt-br", "fr"])
    // ... but the discovery reset start has a plain string in the OpenAPI itself
    expect(component(b2b, "api_b2b_password_v1_b2b_passwords_discovery_email_ResetStartRequest").properties?.["locale"])
      .toMatchObject({ type: "string" })
    expect(Schema.encodeSync(B2BPasswords.endpoints.authenticate.request)({
      organization_id: "acme",
      email_address: "ada@example.com",
      password: "pw",
      locale: "de"
    }).locale).toBe("de")
  })

  it("hash_type: a closed enum in the OpenAPI, `| string` in stytch-node; we follow the OpenAPI", () => {
    const hashTypes = component(b2b, "api_b2b_password_v1_MigrateRequestHashType").enum ?? []
    expect([...HashType.literals].sort()).toEqual([...hashTypes].sort())
  })

  it("member_authenticated is one boolean in both, with the outcome's fields optional; we split it into two outcomes", () => {
    const response = component(b2b, "api_b2b_password_v1_AuthenticateResponse")
    expect(response.properties?.["member_authenticated"]).toMatchObject({ type: "boolean" })
    expect(response.required).toEqual(expect.arrayContaining(["session_token", "session_jwt", "intermediate_session_token"]))
    expect(response.required).not.toContain("member_session")
    expect(response.required).not.toContain("mfa_required")
  })

  it("MfaRequired.secondary_auth_initiated: documented as possibly null, typed a plain string", () => {
    const field = component(b2b, "api_b2b_mfa_v1_MfaRequired").properties?.["secondary_auth_initiated"]
    expect(field?.type).toBe("string")
    expect(field?.description).toMatch(/If null/)
  })

  it("the fields the spec singles out agree: session reset has no primary_required, existing-password reset no organization_id, migrate a string name", () => {
    expect(component(b2b, "api_b2b_password_v1_b2b_passwords_session_ResetResponse").properties).not.toHaveProperty("primary_required")
    expect(component(b2b, "api_b2b_password_v1_b2b_passwords_existing_password_ResetResponse").properties).not.toHaveProperty("organization_id")
    expect(component(b2b, "api_b2b_password_v1_MigrateRequest").properties?.["name"]).toMatchObject({ type: "string" })
    expect(component(b2b, "api_b2b_password_v1_b2b_passwords_discovery_email_ResetStartRequest").properties).toHaveProperty("pkce_code_challenge")
    expect(component(b2b, "api_b2b_password_v1_b2b_passwords_discovery_email_ResetRequest").properties).toHaveProperty("pkce_code_verifier")
  })
})

describe("the checker: unions of outcomes and opaque components", () => {
  const doc: OpenApiDocument = {
    components: {
      schemas: {
        Free: { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
        Answer: {
          type: "object",
          properties: {
            ok: { type: "boolean" },
            kind: { type: "string", enum: ["a", "b"] },
            token: { type: "string" },
            extra: { $ref: "#/components/schemas/Free" }
          },
          required: ["ok", "kind", "token"]
        }
      }
    }
  }
  const answer = component(doc, "Answer")
  const Free = Schema.Record({ key: Schema.String, value: Schema.Unknown })
  const branch = (ok: boolean, kind: ReadonlyArray<"a" | "b">) =>
    Schema.Struct({ ok: Schema.Literal(ok), kind: Schema.Literal(...kind), token: Schema.String, extra: Schema.optional(Free) })
  const check = (schema: Schema.Schema.AnyNoContext, side: "request" | "response" = "response", opaqueNames = ["Free"]) =>
    checkSchema(schema, answer, doc, side, { opaque: opaqueNames })

  it("accepts a union whose discriminants together cover the boolean and the enum", () => {
    expect(check(Schema.Union(branch(true, ["a"]), branch(false, ["a", "b"])))).toEqual([])
  })

  it("reports discriminant values no member decodes", () => {
    expect(check(Schema.Union(branch(true, ["a"]), branch(true, ["b"])))).toEqual(["$.ok: no member of the union decodes [false]"])
    expect(check(Schema.Union(branch(true, ["a"]), branch(false, ["a"])))).toEqual(["$.kind: no member of the union decodes [\"b\"]"])
  })

  it("still narrows nothing for a single member: a lone literal is a mismatch", () => {
    expect(check(branch(true, ["a", "b"]))).toEqual(["$.ok: the Schema allows only [true], OpenAPI any boolean"])
  })

  it("checks every field of every member against the whole object", () => {
    const broken = Schema.Struct({ ok: Schema.Literal(false), kind: Schema.Literal("a", "b"), token: Schema.optional(Schema.String) })
    expect(check(Schema.Union(branch(true, ["a", "b"]), broken))).toEqual([
      "$.token: required in OpenAPI, optional in the Schema",
      "$.extra: in OpenAPI, missing from the Schema"
    ])
  })

  it("compares transformed members on their Encoded side", () => {
    const dropped = Schema.Struct({
      ok: Schema.Literal(false),
      kind: Schema.Literal("a", "b"),
      token: Schema.requiredToOptional(Schema.String, Schema.Never, { decode: () => Option.none(), encode: () => "" }),
      extra: Schema.optional(Free)
    })
    expect(check(Schema.Union(branch(true, ["a", "b"]), dropped))).toEqual([])
  })

  it("an opaque component needs a string-keyed Record, and is compared field by field when not named", () => {
    const withFields = Schema.Struct({ ok: Schema.Boolean, kind: Schema.String, token: Schema.String, extra: Schema.optional(Schema.Struct({ a: Schema.String })) })
    expect(check(withFields)).toEqual(["$.extra: Free is opaque, the Schema must be a string-keyed Record, not object"])
    expect(check(withFields, "response", [])).toEqual([])
    const withRecord = Schema.Struct({ ok: Schema.Boolean, kind: Schema.String, token: Schema.String, extra: Schema.optional(Free) })
    expect(check(withRecord)).toEqual([])
    expect(check(withRecord, "response", [])).toEqual([
      "$.extra.a: in OpenAPI, missing from the Schema",
      "$.extra: the Schema takes any keys, OpenAPI lists them"
    ])
  })
})
