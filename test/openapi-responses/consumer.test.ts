/**
 * What the emulator actually answers, checked against Stytch's OpenAPI description
 * (test/fixtures/openapi/consumer-passwords.json): every consumer endpoint is driven through
 * the emulator's in-process fetch-style handler with raw Requests and Basic auth, so that each
 * kind of success body is produced (with and without a session, LUDS feedback, migrate
 * creating a user, ...), and each body is validated with ajv against the `200` schema of its
 * path. Every error body is checked against Stytch's error shape, with `status_code` equal to
 * the HTTP status.
 *
 * The tests share one emulator, wiped before each test (users, sessions, reset tokens, outbox,
 * settings and clock back to new; faults cleared), so they do not depend on one another.
 */
import { randomUUID } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { StytchEmulator } from "../../src/emulator/StytchEmulator.js"
import { loadOpenApi } from "../conformance/fixtures.js"
import { challengeOf, makeCalls, md5, type Method, newEmail, redirect, type Reply, replyChecks, sharedEmulator, strong } from "./harness.js"
import { errorShapeProblems, responseValidator } from "../../packages/effect4/test/cases/responseValidator.js"

const doc = loadOpenApi("consumer-passwords")
const validator = responseValidator(doc)
const checks = replyChecks(validator)
const { expectSuccess, expectError } = checks

/** The template path of the OpenAPI an actual path belongs to. */
const jwksTemplate = "/v1/sessions/jwks/{project_id}"

const makeApi = Effect.gen(function* () {
  const calls = yield* makeCalls(checks)
  const { emulator, ok } = calls

  /** A user with a password, and optionally a session. */
  const createUser = (options: { readonly session?: boolean } = {}) =>
    Effect.gen(function* () {
      const email = newEmail("user")
      const password = strong()
      const reply = yield* ok("/v1/passwords", {
        email,
        password,
        ...(options.session === true ? { session_duration_minutes: 60 } : {})
      })
      return { email, password, created: reply.body }
    })

  /** Starts a reset and returns the token the outbox got. */
  const startReset = (email: string, extra: Record<string, unknown> = {}) =>
    Effect.gen(function* () {
      yield* ok("/v1/passwords/email/reset/start", { email, reset_password_redirect_url: redirect, ...extra })
      const token = yield* emulator.latestResetToken(email)
      if (token._tag === "None") return yield* Effect.dieMessage(`no reset email to ${email}`)
      return token.value
    })

  /** Adds a user without a password, through an export and import of the state. */
  const importPasswordlessUser = (email: string) =>
    Effect.gen(function* () {
      const state = yield* emulator.exportState
      const user = {
        user_id: `user-test-${randomUUID()}`,
        created_at: new Date().toISOString(),
        status: "active",
        emails: [{ email_id: `email-test-${randomUUID()}`, email, verified: true }],
        phone_numbers: [],
        roles: []
      }
      yield* Effect.orDie(emulator.importState({ ...state, users: [...state.users, user] }))
      return user
    })

  return { ...calls, createUser, startReset, importPasswordlessUser }
})

type Api = Effect.Effect.Success<typeof makeApi>

/** A test against the shared emulator, wiped first, on the live clock. */
const withEmulator = sharedEmulator(makeApi)

/** A test against an emulator of its own, built in the test's context (so on its clock). */
const withOwnEmulator = <A>(body: (api: Api) => Effect.Effect<A>) =>
  Effect.flatMap(makeApi, body).pipe(Effect.provide(StytchEmulator.layerControl()))

interface Scenario {
  readonly method: Method
  /** The OpenAPI path (template) whose `200` schema the final reply is checked against. */
  readonly path: string
  readonly variant: string
  /** Produces the reply to check (the calls it makes on the way are checked too). */
  readonly run: (api: Api) => Effect.Effect<Reply>
}

const scenarios: ReadonlyArray<Scenario> = [
  {
    method: "POST",
    path: "/v1/passwords",
    variant: "without a session: empty token and JWT, no session",
    run: (api) =>
      Effect.tap(api.post("/v1/passwords", { email: newEmail("create"), password: strong() }), (reply) =>
        Effect.sync(() => {
          expect([reply.body.session_token, reply.body.session_jwt, reply.body.session]).toEqual(["", "", undefined])
        })
      )
  },
  {
    method: "POST",
    path: "/v1/passwords",
    variant: "with a session, custom claims, name and metadata",
    run: (api) =>
      Effect.tap(
        api.post("/v1/passwords", {
          email: newEmail("create"),
          password: strong(),
          session_duration_minutes: 60,
          session_custom_claims: { tier: "gold", nested: { n: 1 } },
          name: { first_name: "Ada", last_name: "Lovelace" },
          trusted_metadata: { plan: "pro" },
          untrusted_metadata: { theme: "dark" }
        }),
        (reply) =>
          Effect.sync(() => {
            expect(reply.body.session.custom_claims).toEqual({ tier: "gold", nested: { n: 1 } })
            expect(reply.body.user.name).toEqual({ first_name: "Ada", last_name: "Lovelace" })
          })
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/authenticate",
    variant: "without a session",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email, password }) =>
        Effect.tap(api.post("/v1/passwords/authenticate", { email, password }), (reply) =>
          Effect.sync(() => expect(reply.body.session).toBeUndefined())
        )
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/authenticate",
    variant: "with a new session",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email, password }) =>
        Effect.tap(api.post("/v1/passwords/authenticate", { email, password, session_duration_minutes: 30 }), (reply) =>
          Effect.sync(() => expect(reply.body.session.authentication_factors).toHaveLength(1))
        )
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/authenticate",
    variant: "extending the session named by session_token",
    run: (api) =>
      Effect.flatMap(api.createUser({ session: true }), ({ created, email, password }) =>
        Effect.tap(api.post("/v1/passwords/authenticate", { email, password, session_token: created.session_token }), (reply) =>
          Effect.sync(() => expect(reply.body.session.session_id).toBe(created.session.session_id))
        )
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/authenticate",
    variant: "extending the session named by session_jwt, with custom claims",
    run: (api) =>
      Effect.flatMap(api.createUser({ session: true }), ({ created, email, password }) =>
        Effect.tap(
          api.post("/v1/passwords/authenticate", {
            email,
            password,
            session_jwt: created.session_jwt,
            session_custom_claims: { role: "admin" }
          }),
          (reply) => Effect.sync(() => expect(reply.body.session.custom_claims).toEqual({ role: "admin" }))
        )
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/strength_check",
    variant: "zxcvbn, weak, with warning and suggestions",
    run: (api) =>
      Effect.tap(api.post("/v1/passwords/strength_check", { password: "password1" }), (reply) =>
        Effect.sync(() => {
          expect(reply.body.valid_password).toBe(false)
          expect(reply.body.feedback.warning).not.toBe("")
          expect(reply.body.feedback.suggestions.length).toBeGreaterThan(0)
        })
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/strength_check",
    variant: "zxcvbn, strong",
    run: (api) =>
      Effect.tap(api.post("/v1/passwords/strength_check", { password: strong(), email: newEmail("check") }), (reply) =>
        Effect.sync(() => expect([reply.body.valid_password, reply.body.score]).toEqual([true, 4]))
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/strength_check",
    variant: "zxcvbn, breached (email given)",
    run: (api) =>
      Effect.tap(api.post("/v1/passwords/strength_check", { password: "password", email: newEmail("check") }), (reply) =>
        Effect.sync(() => expect(reply.body.breached_password).toBe(true))
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/strength_check",
    variant: "LUDS policy, failing, with luds_requirements feedback",
    run: (api) =>
      Effect.gen(function* () {
        yield* Effect.orDie(api.emulator.updateSettings({ strength_policy: "luds" }))
        const reply = yield* api.post("/v1/passwords/strength_check", { password: "abc" })
        expect(reply.body.strength_policy).toBe("luds")
        expect(reply.body.valid_password).toBe(false)
        expect(reply.body.feedback.luds_requirements).toMatchObject({ has_lower_case: true, has_upper_case: false, missing_characters: 5 })
        return reply
      })
  },
  {
    method: "POST",
    path: "/v1/passwords/strength_check",
    variant: "LUDS policy, passing",
    run: (api) =>
      Effect.gen(function* () {
        yield* Effect.orDie(api.emulator.updateSettings({ strength_policy: "luds" }))
        const reply = yield* api.post("/v1/passwords/strength_check", { password: "Abcdef1!" })
        expect(reply.body.valid_password).toBe(true)
        expect(reply.body.feedback.luds_requirements).toMatchObject({ missing_complexity: 0, missing_characters: 0 })
        return reply
      })
  },
  {
    method: "POST",
    path: "/v1/passwords/strength_check",
    variant: "breach detection off",
    run: (api) =>
      Effect.gen(function* () {
        yield* Effect.orDie(api.emulator.updateSettings({ breach_detection_on_create: false }))
        const reply = yield* api.post("/v1/passwords/strength_check", { password: "password", email: newEmail("check") })
        expect([reply.body.breach_detection_on_create, reply.body.breached_password]).toEqual([false, false])
        return reply
      })
  },
  {
    method: "POST",
    path: "/v1/passwords/migrate",
    variant: "creating the user (user_created true), with every optional field",
    run: (api) =>
      Effect.tap(
        api.post("/v1/passwords/migrate", {
          email: newEmail("migrate"),
          hash: md5("pre" + "hunter2-but-longer" + "post"),
          hash_type: "md_5",
          md_5_config: { prepend_salt: "pre", append_salt: "post" },
          set_email_verified: true,
          name: { first_name: "Grace" },
          phone_number: "+12025550123",
          set_phone_number_verified: true,
          external_id: `ext-${randomUUID()}`,
          roles: ["editor"],
          trusted_metadata: { from: "legacy" },
          untrusted_metadata: {}
        }),
        (reply) =>
          Effect.sync(() => {
            expect(reply.body.user_created).toBe(true)
            expect(reply.body.user.phone_numbers).toHaveLength(1)
          })
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/migrate",
    variant: "adding a password to a user without one (user_created false)",
    run: (api) =>
      Effect.gen(function* () {
        const email = newEmail("migrate")
        const user = yield* api.importPasswordlessUser(email)
        const reply = yield* api.post("/v1/passwords/migrate", { email, hash: md5("another-password"), hash_type: "md_5" })
        expect([reply.body.user_created, reply.body.user_id]).toEqual([false, user.user_id])
        return reply
      })
  },
  {
    method: "POST",
    path: "/v1/passwords/email/reset/start",
    variant: "with redirect URLs, expiration, locale, template and code_challenge",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email }) =>
        api.post("/v1/passwords/email/reset/start", {
          email,
          reset_password_redirect_url: redirect,
          login_redirect_url: "https://app.example.com/login",
          reset_password_expiration_minutes: 60,
          locale: "fr",
          reset_password_template_id: "template-reset",
          code_challenge: challengeOf("a-verifier-long-enough-to-be-a-real-one-0123456789")
        })
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/email/reset",
    variant: "without a session",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.createUser()
        const token = yield* api.startReset(email)
        const reply = yield* api.post("/v1/passwords/email/reset", { token, password: strong() })
        expect(reply.body.session_token).toBe("")
        return reply
      })
  },
  {
    method: "POST",
    path: "/v1/passwords/email/reset",
    variant: "with a session, attributes matched, and PKCE",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.createUser()
        const verifier = `verifier-${randomUUID()}`
        const attributes = { ip_address: "203.0.113.7", user_agent: "Mozilla/5.0" }
        const token = yield* api.startReset(email, { code_challenge: challengeOf(verifier), attributes })
        const reply = yield* api.post("/v1/passwords/email/reset", {
          token,
          password: strong(),
          code_verifier: verifier,
          attributes,
          options: { ip_match_required: true, user_agent_match_required: true },
          session_duration_minutes: 15,
          session_custom_claims: { via: "reset" }
        })
        expect(reply.body.session.attributes).toEqual(attributes)
        return reply
      })
  },
  {
    method: "POST",
    path: "/v1/passwords/existing_password/reset",
    variant: "without a session",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email, password }) =>
        api.post("/v1/passwords/existing_password/reset", { email, existing_password: password, new_password: strong() })
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/existing_password/reset",
    variant: "with a session",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email, password }) =>
        Effect.tap(
          api.post("/v1/passwords/existing_password/reset", {
            email,
            existing_password: password,
            new_password: strong(),
            session_duration_minutes: 20
          }),
          (reply) => Effect.sync(() => expect(reply.body.session).toBeDefined())
        )
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/session/reset",
    variant: "by session_token",
    run: (api) =>
      Effect.flatMap(api.createUser({ session: true }), ({ created }) =>
        api.post("/v1/passwords/session/reset", { password: strong(), session_token: created.session_token })
      )
  },
  {
    method: "POST",
    path: "/v1/passwords/session/reset",
    variant: "by session_jwt, extending the session with custom claims",
    run: (api) =>
      Effect.flatMap(api.createUser({ session: true }), ({ created }) =>
        api.post("/v1/passwords/session/reset", {
          password: strong(),
          session_jwt: created.session_jwt,
          session_duration_minutes: 120,
          session_custom_claims: { step: "up" }
        })
      )
  },
  {
    method: "POST",
    path: "/v1/sessions/authenticate",
    variant: "by session_token",
    run: (api) =>
      Effect.flatMap(api.createUser({ session: true }), ({ created }) =>
        api.post("/v1/sessions/authenticate", { session_token: created.session_token })
      )
  },
  {
    method: "POST",
    path: "/v1/sessions/authenticate",
    variant: "by session_jwt, with a new duration and custom claims",
    run: (api) =>
      Effect.flatMap(api.createUser({ session: true }), ({ created }) =>
        api.post("/v1/sessions/authenticate", {
          session_jwt: created.session_jwt,
          session_duration_minutes: 90,
          session_custom_claims: { seen: true }
        })
      )
  },
  {
    method: "POST",
    path: "/v1/sessions/revoke",
    variant: "by session_token",
    run: (api) =>
      Effect.flatMap(api.createUser({ session: true }), ({ created }) =>
        api.post("/v1/sessions/revoke", { session_token: created.session_token })
      )
  },
  {
    method: "POST",
    path: "/v1/sessions/revoke",
    variant: "by session_id",
    run: (api) =>
      Effect.flatMap(api.createUser({ session: true }), ({ created }) =>
        api.post("/v1/sessions/revoke", { session_id: created.session.session_id })
      )
  },
  {
    method: "POST",
    path: "/v1/sessions/revoke",
    variant: "by session_jwt",
    run: (api) =>
      Effect.flatMap(api.createUser({ session: true }), ({ created }) =>
        api.post("/v1/sessions/revoke", { session_jwt: created.session_jwt })
      )
  },
  {
    method: "GET",
    path: jwksTemplate,
    variant: "the project's JWKS, without auth",
    run: (api) =>
      Effect.tap(
        api.send("GET", `/v1/sessions/jwks/${encodeURIComponent(api.emulator.projectId)}`, undefined, { authorization: null }),
        (reply) => Effect.sync(() => expect(reply.body.keys[0]).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig" }))
      )
  }
]

describe("consumer success bodies validate against the OpenAPI 200 schemas", () => {
  it("the scenarios drive every operation of the OpenAPI file", () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`)
    )
    expect(operations.length).toBe(11)
    expect([...new Set(scenarios.map((s) => `${s.method} ${s.path}`))].sort()).toEqual([...operations].sort())
  })

  for (const scenario of scenarios) {
    it.live(`${scenario.method} ${scenario.path}: ${scenario.variant}`, () =>
      withEmulator((api) =>
        Effect.map(scenario.run(api), (reply) => expectSuccess(scenario.method, scenario.path, reply))
      )
    )
  }
})

describe("the validators can fail", () => {
  it("a body missing a required field, or with a wrong type, is rejected by the 200 schema", () => {
    const body = { request_id: "request-id-test-x", status_code: 200, user_id: "u", email_id: "e", session_token: "", session_jwt: "" }
    expect(validator.schemaErrors("POST", "/v1/passwords", body).join("\n")).toMatch(/user/)
    expect(validator.schemaErrors("POST", "/v1/sessions/revoke", { request_id: 1, status_code: 200 })).not.toEqual([])
    expect(validator.schemaErrors("POST", "/v1/sessions/revoke", { request_id: "r", status_code: 2.5 }).join("\n")).toMatch(/int32/)
  })

  it("a field the OpenAPI does not declare is reported, however deep", () => {
    expect(validator.undeclaredFields("POST", "/v1/sessions/revoke", { request_id: "r", status_code: 200, extra: 1 })).toEqual([
      '/: undeclared field "extra"'
    ])
    const keys = { keys: [{ kty: "RSA", use: "sig", key_ops: [], alg: "RS256", kid: "k", x5c: [], x5tS256: "", n: "n", e: "e", d: "private!" }], request_id: "r", status_code: 200 }
    expect(validator.undeclaredFields("GET", jwksTemplate, keys)).toEqual(['/keys/0: undeclared field "d"'])
  })

  it("the OpenAPI's own error examples have Stytch's error shape; a wrong status_code or a missing field does not", () => {
    const examples = Object.values(doc.paths)
      .flatMap((methods) => Object.values(methods))
      .flatMap((operation) => Object.entries(operation.responses ?? {}))
      .flatMap(([status, response]) => {
        const example = (response as { content?: { "application/json"?: { example?: unknown } } }).content?.["application/json"]?.example
        return example === undefined ? [] : [[Number(status), example] as const]
      })
    expect(examples.length).toBeGreaterThan(0)
    for (const [status, example] of examples) expect(errorShapeProblems(status, example)).toEqual([])
    const good = { status_code: 400, request_id: "r", error_type: "weak_password", error_message: "m", error_url: "https://stytch.com/docs/api/errors/400" }
    expect(errorShapeProblems(401, good)).not.toEqual([])
    const { error_url: _, ...missing } = good
    expect(errorShapeProblems(400, missing)).not.toEqual([])
  })
})

interface ErrorScenario {
  readonly label: string
  readonly status: number
  readonly errorType: string
  readonly run: (api: Api) => Effect.Effect<Reply>
}

const postPaths = Object.entries(doc.paths).flatMap(([path, methods]) => ("post" in methods ? [path] : []))

const errorScenarios: ReadonlyArray<ErrorScenario> = [
  ...postPaths.map((path): ErrorScenario => ({
    label: `POST ${path} without credentials`,
    status: 401,
    errorType: "unauthorized_credentials",
    run: (api) => api.post(path, {}, { authorization: null })
  })),
  {
    label: "a wrong secret",
    status: 401,
    errorType: "unauthorized_credentials",
    run: (api) =>
      api.post("/v1/passwords/strength_check", { password: strong() }, {
        authorization: `Basic ${Buffer.from(`${api.emulator.projectId}:secret-test-wrong`).toString("base64")}`
      })
  },
  {
    label: "an unknown path",
    status: 404,
    errorType: "route_not_found",
    run: (api) => api.post("/v1/passwords/nope", {})
  },
  {
    label: "a wrong method",
    status: 405,
    errorType: "method_not_allowed",
    run: (api) => api.send("GET", "/v1/passwords")
  },
  {
    label: "a body that is not JSON",
    status: 400,
    errorType: "invalid_argument",
    run: (api) => api.post("/v1/passwords", undefined, { rawBody: "{not json" })
  },
  {
    label: "a body over 1 MiB",
    status: 413,
    errorType: "request_too_large",
    run: (api) => api.post("/v1/passwords", { email: "a@example.com", password: "x".repeat(1024 * 1024 + 1) })
  },
  {
    label: "create: an invalid email",
    status: 400,
    errorType: "invalid_email",
    run: (api) => api.post("/v1/passwords", { email: "not-an-email", password: strong() })
  },
  {
    label: "create: a missing password",
    status: 400,
    errorType: "invalid_argument",
    run: (api) => api.post("/v1/passwords", { email: newEmail("missing") })
  },
  {
    label: "create: a duplicate email",
    status: 400,
    errorType: "duplicate_email",
    run: (api) => Effect.flatMap(api.createUser(), ({ email }) => api.post("/v1/passwords", { email: email.toUpperCase(), password: strong() }))
  },
  {
    label: "create: a weak password",
    status: 400,
    errorType: "weak_password",
    run: (api) => api.post("/v1/passwords", { email: newEmail("weak"), password: "abc" })
  },
  {
    label: "create: a session duration under 5 minutes",
    status: 400,
    errorType: "invalid_session_duration_minutes",
    run: (api) => api.post("/v1/passwords", { email: newEmail("short"), password: strong(), session_duration_minutes: 4 })
  },
  {
    label: "create: custom claims over 4 KB",
    status: 400,
    errorType: "custom_claims_too_large",
    run: (api) =>
      api.post("/v1/passwords", {
        email: newEmail("claims"),
        password: strong(),
        session_duration_minutes: 60,
        session_custom_claims: { big: "x".repeat(5000) }
      })
  },
  {
    label: "authenticate: an unknown email",
    status: 404,
    errorType: "email_not_found",
    run: (api) => api.post("/v1/passwords/authenticate", { email: newEmail("nobody"), password: strong() })
  },
  {
    label: "authenticate: a wrong password",
    status: 401,
    errorType: "unauthorized_credentials",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email, password }) => api.post("/v1/passwords/authenticate", { email, password: `${password}!` }))
  },
  {
    label: "authenticate: a user without a password",
    status: 400,
    errorType: "no_user_password",
    run: (api) =>
      Effect.gen(function* () {
        const email = newEmail("nopassword")
        yield* api.importPasswordlessUser(email)
        return yield* api.post("/v1/passwords/authenticate", { email, password: strong() })
      })
  },
  {
    label: "authenticate: a password the control API flagged for reset",
    status: 400,
    errorType: "reset_password",
    run: (api) =>
      Effect.gen(function* () {
        const { email, password } = yield* api.createUser()
        yield* Effect.orDie(api.emulator.forceReset(email))
        return yield* api.post("/v1/passwords/authenticate", { email, password })
      })
  },
  {
    label: "authenticate: a session_token that names no session",
    status: 404,
    errorType: "session_not_found",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email, password }) =>
        api.post("/v1/passwords/authenticate", { email, password, session_token: "no-such-token" })
      )
  },
  {
    label: "migrate: a user who already has a password",
    status: 400,
    errorType: "password_already_exists",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email }) => api.post("/v1/passwords/migrate", { email, hash: md5("x"), hash_type: "md_5" }))
  },
  {
    label: "migrate: a malformed MD5 hash",
    status: 400,
    errorType: "invalid_hash",
    run: (api) => api.post("/v1/passwords/migrate", { email: newEmail("migrate"), hash: "zz", hash_type: "md_5" })
  },
  {
    label: "reset start: an unknown email",
    status: 404,
    errorType: "email_not_found",
    run: (api) =>
      api.post("/v1/passwords/email/reset/start", { email: newEmail("nobody"), reset_password_redirect_url: redirect })
  },
  {
    label: "reset start: no redirect URL and no project default",
    status: 400,
    errorType: "no_password_reset_redirect_url",
    run: (api) => Effect.flatMap(api.createUser(), ({ email }) => api.post("/v1/passwords/email/reset/start", { email }))
  },
  {
    label: "reset start: a redirect URL that is not a URL",
    status: 400,
    errorType: "invalid_password_reset_redirect_url",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email }) =>
        api.post("/v1/passwords/email/reset/start", { email, reset_password_redirect_url: "not a url" })
      )
  },
  {
    label: "reset start: an expiration under 5 minutes",
    status: 400,
    errorType: "invalid_expiration",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email }) =>
        api.post("/v1/passwords/email/reset/start", { email, reset_password_redirect_url: redirect, reset_password_expiration_minutes: 4 })
      )
  },
  {
    label: "reset: an unknown token",
    status: 401,
    errorType: "unable_to_auth_password_reset_token",
    run: (api) => api.post("/v1/passwords/email/reset", { token: "no-such-token", password: strong() })
  },
  {
    label: "reset: an expired token",
    status: 401,
    errorType: "unable_to_auth_password_reset_token",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.createUser()
        const token = yield* api.startReset(email)
        yield* Effect.orDie(api.emulator.advanceClock("31 minutes"))
        return yield* api.post("/v1/passwords/email/reset", { token, password: strong() })
      })
  },
  {
    label: "reset: a code_challenge but no code_verifier",
    status: 400,
    errorType: "pkce_expected_code_verifier",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.createUser()
        const token = yield* api.startReset(email, { code_challenge: challengeOf("v") })
        return yield* api.post("/v1/passwords/email/reset", { token, password: strong() })
      })
  },
  {
    label: "reset: a code_verifier but no code_challenge",
    status: 400,
    errorType: "pkce_did_not_expect_code_verifier",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.createUser()
        const token = yield* api.startReset(email)
        return yield* api.post("/v1/passwords/email/reset", { token, password: strong(), code_verifier: "v" })
      })
  },
  {
    label: "reset: a code_verifier that does not match",
    status: 400,
    errorType: "pkce_mismatch",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.createUser()
        const token = yield* api.startReset(email, { code_challenge: challengeOf("right") })
        return yield* api.post("/v1/passwords/email/reset", { token, password: strong(), code_verifier: "wrong" })
      })
  },
  {
    label: "reset: another IP address when ip_match_required",
    status: 401,
    errorType: "attribute_mismatch",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.createUser()
        const token = yield* api.startReset(email, { attributes: { ip_address: "203.0.113.7" } })
        return yield* api.post("/v1/passwords/email/reset", {
          token,
          password: strong(),
          attributes: { ip_address: "198.51.100.1" },
          options: { ip_match_required: true, user_agent_match_required: false }
        })
      })
  },
  {
    label: "existing password reset: a wrong existing password",
    status: 401,
    errorType: "unauthorized_credentials",
    run: (api) =>
      Effect.flatMap(api.createUser(), ({ email, password }) =>
        api.post("/v1/passwords/existing_password/reset", { email, existing_password: `${password}!`, new_password: strong() })
      )
  },
  {
    label: "session reset: no session argument",
    status: 400,
    errorType: "no_session_arguments",
    run: (api) => api.post("/v1/passwords/session/reset", { password: strong() })
  },
  {
    label: "session reset: a session older than 5 minutes",
    status: 400,
    errorType: "session_too_old_to_reset_password",
    run: (api) =>
      Effect.gen(function* () {
        const { created } = yield* api.createUser({ session: true })
        yield* Effect.orDie(api.emulator.advanceClock("6 minutes"))
        return yield* api.post("/v1/passwords/session/reset", { password: strong(), session_token: created.session_token })
      })
  },
  {
    label: "sessions authenticate: no session argument",
    status: 400,
    errorType: "no_session_arguments",
    run: (api) => api.post("/v1/sessions/authenticate", {})
  },
  {
    label: "sessions authenticate: an expired session",
    status: 404,
    errorType: "session_not_found",
    run: (api) =>
      Effect.gen(function* () {
        const { created } = yield* api.createUser({ session: true })
        yield* Effect.orDie(api.emulator.advanceClock("61 minutes"))
        return yield* api.post("/v1/sessions/authenticate", { session_token: created.session_token })
      })
  },
  {
    label: "sessions revoke: an unknown session",
    status: 404,
    errorType: "session_not_found",
    run: (api) => api.post("/v1/sessions/revoke", { session_id: "session-test-00000000-0000-4000-8000-000000000000" })
  },
  {
    label: "JWKS of another project",
    status: 404,
    errorType: "project_not_found",
    run: (api) => api.send("GET", "/v1/sessions/jwks/project-test-someone-else", undefined, { authorization: null })
  },
  {
    label: "an injected 503 fault, with Retry-After",
    status: 503,
    errorType: "server_unavailable",
    run: (api) =>
      Effect.gen(function* () {
        yield* Effect.orDie(api.emulator.injectFault({ path: "/v1/passwords/authenticate", kind: "status", status: 503, retry_after: "2", times: 1 }))
        const reply = yield* api.post("/v1/passwords/authenticate", { email: newEmail("fault"), password: strong() })
        expect(reply.headers.get("retry-after")).toBe("2")
        return reply
      })
  }
]

describe("consumer error bodies have Stytch's error shape", () => {
  for (const scenario of errorScenarios) {
    it.live(`${scenario.status} ${scenario.errorType}: ${scenario.label}`, () =>
      withEmulator((api) => Effect.map(scenario.run(api), (reply) => expectError(reply, scenario.status, scenario.errorType)))
    )
  }

  // On the TestClock the emulator's clock stands still, so the second call is in the same
  // second as the first whatever the machine does: the rate limit is hit deterministically.
  it.effect("429 too_many_requests: migrate over the per-second limit, with Retry-After", () =>
    withOwnEmulator((api) =>
      Effect.gen(function* () {
        yield* Effect.orDie(api.emulator.updateSettings({ migrate_rate_limit_per_second: 1 }))
        const first = yield* api.post("/v1/passwords/migrate", { email: newEmail("rate"), hash: md5("a"), hash_type: "md_5" })
        expectSuccess("POST", "/v1/passwords/migrate", first)
        // Under the TestClock the emulator's time is today's date, and stands still: both calls fall in one second.
        expect(Date.parse(first.body.user.created_at)).toBeGreaterThan(Date.parse("2025-01-01T00:00:00.000Z"))
        const second = yield* api.post("/v1/passwords/migrate", { email: newEmail("rate"), hash: md5("b"), hash_type: "md_5" })
        expectError(second, 429, "too_many_requests")
        expect(second.headers.get("retry-after")).toBe("1")
      })
    )
  )
})
