/**
 * Hostile input: 1 MiB passwords, JSON nested 10,000 levels, unicode edge cases in every string
 * field, prototype-pollution keys in claims and metadata, header-bound tokens HTTP cannot carry,
 * and the error type of each refused field. Raw through the in-process handler unless noted.
 */
import { describe, expect, it, layer } from "@effect/vitest"
import { Cause, Effect, Either, Exit, Option } from "effect"
import * as Jose from "jose"
import { B2BPasswords, type Endpoint, StytchClient } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { fieldsOf, FuzzWorld, validRequests, type World } from "./fuzzing.js"
import {
  allEndpoints,
  endpointNamed,
  errorTypeOf,
  errorTypesOf,
  inProcessStack,
  ludsPassword,
  type RawAnswer,
  rawSender,
  schemaRefusalTypes,
  ServerArrivals,
  serverStack,
  shapeProblem
} from "./support.js"

type Body = Record<string, unknown>

const MiB = 1024 * 1024
const passwordFields = ["password", "existing_password", "new_password"]
const metadataFields = ["trusted_metadata", "untrusted_metadata"]

/** A valid body for an endpoint, aimed at the world, with header fields left in the body. */
const baseOf = (endpoint: Endpoint.Endpoint, world: World, seed = 7): Body => {
  const [wire] = validRequests(endpoint, world, 1, seed)
  if (wire === undefined) throw new Error(`no valid request for ${endpoint.name}`)
  const body = JSON.parse(wire.text) as Body
  // Put back what the client would have sent as headers: in the body the emulator reads it too.
  for (const [path, header] of Object.entries(endpoint.headers ?? {})) {
    const value = wire.headers[header]
    const [top = "", inner = ""] = path.split(".")
    if (value !== undefined) body[top] = { ...(typeof body[top] === "object" && body[top] !== null ? (body[top] as Body) : {}), [inner]: value }
  }
  return body
}

const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${"}".repeat(levels)}`
const deepArray = (levels: number) => `${"[".repeat(levels)}1${"]".repeat(levels)}`

/** Sends and returns what is wrong with the answer as a Stytch response, if anything. */
const check = async (send: ReturnType<typeof rawSender>, endpoint: Endpoint.Endpoint, body: string, label: string) => {
  const answer = await send(endpoint.path, body)
  const problem = shapeProblem(endpoint, answer)
  return { answer, problem: problem === undefined ? undefined : `${endpoint.name} ${label}: ${problem}` }
}

const unicodeEdges: ReadonlyArray<readonly [string, string]> = [
  ["NUL", "a\u0000b"],
  ["lone high surrogate", "x\uD800y"],
  ["lone low surrogate", "\uDC00x"],
  ["RTL override", "\u202Eevil\u202C.txt"],
  ["emoji ZWJ sequence", "👩‍👩‍👧‍👦🏳️‍🌈"],
  ["combining marks", "e\u0301\u0301\u0301\u0301"],
  ["BOM", "\uFEFFbom"],
  ["line and paragraph separators", "a\u2028b\u2029c"],
  ["noncharacter", "\uFFFF\uFFFE"],
  ["10,000 emoji", "😀".repeat(10_000)]
]

/** Every string leaf of a JSON value, as a path of keys. */
const stringPaths = (value: unknown, path: ReadonlyArray<string | number> = []): Array<ReadonlyArray<string | number>> => {
  if (typeof value === "string") return [path]
  if (Array.isArray(value)) return value.slice(0, 2).flatMap((item, i) => stringPaths(item, [...path, i]))
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]))
  return []
}

const setAt = (value: unknown, path: ReadonlyArray<string | number>, leaf: unknown): unknown => {
  const [head, ...rest] = path
  if (head === undefined) return leaf
  if (Array.isArray(value)) return value.map((item, i) => (i === head ? setAt(item, rest, leaf) : item))
  return { ...(value as Body), [head]: setAt((value as Body)[String(head)], rest, leaf) }
}

const notPolluted = () => {
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false)
  expect(({} as Body)["polluted"]).toBeUndefined()
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
}

layer(FuzzWorld.layer, { excludeTestServices: true, timeout: "60 seconds" })("hostile input", (it) => {
  describe("1 MiB passwords", () => {
    it.effect("a 1 MiB password in every password field of every endpoint: 413 request_too_large, Stytch-shaped, nothing done", () =>
      Effect.gen(function* () {
        const { reset, world } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const send = rawSender(control)
        const before = JSON.stringify(yield* control.exportState)
        const huge = "p".repeat(MiB)
        const problems: Array<string> = []
        let sent = 0
        for (const { endpoint, name } of allEndpoints) {
          for (const field of fieldsOf(endpoint).filter((candidate) => passwordFields.includes(candidate.name))) {
            const body = { ...baseOf(endpoint, world), [field.name]: huge }
            const { answer, problem } = yield* Effect.promise(() => check(send, endpoint, JSON.stringify(body), field.name))
            sent++
            if (problem !== undefined) problems.push(problem)
            if (answer.status !== 413 || errorTypeOf(answer) !== "request_too_large") problems.push(`${name}.${field.name}: ${answer.status} ${errorTypeOf(answer)}`)
          }
        }
        expect(problems).toEqual([])
        expect(sent).toBe(15)
        // Refused before reading: the state did not change (no user, no session, no token spent).
        expect(JSON.stringify(yield* control.exportState)).toBe(before)
      }), 30_000)

    it.effect("a password just under the limit is a password like any other: scored, created, logged in with, and every character counts", () =>
      Effect.gen(function* () {
        const { reset } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const send = rawSender(control)
        const big = `${ludsPassword("big")}${"q".repeat(MiB - 1024)}`
        const create = endpointNamed("passwords.create")
        const strength = endpointNamed("passwords.strengthCheck")
        const login = endpointNamed("passwords.authenticate")
        for (const policy of ["luds", "zxcvbn"] as const) {
          yield* control.updateSettings({ strength_policy: policy })
          const scored = yield* Effect.promise(() => check(send, strength, JSON.stringify({ password: big }), policy))
          expect(scored.problem).toBeUndefined()
          expect(scored.answer.status).toBe(200)
        }
        yield* control.updateSettings({ strength_policy: "luds" })
        const created = yield* Effect.promise(() => check(send, create, JSON.stringify({ email: "big@example.com", password: big }), "create"))
        expect(created.problem).toBeUndefined()
        expect(created.answer.status).toBe(200)
        const ok = yield* Effect.promise(() => check(send, login, JSON.stringify({ email: "big@example.com", password: big }), "login"))
        expect(ok.answer.status).toBe(200)
        // The last character matters: not a prefix comparison.
        const wrong = yield* Effect.promise(() => check(send, login, JSON.stringify({ email: "big@example.com", password: `${big.slice(0, -1)}r` }), "login"))
        expect(wrong.answer.status).toBe(401)
      }), 30_000)
  })

  describe("JSON nested 10,000 levels", () => {
    it.effect("as the whole body of every endpoint: an array is refused (400, a type of the schema's); an object (its key unknown, ignored) is answered like {}; never a 5xx", () =>
      Effect.gen(function* () {
        const { reset } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const send = rawSender(control)
        const problems: Array<string> = []
        for (const { endpoint } of allEndpoints) {
          const array = yield* Effect.promise(() => check(send, endpoint, deepArray(10_000), "deep array"))
          if (array.problem !== undefined) problems.push(array.problem)
          if (array.answer.status !== 400 || !schemaRefusalTypes(endpoint).has(errorTypeOf(array.answer))) {
            problems.push(`${endpoint.name}: ${array.answer.status} ${errorTypeOf(array.answer)}`)
          }
          const object = yield* Effect.promise(() => check(send, endpoint, deepObject(10_000), "deep object"))
          const empty = yield* Effect.promise(() => check(send, endpoint, "{}", "empty object"))
          if (object.problem !== undefined) problems.push(object.problem)
          if (`${object.answer.status} ${errorTypeOf(object.answer)}` !== `${empty.answer.status} ${errorTypeOf(empty.answer)}`) {
            problems.push(`${endpoint.name}: a deep unknown key changed the answer`)
          }
        }
        expect(problems).toEqual([])
      }), 30_000)

    it.effect("in every field but metadata, of every endpoint: never a 5xx, always Stytch-shaped, and the state still exports", () =>
      Effect.gen(function* () {
        const { reset, world } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const send = rawSender(control)
        const problems: Array<string> = []
        let sent = 0
        for (const { endpoint } of allEndpoints) {
          const base = JSON.stringify(baseOf(endpoint, world))
          for (const field of fieldsOf(endpoint).filter((candidate) => !metadataFields.includes(candidate.name))) {
            // Spliced in as text: JSON.stringify of 10,000 levels would overflow the test's own stack.
            const text = JSON.stringify({ ...(JSON.parse(base) as Body), [field.name]: "__DEEP__" }).replace('"__DEEP__"', deepObject(10_000))
            const { problem } = yield* Effect.promise(() => check(send, endpoint, text, field.name))
            sent++
            if (problem !== undefined) problems.push(problem)
          }
        }
        expect(problems).toEqual([])
        expect(sent).toBeGreaterThan(140)
        yield* control.exportState
      }), 30_000)

    // Metadata of any depth is refused or stored, never answered with a 5xx, and the state still exports.
    it.effect("metadata nested 3,000 and 10,000 levels (create, migrate, B2B migrate): never a 5xx, and the state still exports", () =>
      Effect.gen(function* () {
        const { reset } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const send = rawSender(control)
        const cases: ReadonlyArray<readonly [string, (meta: string, i: number) => string]> = [
          ["passwords.create", (meta, i) => `{"email":"deep-${i}@example.com","password":"${ludsPassword("deep")}","trusted_metadata":${meta}}`],
          ["passwords.migrate", (meta, i) => `{"email":"deep-m-${i}@example.com","hash":"5f4dcc3b5aa765d61d8327deb882cf99","hash_type":"md_5","untrusted_metadata":${meta}}`],
          ["b2b.passwords.migrate", (meta, i) => `{"organization_id":"acme","email_address":"deep-${i}@acme.example","hash":"5f4dcc3b5aa765d61d8327deb882cf99","hash_type":"md_5","trusted_metadata":${meta}}`]
        ]
        const answers: Array<string> = []
        let i = 0
        for (const levels of [3_000, 10_000]) {
          for (const [name, body] of cases) {
            const { answer } = yield* Effect.promise(() => check(send, endpointNamed(name), body(deepObject(levels), i++), "metadata"))
            answers.push(`${name} ${levels}: ${answer.status}`)
          }
        }
        expect(answers.filter((answer) => / 5\d\d$/.test(answer))).toEqual([])
        const exported = yield* Effect.either(Effect.sandbox(control.exportState))
        expect(Either.isRight(exported)).toBe(true)
      }), 30_000)
  })

  describe("unicode edge cases", () => {
    it.effect("NUL, lone surrogates, RTL override, emoji, combining marks, BOM, U+2028, noncharacters, 10,000 emoji in every string field of every endpoint: never a 5xx, always Stytch-shaped", () =>
      Effect.gen(function* () {
        const { reset, world } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const send = rawSender(control)
        const problems: Array<string> = []
        let sent = 0
        for (const { endpoint } of allEndpoints) {
          const base = baseOf(endpoint, world, 11)
          for (const path of stringPaths(base)) {
            const field = String(path[0])
            for (const [label, edge] of unicodeEdges) {
              // An email keeps its shape, so that the edge reaches past the pattern.
              const value = field === "email" || field === "email_address" ? `${edge}@${edge}.example` : edge
              const { problem } = yield* Effect.promise(() => check(send, endpoint, JSON.stringify(setAt(base, path, value)), `${path.join(".")} ${label}`))
              sent++
              if (problem !== undefined) problems.push(problem)
            }
          }
        }
        expect(problems).toEqual([])
        expect(sent).toBeGreaterThan(800)
      }), 60_000)

    it.effect("unicode survives exactly: an email and a name round-trip through create, the answer, login, export and import", () =>
      Effect.gen(function* () {
        const { reset } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const send = rawSender(control)
        const create = endpointNamed("passwords.create")
        const login = endpointNamed("passwords.authenticate")
        const password = ludsPassword("unicode")
        const emails: Array<string> = []
        for (const [label, edge] of unicodeEdges.slice(0, 9)) {
          // BOM and U+2028/9 are whitespace to the email pattern (JS \s): those stay in the name only.
          const email = /\s/.test(edge) ? `plain-${label.length}@example.com` : `${edge}-${label.length}@${edge}.example`
          const created = yield* Effect.promise(() =>
            check(send, create, JSON.stringify({ email, password, name: { first_name: edge, last_name: `\u202E${edge}` } }), label)
          )
          expect(created.problem, label).toBeUndefined()
          expect(created.answer.status, label).toBe(200)
          const user = (created.answer.json as { user: { emails: Array<{ email: string }>; name: { first_name: string } } }).user
          expect(user.emails[0]?.email, label).toBe(email)
          expect(user.name.first_name, label).toBe(edge)
          const ok = yield* Effect.promise(() => check(send, login, JSON.stringify({ email, password }), label))
          expect(ok.answer.status, label).toBe(200)
          emails.push(email)
        }
        const file = JSON.stringify(yield* control.exportState)
        yield* control.wipe
        yield* control.importState(JSON.parse(file))
        const users = yield* control.users
        for (const email of emails) expect(users.some((user) => user.emails[0]?.email === email), email).toBe(true)
      }), 30_000)
  })

  describe("prototype-pollution keys in custom claims and metadata", () => {
    const hostile = (marker: string) =>
      `{"__proto__":{"polluted":"${marker}"},"constructor":{"prototype":{"polluted":"${marker}"}},"prototype":{"polluted":"${marker}"},"plain":"${marker}"}`

    it.effect("Object.prototype is never polluted, and constructor / prototype keys round-trip as data (answer, JWT, stored user, export)", () =>
      Effect.gen(function* () {
        const { reset, world } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const send = rawSender(control)
        const create = endpointNamed("passwords.create")
        const body = `{"email":"proto@example.com","password":"${ludsPassword("proto")}","session_duration_minutes":60,"session_custom_claims":${hostile("c")},"trusted_metadata":${hostile("t")},"untrusted_metadata":${hostile("u")}}`
        const { answer, problem } = yield* Effect.promise(() => check(send, create, body, "create"))
        notPolluted()
        expect(problem).toBeUndefined()
        expect(answer.status).toBe(200)
        const json = answer.json as { user: Body; session: { custom_claims: Body }; session_jwt: string }
        for (const [where, value, marker] of [
          ["session.custom_claims", json.session.custom_claims, "c"],
          ["user.trusted_metadata", json.user["trusted_metadata"], "t"],
          ["user.untrusted_metadata", json.user["untrusted_metadata"], "u"]
        ] as const) {
          expect(Object.getOwnPropertyDescriptor(value, "constructor")?.value, where).toEqual({ prototype: { polluted: marker } })
          expect(Object.getOwnPropertyDescriptor(value, "prototype")?.value, where).toEqual({ polluted: marker })
          expect((value as Body)["plain"], where).toBe(marker)
        }
        const payload = Jose.decodeJwt(json.session_jwt)
        expect(Object.getOwnPropertyDescriptor(payload, "constructor")?.value).toEqual({ prototype: { polluted: "c" } })
        // Through the other routes that take claims or metadata, and the export.
        const others: ReadonlyArray<readonly [string, string]> = [
          ["sessions.authenticate", `{"session_token":"${world.sessionTokens[0] ?? ""}","session_custom_claims":${hostile("s")}}`],
          ["passwords.migrate", `{"email":"proto-m@example.com","hash":"5f4dcc3b5aa765d61d8327deb882cf99","hash_type":"md_5","trusted_metadata":${hostile("m")}}`],
          ["b2b.passwords.authenticate", `{"organization_id":"acme","email_address":"ada@acme.example","password":"${world.password}","session_custom_claims":${hostile("b")}}`],
          ["b2b.passwords.migrate", `{"organization_id":"acme","email_address":"proto@acme.example","hash":"5f4dcc3b5aa765d61d8327deb882cf99","hash_type":"md_5","untrusted_metadata":${hostile("bm")}}`]
        ]
        for (const [name, text] of others) {
          const other = yield* Effect.promise(() => check(send, endpointNamed(name), text, name))
          notPolluted()
          expect(other.problem, name).toBeUndefined()
          expect(other.answer.status, name).toBe(200)
        }
        const exported = JSON.stringify(yield* control.exportState)
        notPolluted()
        expect(exported).toContain('"constructor":{"prototype":{"polluted":"t"}}')
        yield* control.importState(JSON.parse(exported))
        notPolluted()
      }), 30_000)

    // JsonObject keeps the object JSON.parse made instead of rebuilding it key by key (a
    // rebuild assigns `__proto__`, setting the copy's prototype and dropping the key).
    it.effect("a __proto__ key in custom claims and metadata round-trips as data", () =>
      Effect.gen(function* () {
        const { reset } = yield* FuzzWorld
        const control = yield* StytchEmulator
        yield* reset
        const send = rawSender(control)
        const body = `{"email":"proto2@example.com","password":"${ludsPassword("proto")}","session_duration_minutes":60,"session_custom_claims":${hostile("c")},"trusted_metadata":${hostile("t")}}`
        const { answer } = yield* Effect.promise(() => check(send, endpointNamed("passwords.create"), body, "create"))
        notPolluted()
        const json = answer.json as { user: Body; session: { custom_claims: Body } }
        expect(Object.getOwnPropertyDescriptor(json.session.custom_claims, "__proto__")?.value).toEqual({ polluted: "c" })
        expect(Object.getOwnPropertyDescriptor(json.user["trusted_metadata"], "__proto__")?.value).toEqual({ polluted: "t" })
      }), 30_000)
  })

  describe("a refused field is named by its own error type", () => {
    const refusals = (endpoint: Endpoint.Endpoint, world: World, send: ReturnType<typeof rawSender>) =>
      Effect.promise(async () => {
        const base = baseOf(endpoint, world)
        const problems: Array<string> = []
        for (const field of fieldsOf(endpoint)) {
          const own = new Set(["invalid_argument", ...errorTypesOf(field.ast)])
          // An array of a number is of the wrong type for every field (strings, numbers, objects, arrays of strings).
          const answer: RawAnswer = await send(endpoint.path, JSON.stringify({ ...base, [field.name]: [12345] }))
          if (answer.status !== 400 || !own.has(errorTypeOf(answer))) {
            problems.push(`${field.name} of the wrong type: ${answer.status} ${errorTypeOf(answer)}, expected one of ${[...own].join(" ")}`)
          }
          if (field.required) {
            const { [field.name]: _, ...rest } = base
            const missing = await send(endpoint.path, JSON.stringify(rest))
            if (missing.status !== 400 || errorTypeOf(missing) !== "invalid_argument") {
              problems.push(`${field.name} missing: ${missing.status} ${errorTypeOf(missing)}, expected invalid_argument`)
            }
          }
        }
        return problems
      })

    for (const { endpoint, name } of allEndpoints.filter((candidate) => !candidate.name.endsWith("passwords.migrate"))) {
      it.effect(`${name}: a field of the wrong type is refused with its own type or invalid_argument; a missing one with invalid_argument`, () =>
        Effect.gen(function* () {
          const { world } = yield* FuzzWorld
          const control = yield* StytchEmulator
          expect(yield* refusals(endpoint, world, rawSender(control))).toEqual([])
        }))
    }

    // A migrate field that fails has its own error type (or invalid_argument), not the whole
    // request's `invalid_hash`: `safeIssue` keeps a refinement only when its own predicate failed.
    for (const name of ["passwords.migrate", "b2b.passwords.migrate"]) {
      it.effect(`${name}: a field of the wrong type or missing is refused with its own type or invalid_argument`, () =>
        Effect.gen(function* () {
          const { world } = yield* FuzzWorld
          const control = yield* StytchEmulator
          expect(yield* refusals(endpointNamed(name), world, rawSender(control))).toEqual([])
        }))
    }
  })
})

describe("values our client cannot put into JSON", () => {
  // What JSON cannot represent (a BigInt, a cycle, nesting too deep) fails with the typed
  // StytchInvalidRequest before anything is sent, never a defect.
  it.live("a BigInt, a cycle or 10,000 levels of metadata fail as StytchInvalidRequest, not as a defect; nothing is sent", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const create = endpointNamed("passwords.create")
      const cycle: Record<string, unknown> = {}
      cycle["self"] = cycle
      let deep: Record<string, unknown> = { leaf: 1 }
      for (let i = 0; i < 10_000; i++) deep = { a: deep }
      const outcomes: Array<string> = []
      for (const [label, trusted_metadata] of [["BigInt", { n: 10n }], ["cycle", cycle], ["10,000 levels", deep]] as const) {
        const exit = yield* Effect.exit(
          Effect.flatMap(StytchClient, (stytch) =>
            stytch.call(create, { email: `${label.length}@example.com`, password: ludsPassword("json"), trusted_metadata })
          )
        )
        outcomes.push(`${label}: ${Exit.isFailure(exit) ? (Cause.isDie(exit.cause) ? "defect" : Cause.failureOption(exit.cause).pipe(Option.map((error) => error._tag), Option.getOrElse(() => "?"))) : "success"}`)
      }
      expect(yield* control.users).toHaveLength(0)
      expect(outcomes).toEqual(["BigInt: StytchInvalidRequest", "cycle: StytchInvalidRequest", "10,000 levels: StytchInvalidRequest"])
    }).pipe(Effect.provide(inProcessStack({ client: { retry: false } }))))
})

describe("fields the client sends as headers (B2B require_reset's member session)", () => {
  const requireReset = (session_token: string) =>
    Effect.flatMap(B2BPasswords, (b2b) =>
      b2b.email.requireReset({ email_address: "ada@acme.example", organization_id: "acme", authorization: { session_token } })
    )

  const seeded = Effect.gen(function* () {
    const control = yield* StytchEmulator
    yield* control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
    yield* control.seedMember({ organization_id: "acme", email_address: "ada@acme.example", password: ludsPassword("h") })
  }).pipe(Effect.orDie)

  // A header-bound token that HTTP would change in transit is refused before sending.
  it.live("a token HTTP would trim is refused by the client (StytchInvalidRequest), not altered in transit", () =>
    Effect.gen(function* () {
      yield* seeded
      const error = yield* Effect.flip(requireReset(" "))
      expect({ _tag: error._tag, field: "field" in error ? error.field : undefined }).toEqual({
        _tag: "StytchInvalidRequest",
        field: "authorization.session_token"
      })
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  // A header value the transport would refuse is refused before sending (StytchInvalidRequest),
  // not reported as a transport error that "may have reached the server".
  it.live("a token HTTP cannot carry (non-Latin-1, newline) never reports request_sent: true; nothing reached the server", () =>
    Effect.gen(function* () {
      yield* seeded
      const arrivals = yield* ServerArrivals
      const outcomes: Array<unknown> = []
      for (const token of ["t\u00f6k\u20acn", "a\nb"]) {
        const error = yield* Effect.flip(requireReset(token))
        outcomes.push({ _tag: error._tag, request_sent: "request_sent" in error ? error.request_sent : undefined })
      }
      // Passes: nothing was sent.
      expect(arrivals.on("/v1/b2b/passwords/email/require_reset")).toHaveLength(0)
      // Fails: the client says it may have been.
      for (const outcome of outcomes) {
        expect(outcome).not.toEqual(expect.objectContaining({ _tag: "StytchTransportError", request_sent: true }))
      }
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  it.live("a header-bound token of visible ASCII is carried exactly: an unknown one is SessionNotFound, a live one works", () =>
    Effect.gen(function* () {
      yield* seeded
      const b2b = yield* B2BPasswords
      const unknown = yield* Effect.flip(requireReset("no-such-token"))
      expect(unknown._tag).toBe("SessionNotFound")
      const login = yield* b2b.authenticate({
        organization_id: "acme",
        email_address: "ada@acme.example",
        password: ludsPassword("h"),
        session_duration_minutes: 60
      })
      if (!login.member_authenticated) throw new Error("expected a session")
      const done = yield* requireReset(login.session_token)
      expect(done.member_id).toBe(login.member_id)
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))
})
