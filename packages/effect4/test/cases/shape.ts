/**
 * The wire shape of a schema, as plain data: what the Encoded side of a schema looks like as
 * JSON, with no trace of which Effect built it. Each line derives it from its own Schema AST
 * (root `test/support/wireShape.ts` for Effect 3, `packages/effect4/test/agreement/wireShape.ts`
 * for Effect 4); this module only holds the shape, the endpoint description built on it, and
 * the comparison that lists every difference between two of them.
 *
 * No Effect import here: both lines' tests load this file.
 */

/** A JSON literal a schema can pin a value to. */
export type LiteralValue = string | number | boolean | null

/** One property of an object on the wire. */
export interface FieldShape {
  readonly name: string
  /** May the key be absent from the JSON. */
  readonly optional: boolean
  readonly shape: Shape
}

/** A string-keyed record (an index signature) of an object on the wire. */
export interface RecordShape {
  readonly key: Shape
  readonly value: Shape
}

/** What a value looks like as JSON. */
export type Shape =
  | { readonly kind: "string" | "number" | "integer" | "boolean" | "unknown" | "undefined" }
  | { readonly kind: "literals"; readonly values: ReadonlyArray<LiteralValue> }
  | { readonly kind: "array"; readonly item: Shape }
  | { readonly kind: "object"; readonly fields: ReadonlyArray<FieldShape>; readonly records: ReadonlyArray<RecordShape> }
  | { readonly kind: "union"; readonly members: ReadonlyArray<Shape> }
  /** A schema met again inside itself (a recursive JSON value); named by its identifier when it has one. */
  | { readonly kind: "recursive"; readonly name: string }
  | { readonly kind: "unsupported"; readonly tag: string }

/** A free-form JSON object: any string keys, any values. */
export const freeFormObject: Shape = {
  kind: "object",
  fields: [],
  records: [{ key: { kind: "string" }, value: { kind: "unknown" } }]
}

/** One known error of an endpoint: its tag and the wire `error_type` it decodes. */
export interface ErrorRef {
  readonly tag: string
  readonly errorType: string | undefined
}

/** An endpoint description, neutral: what both lines must agree on. */
export interface EndpointShape {
  readonly name: string
  readonly method: string
  readonly path: string
  readonly query: ReadonlyArray<string>
  readonly headers: Readonly<Record<string, string>>
  readonly retrySafe: boolean
  readonly errors: ReadonlyArray<ErrorRef>
  /** The request's Encoded side (path, query and header fields included). */
  readonly request: Shape
  readonly response: Shape
}

/** An exported error class, neutral: its tag, the wire type it stands for, and its fields. */
export interface ErrorClassShape {
  readonly name: string
  readonly tag: string
  readonly errorType: string | undefined
  readonly fields: Shape
}

/** Everything one line describes: its endpoints and its exported error classes. */
export interface LineShape {
  readonly endpoints: ReadonlyArray<EndpointShape>
  readonly errors: ReadonlyArray<ErrorClassShape>
}

/** `undefined` (what `optional` adds) never reaches the wire: union members only. */
const withoutUndefined = (members: ReadonlyArray<Shape>) => members.filter((member) => member.kind !== "undefined")

/**
 * A union's members, `undefined` taken out: one member is the member itself, only literals are
 * one set of literals. Both lines' derivers build unions through this, so they agree on it.
 */
export const unionOf = (members: ReadonlyArray<Shape>): Shape => {
  const kept = withoutUndefined(members)
  const [only] = kept
  if (kept.length === 1 && only !== undefined) return only
  return kept.length > 0 && kept.every((member) => member.kind === "literals")
    ? { kind: "literals", values: kept.flatMap((member) => (member.kind === "literals" ? member.values : [])) }
    : { kind: "union", members: kept }
}

/** A one-line rendering of a shape, for messages: `string`, `literals ["a"]`, `object {a, b?}`. */
export const render = (shape: Shape): string => {
  switch (shape.kind) {
    case "literals":
      return `literals ${JSON.stringify(shape.values)}`
    case "array":
      return `array of ${render(shape.item)}`
    case "object":
      return `object {${[...shape.fields.map((f) => `${f.name}${f.optional ? "?" : ""}`), ...shape.records.map((r) => `[${render(r.key)}]`)].join(", ")}}`
    case "union":
      return `union of ${shape.members.map(render).join(" | ")}`
    case "recursive":
      return `recursive ${shape.name}`
    case "unsupported":
      return `unsupported ${shape.tag}`
    default:
      return shape.kind
  }
}

/** A canonical key for a shape: union members and literals in a stable order. */
const canonical = (shape: Shape): string => {
  switch (shape.kind) {
    case "literals":
      return `literals(${shape.values.map((v) => JSON.stringify(v)).sort().join(",")})`
    case "array":
      return `array(${canonical(shape.item)})`
    case "object":
      return `object(${shape.fields.map((f) => `${f.name}${f.optional ? "?" : ""}:${canonical(f.shape)}`).sort().join(",")};${shape.records.map((r) => `[${canonical(r.key)}]:${canonical(r.value)}`).sort().join(",")})`
    case "union":
      return `union(${shape.members.map(canonical).sort().join("|")})`
    case "recursive":
      return `recursive(${shape.name})`
    case "unsupported":
      return `unsupported(${shape.tag})`
    default:
      return shape.kind
  }
}

/**
 * Every difference between two shapes, one readable line each, at a `$.a.b[]` path: fields in
 * one but not the other, optional on one side and required on the other, different kinds,
 * literals, array items, records, union members (in any order). Empty when they agree.
 */
export const diffShapes = (left: Shape, right: Shape, path = "$", names: readonly [string, string] = ["root", "v4"]): Array<string> => {
  const [l, r] = names
  const out: Array<string> = []
  const go = (a: Shape, b: Shape, at: string): void => {
    if (a.kind !== b.kind) return void out.push(`${at}: ${l} ${render(a)}, ${r} ${render(b)}`)
    switch (a.kind) {
      case "literals": {
        const other = b.kind === "literals" ? b.values : []
        const onlyLeft = a.values.filter((v) => !other.some((x) => x === v))
        const onlyRight = other.filter((v) => !a.values.some((x) => x === v))
        if (onlyLeft.length > 0) out.push(`${at}: literals ${JSON.stringify(onlyLeft)} only in ${l}`)
        if (onlyRight.length > 0) out.push(`${at}: literals ${JSON.stringify(onlyRight)} only in ${r}`)
        return
      }
      case "array":
        return b.kind === "array" ? go(a.item, b.item, `${at}[]`) : undefined
      case "object": {
        if (b.kind !== "object") return
        const theirs = new Map(b.fields.map((f) => [f.name, f]))
        const ours = new Set(a.fields.map((f) => f.name))
        for (const field of a.fields) {
          const other = theirs.get(field.name)
          if (other === undefined) {
            out.push(`${at}.${field.name}: in ${l}, missing from ${r}`)
            continue
          }
          if (field.optional !== other.optional) {
            out.push(`${at}.${field.name}: ${field.optional ? "optional" : "required"} in ${l}, ${other.optional ? "optional" : "required"} in ${r}`)
          }
          go(field.shape, other.shape, `${at}.${field.name}`)
        }
        for (const field of b.fields) if (!ours.has(field.name)) out.push(`${at}.${field.name}: in ${r}, missing from ${l}`)
        const recordsA = a.records.map((x) => `[${canonical(x.key)}]: ${canonical(x.value)}`).sort()
        const recordsB = b.records.map((x) => `[${canonical(x.key)}]: ${canonical(x.value)}`).sort()
        if (JSON.stringify(recordsA) !== JSON.stringify(recordsB)) {
          out.push(`${at}: records ${JSON.stringify(recordsA)} in ${l}, ${JSON.stringify(recordsB)} in ${r}`)
        }
        return
      }
      case "union": {
        if (b.kind !== "union") return
        if (a.members.length !== b.members.length) {
          out.push(`${at}: a union of ${a.members.length} in ${l}, of ${b.members.length} in ${r}`)
        }
        // Members are paired in order when they line up, else by their canonical form.
        const keysB = b.members.map(canonical)
        a.members.forEach((member, i) => {
          const same = keysB.indexOf(canonical(member))
          if (same >= 0) return
          const counterpart = b.members[i]
          if (counterpart !== undefined) go(member, counterpart, `${at}|${i}`)
          else out.push(`${at}|${i}: ${render(member)} only in ${l}`)
        })
        const keysA = a.members.map(canonical)
        b.members.forEach((member, i) => {
          if (i >= a.members.length && !keysA.includes(canonical(member))) out.push(`${at}|${i}: ${render(member)} only in ${r}`)
        })
        return
      }
      case "recursive":
        if (b.kind === "recursive" && a.name !== b.name) out.push(`${at}: recursive ${a.name} in ${l}, ${b.name} in ${r}`)
        return
      case "unsupported":
        if (b.kind === "unsupported" && a.tag !== b.tag) out.push(`${at}: unsupported ${a.tag} in ${l}, ${b.tag} in ${r}`)
        return
      default:
        return
    }
  }
  go(left, right, path)
  return out
}

/** Every difference between two endpoint descriptions of the same name. */
export const diffEndpoints = (a: EndpointShape, b: EndpointShape, names: readonly [string, string] = ["root", "v4"]): Array<string> => {
  const [l, r] = names
  const out: Array<string> = []
  const scalar = (what: string, x: unknown, y: unknown) => {
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push(`${what}: ${JSON.stringify(x)} in ${l}, ${JSON.stringify(y)} in ${r}`)
  }
  scalar("name", a.name, b.name)
  scalar("method", a.method, b.method)
  scalar("path", a.path, b.path)
  scalar("query", a.query, b.query)
  scalar("headers", sortKeys(a.headers), sortKeys(b.headers))
  scalar("retrySafe", a.retrySafe, b.retrySafe)
  const errorsA = a.errors.map((e) => `${e.tag}=${e.errorType ?? "(none)"}`)
  const errorsB = b.errors.map((e) => `${e.tag}=${e.errorType ?? "(none)"}`)
  for (const e of errorsA) if (!errorsB.includes(e)) out.push(`errors: ${e} only in ${l}`)
  for (const e of errorsB) if (!errorsA.includes(e)) out.push(`errors: ${e} only in ${r}`)
  out.push(...diffShapes(a.request, b.request, "request", names))
  out.push(...diffShapes(a.response, b.response, "response", names))
  return out
}

/** Every difference between two exported error classes of the same name. */
export const diffErrorClasses = (a: ErrorClassShape, b: ErrorClassShape, names: readonly [string, string] = ["root", "v4"]): Array<string> => {
  const [l, r] = names
  const out: Array<string> = []
  if (a.tag !== b.tag) out.push(`tag: ${a.tag} in ${l}, ${b.tag} in ${r}`)
  if (a.errorType !== b.errorType) out.push(`errorType: ${String(a.errorType)} in ${l}, ${String(b.errorType)} in ${r}`)
  out.push(...diffShapes(a.fields, b.fields, "fields", names))
  return out
}

/**
 * Every difference between two lines: endpoints by name, error classes by name, each present
 * in both, then what each has that differs. Empty when they agree.
 */
export const diffLines = (a: LineShape, b: LineShape, names: readonly [string, string] = ["root", "v4"]): Array<string> => {
  const [l, r] = names
  const out: Array<string> = []
  const pair = <T extends { readonly name: string }>(what: string, xs: ReadonlyArray<T>, ys: ReadonlyArray<T>, diff: (x: T, y: T) => Array<string>) => {
    const byName = new Map(ys.map((y) => [y.name, y]))
    const seen = new Set(xs.map((x) => x.name))
    for (const x of xs) {
      const y = byName.get(x.name)
      if (y === undefined) out.push(`${what} ${x.name}: only in ${l}`)
      else out.push(...diff(x, y).map((line) => `${what} ${x.name}: ${line}`))
    }
    for (const y of ys) if (!seen.has(y.name)) out.push(`${what} ${y.name}: only in ${r}`)
  }
  pair("endpoint", a.endpoints, b.endpoints, (x, y) => diffEndpoints(x, y, names))
  pair("error", a.errors, b.errors, (x, y) => diffErrorClasses(x, y, names))
  return out
}

const sortKeys = (record: Readonly<Record<string, string>>) =>
  Object.fromEntries(Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))

/**
 * The paths in a shape that a deriver could not read (`unsupported`, or a stray `undefined`):
 * two lines that both fail to read a field would otherwise agree on it.
 */
export const unreadable = (shape: Shape, path = "$"): Array<string> => {
  switch (shape.kind) {
    case "unsupported":
    case "undefined":
      return [`${path}: ${render(shape)}`]
    case "array":
      return unreadable(shape.item, `${path}[]`)
    case "object":
      return [
        ...shape.fields.flatMap((field) => unreadable(field.shape, `${path}.${field.name}`)),
        ...shape.records.flatMap((record) => [...unreadable(record.key, `${path}[key]`), ...unreadable(record.value, `${path}[*]`)])
      ]
    case "union":
      return shape.members.flatMap((member, i) => unreadable(member, `${path}|${i}`))
    default:
      return []
  }
}

/** Every unreadable path of a line: endpoints' requests and responses, error classes' fields. */
export const unreadableIn = (line: LineShape): Array<string> => [
  ...line.endpoints.flatMap((e) => [...unreadable(e.request, `${e.name} request`), ...unreadable(e.response, `${e.name} response`)]),
  ...line.errors.flatMap((e) => unreadable(e.fields, `${e.name}`))
]
