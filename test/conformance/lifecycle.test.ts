/**
 * The rest of a login's lifecycle against Stytch's OpenAPI descriptions
 * (test/fixtures/openapi/consumer-users-sessions.json and b2b-sessions.json): for each GET
 * and DELETE endpoint, its method, where each field goes (path, query, headers, no body), the
 * parameters' names and required-ness, and the response field by field.
 */
import { describe, expect, it } from "@effect/vitest"
import { Schema, SchemaAST as AST } from "effect"
import { lifecycleEndpoints, lifecycleModels } from "../../packages/effect4/test/cases/conformance.js"
import { B2BOrganizations, B2BSessions, Endpoint, Sessions, Users } from "../../src/index.js"
import { component, endpointsOf, loadOpenApi, modelOf, opaque, type OpenApiFile, operation, parameterNames, parametersSchema, successSchema } from "./fixtures.js"
import { checkSchema } from "./openapi.js"

const consumer = loadOpenApi("consumer-users-sessions")
const b2b = loadOpenApi("b2b-sessions")

/** The request without the fields it sends as headers: what goes into the path and the query. */
const parametersOf = (endpoint: Endpoint.Endpoint): Schema.Schema.AnyNoContext => {
  const ast = endpoint.request.ast
  if (!AST.isTypeLiteral(ast)) throw new Error(`${endpoint.name}: a GET or DELETE request must be a Struct`)
  const headerFields = new Set(Object.keys(endpoint.headers ?? {}).map((path) => path.split(".")[0]))
  return Schema.make(new AST.TypeLiteral(ast.propertySignatures.filter((ps) => !headerFields.has(String(ps.name))), ast.indexSignatures))
}

/** The request's field names. */
const fieldsOf = (endpoint: Endpoint.Endpoint): Array<string> => {
  const ast = endpoint.request.ast
  return AST.isTypeLiteral(ast) ? ast.propertySignatures.map((ps) => String(ps.name)) : []
}

const all = [Users, Sessions, B2BSessions, B2BOrganizations].flatMap((service) => endpointsOf(service.endpoints))
/** The fixture files these endpoints are described in. */
const docOf = (file: string): OpenApiFile => (file === "b2b-sessions" ? b2b : consumer)

const cases: ReadonlyArray<readonly [OpenApiFile, string, ReadonlyArray<Endpoint.Endpoint>]> = lifecycleEndpoints.map(([file, names]) => [
  docOf(file),
  `${file}.json`,
  names.map((name) => {
    const endpoint = all.find((candidate) => candidate.name === name)
    if (endpoint === undefined) throw new Error(`no endpoint ${name}`)
    return endpoint
  })
])

for (const [doc, file, endpoints] of cases) {
  describe(`${file}: every operation is described once`, () => {
    it("our endpoints are exactly the file's operations, method and path", () => {
      const documented = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      expect(endpoints.map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort()).toEqual(documented.sort())
    })
  })

  for (const endpoint of endpoints) {
    describe(`${endpoint.name} (${endpoint.method} ${endpoint.path})`, () => {
      const op = operation(doc, endpoint.method, endpoint.path)

      it("is an operation of the OpenAPI, with parameters and no request body", () => {
        expect(op, `no ${endpoint.method} ${endpoint.path}`).toBeDefined()
        expect(op?.requestBody).toBeUndefined()
      })

      it("puts in the path exactly the OpenAPI's path parameters, in the query exactly its query parameters", () => {
        expect(Endpoint.pathFields(endpoint)).toEqual(parameterNames(op, "path"))
        expect([...(endpoint.query ?? [])].sort()).toEqual(parameterNames(op, "query").sort())
      })

      it("sends as headers exactly the OpenAPI's header parameters, and nothing in a body", () => {
        expect(Object.values(endpoint.headers ?? {}).sort()).toEqual(parameterNames(op, "header").sort())
        const placed = new Set([...Endpoint.pathFields(endpoint), ...(endpoint.query ?? []), ...Object.keys(endpoint.headers ?? {}).map((path) => path.split(".")[0])])
        expect(fieldsOf(endpoint).filter((field) => !placed.has(field))).toEqual([])
      })

      it("request: the path and query fields have the OpenAPI's names, required-ness and types", () => {
        expect(checkSchema(parametersOf(endpoint), parametersSchema(op), doc, "request")).toEqual([])
      })

      it("response has the OpenAPI's fields, required-ness and types", () => {
        const response = successSchema(op)
        expect(response, `no 200 schema for ${endpoint.method} ${endpoint.path}`).toBeDefined()
        expect(checkSchema(endpoint.response, response ?? {}, doc, "response", { opaque })).toEqual([])
      })

      it(`is ${endpoint.method === "GET" ? "" : "not "}safe to retry after a 500 (a ${endpoint.method})`, () => {
        expect(endpoint.retrySafe).toBe(endpoint.method === "GET")
      })
    })
  }
}

describe("the models these endpoints return match the components of the new files", () => {
  for (const [label, exported, file, name] of lifecycleModels) {
    const doc = docOf(file)
    it(`${label} = ${name}`, () => {
      expect(checkSchema(modelOf(exported), component(doc, name), doc, "response", { opaque })).toEqual([])
    })
  }
})

describe("the parameter check can fail", () => {
  it("a query field the OpenAPI does not have, a missing one, or a path parameter made optional are reported", () => {
    const op = operation(b2b, "GET", "/v1/b2b/sessions")
    const wrong = Schema.Struct({ organization_id: Schema.String, member: Schema.String })
    expect(checkSchema(wrong, parametersSchema(op), b2b, "request")).toEqual([
      "$.member_id: in OpenAPI, missing from the Schema",
      "$.member: in the Schema, not in OpenAPI"
    ])
    const optional = Schema.Struct({ user_id: Schema.optional(Schema.String) })
    expect(checkSchema(optional, parametersSchema(operation(consumer, "GET", "/v1/users/{user_id}")), consumer, "request")).toEqual([
      "$.user_id: required in OpenAPI, optional in the Schema"
    ])
  })
})
