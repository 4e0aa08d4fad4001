/**
 * Fuzzing this line's wire decoding (the client side of the root's test/reliability/fuzzing.ts,
 * which fuzzes the emulator with generated requests; the emulator is shared, the root runs that).
 *
 * - a corpus: every answer the emulator gave while a scenario drove every endpoint through this
 *   line's client (successes of each endpoint and the error answers it can provoke), recorded
 *   at the transport;
 * - mutants of each answer, from a seeded generator: one field of the body removed, set to null,
 *   to a value of another type, to a huge or hostile string, to a deep object; unknown fields
 *   added; the body truncated, not JSON, not an object, empty; the status changed; the error
 *   fields of an error body changed or removed;
 * - each mutant replayed to this line's client (`StytchClient.call` of the answer's endpoint over
 *   a fetch that answers with the mutant) and judged: never a defect; a 200 succeeds exactly when
 *   the endpoint's response schema decodes the body (the oracle), else `StytchDecodeError`
 *   naming a field, or `StytchUnexpectedResponse` when the body is not JSON; an error status gives
 *   the endpoint's typed error (or `StytchApiError`) with the body's `error_type` and the HTTP
 *   status, or `StytchUnexpectedResponse` when the body is not a Stytch error; and no session
 *   token or JWT of a success body appears in any rendering of a failure.
 */
import { inspect } from "node:util"
import { Cause, Effect, Exit, Layer, Option, Redacted, Result, Schema } from "effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import { B2BPasswords, B2BSessions, Endpoint, ErrorBody, errorTag, Passwords, Sessions, StytchClient, Users } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { make as makeClient } from "../../src/StytchClient.js"
import { allEndpoints } from "../conformance/support.js"
import { ludsPassword } from "./support.js"

// ---------------------------------------------------------------------------------------------
// The corpus
// ---------------------------------------------------------------------------------------------

/** One answer of the emulator, as the transport saw it. */
export interface Answer {
  readonly method: string
  readonly path: string
  readonly status: number
  readonly headers: ReadonlyArray<readonly [string, string]>
  readonly text: string
}

/** This line's endpoint for a method and a concrete path (query left out), if there is one. */
export const endpointFor = (method: string, path: string): Endpoint.Endpoint | undefined => {
  const bare = path.split("?")[0] ?? path
  return allEndpoints.find(
    (endpoint) =>
      endpoint.method === method &&
      new RegExp(`^${endpoint.path.replace(/\{[a-z_]+\}/g, "[^/]+")}$`).test(bare)
  )
}

/**
 * Drives every endpoint through this line's client against a fresh in-process emulator, and
 * records every answer at the transport.
 */
export const recordCorpus: Effect.Effect<ReadonlyArray<Answer>> = Effect.gen(function* () {
  const control = yield* StytchEmulator
  const corpus: Array<Answer> = []
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init)
    const response = await control.handler(request)
    const text = await response.clone().text()
    const headers: Array<readonly [string, string]> = []
    response.headers.forEach((value, key) => headers.push([key, value]))
    corpus.push({ method: request.method, path: new URL(request.url).pathname, status: response.status, headers, text })
    return response
  }
  const client = StytchClient.layer({ projectId: control.projectId, secret: control.secret, baseUrl: "http://emulator.local", retry: false }).pipe(
    Layer.provide(FetchHttpClient.layer.pipe(Layer.provide(Layer.succeed(FetchHttpClient.Fetch, fetch)))),
    Layer.orDie
  )
  yield* scenario.pipe(
    Effect.provide(Layer.mergeAll(Passwords.layer, Sessions.layer, Users.layer, B2BPasswords.layer, B2BSessions.layer).pipe(Layer.provide(client)))
  )
  return corpus
}).pipe(Effect.provide(StytchEmulator.layerControl()))

/** Every endpoint on its success path, and the error answers a wrong call gives. */
const scenario = Effect.gen(function* () {
  const passwords = yield* Passwords
  const sessions = yield* Sessions
  const users = yield* Users
  const b2b = yield* B2BPasswords
  const b2bSessions = yield* B2BSessions
  const control = yield* StytchEmulator
  const attempt = <A, E>(effect: Effect.Effect<A, E>) => Effect.option(effect)
  const pw = ludsPassword("corpus")
  const pw2 = ludsPassword("corpus-2")
  const pw3 = ludsPassword("corpus-3")
  yield* Effect.orDie(control.updateSettings({ strength_policy: "luds", cross_org_passwords_enabled: true }))

  const created = yield* attempt(passwords.create({ email: "ada@example.com", password: pw, session_duration_minutes: 60, trusted_metadata: { plan: "pro" } }))
  yield* attempt(passwords.create({ email: "ada@example.com", password: pw }))
  yield* attempt(passwords.create({ email: "plain@example.com", password: pw }))
  yield* attempt(passwords.create({ email: "weak@example.com", password: "weakweakweak" }))
  const login = yield* attempt(passwords.authenticate({ email: "ada@example.com", password: pw, session_duration_minutes: 60 }))
  yield* attempt(passwords.authenticate({ email: "ada@example.com", password: pw2 }))
  yield* attempt(passwords.authenticate({ email: "nobody@example.com", password: pw }))
  yield* attempt(passwords.strengthCheck({ password: pw, email: "ada@example.com" }))
  yield* attempt(passwords.strengthCheck({ password: "weak" }))
  yield* attempt(passwords.migrate({ email: "bob@example.com", hash: "5f4dcc3b5aa765d61d8327deb882cf99", hash_type: "md_5" }))
  yield* attempt(passwords.migrate({ email: "bob@example.com", hash: "5f4dcc3b5aa765d61d8327deb882cf99", hash_type: "md_5" }))
  yield* attempt(passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: "https://app.example.com/r" }))
  yield* attempt(passwords.email.resetStart({ email: "nobody@example.com", reset_password_redirect_url: "https://app.example.com/r" }))
  const token = Option.getOrElse(yield* control.latestResetToken("ada@example.com"), () => "")
  yield* attempt(passwords.email.reset({ token, password: pw2, session_duration_minutes: 30 }))
  yield* attempt(passwords.email.reset({ token, password: pw3 }))
  yield* attempt(passwords.existingPassword.reset({ email: "ada@example.com", existing_password: pw2, new_password: pw3, session_duration_minutes: 30 }))
  yield* attempt(passwords.existingPassword.reset({ email: "ada@example.com", existing_password: pw, new_password: pw2 }))
  const fresh = yield* attempt(passwords.authenticate({ email: "ada@example.com", password: pw3, session_duration_minutes: 60 }))
  const sessionToken = Option.getOrElse(Option.flatMap(fresh, (done) => done.session_token), () => "")
  yield* attempt(passwords.sessions.reset({ session_token: sessionToken, password: pw }))
  yield* attempt(passwords.sessions.reset({ session_token: "no-such-session", password: pw2 }))
  yield* attempt(sessions.authenticate({ session_token: sessionToken, session_custom_claims: { team: "a" } }))
  yield* attempt(sessions.authenticate({ session_token: "no-such-session" }))
  yield* attempt(sessions.getJWKS({ project_id: control.projectId }))
  const userId = Option.match(created, { onNone: () => "", onSome: (done) => done.user_id })
  yield* attempt(sessions.get({ user_id: userId }))
  yield* attempt(users.get({ user_id: userId }))
  yield* attempt(users.get({ user_id: "user-test-00000000-0000-4000-8000-000000000000" }))
  yield* attempt(sessions.revoke({ session_token: sessionToken }))
  yield* attempt(sessions.revoke({ session_token: sessionToken }))
  void login

  yield* Effect.orDie(control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" }))
  yield* Effect.orDie(control.seedOrganization({ organization_name: "Strict", organization_slug: "strict", mfa_policy: "REQUIRED_FOR_ALL" }))
  yield* Effect.orDie(control.seedMember({ organization_id: "acme", email_address: "ada@acme.example", password: pw }))
  yield* Effect.orDie(control.seedMember({ organization_id: "strict", email_address: "ada@acme.example", password: pw }))
  const member = yield* attempt(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.example", password: pw, session_duration_minutes: 60 }))
  yield* attempt(b2b.authenticate({ organization_id: "strict", email_address: "ada@acme.example", password: pw }))
  yield* attempt(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.example", password: pw2 }))
  yield* attempt(b2b.authenticate({ organization_id: "nowhere", email_address: "ada@acme.example", password: pw }))
  yield* attempt(b2b.strengthCheck({ password: pw, email_address: "ada@acme.example" }))
  yield* attempt(b2b.migrate({ organization_id: "acme", email_address: "eve@acme.example", hash: "5f4dcc3b5aa765d61d8327deb882cf99", hash_type: "md_5" }))
  yield* attempt(b2b.email.resetStart({ organization_id: "acme", email_address: "eve@acme.example", reset_password_redirect_url: "https://app.example.com/r" }))
  const memberToken = Option.getOrElse(yield* control.latestResetToken("eve@acme.example"), () => "")
  yield* attempt(b2b.email.reset({ password_reset_token: memberToken, password: pw2 }))
  yield* attempt(b2b.email.reset({ password_reset_token: memberToken, password: pw3 }))
  const memberSession = Option.match(member, { onNone: () => "", onSome: (done) => (done.member_authenticated ? done.session_token : "") })
  const memberId = Option.match(member, { onNone: () => "", onSome: (done) => done.member_id })
  yield* attempt(b2bSessions.authenticate({ session_token: memberSession }))
  yield* attempt(b2bSessions.get({ organization_id: "acme", member_id: memberId }))
  yield* attempt(b2bSessions.getJWKS({ project_id: control.projectId }))
  yield* attempt(b2b.sessions.reset({ organization_id: "acme", session_token: memberSession, password: pw2 }))
  yield* attempt(b2b.email.requireReset({ email_address: "ada@acme.example", organization_id: "acme", authorization: { session_token: "no-such-session" } }))
  const relog = yield* attempt(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.example", password: pw2, session_duration_minutes: 60 }))
  const relogToken = Option.match(relog, { onNone: () => "", onSome: (done) => (done.member_authenticated ? done.session_token : "") })
  yield* attempt(b2b.email.requireReset({ email_address: "ada@acme.example", organization_id: "acme", authorization: { session_token: relogToken } }))
  yield* attempt(b2b.existingPassword.reset({ organization_id: "acme", email_address: "ada@acme.example", existing_password: pw2, new_password: pw3 }))
  yield* attempt(b2b.discovery.authenticate({ email_address: "eve@acme.example", password: pw2 }))
  yield* attempt(b2b.discovery.authenticate({ email_address: "eve@acme.example", password: pw }))
  yield* attempt(b2b.discovery.email.resetStart({ email_address: "eve@acme.example", reset_password_redirect_url: "https://app.example.com/r" }))
  const discoveryToken = Option.getOrElse(yield* control.latestResetToken("eve@acme.example"), () => "")
  yield* attempt(b2b.discovery.email.reset({ password_reset_token: discoveryToken, password: pw }))
  const last = yield* attempt(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.example", password: pw3, session_duration_minutes: 60 }))
  const lastToken = Option.match(last, { onNone: () => relogToken, onSome: (done) => (done.member_authenticated ? done.session_token : relogToken) })
  yield* attempt(b2bSessions.revoke({ session_token: lastToken }))
  yield* attempt(b2bSessions.revoke({ session_token: lastToken }))
})

// ---------------------------------------------------------------------------------------------
// Mutants
// ---------------------------------------------------------------------------------------------

/** A small seeded generator (mulberry32): the same seed gives the same mutants. */
export const generator = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (below: number) => Math.floor(next() * below)
  const pick = <A>(items: ReadonlyArray<A>): A => {
    const item = items[int(items.length)]
    if (item === undefined) throw new Error("pick from nothing")
    return item
  }
  return { next, int, pick }
}

type Generator = ReturnType<typeof generator>
type Json = null | boolean | number | string | Array<Json> | { [key: string]: Json }
type Path = ReadonlyArray<string | number>

/** Values of every JSON type and a few hostile ones. */
const hostileValues = (g: Generator): Json => {
  const deep = (levels: number): Json => (levels === 0 ? 1 : { a: deep(levels - 1) })
  return g.pick<() => Json>([
    () => null,
    () => true,
    () => 0,
    () => -1,
    () => 1e308,
    () => 2 ** 53 + 2,
    () => 1.5,
    () => "",
    () => "x".repeat(10_000),
    () => "\u0000\uD800\u202E😀",
    () => "2024-02-30T25:61:00Z",
    () => "not-a-uuid",
    () => [],
    () => [1, "two", null],
    () => ({}),
    () => ({ __proto__: { polluted: true }, constructor: { prototype: 1 } }),
    () => deep(200),
    () => `${g.int(1_000_000)}`
  ])()
}

/** Every path of a JSON value (objects and the first elements of arrays), the root excluded. */
const pathsOf = (value: Json, path: Path = []): Array<Path> => {
  if (Array.isArray(value)) return value.slice(0, 2).flatMap((item, i) => [[...path, i], ...pathsOf(item, [...path, i])])
  if (typeof value === "object" && value !== null) return Object.entries(value).flatMap(([key, item]) => [[...path, key], ...pathsOf(item, [...path, key])])
  return []
}

const setAt = (value: Json, path: Path, leaf: Json | undefined): Json => {
  const [head, ...rest] = path
  if (head === undefined) return leaf ?? null
  if (Array.isArray(value)) {
    const copy = [...value]
    if (rest.length === 0 && leaf === undefined) copy.splice(Number(head), 1)
    else copy[Number(head)] = setAt(copy[Number(head)] ?? null, rest, leaf)
    return copy
  }
  if (typeof value === "object" && value !== null) {
    const copy: { [key: string]: Json } = { ...value }
    const key = String(head)
    if (rest.length === 0 && leaf === undefined) delete copy[key]
    else copy[key] = setAt(copy[key] ?? null, rest, leaf)
    return copy
  }
  return value
}

export interface Mutant {
  readonly label: string
  readonly status: number
  readonly text: string
  /** The body's path the mutant changed, if one. */
  readonly path?: Path | undefined
}

/** One mutant of an answer. */
export const mutate = (answer: Answer, g: Generator): Mutant => {
  const parsed: Json = JSON.parse(answer.text)
  const paths = pathsOf(parsed)
  const kind = g.int(10)
  if (kind <= 3 && paths.length > 0) {
    const path = g.pick(paths)
    const leaf = hostileValues(g)
    return { label: `${path.join(".")} = ${JSON.stringify(leaf).slice(0, 40)}`, status: answer.status, text: JSON.stringify(setAt(parsed, path, leaf)), path }
  }
  if (kind <= 5 && paths.length > 0) {
    const path = g.pick(paths)
    return { label: `${path.join(".")} removed`, status: answer.status, text: JSON.stringify(setAt(parsed, path, undefined)), path }
  }
  if (kind === 6 && typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
    const extra = `unknown_${g.int(1000)}`
    return { label: `${extra} added`, status: answer.status, text: JSON.stringify({ ...parsed, [extra]: hostileValues(g) }) }
  }
  if (kind === 7) {
    const cut = g.int(Math.max(1, answer.text.length - 1))
    return { label: `truncated at ${cut}`, status: answer.status, text: answer.text.slice(0, cut) }
  }
  if (kind === 8) {
    const text = g.pick(["", "null", "[]", "42", '"text"', "<html>Bad Gateway</html>", "{", "\uFEFF{}"])
    return { label: `body ${JSON.stringify(text)}`, status: answer.status, text }
  }
  const status = g.pick([200, 400, 401, 403, 404, 409, 429, 500, 502, 503])
  return { label: `status ${status}`, status, text: answer.text }
}

// ---------------------------------------------------------------------------------------------
// Replay and judgement
// ---------------------------------------------------------------------------------------------

/** Replays a status and body to this line's client, as the answer of `endpoint`. */
export const replay = (endpoint: Endpoint.Endpoint, path: string, status: number, text: string, headers: ReadonlyArray<readonly [string, string]>) => {
  const unchecked = Endpoint.make({
    name: endpoint.name,
    path: `/${path.replace(/^\/+/, "")}`,
    request: Schema.Record(Schema.String, Schema.Unknown),
    response: endpoint.response,
    errors: endpoint.errors,
    retrySafe: false
  })
  const fetch: typeof globalThis.fetch = () =>
    Promise.resolve(new Response(text, { status, headers: Object.fromEntries(headers.filter(([key]) => key !== "content-length")) }))
  return makeClient({ projectId: "project-test-fuzz", secret: Redacted.make("secret-test-fuzz"), baseUrl: "http://emulator.local", retry: false }).pipe(
    Effect.flatMap((client) => client.call(unchecked, {})),
    Effect.exit,
    Effect.provide(FetchHttpClient.layer.pipe(Layer.provide(Layer.succeed(FetchHttpClient.Fetch, fetch)))),
    Effect.orDie
  )
}

const fieldOf = (error: object, key: string): unknown => (key in error ? (error as Record<string, unknown>)[key] : undefined)

/** JSON as the client reads a body: fetch's `text()` drops a leading byte order mark. */
const parseOrFail = (text: string): Result.Result<unknown, string> => {
  try {
    return Result.succeed(JSON.parse(text.replace(/^\uFEFF/, "")))
  } catch {
    return Result.fail("not JSON")
  }
}

const isErrorBody = (json: unknown): json is { readonly error_type: string; readonly request_id?: unknown } =>
  typeof json === "object" && json !== null && !Array.isArray(json) && "error_type" in json && typeof json.error_type === "string"

/** The credentials a success body carries: no failure may render them. */
const credentialsIn = (text: string): Array<string> =>
  [...text.matchAll(/"(?:session_token|session_jwt|intermediate_session_token)":"([^"]{12,})"/g)].map((match) => match[1] ?? "")

/** What is wrong with the client's reading of a mutant, if anything. */
export const judge = <A, E>(endpoint: Endpoint.Endpoint, mutant: Mutant, exit: Exit.Exit<A, E>): string | undefined => {
  if (Exit.isFailure(exit) && Cause.hasDies(exit.cause)) return `a defect: ${Cause.pretty(exit.cause).slice(0, 300)}`
  const failure: object | undefined = Exit.isFailure(exit) ? Option.getOrUndefined(Cause.findErrorOption(exit.cause)) ?? undefined : undefined
  if (Exit.isFailure(exit) && failure === undefined) return `no typed failure: ${Cause.pretty(exit.cause).slice(0, 300)}`
  const tag = failure === undefined ? "success" : String(fieldOf(failure, "_tag"))
  const json = parseOrFail(mutant.text)
  const ok = mutant.status >= 200 && mutant.status < 300
  if (failure !== undefined) {
    const rendered = [String(failure), JSON.stringify(failure), inspect(failure, { depth: 8 }), Exit.isFailure(exit) ? Cause.pretty(exit.cause) : ""].join("\n")
    // A non-2xx answer that is not a Stytch error and not JSON (a proxy's page) is excerpted, its
    // first 200 characters; of a JSON body (whole or truncated) only the field names or length are.
    const excerpted = tag === "StytchUnexpectedResponse" && !ok && !/^\s*[[{]/.test(mutant.text)
    const leaked = credentialsIn(mutant.text).filter((credential) => rendered.includes(credential))
    if (leaked.length > 0 && !excerpted) return `${tag} renders a credential of the body`
    if (fieldOf(failure, "http_status") !== mutant.status) return `${tag} with http_status ${String(fieldOf(failure, "http_status"))}`
  }
  if (Result.isFailure(json)) return tag === "StytchUnexpectedResponse" ? undefined : `${tag} for a body that is not JSON`
  if (ok) {
    const oracle = Schema.decodeUnknownResult(endpoint.response)(json.success)
    if (Result.isSuccess(oracle)) return tag === "success" ? undefined : `${tag} for a body the response schema decodes`
    if (tag !== "StytchDecodeError") return `${tag} for a 200 the response schema refuses`
    if (fieldOf(failure ?? {}, "excerpt") !== undefined) return "a decode error with an excerpt of a success body"
    const field = String(fieldOf(failure ?? {}, "field") ?? "")
    const changed = mutant.path?.join(".")
    if (changed !== undefined && field !== "" && !(changed.startsWith(field) || field.startsWith(changed) || field === "member_authenticated")) {
      return `StytchDecodeError names ${field}, the mutant changed ${changed}`
    }
    return undefined
  }
  if (!isErrorBody(json.success)) return tag === "StytchUnexpectedResponse" ? undefined : `${tag} for an error status without a Stytch error body`
  const errorType = json.success.error_type
  const expected = endpoint.errors.some((error) => error.errorType === errorType || (error._tag ?? error.identifier) === errorTag(errorType))
    ? errorTag(errorType)
    : "StytchApiError"
  // An error body whose fields are of the wrong type is not a Stytch error body (the oracle: ErrorBody).
  if (Result.isFailure(Schema.decodeUnknownResult(ErrorBody)(json.success))) {
    return tag === "StytchUnexpectedResponse" ? undefined : `${tag} for an error body ErrorBody refuses`
  }
  if (tag !== expected) return `${tag} for error_type ${errorType}, expected ${expected}`
  if (fieldOf(failure ?? {}, "error_type") !== errorType) return `error_type ${String(fieldOf(failure ?? {}, "error_type"))}, the body says ${errorType}`
  return undefined
}
