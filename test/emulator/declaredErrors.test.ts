/**
 * A route only answers with errors its endpoint declares. At compile time: a handler's error
 * channel admits only its endpoint's classes (the `@ts-expect-error` lines below are checked by
 * `npm run typecheck`, which fails if they ever compile). At run time: every error type a
 * request's own schema can answer with (its fields' `ErrorTypeId` annotations) is declared too.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option, SchemaAST } from "effect"
import { endpoints as b2bPasswords } from "../../src/b2b/B2BPasswords.js"
import { endpoints as b2bOrganizations } from "../../src/b2b/organizations/B2BOrganizations.js"
import { endpoints as b2bSessions } from "../../src/b2b/sessions/B2BSessions.js"
import { endpointRoute } from "../../src/emulator/http/route.js"
import { raise } from "../../src/emulator/http/RouteError.js"
import { isEndpoint, type Endpoint } from "../../src/Endpoint.js"
import { getErrorType } from "../../src/models/fields.js"
import { endpoints as passwords } from "../../src/passwords/Passwords.js"
import { endpoints as sessions } from "../../src/sessions/Sessions.js"
import { endpoints as users } from "../../src/users/Users.js"
import { DuplicateEmail, InvalidArgument, MemberResetPassword, WeakPassword } from "../../src/index.js"

/** Every endpoint under a tree of descriptions. */
const endpointsOf = (tree: object): ReadonlyArray<Endpoint> =>
  Object.values(tree).flatMap((value: unknown): ReadonlyArray<Endpoint> =>
    isEndpoint(value) ? [value] : typeof value === "object" && value !== null ? endpointsOf(value) : []
  )

const all = [passwords, b2bPasswords, sessions, b2bSessions, users, b2bOrganizations].flatMap(endpointsOf)

/** Every `ErrorTypeId` annotation reachable in a schema. */
const annotatedErrorTypes = (ast: SchemaAST.AST, seen = new Set<SchemaAST.AST>()): ReadonlyArray<string> => {
  if (seen.has(ast)) return []
  seen.add(ast)
  const own = Option.toArray(getErrorType(ast))
  const children = ((): ReadonlyArray<SchemaAST.AST> => {
    switch (ast._tag) {
      case "TypeLiteral":
        return [...ast.propertySignatures.map((property) => property.type), ...ast.indexSignatures.map((index) => index.type)]
      case "Union":
        return ast.types
      case "TupleType":
        return [...ast.elements.map((element) => element.type), ...ast.rest.map((rest) => rest.type)]
      case "Refinement":
        return [ast.from]
      case "Transformation":
        return [ast.from, ast.to]
      case "Suspend":
        return [ast.f()]
      default:
        return []
    }
  })()
  return [...own, ...children.flatMap((child) => annotatedErrorTypes(child, seen))]
}

describe("errors a route answers with", () => {
  it("every endpoint is found (the tree walk sees them all)", () => {
    expect(all.length).toBe(31)
  })

  it.each(all.map((endpoint) => [endpoint.name, endpoint] as const))(
    "%s declares every error type its request schema answers with",
    (_, endpoint) => {
      const declared = new Set(endpoint.errors.map((errorClass) => errorClass.errorType))
      const undeclared = [...new Set(annotatedErrorTypes(endpoint.request.ast))].filter(
        (errorType) => errorType !== "invalid_argument" && !declared.has(errorType)
      )
      expect(undeclared, endpoint.name).toEqual([])
    }
  )

  it("each product's migrate lists only its own errors", () => {
    const tags = (endpoint: Endpoint) => endpoint.errors.map((errorClass) => errorClass._tag)
    expect(tags(passwords.migrate)).toContain("DuplicateUserExternalId")
    expect(tags(passwords.migrate)).not.toContain("DuplicateMemberExternalId")
    expect(tags(b2bPasswords.migrate)).toContain("DuplicateMemberExternalId")
    expect(tags(b2bPasswords.migrate)).not.toContain("DuplicateUserExternalId")
  })

  it("a handler may raise its endpoint's errors and invalid_argument", () => {
    const route = endpointRoute(passwords.create, () =>
      Effect.zipRight(raise(WeakPassword, 400, "password: too weak."), raise(InvalidArgument, 400, "body: unusable."))
    )
    expect(route.path).toBe("/v1/passwords")
  })

  it("raising an error the endpoint does not declare does not compile", () => {
    // @ts-expect-error strength_check does not declare duplicate_email
    endpointRoute(passwords.strengthCheck, () => raise(DuplicateEmail, 400, "email: taken."))
    // @ts-expect-error the consumer login does not declare the B2B member_reset_password
    endpointRoute(passwords.authenticate, () => raise(MemberResetPassword, 400, "reset first."))
    expect(true).toBe(true)
  })
})
