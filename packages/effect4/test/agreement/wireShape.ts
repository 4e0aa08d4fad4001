/**
 * The Effect 4 line's schemas as neutral wire shapes (`../cases/shape.ts`): the Encoded side
 * of a Schema AST (`SchemaAST.toEncoded`) as plain data, the counterpart of the root's
 * `test/support/wireShape.ts` for Effect 3. The agreement test compares the two lines'
 * shapes; the conformance tests check them against the OpenAPI fixtures.
 */
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import * as Endpoint from "../../src/Endpoint.js"
import { JsonObject } from "../../src/models/Json.js"
import {
  type EndpointShape,
  type ErrorClassShape,
  freeFormObject,
  type LineShape,
  type Shape,
  unionOf
} from "../cases/shape.js"

/** The id Effect 4 gives `Schema.isInt()`'s filter (`Schema.Int`, `Schema.isInt32`, ...). */
const intId = "effect/schema/isInt"

const isIntCheck = (check: AST.Check<unknown>): boolean =>
  check._tag === "FilterGroup"
    ? check.checks.some(isIntCheck)
    : check.annotations?.representation?.id === intId

const isInt = (ast: AST.AST): boolean => (ast.checks ?? []).some(isIntCheck)

/** What `ast`'s Encoded side looks like as JSON. */
export const shapeOf = (root: AST.AST): Shape => {
  const visiting = new Set<AST.AST>()
  const go = (ast: AST.AST): Shape => {
    switch (ast._tag) {
      case "Suspend": {
        if (visiting.has(ast)) return { kind: "recursive", name: AST.resolveIdentifier(ast) ?? "suspended" }
        visiting.add(ast)
        const shape = go(ast.thunk())
        visiting.delete(ast)
        return shape
      }
      case "String":
      case "TemplateLiteral":
        return { kind: "string" }
      case "Number":
        return { kind: isInt(ast) ? "integer" : "number" }
      case "Boolean":
        return { kind: "boolean" }
      case "Unknown":
      case "Any":
        return { kind: "unknown" }
      case "Undefined":
      case "Void":
        return { kind: "undefined" }
      case "Null":
        return { kind: "literals", values: [null] }
      case "Literal":
        return { kind: "literals", values: [typeof ast.literal === "bigint" ? String(ast.literal) : ast.literal] }
      case "Enum":
        return { kind: "literals", values: ast.enums.map(([, value]) => value) }
      case "Arrays": {
        const [rest] = ast.rest
        return ast.elements.length === 0 && ast.rest.length === 1 && rest !== undefined
          ? { kind: "array", item: go(rest) }
          : { kind: "unsupported", tag: "tuple" }
      }
      case "Objects":
        return {
          kind: "object",
          fields: ast.propertySignatures.map((ps) => ({ name: String(ps.name), optional: AST.isOptional(ps.type), shape: go(ps.type) })),
          records: ast.indexSignatures.map((sig) => ({ key: go(sig.parameter), value: go(sig.type) }))
        }
      case "Declaration":
        // JsonObject is declared (it keeps a `__proto__` key as data) but is a free-form object on the
        // wire; refined (`JsonObject.check(...)`), it is a new node with the same declaration.
        return ast.run === JsonObject.ast.run ? freeFormObject : { kind: "unsupported", tag: "Declaration" }
      case "Union":
        return unionOf(ast.types.map(go))
      default:
        return { kind: "unsupported", tag: ast._tag }
    }
  }
  return go(AST.toEncoded(root))
}

/** The parts of an Effect 4 endpoint description the comparison reads. */
export interface EndpointLike {
  readonly name: string
  readonly method: string
  readonly path: string
  readonly query?: ReadonlyArray<string> | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
  readonly retrySafe: boolean
  readonly errors: ReadonlyArray<{ readonly _tag?: unknown; readonly errorType?: string | undefined; readonly identifier?: unknown }>
  readonly request: { readonly ast: AST.AST }
  readonly response: { readonly ast: AST.AST }
}

/** Every endpoint description in a service's tree, depth first. */
export const endpointsOf = (tree: unknown): Array<Endpoint.Endpoint> =>
  Endpoint.isEndpoint(tree)
    ? [tree]
    : typeof tree === "object" && tree !== null
      ? Object.values(tree).flatMap(endpointsOf)
      : []

/** An error class's tag: its static `_tag` (Effect 3 style) or its schema's identifier. */
const tagOf = (error: { readonly _tag?: unknown; readonly identifier?: unknown }): string =>
  typeof error._tag === "string" ? error._tag : typeof error.identifier === "string" ? error.identifier : "(no tag)"

/** One endpoint as neutral data. */
export const describeEndpoint = (endpoint: EndpointLike): EndpointShape => ({
  name: endpoint.name,
  method: endpoint.method,
  path: endpoint.path,
  query: [...(endpoint.query ?? [])],
  headers: { ...endpoint.headers },
  retrySafe: endpoint.retrySafe,
  errors: endpoint.errors.map((error) => ({ tag: tagOf(error), errorType: error.errorType })),
  request: shapeOf(endpoint.request.ast),
  response: shapeOf(endpoint.response.ast)
})

/** An exported class with a Schema whose instances are errors (a `Schema.TaggedErrorClass`). */
const isErrorClass = (value: unknown): value is Function & { readonly ast: AST.AST; readonly errorType?: string; readonly _tag?: unknown; readonly identifier?: unknown } =>
  typeof value === "function" && value.prototype instanceof Error && "ast" in value && AST.isAST(value.ast)

/** The tag an error class's instances carry (its `_tag` field's literal). */
const instanceTag = (ast: AST.AST): string | undefined => {
  const encoded = AST.toEncoded(ast)
  if (encoded._tag !== "Objects") return undefined
  const tag = encoded.propertySignatures.find((ps) => ps.name === "_tag")?.type
  return tag?._tag === "Literal" && typeof tag.literal === "string" ? tag.literal : undefined
}

/** Every error class among a module's exports, by export name. */
export const describeErrorClasses = (exports: Readonly<Record<string, unknown>>): Array<ErrorClassShape> =>
  Object.entries(exports)
    .flatMap(([name, value]) => (isErrorClass(value) ? [{ name, value }] : []))
    .map(({ name, value }) => ({
      name,
      tag: instanceTag(value.ast) ?? tagOf(value),
      errorType: value.errorType,
      fields: shapeOf(value.ast)
    }))

/** Every other schema among a module's exports (models, fields), by export name, as its wire shape. */
export const describeSchemas = (exports: Readonly<Record<string, unknown>>): Array<{ readonly name: string; readonly shape: Shape }> =>
  Object.entries(exports).flatMap(([name, value]) =>
    isErrorClass(value) || !Schema.isSchema(value) ? [] : [{ name, shape: shapeOf(value.ast) }]
  )

/** A line, described: every endpoint of the given services and every error class among `exports`. */
export const describeLine = (services: Readonly<Record<string, unknown>>, exports: Readonly<Record<string, unknown>>): LineShape => ({
  endpoints: Object.values(services).flatMap(endpointsOf).map(describeEndpoint),
  errors: describeErrorClasses(exports)
})
