/**
 * The Effect 3 line's schemas as neutral wire shapes (`packages/effect4/test/cases/shape.ts`):
 * the Encoded side of a Schema AST as plain data, so the OpenAPI checker and the comparison with
 * the Effect 4 line work on data that no longer depends on which Effect built it.
 *
 * `describeLine()` describes every endpoint and exported error class of this line; the Effect 4
 * line's agreement test loads this module (it resolves Effect 3 from the root's node_modules).
 */
import { Option, Schema, SchemaAST as AST } from "effect"
import * as Endpoint from "../../src/Endpoint.js"
import * as Root from "../../src/index.js"
import { JsonObject } from "../../src/models/Json.js"
import {
  type EndpointShape,
  type ErrorClassShape,
  freeFormObject,
  type LineShape,
  type Shape,
  unionOf
} from "../../packages/effect4/test/cases/shape.js"

const isInt = (ast: AST.AST) =>
  Option.exists(AST.getSchemaIdAnnotation(ast), (id) => id === Schema.IntSchemaId) ||
  Option.exists(AST.getJSONSchemaAnnotation(ast), (json) => "type" in json && json["type"] === "integer")

/** What the Encoded side of `ast` looks like as JSON. */
export const shapeOf = (root: AST.AST): Shape => {
  const visiting = new Set<AST.AST>()
  const go = (ast: AST.AST, integer: boolean): Shape => {
    switch (ast._tag) {
      case "Transformation":
        return go(ast.from, false)
      case "Refinement":
        return go(ast.from, integer || isInt(ast))
      case "Suspend": {
        if (visiting.has(ast)) return { kind: "recursive", name: Option.getOrElse(AST.getIdentifierAnnotation(ast), () => "suspended") }
        visiting.add(ast)
        const shape = go(ast.f(), integer)
        visiting.delete(ast)
        return shape
      }
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
      case "UndefinedKeyword":
      case "VoidKeyword":
        return { kind: "undefined" }
      case "Literal":
        return { kind: "literals", values: [ast.literal === null ? null : typeof ast.literal === "bigint" ? String(ast.literal) : ast.literal] }
      case "Enums":
        return { kind: "literals", values: ast.enums.map(([, value]) => value) }
      case "TupleType": {
        const [rest] = ast.rest
        return ast.elements.length === 0 && ast.rest.length === 1 && rest !== undefined
          ? { kind: "array", item: go(rest.type, false) }
          : { kind: "unsupported", tag: "tuple" }
      }
      case "TypeLiteral":
        return {
          kind: "object",
          fields: ast.propertySignatures.map((ps) => ({ name: String(ps.name), optional: ps.isOptional, shape: go(ps.type, false) })),
          records: ast.indexSignatures.map((sig) => ({ key: go(sig.parameter, false), value: go(sig.type, false) }))
        }
      case "Declaration":
        // JsonObject is declared (it keeps a `__proto__` key as data) but is a free-form object on the wire.
        return ast === JsonObject.ast ? freeFormObject : { kind: "unsupported", tag: "Declaration" }
      case "Union":
        return unionOf(ast.types.map((member) => go(member, integer)))
      default:
        return { kind: "unsupported", tag: ast._tag }
    }
  }
  return go(root, false)
}

/** Every endpoint description in a service's tree, depth first. */
export const endpointsOf = (tree: unknown): Array<Endpoint.Endpoint> =>
  Endpoint.isEndpoint(tree)
    ? [tree]
    : typeof tree === "object" && tree !== null
      ? Object.values(tree).flatMap(endpointsOf)
      : []

/** One endpoint as neutral data. */
export const describeEndpoint = (endpoint: Endpoint.Endpoint): EndpointShape => ({
  name: endpoint.name,
  method: endpoint.method,
  path: endpoint.path,
  query: [...(endpoint.query ?? [])],
  headers: { ...endpoint.headers },
  retrySafe: endpoint.retrySafe,
  errors: endpoint.errors.map((error) => ({ tag: error._tag, errorType: error.errorType })),
  request: shapeOf(endpoint.request.ast),
  response: shapeOf(endpoint.response.ast)
})

/** The services whose endpoints both lines describe. */
export const services = {
  Passwords: Root.Passwords.endpoints,
  Users: Root.Users.endpoints,
  Sessions: Root.Sessions.endpoints,
  B2BPasswords: Root.B2BPasswords.endpoints,
  B2BSessions: Root.B2BSessions.endpoints,
  B2BOrganizations: Root.B2BOrganizations.endpoints
}

/** An exported class whose instances are errors and which carries a Schema (a `Schema.TaggedError`). */
const isErrorClass = (value: unknown): value is Function & { readonly _tag: string; readonly ast: AST.AST; readonly errorType?: string } =>
  typeof value === "function" && value.prototype instanceof Error && "_tag" in value && typeof value._tag === "string" &&
  "ast" in value && AST.isTransformation(value.ast as AST.AST)

/** Every error class the package exports, by export name. */
export const describeErrorClasses = (exports: Readonly<Record<string, unknown>> = Root): Array<ErrorClassShape> =>
  Object.entries(exports)
    .flatMap(([name, value]) => (isErrorClass(value) ? [{ name, value }] : []))
    .map(({ name, value }) => ({ name, tag: value._tag, errorType: value.errorType, fields: shapeOf(value.ast) }))

/** Every other exported schema (models, fields), by export name, as its wire shape. */
export const describeSchemas = (exports: Readonly<Record<string, unknown>> = Root): Array<{ readonly name: string; readonly shape: Shape }> =>
  Object.entries(exports).flatMap(([name, value]) =>
    Schema.isSchema(value) && !isErrorClass(value) ? [{ name, shape: shapeOf(value.ast) }] : []
  )

/** This line, described: every endpoint of every service, every exported error class and schema. */
export const describeLine = (): LineShape & { readonly schemas: ReadonlyArray<{ readonly name: string; readonly shape: Shape }> } => ({
  endpoints: Object.values(services).flatMap(endpointsOf).map(describeEndpoint),
  errors: describeErrorClasses(),
  schemas: describeSchemas()
})
