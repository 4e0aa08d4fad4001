/**
 * The B2B Passwords and Sessions endpoints and models of the Effect 4 line against Stytch's
 * OpenAPI description (the root's test/fixtures/openapi/b2b-passwords.json), field by field:
 * the same data (`../cases/conformance.ts`) and checker (`../cases/openapi.ts`) as the root's
 * test/conformance/b2b.test.ts, on this line's schemas.
 */
import { describe, expect, it } from "@effect/vitest"
import * as Schema from "effect/Schema"
import { B2BPasswords, B2BSessions, HashType, SCIMRegistration } from "../../src/index.js"
import { shapeOf } from "../agreement/wireShape.js"
import { discoveryBody, successBodies } from "../cases/b2bSamples.js"
import {
  b2bLoginUnions,
  b2bModels,
  b2bPasswordNames,
  b2bSessionPosts,
  requireResetHeaders,
  retrySafePosts,
  scimAttributes
} from "../cases/conformance.js"
import { checkShape } from "../cases/openapi.js"
import { component, endpointsOf, headerParameters, loadOpenApi, opaque, postSchemas } from "./fixtures.js"
import { checkSchema } from "./openapi.js"
import { modelOf, requestWithoutHeaders } from "./support.js"

const b2b = loadOpenApi("b2b-passwords")

const endpoints = endpointsOf(B2BPasswords.endpoints)

describe("B2B Sessions endpoints match the OpenAPI", () => {
  // The GET endpoints are checked against b2b-sessions.json, in lifecycle.test.ts.
  const sessionEndpoints = endpointsOf(B2BSessions.endpoints).filter((endpoint) => endpoint.method === "POST")
  it("describes the two /v1/b2b/sessions POST paths", () => {
    expect(sessionEndpoints.map((e) => e.path).sort()).toEqual(b2bSessionPosts)
  })
  for (const endpoint of sessionEndpoints) {
    it(`${endpoint.name}: request and response have the OpenAPI's fields, required-ness and types`, () => {
      const { request, response } = postSchemas(b2b, endpoint.path)
      expect(checkShape(requestWithoutHeaders(endpoint), request ?? {}, b2b, "request", { opaque })).toEqual([])
      expect(checkShape(shapeOf(endpoint.response.ast), response ?? {}, b2b, "response", { opaque })).toEqual([])
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
        expect(endpoint.method).toBe("POST")
        expect(request, `no request body schema for POST ${endpoint.path}`).toBeDefined()
        expect(response, `no 200 schema for POST ${endpoint.path}`).toBeDefined()
      })

      it("request body (Encoded side) has the OpenAPI's fields, required-ness and types", () => {
        expect(checkShape(requestWithoutHeaders(endpoint), request ?? {}, b2b, "request", { opaque })).toEqual([])
      })

      it("sends as headers exactly the header parameters the OpenAPI lists", () => {
        expect(Object.values(endpoint.headers ?? {}).sort()).toEqual(headerParameters(b2b, endpoint.path).sort())
      })

      it("response has the OpenAPI's fields, required-ness and types (each outcome, for a union)", () => {
        expect(checkShape(shapeOf(endpoint.response.ast), response ?? {}, b2b, "response", { opaque })).toEqual([])
      })

      it("decodes the realistic sample body and encodes it back to the same JSON", () => {
        const body = successBodies[endpoint.path]
        const schema = endpoint.response
        const decoded = Schema.decodeUnknownSync(schema)(body)
        expect(Schema.encodeSync(schema)(decoded)).toEqual(body)
      })
    })
  }

  it("the login answers are unions of two outcomes; the others plain objects", () => {
    const unions = endpoints.filter((e) => shapeOf(e.response.ast).kind === "union").map((e) => e.name).sort()
    expect(unions).toEqual(b2bLoginUnions)
  })

  it("requireReset's request carries the member session only as headers", () => {
    const emailRequireReset = B2BPasswords.endpoints.email.requireReset
    expect(emailRequireReset.headers).toEqual(requireResetHeaders)
    // without taking `authorization` out, the body would not match the OpenAPI
    const { request } = postSchemas(b2b, emailRequireReset.path)
    expect(checkShape(shapeOf(emailRequireReset.request.ast), request ?? {}, b2b, "request")).toEqual([
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

describe("OpenAPI vs stytch-node: what this line does where they disagree", () => {
  it("intermediate_session_token_expires_at: not declared, ignored if sent", () => {
    const withExpiry = { ...discoveryBody, intermediate_session_token_expires_at: "2024-05-01T12:10:00Z" }
    const schema = B2BPasswords.endpoints.discovery.authenticate.response
    expect(Schema.decodeUnknownSync(schema)(withExpiry)).not.toHaveProperty("intermediate_session_token_expires_at")
  })

  it("locale is sent as an open string (Stytch answers invalid_locale)", () => {
    const schema = B2BPasswords.endpoints.authenticate.request
    expect(Schema.encodeUnknownSync(schema)({
      organization_id: "acme",
      email_address: "ada@example.com",
      password: "pw",
      locale: "de"
    }).locale).toBe("de")
  })

  it("hash_type: a closed enum, as the OpenAPI has it", () => {
    const hashTypes = component(b2b, "api_b2b_password_v1_MigrateRequestHashType").enum ?? []
    expect([...HashType.literals].sort()).toEqual([...hashTypes].sort())
  })
})
