/**
 * Turns a schema failure into a field path and a sentence that never repeats the value:
 * formatters that report the input would print it, and it may be a password or a token.
 */
import type * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import type * as SchemaIssue from "effect/SchemaIssue"

/** Something that carries annotations: a schema node, or one of its checks. */
export interface Annotated {
  readonly annotations?: Schema.Annotations.Annotations | undefined
}

/** The first failure of a parse, reduced to where it is and what rule it broke. */
export interface SafeIssue {
  /** Dotted path of the bad field (`user.emails.0.email`), or "" for the whole value. */
  readonly field: string
  /** What was expected, without the value that was found. */
  readonly issue: string
  /**
   * The schema nodes and checks crossed on the way to the failure, outermost first (the
   * failing check, when a check failed, last): where the annotations of the rule live.
   */
  readonly asts: ReadonlyArray<Annotated>
}

const text = (node: Annotated, key: "description" | "expected" | "message"): string | undefined => {
  const value = node.annotations?.[key]
  return typeof value === "string" ? value : undefined
}

/** What a check accepts, in words: its description, else what Effect says it expects. */
const describeCheck = (check: Annotated): string | undefined => text(check, "description") ?? text(check, "expected")

/**
 * What a schema accepts, in plain words: its description when it has one (every field schema
 * of ours does; a checked schema keeps its annotations on its last check), else what its kind
 * of value is. Never the schema's own syntax (`{ readonly email: ...; ... }`), which reads as
 * internals.
 */
const describe = (ast: SchemaAST.AST): string => {
  const checks = ast.checks ?? []
  for (let i = checks.length - 1; i >= 0; i--) {
    const check = checks[i]
    const described = check === undefined ? undefined : text(check, "description")
    if (described !== undefined) return described
  }
  return text(ast, "description") ?? kindOf(ast)
}

const kindOf = (ast: SchemaAST.AST): string => {
  switch (ast._tag) {
    case "Objects":
      return "a JSON object"
    case "Arrays":
      return "an array"
    case "String":
    case "TemplateLiteral":
      return "a string"
    case "Number":
      return "a number"
    case "Boolean":
      return "a boolean"
    case "Literal":
      return JSON.stringify(ast.literal) ?? String(ast.literal)
    case "Enum":
      return `one of ${ast.enums.map(([, value]) => JSON.stringify(value)).join(", ")}`
    case "Union": {
      const members = [...new Set(ast.types.filter((member) => !SchemaAST.isUndefined(member)).map(describe))]
      return members.length === 1 ? (members[0] ?? "a valid value") : `one of ${members.join(", ")}`
    }
    case "Suspend":
      return describe(ast.thunk())
    default:
      return text(ast, "expected") ?? "a valid value"
  }
}

/** A member of `T | undefined` that failed only for not being `undefined`. */
const isUndefinedMismatch = (issue: SchemaIssue.Issue): boolean =>
  issue._tag === "InvalidType" && SchemaAST.isUndefined(issue.ast)

const describeLiterals = (literals: ReadonlyArray<SchemaAST.LiteralValue>): string => {
  const unique = [...new Set(literals)]
  if (unique.length === 2 && unique.includes(true) && unique.includes(false)) return "true or false"
  const shown = unique.map((literal) => (typeof literal === "bigint" ? String(literal) : JSON.stringify(literal)))
  return shown.length === 1 ? (shown[0] ?? "a valid value") : `one of ${shown.join(", ")}`
}

/**
 * The key that tells a union of objects apart (`member_authenticated: true | false`), with the
 * literals it accepts, when every member has one of that name. A union whose input no member
 * claims by that key fails without member issues: the key is what was wrong.
 */
const sentinelOf = (
  union: SchemaAST.Union
): { readonly key: PropertyKey; readonly literals: ReadonlyArray<SchemaAST.LiteralValue> } | undefined => {
  const members = union.types.map((member) => SchemaAST.toEncoded(member))
  const objects = members.filter(SchemaAST.isObjects)
  const [first] = objects
  if (first === undefined || objects.length !== members.length) return undefined
  const literalOf = (member: SchemaAST.Objects, key: PropertyKey) => {
    const property = member.propertySignatures.find((candidate) => candidate.name === key)
    return property !== undefined && SchemaAST.isLiteral(property.type) && !SchemaAST.isOptional(property.type)
      ? property.type
      : undefined
  }
  for (const property of first.propertySignatures) {
    const literals = objects.map((member) => literalOf(member, property.name))
    if (literals.every((literal) => literal !== undefined)) {
      return { key: property.name, literals: literals.flatMap((literal) => (literal === undefined ? [] : [literal.literal])) }
    }
  }
  return undefined
}

/**
 * Walks to the first leaf of a schema issue.
 *
 * @example
 * ```ts
 * import { Exit, Schema } from "effect"
 * import * as SchemaParser from "effect/SchemaParser"
 * import { safeIssue } from "./issue.js"
 *
 * const decoded = SchemaParser.decodeUnknownExit(Schema.Struct({ email: Schema.String }))({ email: 42 })
 * if (Exit.isFailure(decoded)) {
 *   // { field: "email", issue: "expected a string", ... }
 * }
 * export const first = safeIssue
 * ```
 */
export const safeIssue = (root: SchemaIssue.Issue): SafeIssue => {
  const path: Array<PropertyKey> = []
  const asts: Array<Annotated> = []
  // The schema node whose checks are being run: its annotated check speaks for all of them.
  let owner: SchemaAST.AST | undefined
  const done = (message: string): SafeIssue => ({ field: path.map(String).join("."), issue: message, asts })
  const enter = (ast: SchemaAST.AST) => {
    asts.push(ast)
    owner = ast
  }
  let issue: SchemaIssue.Issue = root
  for (;;) {
    switch (issue._tag) {
      case "Pointer":
        path.push(...issue.path)
        owner = undefined
        issue = issue.issue
        continue
      case "Filter": {
        asts.push(issue.filter)
        const inner: SchemaIssue.Issue = issue.issue
        // The check itself refused the value: say what it, or the field it belongs to, wants.
        if (inner._tag === "InvalidValue") {
          const ownDescription = owner === undefined ? undefined : describeOwner(owner)
          return done(
            text(issue.filter, "message") ??
              text(inner, "message") ??
              `expected ${text(issue.filter, "description") ?? ownDescription ?? describeCheck(issue.filter) ?? "a valid value"}`
          )
        }
        issue = inner
        continue
      }
      case "Encoding":
        enter(issue.ast)
        issue = issue.issue
        continue
      case "Composite":
        enter(issue.ast)
        issue = issue.issues[0]
        continue
      case "AnyOf": {
        enter(issue.ast)
        // An optional field is a union with undefined: follow its one real member.
        const members = issue.issues.filter((member) => !isUndefinedMismatch(member))
        const [next] = members
        if (next === undefined) {
          // No member claimed the input: a union of objects tells them apart by one key.
          const sentinel = sentinelOf(issue.ast)
          if (sentinel !== undefined) {
            path.push(sentinel.key)
            return done(`expected ${describeLiterals(sentinel.literals)}`)
          }
        }
        // Otherwise a union reports what it accepts as a whole: its members' failures say less.
        if (next === undefined || members.length > 1) return done(`expected ${describe(issue.ast)}`)
        issue = next
        continue
      }
      case "InvalidType":
        enter(issue.ast)
        asts.push(...(issue.ast.checks ?? []))
        return done(text(issue.ast, "message") ?? `expected ${describe(issue.ast)}`)
      case "InvalidValue":
        return done(text(issue, "message") ?? "expected a valid value")
      case "Forbidden":
        return done(text(issue, "message") ?? "cannot be processed")
      case "OneOf":
        enter(issue.ast)
        return done(`expected exactly one of ${describe(issue.ast)}`)
      case "MissingKey":
        return done("is missing")
      case "UnexpectedKey":
        return done("is not allowed")
    }
  }
}

/** The description a checked node gives itself (on its last described check, or its own), if any. */
const describeOwner = (ast: SchemaAST.AST): string | undefined => {
  const checks = ast.checks ?? []
  for (let i = checks.length - 1; i >= 0; i--) {
    const check = checks[i]
    const described = check === undefined ? undefined : text(check, "description")
    if (described !== undefined) return described
  }
  return text(ast, "description")
}
