/**
 * Secrets (the Effect 4 line's port of the root's test/reliability/secrets.test.ts): every
 * endpoint (consumer, Sessions, B2B) and every error path we can provoke, with a logger, a
 * tracer and every rendering of every failure captured (Cause.pretty, String, JSON.stringify, the
 * message, the stack, util.inspect). Neither the project secret (nor its Basic header) nor any
 * password, existing or new, may appear anywhere in what was captured: not in this line's logs
 * and spans, not in Effect 4's http spans and their exits.
 */
import { randomUUID } from "node:crypto"
import { inspect } from "node:util"
import { describe, expect, it } from "@effect/vitest"
import { Cause, type Duration, Effect, Exit, Layer, Option, Redacted } from "effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import { B2BPasswords, Passwords, Pkce, Sessions, type StytchClient } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"
import { make as makeClient } from "../../src/StytchClient.js"
import { saltedDigest } from "../emulator/support.js"
import { capture } from "../support/capture.js"
import { inProcessStack, ServerArrivals, serverStack } from "./support.js"

const projectId = "project-test-00000000-0000-4000-8000-000000000000"

/** A password nobody else would write: its random core is what we look for. */
const secretWord = () => {
  const core = randomUUID().replace(/-/g, "")
  return { value: `Pw!${core}-Zz9`, needles: [`Pw!${core}-Zz9`, core] }
}

/** Lower-case letters only: fails LUDS (one class), and still unique. */
const weakWord = () => {
  const core = [...randomUUID().replace(/[^a-f]/g, "")].join("").padEnd(12, "q")
  const value = `weakling${core}`
  return { value, needles: [value] }
}

interface Run {
  readonly tags: ReadonlyArray<string>
  readonly renderings: ReadonlyArray<string>
}

/**
 * Calls every endpoint on its success path and on every error path we can provoke, records
 * each outcome's renderings, and logs each failure's cause (as an application would).
 * `passwordsUsed` receives every password used (whole, and its random core).
 */
const scenario = (
  wrongSecretCall: (password: string) => Effect.Effect<unknown, unknown>,
  shortTimeoutCall: (password: string) => Effect.Effect<unknown, unknown>,
  passwordsUsed: Array<string>
): Effect.Effect<Run, never, Passwords | Sessions | B2BPasswords | StytchEmulator> =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const sessions = yield* Sessions
    const b2b = yield* B2BPasswords
    const control = yield* StytchEmulator
    const tags: Array<string> = []
    const renderings: Array<string> = []
    const word = () => {
      const w = secretWord()
      passwordsUsed.push(...w.needles)
      return w.value
    }
    const record = <A, E>(label: string, effect: Effect.Effect<A, E>) =>
      Effect.gen(function* () {
        const exit = yield* Effect.exit(effect)
        if (Exit.isSuccess(exit)) {
          tags.push(`${label}:ok`)
          renderings.push(JSON.stringify(exit.value), String(exit.value), inspect(exit.value, { depth: 8 }))
          return Option.some(exit.value)
        }
        yield* Effect.logError(`${label} failed`, exit.cause)
        renderings.push(Cause.pretty(exit.cause), String(exit.cause), JSON.stringify(exit.cause), inspect(exit.cause, { depth: 8 }))
        const errors: Array<unknown> = exit.cause.reasons.flatMap((reason) =>
          Cause.isFailReason(reason) ? [reason.error] : Cause.isDieReason(reason) ? [reason.defect] : []
        )
        for (const error of errors) {
          tags.push(`${label}:${typeof error === "object" && error !== null && "_tag" in error ? String(error._tag) : "defect"}`)
          renderings.push(String(error), JSON.stringify(error), inspect(error, { depth: 8 }))
          if (error instanceof Error) renderings.push(error.message, error.stack ?? "")
        }
        return Option.none()
      })

    yield* Effect.orDie(control.updateSettings({ strength_policy: "luds", cross_org_passwords_enabled: true }))

    // ---- consumer Passwords
    const ada = word()
    yield* record("create", passwords.create({ email: "ada@example.com", password: ada, session_duration_minutes: 60 }))
    yield* record("create duplicate", passwords.create({ email: "ada@example.com", password: word() }))
    const weak = weakWord()
    passwordsUsed.push(...weak.needles)
    yield* record("create weak", passwords.create({ email: "weak@example.com", password: Redacted.make(weak.value) }))
    yield* record("create invalid email", passwords.create({ email: "not-an-email", password: word() }))
    yield* record("authenticate", passwords.authenticate({ email: "ada@example.com", password: ada, session_duration_minutes: 30 }))
    yield* record("authenticate wrong", passwords.authenticate({ email: "ada@example.com", password: word() }))
    yield* record("authenticate unknown", passwords.authenticate({ email: "nobody@example.com", password: word() }))
    yield* record("strengthCheck", passwords.strengthCheck({ password: word(), email: "ada@example.com" }))
    yield* record("strengthCheck redacted", passwords.strengthCheck({ password: Redacted.make(word()) }))
    const bob = word()
    yield* record("migrate", passwords.migrate({ email: "bob@example.com", hash: saltedDigest("md5", bob), hash_type: "md_5" }))
    yield* record("authenticate migrated", passwords.authenticate({ email: "bob@example.com", password: bob }))
    yield* record("migrate again", passwords.migrate({ email: "bob@example.com", hash: saltedDigest("sha1", word()), hash_type: "sha_1" }))
    yield* record("migrate bad hash", passwords.migrate({ email: "cy@example.com", hash: `$2a$04$${word()}`, hash_type: "bcrypt" }))
    yield* record("resetStart", passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: "https://app.example.com/r" }))
    const token = Option.getOrElse(yield* control.latestResetToken("ada@example.com"), () => "")
    const ada2 = word()
    yield* record("email.reset", passwords.email.reset({ token, password: ada2, session_duration_minutes: 30 }))
    yield* record("email.reset spent", passwords.email.reset({ token, password: word() }))
    yield* record("resetStart unknown", passwords.email.resetStart({ email: "nobody@example.com", reset_password_redirect_url: "https://app.example.com/r" }))
    const pkce = yield* Pkce.make
    yield* record("resetStart pkce", passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: "https://app.example.com/r", code_challenge: pkce.code_challenge }))
    const pkceToken = Option.getOrElse(yield* control.latestResetToken("ada@example.com"), () => "")
    yield* record("email.reset pkce mismatch", passwords.email.reset({ token: pkceToken, password: word(), code_verifier: "A".repeat(43) }))
    const ada3 = word()
    yield* record("existingPassword.reset", passwords.existingPassword.reset({ email: "ada@example.com", existing_password: ada2, new_password: ada3 }))
    yield* record("existingPassword.reset wrong", passwords.existingPassword.reset({ email: "ada@example.com", existing_password: word(), new_password: word() }))
    const fresh = yield* record("authenticate for session", passwords.authenticate({ email: "ada@example.com", password: ada3, session_duration_minutes: 30 }))
    const sessionToken = Option.getOrElse(Option.flatMap(fresh, (login) => login.session_token), () => "")
    const ada4 = word()
    yield* record("sessions.reset", passwords.sessions.reset({ session_token: sessionToken, password: ada4 }))
    yield* record("sessions.reset unknown", passwords.sessions.reset({ session_token: "no-such-session", password: word() }))

    // ---- Sessions
    yield* record("sessions.authenticate", sessions.authenticate({ session_token: sessionToken }))
    yield* record("sessions.authenticate unknown", sessions.authenticate({ session_token: "no-such-session" }))
    yield* record("sessions.revoke", sessions.revoke({ session_token: sessionToken }))
    yield* record("sessions.revoke unknown", sessions.revoke({ session_token: sessionToken }))

    // ---- B2B
    const member = word()
    yield* Effect.orDie(control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" }))
    yield* Effect.orDie(control.seedMember({ organization_id: "acme", email_address: "ada@acme.example", password: member }))
    const login = yield* record("b2b.authenticate", b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.example", password: member, session_duration_minutes: 30 }))
    yield* record("b2b.authenticate wrong", b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.example", password: word() }))
    yield* record("b2b.authenticate unknown org", b2b.authenticate({ organization_id: "nowhere", email_address: "ada@acme.example", password: word() }))
    yield* record("b2b.strengthCheck", b2b.strengthCheck({ password: word(), email_address: "ada@acme.example" }))
    const eve = word()
    yield* record("b2b.migrate", b2b.migrate({ organization_id: "acme", email_address: "eve@acme.example", hash: saltedDigest("md5", eve), hash_type: "md_5" }))
    yield* record("b2b.migrate again", b2b.migrate({ organization_id: "acme", email_address: "eve@acme.example", hash: saltedDigest("md5", word()), hash_type: "md_5" }))
    yield* record("b2b.resetStart", b2b.email.resetStart({ organization_id: "acme", email_address: "eve@acme.example", reset_password_redirect_url: "https://app.example.com/r" }))
    const memberToken = Option.getOrElse(yield* control.latestResetToken("eve@acme.example"), () => "")
    const eve2 = word()
    yield* record("b2b.email.reset", b2b.email.reset({ password_reset_token: memberToken, password: eve2 }))
    yield* record("b2b.email.reset spent", b2b.email.reset({ password_reset_token: memberToken, password: word() }))
    const memberSession = Option.match(login, { onNone: () => "", onSome: (result) => (result.member_authenticated ? result.session_token : "") })
    yield* record("b2b.requireReset", b2b.email.requireReset({ email_address: "ada@acme.example", organization_id: "acme", authorization: { session_token: memberSession } }))
    yield* record("b2b.authenticate must reset", b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.example", password: member }))
    const member2 = word()
    yield* record("b2b.existingPassword.reset", b2b.existingPassword.reset({ organization_id: "acme", email_address: "ada@acme.example", existing_password: member, new_password: member2 }))
    yield* record("b2b.existingPassword.reset wrong", b2b.existingPassword.reset({ organization_id: "acme", email_address: "ada@acme.example", existing_password: word(), new_password: word() }))
    const relog = yield* record("b2b.authenticate again", b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.example", password: member2, session_duration_minutes: 30 }))
    const relogToken = Option.match(relog, { onNone: () => "", onSome: (result) => (result.member_authenticated ? result.session_token : "") })
    yield* record("b2b.sessions.reset", b2b.sessions.reset({ organization_id: "acme", session_token: relogToken, password: word() }))
    yield* record("b2b.sessions.reset unknown", b2b.sessions.reset({ organization_id: "acme", session_token: "no-such-session", password: word() }))
    yield* record("b2b.discovery.authenticate", b2b.discovery.authenticate({ email_address: "eve@acme.example", password: eve2 }))
    yield* record("b2b.discovery.authenticate wrong", b2b.discovery.authenticate({ email_address: "eve@acme.example", password: word() }))
    yield* record("b2b.discovery.resetStart", b2b.discovery.email.resetStart({ email_address: "eve@acme.example", reset_password_redirect_url: "https://app.example.com/r" }))
    const discoveryToken = Option.getOrElse(yield* control.latestResetToken("eve@acme.example"), () => "")
    yield* record("b2b.discovery.email.reset", b2b.discovery.email.reset({ password_reset_token: discoveryToken, password: word() }))
    yield* record("b2b.discovery.email.reset spent", b2b.discovery.email.reset({ password_reset_token: discoveryToken, password: word() }))

    // ---- Faults and transport failures
    const fault = (input: Parameters<typeof control.injectFault>[0]) => Effect.orDie(control.injectFault(input))
    yield* fault({ path: "/v1/passwords", kind: "status", status: 503, retry_after: "0" })
    yield* record("503", passwords.create({ email: "f1@example.com", password: word() }))
    yield* control.clearFaults
    yield* fault({ path: "/v1/passwords", kind: "drop", times: 1 })
    yield* record("drop", passwords.create({ email: "f2@example.com", password: word() }))
    yield* fault({ path: "/v1/passwords/authenticate", kind: "malformed", times: 1 })
    yield* record("malformed", passwords.authenticate({ email: "ada@example.com", password: ada4 }))
    yield* fault({ path: "/v1/passwords/strength_check", kind: "truncated", times: 3 })
    yield* record("truncated", passwords.strengthCheck({ password: word() }))
    yield* control.clearFaults
    yield* fault({ path: "/v1/passwords", kind: "latency", latency_ms: 1_500, times: 1 })
    // Through a client of its own with a short timeout (the others have a long one, so that a
    // busy machine does not time them out).
    yield* record("timeout", shortTimeoutCall(word()))
    yield* control.clearFaults
    yield* fault({ path: "/v1/passwords/existing_password/reset", kind: "status", status: 500, error_type: "internal_server_error", times: 1 })
    yield* record("500", passwords.existingPassword.reset({ email: "ada@example.com", existing_password: ada4, new_password: word() }))
    const huge = secretWord()
    passwordsUsed.push(...huge.needles)
    yield* record("413", passwords.create({ email: "huge@example.com", password: huge.value.repeat(40_000) }))
    yield* record("wrong secret", wrongSecretCall(word()))
    // Metadata nested too deep, sent raw (our client refuses it): the emulator answers 400 with
    // the field named, and the password it was sent appears nowhere.
    const defect = yield* Effect.promise(() =>
      control.handler(
        new Request("http://emulator.local/v1/passwords", {
          method: "POST",
          headers: { authorization: `Basic ${basicOf(Redacted.value(control.secret))}`, "content-type": "application/json" },
          body: `{"email":"deep@example.com","password":"${word()}","trusted_metadata":${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}}`
        })
      )
    )
    tags.push(`deep metadata:${defect.status}`)
    renderings.push(yield* Effect.promise(() => defect.text()))
    return { tags, renderings }
  })

/** The error tags the scenario must have met, so that the search covers them. */
const expectedTags = [
  "create:ok",
  "create duplicate:DuplicateEmail",
  "create weak:WeakPassword",
  "create invalid email:StytchInvalidRequest",
  "authenticate wrong:UnauthorizedCredentials",
  "authenticate unknown:EmailNotFound",
  "migrate again:PasswordAlreadyExists",
  "email.reset:ok",
  "email.reset spent:UnableToAuthPasswordResetToken",
  "email.reset pkce mismatch:PkceMismatch",
  "existingPassword.reset:ok",
  "sessions.reset:ok",
  "sessions.reset unknown:SessionNotFound",
  "sessions.revoke unknown:SessionNotFound",
  "b2b.authenticate:ok",
  "b2b.authenticate unknown org:OrganizationNotFound",
  "b2b.email.reset:ok",
  "b2b.requireReset:ok",
  "b2b.authenticate must reset:MemberResetPassword",
  "b2b.existingPassword.reset:ok",
  "b2b.sessions.reset:ok",
  "b2b.discovery.authenticate:ok",
  "b2b.discovery.email.reset:ok",
  "503:StytchApiError",
  "drop:StytchTransportError",
  "malformed:StytchUnexpectedResponse",
  "truncated:StytchUnexpectedResponse",
  "timeout:StytchTimeout",
  "500:StytchApiError",
  "413:StytchApiError",
  "wrong secret:StytchApiError",
  "deep metadata:400"
]

const basicOf = (secret: string) => Buffer.from(`${projectId}:${secret}`).toString("base64")

const search = (haystack: string, needles: ReadonlyArray<string>) => needles.filter((needle) => needle.length > 0 && haystack.includes(needle))

interface Variant {
  readonly name: string
  readonly stack: (secret: string) => Layer.Layer<Passwords | Sessions | B2BPasswords | StytchEmulator>
  /** Another client of the same emulator (`port`: the server's, if any), with this secret and timeout, no retries. */
  readonly otherClient: (
    secret: string,
    timeout: Duration.Input,
    control: StytchEmulator["Service"],
    port: number | undefined
  ) => <A, E>(use: (client: StytchClient["Service"]) => Effect.Effect<A, E>) => Effect.Effect<A, E>
}

const strengthCheckWith = (client: StytchClient["Service"], password: string) =>
  client.call(Passwords.endpoints.strengthCheck, { password })

const clientOptions = { retry: { baseDelay: "5 millis" }, timeout: "30 seconds" } as const

const variants: ReadonlyArray<Variant> = [
  {
    name: "in-process",
    stack: (secret) => inProcessStack({ secret, client: clientOptions }),
    otherClient: (secret, timeout, control) => (use) =>
      makeClient({ projectId, secret: Redacted.make(secret), baseUrl: "http://emulator.local", retry: false, timeout }).pipe(
        Effect.orDie,
        Effect.flatMap(use),
        Effect.provide(
          FetchHttpClient.layer.pipe(Layer.provide(Layer.succeed(FetchHttpClient.Fetch, (input, init) => control.handler(new Request(input, init)))))
        )
      )
  },
  {
    name: "loopback server",
    stack: (secret) => serverStack({ emulator: { secret }, client: clientOptions }),
    otherClient: (secret, timeout, _, port) => (use) =>
      makeClient({ projectId, secret: Redacted.make(secret), baseUrl: `http://127.0.0.1:${port ?? 0}`, retry: false, timeout }).pipe(
        Effect.orDie,
        Effect.flatMap(use),
        Effect.provide(FetchHttpClient.layer)
      )
  }
]

describe("no secret and no password in logs, spans or rendered errors", () => {
  for (const variant of variants) {
    const runVariant = () => {
      const secret = `secret-test-${randomUUID()}`
      const wrongSecret = `secret-test-${randomUUID()}`
      const passwordsUsed: Array<string> = []
      const captured = capture()
      const program = Effect.gen(function* () {
        const server = yield* Effect.serviceOption(ServerArrivals)
        const port = Option.getOrUndefined(Option.map(server, (found) => found.port))
        const control = yield* StytchEmulator
        const run = yield* scenario(
          (password) => variant.otherClient(wrongSecret, "30 seconds", control, port)((client) => strengthCheckWith(client, password)),
          (password) =>
            variant.otherClient(secret, "300 millis", control, port)((client) =>
              client.call(Passwords.endpoints.create, { email: "slow@example.com", password })
            ),
          passwordsUsed
        )
        return { ...run, arrivals: Option.match(server, { onNone: () => 0, onSome: (found) => found.all().length }) }
      }).pipe(Effect.provide(variant.stack(secret)), Effect.provide(captured.layer))
      return { program, captured, secret, wrongSecret, passwordsUsed }
    }

    it.live(`${variant.name}: every endpoint and error path; neither the secret nor any password anywhere in what was captured`, () => {
      const { captured, passwordsUsed, program, secret, wrongSecret } = runVariant()
      return Effect.gen(function* () {
        const run = yield* program
        for (const tag of expectedTags) expect(run.tags, tag).toContain(tag)
        // Something was captured: the search below is not vacuous.
        expect(captured.spans.length).toBeGreaterThan(100)
        expect(captured.logs.length).toBeGreaterThan(20)
        expect(captured.spans.some((span) => span.name === "http.client POST")).toBe(true)
        // Over loopback, the calls went through the socket server.
        if (variant.name === "loopback server") expect(run.arrivals).toBeGreaterThan(40)
        const secrets = [secret, wrongSecret, basicOf(secret), basicOf(wrongSecret)]
        // About 40 passwords, each searched for whole and by its random core.
        expect(passwordsUsed.length).toBeGreaterThan(60)
        // What a logger and an exporter see: log lines, span names, attributes, events (failures
        // rendered with Cause.pretty); and every rendering of every outcome.
        for (const [where, haystack] of Object.entries({ "logs and spans": captured.everything(), "rendered outcomes": run.renderings.join("\n") })) {
          expect(search(haystack, [...passwordsUsed, ...secrets]), where).toEqual([])
        }
        // Every span's exit serialised whole: no password, no secret, no Basic header.
        expect(search(captured.exits.join("\n"), [...passwordsUsed, ...secrets]), "span exits").toEqual([])
        // The search works: a rendering of the request that carried a password would be found.
        expect(search(`{"password":"${passwordsUsed[0]}"}`, passwordsUsed)).toHaveLength(2)
      })
    }, 60_000)
  }

  // The platform's own http.client span would keep the request, Authorization header included,
  // in its exit; the client turns it off for Stytch calls and makes that span itself around an
  // exit without the request. A tracer that serialises the exit outside a fiber (as
  // test/support/capture.ts does, where the platform's redaction does not apply) sees no header.
  it.live("in-process: the project secret's Basic header is in no span's exit, serialised whole", () => {
    const secret = `secret-test-${randomUUID()}`
    const captured = capture()
    return Effect.gen(function* () {
      yield* Effect.flatMap(Passwords, (passwords) => passwords.strengthCheck({ password: "correct horse battery staple 42" })).pipe(
        Effect.provide(inProcessStack({ secret, client: clientOptions })),
        Effect.provide(captured.layer)
      )
      expect(captured.exits.length).toBeGreaterThan(0)
      expect(search(captured.exits.join("\n"), [basicOf(secret)])).toEqual([])
    })
  })

  // The member session that B2B `require_reset` sends as a header is a bearer credential: no span
  // records it.
  it.live("in-process: the member session token sent as a header is not recorded in any span", () => {
    const captured = capture()
    return Effect.gen(function* () {
      const token = yield* Effect.gen(function* () {
        const b2b = yield* B2BPasswords
        const control = yield* StytchEmulator
        const member = secretWord().value
        yield* Effect.orDie(control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" }))
        yield* Effect.orDie(control.seedMember({ organization_id: "acme", email_address: "ada@acme.example", password: member }))
        const login = yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.example", password: member, session_duration_minutes: 30 })
        if (!login.member_authenticated) return yield* Effect.die("expected a member session")
        yield* b2b.email.requireReset({ email_address: "ada@acme.example", organization_id: "acme", authorization: { session_token: login.session_token } })
        return login.session_token
      }).pipe(Effect.provide(inProcessStack({ client: clientOptions })), Effect.provide(captured.layer))
      expect(captured.spans.some((span) => span.name === "Stytch.b2b.passwords.email.requireReset")).toBe(true)
      expect(search(captured.everything(), [token])).toEqual([])
    })
  })
})
