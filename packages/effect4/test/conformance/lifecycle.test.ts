/**
 * The rest of a login's lifecycle, on the Effect 4 line, against Stytch's OpenAPI descriptions
 * (the root's test/fixtures/openapi/consumer-users-sessions.json and b2b-sessions.json): for each
 * GET and DELETE endpoint, its method, where each field goes (path, query, headers, no body),
 * the parameters' names and required-ness, and the response field by field. The same data and
 * checker as the root's test/conformance/lifecycle.test.ts.
 */
import { describe, expect, it } from "@effect/vitest"
import { shapeOf } from "../agreement/wireShape.js"
import { lifecycleEndpoints, lifecycleModels } from "../cases/conformance.js"
import { checkShape } from "../cases/openapi.js"
import { component, loadOpenApi, opaque, operation, parameterNames, parametersSchema, successSchema } from "./fixtures.js"
import { checkSchema } from "./openapi.js"
import { endpointNamed, headerFields, modelOf, pathFields, requestWithoutHeaders } from "./support.js"

const docOf = (file: "consumer-users-sessions" | "b2b-sessions" | string) =>
  loadOpenApi(file === "b2b-sessions" ? "b2b-sessions" : "consumer-users-sessions")

for (const [file, names] of lifecycleEndpoints) {
  const doc = docOf(file)
  const endpoints = names.map(endpointNamed)

  describe(`${file}.json: every operation is described once`, () => {
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
        expect(pathFields(endpoint.path)).toEqual(parameterNames(op, "path"))
        expect([...(endpoint.query ?? [])].sort()).toEqual(parameterNames(op, "query").sort())
      })

      it("sends as headers exactly the OpenAPI's header parameters, and nothing in a body", () => {
        expect(Object.values(endpoint.headers ?? {}).sort()).toEqual(parameterNames(op, "header").sort())
        const placed = new Set([...pathFields(endpoint.path), ...(endpoint.query ?? []), ...headerFields(endpoint)])
        const request = shapeOf(endpoint.request.ast)
        const fields = request.kind === "object" ? request.fields.map((field) => field.name) : []
        expect(fields.filter((field) => !placed.has(field))).toEqual([])
      })

      it("request: the path and query fields have the OpenAPI's names, required-ness and types", () => {
        expect(checkShape(requestWithoutHeaders(endpoint), parametersSchema(op), doc, "request")).toEqual([])
      })

      it("response has the OpenAPI's fields, required-ness and types", () => {
        const response = successSchema(op)
        expect(response, `no 200 schema for ${endpoint.method} ${endpoint.path}`).toBeDefined()
        expect(checkShape(shapeOf(endpoint.response.ast), response ?? {}, doc, "response", { opaque })).toEqual([])
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
