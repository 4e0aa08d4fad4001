/**
 * Turns a schema failure into a field path and a sentence that never repeats the value:
 * Effect's own formatters print the actual input, which may be a password or a token.
 */
import * as Option from "effect/Option"
import * as ParseResult from "effect/ParseResult"
import * as AST from "effect/SchemaAST"

/** The first failure of a parse, reduced to where it is and what rule it broke. */
export interface SafeIssue {
  /** Dotted path of the bad field (`user.emails.0.email`), or "" for the whole value. */
  readonly field: string
  /** What was expected, without the value that was found. */
  readonly issue: string
  /** The schema nodes crossed on the way to the failure, outermost first. */
  readonly asts: ReadonlyArray<AST.AST>
}

/**
 * What a schema accepts, in plain words: its description when it has one (every field schema
 * of ours does, and so do Effect's refinements), else what its kind of value is. Never the
 * schema's own syntax (`{ readonly email: ...; ... }`), which reads as internals.
 */
const describe = (ast: AST.AST): string => Option.getOrElse(AST.getDescriptionAnnotation(ast), () => kindOf(ast))

const kindOf = (ast: AST.AST): string => {
  switch (ast._tag) {
    case "TypeLiteral":
      return "a JSON object"
    case "TupleType":
      return "an array"
    case "StringKeyword":
    case "TemplateLiteral":
      return "a string"
    case "NumberKeyword":
      return "a number"
    case "BooleanKeyword":
      return "true or false"
    case "Literal":
      return JSON.stringify(ast.literal) ?? String(ast.literal)
    case "Enums":
      return `one of ${ast.enums.map(([, value]) => JSON.stringify(value)).join(", ")}`
    case "Union": {
      const members = [...new Set(ast.types.filter((member) => !AST.isUndefinedKeyword(member)).map(describe))]
      return members.length === 1 ? (members[0] ?? "a valid value") : `one of ${members.join(", ")}`
    }
    case "Refinement":
      return describe(ast.from)
    case "Transformation":
      return describe(ast.from)
    case "Suspend":
      return describe(ast.f())
    default:
      return "a valid value"
  }
}

const isUndefinedMismatch = (issue: ParseResult.ParseIssue): boolean =>
  issue._tag === "Type" && AST.isUndefinedKeyword(issue.ast)

/**
 * Walks to the first leaf of a parse issue.
 *
 * @example
 * ```ts
 * import { Either, Schema } from "effect"
 * import { safeIssue } from "./issue.js"
 *
 * const decoded = Schema.decodeUnknownEither(Schema.Struct({ email: Schema.String }))({ email: 42 })
 * if (Either.isLeft(decoded)) {
 *   safeIssue(decoded.left.issue) // { field: "email", issue: "..." }
 * }
 * ```
 */
export const safeIssue = (root: ParseResult.ParseIssue): SafeIssue => {
  const path: Array<PropertyKey> = []
  const asts: Array<AST.AST> = []
  const fromRefinements: Array<readonly [AST.AST, number]> = []
  const done = (message: string): SafeIssue => {
    const own = fromRefinements.filter(([, depth]) => depth === path.length).map(([ast]) => ast)
    return { field: path.map(String).join("."), issue: message, asts: [...own, ...asts] }
  }
  let issue: ParseResult.ParseIssue = root
  for (;;) {
    switch (issue._tag) {
      case "Pointer": {
        const segments = issue.path
        if (Array.isArray(segments)) path.push(...segments)
        else path.push(segments as PropertyKey)
        issue = issue.issue
        continue
      }
      case "Refinement":
        // A refinement whose input already failed ("From") judged nothing itself: it speaks
        // for the failure only if that is its own value, not a field further in.
        if (issue.kind === "Predicate") asts.push(issue.ast)
        else fromRefinements.push([issue.ast, path.length])
        issue = issue.issue
        continue
      case "Transformation":
        asts.push(issue.ast)
        issue = issue.issue
        continue
      case "Composite": {
        asts.push(issue.ast)
        const issues: ReadonlyArray<ParseResult.ParseIssue> = "_tag" in issue.issues ? [issue.issues] : issue.issues
        // An optional field is a union with undefined: follow its one real member.
        const members = AST.isUnion(issue.ast) ? issues.filter((member) => !isUndefinedMismatch(member)) : issues
        const next = members[0]
        // Otherwise a union reports what it accepts as a whole: its members' failures say less.
        if (next === undefined || (AST.isUnion(issue.ast) && members.length > 1)) {
          return done(`expected ${describe(issue.ast)}`)
        }
        issue = next
        continue
      }
      case "Type":
      case "Forbidden":
        asts.push(issue.ast)
        return done(issue.message ?? `expected ${describe(issue.ast)}`)
      case "Missing":
        return done("is missing")
      case "Unexpected":
        return done("is not allowed")
    }
  }
}
