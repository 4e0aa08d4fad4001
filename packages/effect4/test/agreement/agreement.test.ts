/**
 * One description of the API, checked: the Effect 3 line (the root) and the Effect 4 line
 * (this package) must describe every endpoint alike (name, method, path, query, headers,
 * retry-safety, known errors with the `error_type` each decodes, request and response fields
 * on the wire, recursively) and export the same error classes (tag, error type, fields).
 *
 * Both lines run in this one process: the root's files resolve Effect 3 from the root's
 * node_modules, this package's Effect 4 from its own. The root line describes itself
 * (root `test/support/wireShape.ts`, loaded at run time so this package's type-check stays
 * inside it); this line is described by `./wireShape.ts`; both into the neutral shapes of
 * `../cases/shape.ts`, which are compared.
 */
import { beforeAll, describe, expect, it } from "@effect/vitest"
import * as Schema from "effect/Schema"
import * as AST from "effect/SchemaAST"
import * as V4 from "../../src/index.js"
import { diffEndpoints, diffLines, diffShapes, type EndpointShape, type LineShape, type Shape, unreadable, unreadableIn } from "../cases/shape.js"
import { describeEndpoint, describeLine, describeSchemas, type EndpointLike, shapeOf } from "./wireShape.js"

interface NamedShape {
  readonly name: string
  readonly shape: Shape
}

/** The root's describer, loaded from its own tree (so it gets Effect 3). */
interface RootDescriber {
  readonly describeLine: () => LineShape & { readonly schemas: ReadonlyArray<NamedShape> }
}

const loadRoot = async (): Promise<LineShape & { readonly schemas: ReadonlyArray<NamedShape> }> => {
  const module: RootDescriber = await import(new URL("../../../../test/support/wireShape.ts", import.meta.url).href)
  return module.describeLine()
}

const v4Services = {
  Passwords: V4.Passwords.endpoints,
  Users: V4.Users.endpoints,
  Sessions: V4.Sessions.endpoints,
  B2BPasswords: V4.B2BPasswords.endpoints,
  B2BSessions: V4.B2BSessions.endpoints,
  B2BOrganizations: V4.B2BOrganizations.endpoints
}

const v4: LineShape = describeLine(v4Services, V4)

const v4Schemas = describeSchemas(V4)

let root: LineShape & { readonly schemas: ReadonlyArray<NamedShape> } = { endpoints: [], errors: [], schemas: [] }
beforeAll(async () => {
  root = await loadRoot()
})

const byName = <T extends { readonly name: string }>(items: ReadonlyArray<T>, name: string): T => {
  const found = items.find((item) => item.name === name)
  if (found === undefined) throw new Error(`no ${name}`)
  return found
}

describe("both lines describe the same endpoints", () => {
  it("the root line is loaded with Effect 3, this line with Effect 4, in one process", async () => {
    const rootSchema: { readonly ast: { readonly _tag: string } } = (await import(
      new URL("../../../../src/models/User.ts", import.meta.url).href
    )).User
    // Effect 3 ASTs have TypeLiteral / Transformation nodes; Effect 4's have Objects / Declaration.
    expect(["TypeLiteral", "Transformation"]).toContain(rootSchema.ast._tag)
    expect(["Objects", "Declaration"]).toContain(V4.User.ast._tag)
  })

  it("each line's deriver reads every field of every description (no agreement on what neither could read)", () => {
    expect(unreadableIn(root)).toEqual([])
    expect(unreadableIn(v4)).toEqual([])
    expect(unreadable({ kind: "object", fields: [{ name: "x", optional: false, shape: { kind: "unsupported", tag: "Declaration" } }], records: [] }))
      .toEqual(["$.x: unsupported Declaration"])
  })

  it("the same endpoint names, 31 of them, in the same order", () => {
    expect(root.endpoints.length).toBe(31)
    expect(v4.endpoints.map((e) => e.name)).toEqual(root.endpoints.map((e) => e.name))
  })

  it("every endpoint of either line agrees: method, path, query, headers, retry-safety, errors, request and response", () => {
    // One assertion listing every difference, so a drift reads as a list of lines.
    expect(diffLines({ endpoints: root.endpoints, errors: [] }, { endpoints: v4.endpoints, errors: [] })).toEqual([])
  })
})

describe("per endpoint", () => {
  // The names are known before the root loads: they are this line's, and the test above
  // checks that they are the root's.
  for (const { name } of v4.endpoints) {
    it(`${name}`, () => {
      const ours = byName(v4.endpoints, name)
      const theirs = root.endpoints.find((e) => e.name === name)
      expect(theirs, `${name} is not in the root line`).toBeDefined()
      if (theirs !== undefined) expect(diffEndpoints(theirs, ours)).toEqual([])
    })
  }
})

describe("both lines export the same error classes", () => {
  it("the same class names", () => {
    expect(root.errors.length).toBeGreaterThan(100)
    expect(v4.errors.map((e) => e.name).sort()).toEqual(root.errors.map((e) => e.name).sort())
  })

  it("every error class agrees: tag, error_type and fields on the wire", () => {
    expect(diffLines({ endpoints: [], errors: root.errors }, { endpoints: [], errors: v4.errors })).toEqual([])
  })

  it("every known error of an endpoint decodes the error_type its class names", () => {
    for (const endpoint of v4.endpoints) {
      for (const error of endpoint.errors) {
        expect(error.errorType, `${endpoint.name}: ${error.tag}`).toBeDefined()
        expect(V4.errorTag(error.errorType ?? ""), `${endpoint.name}: ${error.errorType}`).toBe(error.tag)
      }
    }
  })
})

describe("both lines export the same schemas (models and fields), alike on the wire", () => {
  it("the same schema exports", () => {
    expect(root.schemas.length).toBeGreaterThan(50)
    expect(v4Schemas.map((s) => s.name).sort()).toEqual(root.schemas.map((s) => s.name).sort())
  })

  it("each line's deriver reads every exported schema whole", () => {
    const unreadableSchemas = (schemas: ReadonlyArray<NamedShape>) => schemas.flatMap((s) => unreadable(s.shape, s.name))
    expect(unreadableSchemas(root.schemas)).toEqual([])
    expect(unreadableSchemas(v4Schemas)).toEqual([])
  })

  it("each exported schema has the same wire shape in both lines", () => {
    const theirs = new Map(root.schemas.map((s) => [s.name, s.shape]))
    const lines = v4Schemas.flatMap(({ name, shape }) => {
      const other = theirs.get(name)
      return other === undefined ? [] : diffShapes(other, shape, name)
    })
    expect(lines).toEqual([])
  })
})

describe("the comparison can fail", () => {
  const create = V4.Passwords.endpoints.create
  const rootCreate = (): EndpointShape => byName(root.endpoints, "passwords.create")

  /** `create` with its request's `session_duration_minutes` required on the wire. */
  const requiredDuration = (): EndpointLike => {
    const ast = AST.toEncoded(create.request.ast)
    if (!AST.isObjects(ast)) throw new Error("create's request is not an object")
    const fields = Object.fromEntries(ast.propertySignatures.map((ps) => [
      String(ps.name),
      ps.name === "session_duration_minutes" ? Schema.Int : Schema.make(ps.type)
    ]))
    return { ...create, request: Schema.Struct(fields) }
  }

  it("the unchanged description agrees", () => {
    expect(diffEndpoints(rootCreate(), describeEndpoint(create))).toEqual([])
  })

  it("catches an optional field made required", () => {
    expect(diffEndpoints(rootCreate(), describeEndpoint(requiredDuration()))).toEqual([
      "request.session_duration_minutes: optional in root, required in v4"
    ])
  })

  it("catches a changed path, method, query, header or retry-safety", () => {
    const changed: EndpointLike = {
      ...create,
      path: "/v1/passwords/create",
      method: "PUT",
      query: ["email"],
      headers: { telemetry_id: "X-Telemetry" },
      retrySafe: true
    }
    expect(diffEndpoints(rootCreate(), describeEndpoint(changed))).toEqual([
      `method: "POST" in root, "PUT" in v4`,
      `path: "/v1/passwords" in root, "/v1/passwords/create" in v4`,
      `query: [] in root, ["email"] in v4`,
      `headers: {} in root, {"telemetry_id":"X-Telemetry"} in v4`,
      "retrySafe: false in root, true in v4"
    ])
  })

  it("catches an error removed, and one whose error_type differs", () => {
    const [first, ...rest] = create.errors
    expect(first).toBeDefined()
    expect(diffEndpoints(rootCreate(), describeEndpoint({ ...create, errors: rest }))).toEqual([
      `errors: ${rootCreate().errors[0]?.tag}=${rootCreate().errors[0]?.errorType} only in root`
    ])
    const renamed = { _tag: first?._tag, errorType: "duplicate_e_mail" }
    expect(diffEndpoints(rootCreate(), describeEndpoint({ ...create, errors: [renamed, ...rest] }))).toEqual([
      `errors: DuplicateEmail=duplicate_email only in root`,
      `errors: DuplicateEmail=duplicate_e_mail only in v4`
    ])
  })

  it("catches a nested field's kind, a literal, an array and nullability", () => {
    const base = Schema.Struct({
      user: Schema.Struct({ id: Schema.String, tags: Schema.Array(Schema.String), kind: Schema.Literals(["a", "b"]) }),
      note: Schema.NullOr(Schema.String)
    })
    const other = Schema.Struct({
      user: Schema.Struct({ id: Schema.Number, tags: Schema.String, kind: Schema.Literals(["a", "c"]) }),
      note: Schema.String
    })
    expect(diffEndpoints(
      { ...describeEndpoint(create), response: shapeOf(base.ast) },
      { ...describeEndpoint(create), response: shapeOf(other.ast) }
    )).toEqual([
      "response.user.id: root string, v4 number",
      "response.user.tags: root array of string, v4 string",
      `response.user.kind: literals ["b"] only in root`,
      `response.user.kind: literals ["c"] only in v4`,
      `response.note: root union of string | literals [null], v4 string`
    ])
  })

  it("catches an endpoint only one line has, and an error class whose fields differ", () => {
    const lines = diffLines(
      { endpoints: [rootCreate()], errors: [] },
      { endpoints: [], errors: [{ name: "Extra", tag: "Extra", errorType: undefined, fields: { kind: "string" } }] }
    )
    expect(lines).toEqual(["endpoint passwords.create: only in root", "error Extra: only in v4"])
  })
})
