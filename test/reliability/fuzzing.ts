/**
 * The fuzzing engine: for one endpoint, 1,000 generated requests sent raw to the in-process
 * emulator handler, each judged against the endpoint's own request schema.
 *
 * - valid (550): `Arbitrary.make(endpoint.request)`, half the fields swapped for entities that
 *   exist (emails, organizations, live sessions, unspent reset tokens) so that requests get past
 *   the lookups, then `Schema.encode`d and put on the wire as the client does (header fields
 *   moved to headers);
 * - boundary (100): a valid request with one field at an edge (5 and 527040 minutes, 4 KiB of
 *   claims, empty and 10,000-character strings, every hash type, ...);
 * - invalid (200): a valid request with one field of a wrong type, null, missing, or wrong inside;
 * - random (150): `fc.jsonValue()` and `fc.object()` bodies, random keys merged into a valid
 *   request, and random text that is mostly not JSON.
 *
 * The oracle is the endpoint's request schema, which the emulator decodes with: a body it refuses
 * must be answered 400 with a type of the schema's (`invalid_argument` or a field's own type), a
 * body it accepts must not be. Every answer must be a Stytch response (see `shapeProblem`).
 */
import { createHash } from "node:crypto"
import { Arbitrary, Context, Effect, Either, FastCheck, Layer, Option, Schema, type SchemaAST } from "effect"
import * as fc from "fast-check"
import { B2BPasswords, type Endpoint, Passwords, Sessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import {
  errorTypeOf,
  ludsPassword,
  type RawAnswer,
  rawSender,
  schemaRefusalTypes,
  shapeProblem,
  inProcessStack,
  toWire,
  worldRedirect
} from "./support.js"

// ---------------------------------------------------------------------------------------------
// A world with entities to aim at
// ---------------------------------------------------------------------------------------------

export interface World {
  readonly password: string
  readonly consumerEmails: ReadonlyArray<string>
  readonly memberEmails: ReadonlyArray<string>
  readonly organizations: ReadonlyArray<string>
  readonly memberIds: ReadonlyArray<string>
  readonly sessionIds: ReadonlyArray<string>
  readonly sessionTokens: ReadonlyArray<string>
  readonly sessionJwts: ReadonlyArray<string>
  readonly memberSessionTokens: ReadonlyArray<string>
  readonly memberSessionJwts: ReadonlyArray<string>
  readonly intermediateTokens: ReadonlyArray<string>
  readonly resetTokens: ReadonlyArray<string>
  readonly b2bResetTokens: ReadonlyArray<string>
  readonly discoveryTokens: ReadonlyArray<string>
}

/**
 * Builds the world through our client (in-process), under the LUDS policy: which generated
 * passwords are acceptable is then simple and known (length and character classes).
 */
export const buildWorld = Effect.gen(function* () {
  const passwords = yield* Passwords
  const sessions = yield* Sessions
  const b2b = yield* B2BPasswords
  const control = yield* StytchEmulator
  yield* control.updateSettings({
    strength_policy: "luds",
    cross_org_passwords_enabled: true,
    migrate_rate_limit_per_second: 1_000_000,
    reset_password_redirect_url: worldRedirect
  })
  const password = ludsPassword("fuzz")
  const consumerEmails = ["ada@fuzz.example", "bob@fuzz.example", "cy@fuzz.example"]
  for (const email of consumerEmails) yield* passwords.create({ email, password })
  const sessionTokens: Array<string> = []
  const sessionJwts: Array<string> = []
  const sessionIds: Array<string> = []
  for (let i = 0; i < 16; i++) {
    const login = yield* passwords.authenticate({ email: consumerEmails[i % 3] ?? "", password, session_duration_minutes: 600 })
    sessionTokens.push(Option.getOrThrow(login.session_token))
    sessionJwts.push(Option.getOrThrow(login.session_jwt))
    sessionIds.push(login.session?.session_id ?? "")
  }
  // A JWT is checked by signature; a fresh one per live session.
  yield* sessions.authenticate({ session_token: sessionTokens[0] ?? "" })
  for (let i = 0; i < 40; i++) yield* passwords.email.resetStart({ email: consumerEmails[i % 2] ?? "" })

  yield* control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
  yield* control.seedOrganization({ organization_name: "Strict", organization_slug: "strict", mfa_policy: "REQUIRED_FOR_ALL" })
  yield* control.seedOrganization({
    organization_name: "Closed",
    organization_slug: "closed",
    auth_methods: "RESTRICTED",
    allowed_auth_methods: ["sso"]
  })
  const memberEmails = ["ada@acme.example", "eve@acme.example"]
  const members = [
    yield* control.seedMember({ organization_id: "acme", email_address: "ada@acme.example", password }),
    yield* control.seedMember({ organization_id: "acme", email_address: "eve@acme.example", password }),
    yield* control.seedMember({ organization_id: "strict", email_address: "ada@acme.example", password }),
    yield* control.seedMember({ organization_id: "closed", email_address: "ada@acme.example", password })
  ]
  const memberSessionTokens: Array<string> = []
  const memberSessionJwts: Array<string> = []
  for (let i = 0; i < 12; i++) {
    const login = yield* b2b.authenticate({
      organization_id: "acme",
      email_address: memberEmails[i % 2] ?? "",
      password,
      session_duration_minutes: 600
    })
    if (login.member_authenticated) {
      memberSessionTokens.push(login.session_token)
      memberSessionJwts.push(login.session_jwt)
    }
  }
  const intermediateTokens: Array<string> = []
  for (let i = 0; i < 6; i++) {
    const pending = yield* b2b.authenticate({ organization_id: "strict", email_address: "ada@acme.example", password })
    if (!pending.member_authenticated) intermediateTokens.push(pending.intermediate_session_token)
  }
  for (let i = 0; i < 24; i++) {
    yield* b2b.email.resetStart({ organization_id: "acme", email_address: memberEmails[i % 2] ?? "" })
    yield* b2b.discovery.email.resetStart({ email_address: memberEmails[i % 2] ?? "" })
  }
  const outbox = yield* control.outbox
  const tokensOf = (type: string) =>
    outbox.filter((message) => message.reset_link.includes(`stytch_token_type=${type}`)).map((message) => message.token)
  const organizations = (yield* control.organizations).flatMap((organization) => [
    organization.organization_id,
    organization.organization_slug
  ])
  const world: World = {
    password,
    consumerEmails,
    memberEmails,
    organizations,
    memberIds: members.map((member) => member.member_id),
    sessionIds,
    sessionTokens,
    sessionJwts,
    memberSessionTokens,
    memberSessionJwts,
    intermediateTokens,
    resetTokens: tokensOf("reset_password"),
    b2bResetTokens: tokensOf("multi_tenant_passwords"),
    discoveryTokens: tokensOf("discovery")
  }
  return world
}).pipe(Effect.orDie)

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a small seeded generator, so that every run sends the same requests. */
export const seeded = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Rng = ReturnType<typeof seeded>

const pick = <A>(rng: Rng, items: ReadonlyArray<A>): A => {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new Error("pick from an empty list")
  return item
}

/** The seed of a run: FUZZ_SEED, or a fixed one. */
export const fuzzSeed = Number(process.env["FUZZ_SEED"] ?? 20_251_123)

// ---------------------------------------------------------------------------------------------
// Endpoint shapes
// ---------------------------------------------------------------------------------------------

/** The struct under an endpoint's request (migrate's is wrapped in a filter). */
export const structOf = (ast: SchemaAST.AST): SchemaAST.TypeLiteral => {
  let current = ast
  for (let i = 0; i < 10; i++) {
    if (current._tag === "TypeLiteral") return current
    if (current._tag === "Refinement") current = current.from
    else if (current._tag === "Transformation") current = current.from
    else break
  }
  throw new Error(`no struct under ${String(ast)}`)
}

export interface Field {
  readonly name: string
  readonly required: boolean
  readonly ast: SchemaAST.AST
}

export const fieldsOf = (endpoint: Endpoint.Endpoint): ReadonlyArray<Field> =>
  structOf(endpoint.request.ast).propertySignatures.map((signature) => ({
    name: String(signature.name),
    required: !signature.isOptional,
    ast: signature.type
  }))

/** Migrate's hash parser reuses two of the schema's types for content it cannot check. */
const contentTypesOf = (endpoint: Endpoint.Endpoint): ReadonlySet<string> =>
  endpoint.name.endsWith("passwords.migrate") ? new Set(["invalid_hash", "invalid_hash_type"]) : new Set()

/**
 * The answers that mean "your request is malformed" for a request the client accepted: 400
 * with `invalid_argument` or one of the request schema's field types (minus, on migrate, the
 * two types its hash parser also uses for hash content).
 */
export const malformedTypes = (endpoint: Endpoint.Endpoint): ReadonlySet<string> => {
  const content = contentTypesOf(endpoint)
  return new Set([...schemaRefusalTypes(endpoint)].filter((type) => !content.has(type)))
}

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

type Body = Record<string, unknown>

const isB2B = (endpoint: Endpoint.Endpoint) => endpoint.name.startsWith("b2b.")

/** Swaps half the fields that name something for something that exists. */
const aim = (endpoint: Endpoint.Endpoint, world: World, value: Body, rng: Rng): Body => {
  const b2b = isB2B(endpoint)
  const choices: Record<string, () => unknown> = {
    email: () => {
      const email = pick(rng, world.consumerEmails)
      return rng() < 0.3 ? email.toUpperCase() : email
    },
    email_address: () => pick(rng, world.memberEmails),
    password: () => world.password,
    existing_password: () => world.password,
    new_password: () => ludsPassword("fuzz-next"),
    organization_id: () => pick(rng, world.organizations),
    session_token: () => pick(rng, b2b ? world.memberSessionTokens : world.sessionTokens),
    session_jwt: () => pick(rng, b2b ? world.memberSessionJwts : world.sessionJwts),
    token: () => pick(rng, world.resetTokens),
    password_reset_token: () =>
      pick(rng, endpoint.name.includes("discovery") ? world.discoveryTokens : world.b2bResetTokens),
    intermediate_session_token: () => pick(rng, world.intermediateTokens),
    member_id: () => pick(rng, world.memberIds),
    session_id: () => pick(rng, world.sessionIds),
    authorization: () =>
      rng() < 0.5 ? { session_token: pick(rng, world.memberSessionTokens) } : { session_jwt: pick(rng, world.memberSessionJwts) }
  }
  const aimed: Body = { ...value }
  for (const [key, choose] of Object.entries(choices)) {
    if (key in aimed && rng() < 0.5) aimed[key] = choose()
  }
  // A hash that parses (MD5 of the world's password), so that some migrations go through.
  if ("hash" in aimed && rng() < 0.3) {
    aimed["hash_type"] = "md_5"
    aimed["hash"] = createHash("md5").update(world.password).digest("hex")
    delete aimed["md_5_config"]
  }
  return aimed
}

/**
 * HTTP trims a header value's surrounding whitespace; the client refuses such header-bound
 * values before sending (hostile.test.ts), so the generator leaves them out of what it sends.
 */
const headersSurvive = (headers: Record<string, string>) => Object.values(headers).every((value) => value === value.trim())

export interface Wire {
  readonly category: "valid" | "boundary" | "invalid" | "random"
  /** The body as sent: JSON text, or for some random cases raw text. */
  readonly text: string
  readonly headers: Record<string, string>
}

/** `count` valid requests: generated, aimed, encoded, put on the wire. */
export const validRequests = (endpoint: Endpoint.Endpoint, world: World, count: number, seed: number): Array<Wire> => {
  const rng = seeded(seed)
  const arbitrary = Arbitrary.make(endpoint.request as Schema.Schema<unknown, unknown>)
  const encode = Schema.encodeEither(endpoint.request as Schema.Schema<unknown, unknown>)
  const out: Array<Wire> = []
  for (let round = 0; out.length < count && round < 20; round++) {
    for (const value of FastCheck.sample(arbitrary, { numRuns: count, seed: seed + round })) {
      if (out.length >= count) break
      const aimed = typeof value === "object" && value !== null ? aim(endpoint, world, value as Body, rng) : value
      const encoded = encode(aimed)
      if (Either.isLeft(encoded)) continue
      const { body, headers } = toWire(endpoint, encoded.right)
      if (!headersSurvive(headers)) continue
      out.push({ category: "valid", text: JSON.stringify(body), headers })
    }
  }
  if (out.length < count) throw new Error(`${endpoint.name}: only ${out.length} valid requests generated`)
  return out
}

const claimsOfBytes = (bytes: number): Body => {
  // {"k":"xxx…"} is 8 bytes plus the value.
  return { k: "x".repeat(bytes - 8) }
}

const deep = (levels: number): unknown => {
  let value: unknown = 1
  for (let i = 0; i < levels; i++) value = { a: value }
  return value
}

/** Edge values of a field, by name, else by the JSON type of the value it had. */
const edgesOf = (name: string): ReadonlyArray<unknown> => {
  switch (name) {
    case "session_duration_minutes":
      return [5, 527_040, 4, 527_041, 0, -5, 5.5, 1e21, "60"]
    case "reset_password_expiration_minutes":
      return [5, 10_080, 4, 10_081, 0, 7.5]
    case "session_custom_claims":
      return [claimsOfBytes(4096), claimsOfBytes(4097), {}, deep(50), { iss: "x", sub: "y", exp: 1 }, []]
    case "trusted_metadata":
    case "untrusted_metadata":
      return [{}, deep(50), { k: "x".repeat(10_000) }, [], "x"]
    case "email":
    case "email_address":
      return ["a@b", "@b", "a@", "a b@c", `${"x".repeat(5_000)}@e.example`, "UPPER@EXAMPLE.COM", ""]
    case "password":
    case "existing_password":
    case "new_password":
      return ["", "a", "x".repeat(10_000), "        ", ludsPassword("edge")]
    case "code_challenge":
    case "pkce_code_challenge":
    case "code_verifier":
    case "pkce_code_verifier":
      return ["", "-", "_", "a".repeat(43), "a".repeat(128), "a+b/c="]
    case "hash_type":
      return ["bcrypt", "md_5", "sha_1", "sha_512", "argon_2i", "argon_2id", "scrypt", "pbkdf_2", "phpass", "BCRYPT", ""]
    case "hash":
      return ["", "x".repeat(4097), "$2a$04$abcdefghijklmnopqrstuu", "$scrypt$ln=18,r=8,p=1$c2FsdA$aGFzaA", "$argon2id$v=19$m=262145,t=1,p=1$c2FsdHNhbHQ$aGFzaA"]
    case "roles":
      return [[], [""], Array.from({ length: 1_000 }, (_, i) => `role-${i}`)]
    case "locale":
      return ["", "en", "xx-YY-zz"]
    case "reset_password_redirect_url":
    case "login_redirect_url":
    case "discovery_redirect_url":
      return ["", "https://x", "not a url", "javascript:alert(1)"]
    default:
      return []
  }
}

const genericEdges = (current: unknown): ReadonlyArray<unknown> => {
  if (typeof current === "string") return ["", "x".repeat(10_000), " "]
  if (typeof current === "number") return [0, -1, Number.MAX_SAFE_INTEGER, 0.5]
  if (typeof current === "boolean") return [!current]
  if (Array.isArray(current)) return [[]]
  if (typeof current === "object" && current !== null) return [{}]
  return ["", 0, {}]
}

/** `count` requests with one field at an edge, on top of valid bodies. */
export const boundaryRequests = (endpoint: Endpoint.Endpoint, valid: ReadonlyArray<Wire>, count: number, seed: number): Array<Wire> => {
  const rng = seeded(seed)
  const fields = fieldsOf(endpoint)
  const out: Array<Wire> = []
  for (let i = 0; i < count; i++) {
    const base = JSON.parse(pick(rng, valid).text) as Body
    const field = fields[i % fields.length]
    if (field === undefined) break
    const edges = [...edgesOf(field.name), ...genericEdges(base[field.name])]
    base[field.name] = edges[Math.floor(i / fields.length) % edges.length]
    out.push({ category: "boundary", text: JSON.stringify(base), headers: {} })
  }
  return out
}

const wrongValues: ReadonlyArray<unknown> = [123, -1.5, true, null, "a string", [], {}, [1, "a"], { nested: { x: 1 } }]

const sameKind = (a: unknown, b: unknown) =>
  (a === null) === (b === null) && Array.isArray(a) === Array.isArray(b) && typeof a === typeof b

/** `count` requests with one field wrong: its type, null, missing, or wrong one level down. */
export const invalidRequests = (endpoint: Endpoint.Endpoint, valid: ReadonlyArray<Wire>, count: number, seed: number): Array<Wire> => {
  const rng = seeded(seed)
  const fields = fieldsOf(endpoint)
  const required = fields.filter((field) => field.required)
  const out: Array<Wire> = []
  for (let i = 0; i < count; i++) {
    const base = JSON.parse(pick(rng, valid).text) as Body
    const kind = i % 4
    const field = pick(rng, fields)
    if (kind === 1 && required.length > 0) {
      delete base[pick(rng, required).name]
    } else if (kind === 2) {
      base[field.name] = null
    } else if (kind === 3 && typeof base[field.name] === "object" && base[field.name] !== null && !Array.isArray(base[field.name])) {
      const inner = { ...(base[field.name] as Body) }
      const keys = Object.keys(inner)
      inner[keys.length > 0 ? pick(rng, keys) : "unexpected"] = pick(rng, wrongValues)
      base[field.name] = inner
    } else {
      const current = base[field.name]
      const candidates = wrongValues.filter((value) => !sameKind(value, current))
      base[field.name] = pick(rng, candidates)
    }
    out.push({ category: "invalid", text: JSON.stringify(base), headers: {} })
  }
  return out
}

/** `count` random bodies from fast-check: JSON values, objects, valid requests with random keys, text. */
export const randomRequests = (valid: ReadonlyArray<Wire>, count: number, seed: number): Array<Wire> => {
  const quarter = Math.floor(count / 4)
  const json = fc.sample(fc.jsonValue(), { numRuns: quarter, seed })
  const objects = fc.sample(fc.object(), { numRuns: quarter, seed: seed + 1 })
  const extras = fc.sample(fc.dictionary(fc.string(), fc.jsonValue()), { numRuns: quarter, seed: seed + 2 })
  const texts = fc.sample(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.json()), {
    numRuns: count - 3 * quarter,
    seed: seed + 3
  })
  const rng = seeded(seed)
  return [
    ...json.map((value): Wire => ({ category: "random", text: JSON.stringify(value), headers: {} })),
    ...objects.map((value): Wire => ({ category: "random", text: JSON.stringify(value) ?? "{}", headers: {} })),
    ...extras.map((extra): Wire => ({
      category: "random",
      text: JSON.stringify({ ...(JSON.parse(pick(rng, valid).text) as Body), ...extra }),
      headers: {}
    })),
    ...texts.map((text): Wire => ({ category: "random", text, headers: {} }))
  ]
}

// ---------------------------------------------------------------------------------------------
// Sending and judging
// ---------------------------------------------------------------------------------------------

/** What the emulator decodes: the body, with the header fields put back where the schema has them. */
const asDecoded = (endpoint: Endpoint.Endpoint, wire: Wire): Option.Option<unknown> => {
  let body: unknown
  if (wire.text.trim() === "") body = {}
  else {
    try {
      body = JSON.parse(wire.text)
    } catch {
      return Option.none()
    }
  }
  if (endpoint.headers === undefined || typeof body !== "object" || body === null || Array.isArray(body)) return Option.some(body)
  const normalised = new Headers(wire.headers)
  const merged: Body = { ...(body as Body) }
  for (const [path, header] of Object.entries(endpoint.headers)) {
    const value = normalised.get(header)
    if (value === null) continue
    const [top = "", inner = ""] = path.split(".")
    merged[top] = { ...(typeof merged[top] === "object" && merged[top] !== null ? (merged[top] as Body) : {}), [inner]: value }
  }
  return Option.some(merged)
}

export interface Outcome {
  readonly sent: Record<Wire["category"], number>
  /** `<status> <error_type>` counts. */
  readonly answers: Record<string, number>
  /** Valid requests refused for their content (400 with a type the schema does not produce). */
  readonly contentRefusals: Record<string, number>
  /** Requests the schema refuses (all answered 400 with a schema type, or they are failures). */
  readonly schemaRefused: number
  readonly failures: ReadonlyArray<string>
}

/** Sends every request, 32 at a time, and judges each answer. */
export const fuzzEndpoint = (
  endpoint: Endpoint.Endpoint,
  control: StytchEmulator["Type"],
  requests: ReadonlyArray<Wire>
): Effect.Effect<Outcome> =>
  Effect.promise(async () => {
    const send = rawSender(control)
    const refusal = schemaRefusalTypes(endpoint)
    const malformed = malformedTypes(endpoint)
    const decode = Schema.decodeUnknownEither(endpoint.request as Schema.Schema<unknown, unknown>)
    const outcome = {
      sent: { valid: 0, boundary: 0, invalid: 0, random: 0 },
      answers: {} as Record<string, number>,
      contentRefusals: {} as Record<string, number>,
      schemaRefused: 0,
      failures: [] as Array<string>
    }
    const judge = (wire: Wire, answer: RawAnswer) => {
      outcome.sent[wire.category]++
      const type = errorTypeOf(answer)
      const key = `${answer.status} ${type}`.trim()
      outcome.answers[key] = (outcome.answers[key] ?? 0) + 1
      const fail = (why: string) => {
        if (outcome.failures.length < 10) {
          outcome.failures.push(`${endpoint.name} [${wire.category}] ${why}\n  sent: ${wire.text.slice(0, 300)} ${JSON.stringify(wire.headers)}\n  got: ${answer.status} ${answer.text.slice(0, 300)}`)
        }
      }
      const problem = shapeProblem(endpoint, answer)
      if (problem !== undefined) return fail(problem)
      const decoded = asDecoded(endpoint, wire)
      const schemaAccepts = Option.isSome(decoded) && Either.isRight(decode(decoded.value))
      const refusedAsMalformed = answer.status === 400 && malformed.has(type)
      if (wire.category === "valid" && !schemaAccepts) return fail("the client encoded a body that the emulator's schema refuses")
      if (!schemaAccepts) {
        outcome.schemaRefused++
        if (!(answer.status === 400 && refusal.has(type))) fail(`a body the schema refuses was not answered 400 with a schema type`)
        return
      }
      if (refusedAsMalformed) return fail("a body the schema accepts was refused as malformed")
      if (wire.category === "valid" && answer.status === 400) {
        outcome.contentRefusals[type] = (outcome.contentRefusals[type] ?? 0) + 1
      }
    }
    for (let i = 0; i < requests.length; i += 32) {
      const batch = requests.slice(i, i + 32)
      const answers = await Promise.all(batch.map((wire) => send(endpoint.path, wire.text, wire.headers)))
      answers.forEach((answer, j) => {
        const wire = batch[j]
        if (wire !== undefined) judge(wire, answer)
      })
    }
    return outcome
  })

/** The 1,000 requests of one endpoint. */
export const requestsFor = (endpoint: Endpoint.Endpoint, world: World, seed: number): Array<Wire> => {
  const valid = validRequests(endpoint, world, 550, seed)
  return [
    ...valid,
    ...boundaryRequests(endpoint, valid, 100, seed + 1),
    ...invalidRequests(endpoint, valid, 200, seed + 2),
    ...randomRequests(valid, 150, seed + 3)
  ]
}

/** A stable number per endpoint name, so each endpoint gets its own seed. */
export const seedOf = (name: string) => [...name].reduce((hash, char) => (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0, fuzzSeed)

/**
 * The world of a fuzz file: one emulator, populated once, shared by every endpoint's test.
 * `reset` puts the emulator back to the populated state (an import of its export), so that each
 * endpoint starts with live sessions and unspent tokens whatever the previous one did.
 */
export class FuzzWorld extends Context.Tag("test/reliability/FuzzWorld")<
  FuzzWorld,
  { readonly world: World; readonly reset: Effect.Effect<void> }
>() {
  static readonly layer = Layer.effect(
    FuzzWorld,
    Effect.gen(function* () {
      const world = yield* buildWorld
      const control = yield* StytchEmulator
      const snapshot = JSON.parse(JSON.stringify(yield* control.exportState)) as unknown
      return { world, reset: Effect.orDie(control.importState(snapshot)) }
    })
  ).pipe(Layer.provideMerge(inProcessStack({ client: { retry: false } })))
}

/** Writes the outcomes to FUZZ_REPORT (a JSON file), when set: the figures of RELIABILITY.md. */
export const report = async (outcomes: ReadonlyMap<string, Outcome>) => {
  const path = process.env["FUZZ_REPORT"]
  if (path === undefined || path === "") return
  const { readFile, writeFile } = await import("node:fs/promises")
  const previous: Record<string, unknown> = await readFile(path, "utf8").then((text) => JSON.parse(text) as Record<string, unknown>, () => ({}))
  const next = { ...previous }
  for (const [name, outcome] of outcomes) next[name] = { sent: outcome.sent, schemaRefused: outcome.schemaRefused, answers: outcome.answers, contentRefusals: outcome.contentRefusals }
  await writeFile(path, `${JSON.stringify(next, null, 2)}\n`)
}
