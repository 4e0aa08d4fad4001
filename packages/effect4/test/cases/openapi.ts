/**
 * Compares a wire shape (`./shape.ts`: the Encoded side of a schema, from either line) with an
 * OpenAPI 3.0 schema and lists every difference as a readable line: fields in one but not the
 * other, required-ness, types (objects by recursion, arrays by item, Records for free-form
 * objects, literal unions against enums). Both lines run this one checker, each on the shapes
 * its own Schema AST gives.
 *
 * Widening is allowed where it keeps responses decoding: a plain string where OpenAPI lists
 * an enum (enums grow), a number where OpenAPI says integer. Narrowing (literals where
 * OpenAPI has a plain string or a bigger enum, an integer where OpenAPI says number) is
 * reported on the response side only; on the request side an integer is required where
 * OpenAPI says integer, so a fraction fails before it is sent.
 *
 * A union of objects compared with one OpenAPI object (a response split into outcomes, such
 * as B2B `member_authenticated: true | false`) has each member checked against the whole
 * object. Fields that every member has as literals are its discriminants: a member may
 * narrow them, but together the members must cover every value OpenAPI allows (both
 * booleans, the whole enum), so every valid response still decodes into some member.
 *
 * A component named in `options.opaque` is one the Schema deliberately keeps as free JSON
 * (SCIM attributes inside a B2B member): there the Schema must be a string-keyed Record and
 * nothing else, and the component's fields are not compared. Nothing is opaque unless named.
 *
 * No Effect import here: both lines' tests load this file.
 */
import { readFileSync } from "node:fs"
import type { LiteralValue, Shape } from "./shape.js"

export interface OpenApiSchema {
  readonly $ref?: string
  readonly type?: string
  readonly description?: string
  readonly enum?: ReadonlyArray<unknown>
  readonly properties?: Readonly<Record<string, OpenApiSchema>>
  readonly required?: ReadonlyArray<string>
  readonly items?: OpenApiSchema
  readonly additionalProperties?: boolean | OpenApiSchema
}

export interface OpenApiDocument {
  readonly components: { readonly schemas: Readonly<Record<string, OpenApiSchema>> }
}

/** `request`: what we send (narrowing allowed); `response`: what we decode (widening allowed). */
export type Side = "request" | "response"

export interface CheckOptions {
  /** Component names the Schema keeps as free JSON on purpose (a string-keyed Record). */
  readonly opaque?: ReadonlyArray<string>
}

type ObjectShape = Extract<Shape, { readonly kind: "object" }>

const describe = (w: Shape) => (w.kind === "literals" ? `literals ${JSON.stringify(w.values)}` : w.kind === "unsupported" ? w.tag : w.kind)

/**
 * Every difference between a wire shape and `openapi` (`$ref`s resolved in
 * `doc.components.schemas`). Empty when they agree.
 */
export const checkShape = (
  shape: Shape,
  openapi: OpenApiSchema,
  doc: OpenApiDocument,
  side: Side,
  options: CheckOptions = {}
): Array<string> => {
  const out: Array<string> = []
  const narrowingIsAMismatch = side === "response"
  const opaque = new Set(options.opaque ?? [])

  const resolve = (api: OpenApiSchema, path: string): OpenApiSchema | undefined => {
    if (api.$ref === undefined) return api
    const target = doc.components.schemas[api.$ref.replace("#/components/schemas/", "")]
    if (target === undefined) out.push(`${path}: unresolved $ref ${api.$ref}`)
    return target === undefined ? undefined : resolve(target, path)
  }

  /** `discriminant`: one member of a union may narrow it; the union's coverage is checked apart. */
  const checkLiterals = (values: ReadonlyArray<LiteralValue>, api: OpenApiSchema, path: string, discriminant = false) => {
    const jsType = api.type === "integer" ? "number" : api.type
    const wrong = values.filter((v) => typeof v !== jsType || (api.type === "integer" && !Number.isInteger(v)))
    if (wrong.length > 0) return out.push(`${path}: literals ${JSON.stringify(wrong)} are not of OpenAPI type ${api.type}`)
    if (api.enum === undefined) {
      if (narrowingIsAMismatch && !discriminant) out.push(`${path}: the Schema allows only ${JSON.stringify(values)}, OpenAPI any ${api.type}`)
      return
    }
    const allowed = api.enum
    const extra = values.filter((v) => !allowed.includes(v))
    const missing = allowed.filter((v) => !values.some((x) => x === v))
    if (extra.length > 0) out.push(`${path}: literals ${JSON.stringify(extra)} are not in the OpenAPI enum`)
    if (missing.length > 0 && narrowingIsAMismatch && !discriminant) out.push(`${path}: enum values ${JSON.stringify(missing)} do not decode`)
  }

  const literalsOf = (object: ObjectShape, name: string): ReadonlyArray<LiteralValue> | undefined => {
    const field = object.fields.find((candidate) => candidate.name === name)
    return field?.shape.kind === "literals" ? field.shape.values : undefined
  }

  /** Each member against the whole object; the discriminants' values together must cover OpenAPI's. */
  const checkUnionOfObjects = (members: ReadonlyArray<ObjectShape>, api: OpenApiSchema, path: string) => {
    const props = api.properties ?? {}
    const discriminants = new Set(
      Object.keys(props).filter((name) => members.every((member) => literalsOf(member, name) !== undefined))
    )
    for (const member of members) checkObject(member, api, path, discriminants)
    for (const name of discriminants) {
      const raw = props[name]
      const prop = raw === undefined ? undefined : resolve(raw, `${path}.${name}`)
      if (prop === undefined) continue
      const covered = members.flatMap((member) => literalsOf(member, name) ?? [])
      const domain: ReadonlyArray<unknown> | undefined = prop.enum ?? (prop.type === "boolean" ? [true, false] : undefined)
      if (domain === undefined) {
        if (narrowingIsAMismatch) out.push(`${path}.${name}: the union's members allow only ${JSON.stringify(covered)}, OpenAPI any ${prop.type}`)
        continue
      }
      const missing = domain.filter((v) => !covered.some((x) => x === v))
      if (missing.length > 0 && narrowingIsAMismatch) out.push(`${path}.${name}: no member of the union decodes ${JSON.stringify(missing)}`)
    }
  }

  const checkObject = (object: ObjectShape, api: OpenApiSchema, path: string, discriminants: ReadonlySet<string> = new Set()) => {
    const props = api.properties ?? {}
    const required = new Set(api.required ?? [])
    const ours = new Map(object.fields.map((field) => [field.name, field]))
    for (const [name, prop] of Object.entries(props)) {
      const field = ours.get(name)
      if (field === undefined) {
        out.push(`${path}.${name}: in OpenAPI, missing from the Schema`)
        continue
      }
      if (required.has(name) === field.optional) {
        out.push(`${path}.${name}: ${required.has(name) ? "required" : "optional"} in OpenAPI, ${field.optional ? "optional" : "required"} in the Schema`)
      }
      check(field.shape, prop, `${path}.${name}`, discriminants.has(name))
    }
    for (const name of ours.keys()) if (!(name in props)) out.push(`${path}.${name}: in the Schema, not in OpenAPI`)
    const freeForm = Object.keys(props).length === 0 || (api.additionalProperties ?? false) !== false
    const record = object.records.find((sig) => sig.key.kind === "string")
    if (freeForm && record === undefined) out.push(`${path}: OpenAPI takes any keys, the Schema has no string-keyed Record`)
    if (!freeForm && object.records.length > 0) out.push(`${path}: the Schema takes any keys, OpenAPI lists them`)
    if (freeForm && record !== undefined) {
      const values = typeof api.additionalProperties === "object" ? api.additionalProperties : {}
      check(record.value, values, `${path}[*]`)
    }
  }

  const check = (w: Shape, raw: OpenApiSchema, path: string, discriminant = false): void => {
    const name = raw.$ref?.replace("#/components/schemas/", "")
    if (name !== undefined && opaque.has(name)) {
      const record = w.kind === "object" && w.fields.length === 0 && w.records.some((sig) => sig.key.kind === "string")
      if (!record) out.push(`${path}: ${name} is opaque, the Schema must be a string-keyed Record, not ${describe(w)}`)
      return
    }
    const api = resolve(raw, path)
    if (api === undefined) return
    const mismatch = () => out.push(`${path}: OpenAPI ${api.type ?? "any JSON"}, the Schema ${describe(w)}`)
    if (w.kind === "unsupported" || w.kind === "recursive" || w.kind === "undefined") {
      return void out.push(`${path}: cannot compare a ${describe(w)} with OpenAPI`)
    }
    if (w.kind === "union") {
      const objects = w.members.flatMap((m) => (m.kind === "object" ? [m] : []))
      if (api.type === "object" && objects.length === w.members.length) return checkUnionOfObjects(objects, api, path)
      return w.members.forEach((member) => check(member, api, path))
    }
    if (w.kind === "literals" && api.type !== undefined) return void checkLiterals(w.values, api, path, discriminant)
    switch (api.type) {
      case undefined:
        return void (w.kind === "unknown" || mismatch())
      case "string":
      case "boolean":
        return void (w.kind === api.type || mismatch())
      case "integer":
        if (w.kind === "integer" || (w.kind === "number" && side === "response")) return
        return void (w.kind === "number" ? out.push(`${path}: OpenAPI integer, the Schema any number`) : mismatch())
      case "number":
        if (w.kind === "number" || (w.kind === "integer" && !narrowingIsAMismatch)) return
        return void mismatch()
      case "array":
        return void (w.kind === "array" ? check(w.item, api.items ?? {}, `${path}[]`) : mismatch())
      case "object":
        return void (w.kind === "object" ? checkObject(w, api, path) : mismatch())
      default:
        return void out.push(`${path}: unsupported OpenAPI type ${api.type}`)
    }
  }

  check(shape, openapi, "$")
  return out
}

/** Takes the named top-level fields out of an object shape (the ones a request sends as headers). */
export const withoutFields = (shape: Shape, names: ReadonlySet<string>): Shape =>
  shape.kind === "object" ? { ...shape, fields: shape.fields.filter((field) => !names.has(field.name)) } : shape

// ---------------------------------------------------------------------------------------------
// The OpenAPI descriptions copied into the root's test/fixtures/openapi, and their operations.

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

/** One of the OpenAPI files in the root's `test/fixtures/openapi`. */
export const loadOpenApi = (name: FixtureName): OpenApiFile => {
  const parsed: OpenApiFile = JSON.parse(
    readFileSync(new URL(`../../../../test/fixtures/openapi/${name}.json`, import.meta.url), "utf8")
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

/** The header parameters the OpenAPI lists for `POST path`. */
export const headerParameters = (doc: OpenApiFile, path: string): Array<string> => parameterNames(operation(doc, "POST", path), "header")
