/** The OpenAPI descriptions copied into test/fixtures/openapi, and their Passwords operations. */
import { readFileSync } from "node:fs"
import * as Endpoint from "../../src/Endpoint.js"
import type { OpenApiDocument, OpenApiSchema } from "./openapi.js"

interface JsonBody {
  readonly content?: { readonly "application/json"?: { readonly schema?: OpenApiSchema } }
}

/** A path, query or header parameter of an operation. */
export interface Parameter {
  readonly name: string
  readonly in: "path" | "query" | "header" | "cookie"
  readonly required?: boolean
  readonly schema?: OpenApiSchema
}

export interface Operation {
  readonly parameters?: ReadonlyArray<Parameter>
  readonly requestBody?: JsonBody
  readonly responses?: Readonly<Record<string, JsonBody>>
}

export interface OpenApiFile extends OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>
}

export type FixtureName = "consumer-passwords" | "b2b-passwords" | "consumer-users-sessions" | "b2b-sessions"

export const loadOpenApi = (name: FixtureName): OpenApiFile => {
  const parsed: OpenApiFile = JSON.parse(
    readFileSync(new URL(`../fixtures/openapi/${name}.json`, import.meta.url), "utf8")
  )
  return parsed
}

/** The request body and `200` body schemas of `POST path`, if the document has them. */
export const postSchemas = (doc: OpenApiFile, path: string) => {
  const post = doc.paths[path]?.["post"]
  return {
    request: post?.requestBody?.content?.["application/json"]?.schema,
    response: post?.responses?.["200"]?.content?.["application/json"]?.schema
  }
}

/** A components schema by name; throws when absent so a renamed schema is noticed. */
export const component = (doc: OpenApiDocument, name: string): OpenApiSchema => {
  const schema = doc.components.schemas[name]
  if (schema === undefined) throw new Error(`no components.schemas.${name}`)
  return schema
}

/** The operation `method path` of the document, if it has one. */
export const operation = (doc: OpenApiFile, method: string, path: string): Operation | undefined =>
  doc.paths[path]?.[method.toLowerCase()]

/** The names of an operation's parameters in one place (`path`, `query`, `header`), in order. */
export const parameterNames = (op: Operation | undefined, place: Parameter["in"]): Array<string> =>
  (op?.parameters ?? []).filter((parameter) => parameter.in === place).map((parameter) => parameter.name)

/**
 * An operation's path and query parameters as one object schema (what our request schema
 * holds besides its header fields): each parameter a property, required as the OpenAPI says.
 */
export const parametersSchema = (op: Operation | undefined): OpenApiSchema => {
  const parameters = (op?.parameters ?? []).filter((parameter) => parameter.in === "path" || parameter.in === "query")
  return {
    type: "object",
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema ?? {}])),
    required: parameters.filter((parameter) => parameter.required === true).map((parameter) => parameter.name)
  }
}

/** The `200` body schema of an operation. */
export const successSchema = (op: Operation | undefined): OpenApiSchema | undefined =>
  op?.responses?.["200"]?.content?.["application/json"]?.schema

/** The one component the models keep as free JSON on purpose. */
export const opaque: ReadonlyArray<string> = ["api_b2b_scim_v1_SCIMAttributes"]

/** Every endpoint description in a service's tree, depth first. */
export const endpointsOf = (tree: unknown): Array<Endpoint.Endpoint> =>
  Endpoint.isEndpoint(tree)
    ? [tree]
    : typeof tree === "object" && tree !== null
      ? Object.values(tree).flatMap(endpointsOf)
      : []
