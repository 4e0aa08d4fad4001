/**
 * Validators for response bodies: the `200` schema of a path in an OpenAPI file (read from
 * the root's test/fixtures/openapi), checked with ajv, and the Stytch error shape. No Effect
 * import: shared by both lines' test/openapi-responses.
 *
 * Two readings of each `200` schema:
 * - `schemaErrors`: the OpenAPI as written (objects take fields it does not list);
 * - `undeclaredFields`: the same schema with every object that lists its `properties` and says
 *   nothing of `additionalProperties` closed, so that any field the OpenAPI does not declare
 *   is reported.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv"
import type { OpenApiFile } from "./openapi.js"

type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

/** The OpenAPI 3.0 formats this description uses, checked for real rather than ignored. */
const formats = {
  int32: { type: "number" as const, validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 },
  int64: { type: "number" as const, validate: (n: number) => Number.isSafeInteger(n) }
}

/** Every object schema that lists properties and leaves additionalProperties unsaid, closed. */
const closeObjects = (node: Json): Json => {
  if (Array.isArray(node)) return node.map(closeObjects)
  if (typeof node !== "object" || node === null) return node
  const entries = Object.entries(node as { readonly [key: string]: Json }).map(([key, value]) => [key, closeObjects(value)] as const)
  const result: { [key: string]: Json } = Object.fromEntries(entries)
  if (result["properties"] !== undefined && result["additionalProperties"] === undefined) result["additionalProperties"] = false
  return result
}

const describeError = (error: ErrorObject): string =>
  error.keyword === "additionalProperties"
    ? `${error.instancePath || "/"}: undeclared field ${JSON.stringify((error.params as { additionalProperty?: string }).additionalProperty)}`
    : `${error.instancePath || "/"}: ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`

/** The `200` body schema of `method path` (a path template as in the file). */
const successSchemaRef = (doc: OpenApiFile, method: string, path: string): string => {
  const operation = doc.paths[path]?.[method.toLowerCase()]
  const schema = operation?.responses?.["200"]?.content?.["application/json"]?.schema
  if (schema?.$ref === undefined) throw new Error(`no $ref 200 schema for ${method} ${path}`)
  return schema.$ref
}

export interface ResponseValidator {
  /** What the `200` schema of `method path` rejects in `body`; empty when it is valid. */
  readonly schemaErrors: (method: string, path: string, body: unknown) => ReadonlyArray<string>
  /** Fields in `body` that the OpenAPI does not declare (anywhere in the tree). */
  readonly undeclaredFields: (method: string, path: string, body: unknown) => ReadonlyArray<string>
}

export const responseValidator = (doc: OpenApiFile): ResponseValidator => {
  const make = (components: unknown) => {
    const ajv = new Ajv({ strict: false, allErrors: true, formats })
    ajv.addSchema({ components }, "openapi")
    const cache = new Map<string, ValidateFunction>()
    return (method: string, path: string, body: unknown): ReadonlyArray<string> => {
      const ref = successSchemaRef(doc, method, path)
      let validate = cache.get(ref)
      if (validate === undefined) {
        const found = ajv.getSchema(`openapi${ref}`)
        if (found === undefined) throw new Error(`cannot resolve ${ref}`)
        validate = found
        cache.set(ref, validate)
      }
      return validate(body) ? [] : (validate.errors ?? []).map(describeError)
    }
  }
  const asWritten = make(doc.components)
  const closed = make(closeObjects(doc.components as unknown as Json))
  return {
    schemaErrors: asWritten,
    // Only what closing the objects adds: the fields the OpenAPI does not list.
    undeclaredFields: (method, path, body) => closed(method, path, body).filter((line) => line.includes("undeclared field"))
  }
}

/** Stytch's error body; `status_code` is checked against the HTTP status separately. */
const errorSchema = {
  type: "object",
  properties: {
    status_code: { type: "integer", minimum: 400, maximum: 599 },
    request_id: { type: "string", minLength: 1 },
    error_type: { type: "string", pattern: "^[a-z0-9_]+$" },
    error_message: { type: "string", minLength: 1 },
    error_url: { type: "string", pattern: "^https://stytch\\.com/docs/" },
    error_details: { type: "object" }
  },
  required: ["status_code", "request_id", "error_type", "error_message", "error_url"],
  additionalProperties: false
} as const

const errorAjv = new Ajv({ strict: true, allErrors: true })
const validateError = errorAjv.compile(errorSchema)

/** What is wrong with an error body answered with HTTP `status`; empty when it is right. */
export const errorShapeProblems = (status: number, body: unknown): ReadonlyArray<string> => {
  const problems = validateError(body) ? [] : (validateError.errors ?? []).map(describeError)
  const code = typeof body === "object" && body !== null && "status_code" in body ? body.status_code : undefined
  return code === status ? problems : [...problems, `status_code ${String(code)} differs from the HTTP status ${status}`]
}
