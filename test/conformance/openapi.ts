/**
 * Compares the wire side (Encoded) of an Effect Schema with an OpenAPI 3.0 schema and lists
 * every difference as a readable line: fields in one but not the other, required-ness, types
 * (objects by recursion, arrays by item, Records for free-form objects, literal unions
 * against enums). Transformations (password fields, token options) are compared on their
 * Encoded side.
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
 */
import { Option, Schema, SchemaAST as AST } from "effect"
import { JsonObject } from "../../src/models/Json.js"

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

type Wire =
  | { readonly kind: "string" | "number" | "integer" | "boolean" | "unknown" }
  | { readonly kind: "literals"; readonly values: ReadonlyArray<AST.LiteralValue> }
  | { readonly kind: "array"; readonly item: AST.AST }
  | { readonly kind: "object"; readonly ast: AST.TypeLiteral }
  | { readonly kind: "union"; readonly members: ReadonlyArray<AST.AST> }
  | { readonly kind: "unsupported"; readonly tag: string }

const isInt = (ast: AST.AST) =>
  Option.exists(AST.getSchemaIdAnnotation(ast), (id) => id === Schema.IntSchemaId) ||
  Option.exists(AST.getJSONSchemaAnnotation(ast), (json) => "type" in json && json["type"] === "integer")

/** A string-keyed record of anything: what a JsonObject is on the wire. */
const freeFormObject = Schema.Record({ key: Schema.String, value: Schema.Unknown }).ast as AST.TypeLiteral

/** What the Encoded side of `ast` looks like as JSON. */
const wire = (ast: AST.AST, integer = false): Wire => {
  switch (ast._tag) {
    case "Transformation":
      return wire(ast.from)
    case "Refinement":
      return wire(ast.from, integer || isInt(ast))
    case "Suspend":
      return wire(ast.f(), integer)
    case "StringKeyword":
    case "TemplateLiteral":
      return { kind: "string" }
    case "NumberKeyword":
      return { kind: integer ? "integer" : "number" }
    case "BooleanKeyword":
      return { kind: "boolean" }
    case "UnknownKeyword":
    case "AnyKeyword":
      return { kind: "unknown" }
    case "Literal":
      return { kind: "literals", values: [ast.literal] }
    case "Enums":
      return { kind: "literals", values: ast.enums.map(([, value]) => value) }
    case "TupleType": {
      const [rest] = ast.rest
      return ast.elements.length === 0 && ast.rest.length === 1 && rest !== undefined
        ? { kind: "array", item: rest.type }
        : { kind: "unsupported", tag: "tuple" }
    }
    case "TypeLiteral":
      return { kind: "object", ast }
    case "Declaration":
      // JsonObject is declared (it keeps a `__proto__` key as data) but is a free-form object on the wire.
      return ast === JsonObject.ast ? { kind: "object", ast: freeFormObject } : { kind: "unsupported", tag: ast._tag }
    case "Union": {
      // `Schema.optional` adds `undefined`, which never reaches the wire
      const members = ast.types.filter((member) => member._tag !== "UndefinedKeyword")
      const [only] = members
      if (members.length === 1 && only !== undefined) return wire(only, integer)
      const wires = members.map((member) => wire(member, integer))
      return wires.every((w) => w.kind === "literals")
        ? { kind: "literals", values: wires.flatMap((w) => (w.kind === "literals" ? w.values : [])) }
        : { kind: "union", members }
    }
    default:
      return { kind: "unsupported", tag: ast._tag }
  }
}

const describe = (w: Wire) => (w.kind === "literals" ? `literals ${JSON.stringify(w.values)}` : w.kind)

/**
 * Every difference between the Encoded side of `schema` and `openapi` (`$ref`s resolved in
 * `doc.components.schemas`). Empty when they agree.
 */
export const checkSchema = (
  schema: Schema.Schema.AnyNoContext,
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
  const checkLiterals = (values: ReadonlyArray<AST.LiteralValue>, api: OpenApiSchema, path: string, discriminant = false) => {
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

  const literalsOf = (ast: AST.TypeLiteral, name: string): ReadonlyArray<AST.LiteralValue> | undefined => {
    const ps = ast.propertySignatures.find((candidate) => String(candidate.name) === name)
    const w = ps === undefined ? undefined : wire(ps.type)
    return w?.kind === "literals" ? w.values : undefined
  }

  /** Each member against the whole object; the discriminants' values together must cover OpenAPI's. */
  const checkUnionOfObjects = (members: ReadonlyArray<AST.TypeLiteral>, api: OpenApiSchema, path: string) => {
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

  const checkObject = (ast: AST.TypeLiteral, api: OpenApiSchema, path: string, discriminants: ReadonlySet<string> = new Set()) => {
    const props = api.properties ?? {}
    const required = new Set(api.required ?? [])
    const ours = new Map(ast.propertySignatures.map((ps) => [String(ps.name), ps]))
    for (const [name, prop] of Object.entries(props)) {
      const ps = ours.get(name)
      if (ps === undefined) {
        out.push(`${path}.${name}: in OpenAPI, missing from the Schema`)
        continue
      }
      if (required.has(name) === ps.isOptional) {
        out.push(`${path}.${name}: ${required.has(name) ? "required" : "optional"} in OpenAPI, ${ps.isOptional ? "optional" : "required"} in the Schema`)
      }
      check(ps.type, prop, `${path}.${name}`, discriminants.has(name))
    }
    for (const name of ours.keys()) if (!(name in props)) out.push(`${path}.${name}: in the Schema, not in OpenAPI`)
    const freeForm = Object.keys(props).length === 0 || (api.additionalProperties ?? false) !== false
    const record = ast.indexSignatures.find((sig) => wire(sig.parameter).kind === "string")
    if (freeForm && record === undefined) out.push(`${path}: OpenAPI takes any keys, the Schema has no string-keyed Record`)
    if (!freeForm && ast.indexSignatures.length > 0) out.push(`${path}: the Schema takes any keys, OpenAPI lists them`)
    if (freeForm && record !== undefined) {
      const values = typeof api.additionalProperties === "object" ? api.additionalProperties : {}
      check(record.type, values, `${path}[*]`)
    }
  }

  const check = (ast: AST.AST, raw: OpenApiSchema, path: string, discriminant = false): void => {
    const name = raw.$ref?.replace("#/components/schemas/", "")
    if (name !== undefined && opaque.has(name)) {
      const w = wire(ast)
      const record = w.kind === "object" && w.ast.propertySignatures.length === 0 &&
        w.ast.indexSignatures.some((sig) => wire(sig.parameter).kind === "string")
      if (!record) out.push(`${path}: ${name} is opaque, the Schema must be a string-keyed Record, not ${describe(w)}`)
      return
    }
    const api = resolve(raw, path)
    if (api === undefined) return
    const w = wire(ast)
    const mismatch = () => out.push(`${path}: OpenAPI ${api.type ?? "any JSON"}, the Schema ${describe(w)}`)
    if (w.kind === "unsupported") return void out.push(`${path}: cannot compare a ${w.tag} with OpenAPI`)
    if (w.kind === "union") {
      const objects = w.members.map((member) => wire(member)).flatMap((m) => (m.kind === "object" ? [m.ast] : []))
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
        return void (w.kind === "object" ? checkObject(w.ast, api, path) : mismatch())
      default:
        return void out.push(`${path}: unsupported OpenAPI type ${api.type}`)
    }
  }

  check(schema.ast, openapi, "$")
  return out
}
