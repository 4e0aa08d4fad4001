/** The OpenAPI descriptions copied into test/fixtures/openapi, and their Passwords operations. */
import { readFileSync } from "node:fs"
import type { OpenApiDocument, OpenApiSchema } from "./openapi.js"

interface JsonBody {
  readonly content?: { readonly "application/json"?: { readonly schema?: OpenApiSchema } }
}

interface Operation {
  readonly requestBody?: JsonBody
  readonly responses?: Readonly<Record<string, JsonBody>>
}

export interface OpenApiFile extends OpenApiDocument {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>
}

export const loadOpenApi = (name: "consumer-passwords" | "b2b-passwords"): OpenApiFile => {
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
