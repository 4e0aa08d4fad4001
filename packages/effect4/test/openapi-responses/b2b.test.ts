/**
 * What the emulator answers on the B2B paths, checked against Stytch's OpenAPI description
 * (test/fixtures/openapi/b2b-passwords.json): every B2B Passwords endpoint is driven through
 * the emulator's in-process fetch-style handler with raw Requests and Basic auth, so that each
 * kind of success body is produced (both MFA outcomes where a login can end either way,
 * discovery, migrate creating a member, ...), and each body is validated with ajv against the
 * `200` schema of its path, as written and for fields the OpenAPI does not declare. Every
 * error body is checked against Stytch's error shape, with `status_code` equal to the HTTP
 * status.
 *
 * The tests share one emulator, wiped before each test, so they do not depend on one another.
 */
import { randomUUID } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { loadOpenApi } from "../conformance/fixtures.js"
import { type Body, challengeOf, clientReadings, makeCalls, md5, type Method, newEmail, redirect, type Reply, replyChecks, sharedEmulator, strong } from "./harness.js"
import { responseValidator } from "../cases/responseValidator.js"

const doc = loadOpenApi("b2b-passwords")
const validator = responseValidator(doc)
// expectError checks error_url against https://stytch.com/docs/api/errors/<status>#<type>:
// the OpenAPI's own B2B error examples use the same /docs/api/errors/<status> pages.
const checks = replyChecks(validator)
const { expectSuccess, expectError } = checks

const jwksTemplate = "/v1/b2b/sessions/jwks/{project_id}"

const makeApi = Effect.gen(function* () {
  const calls = yield* makeCalls(checks)
  const { emulator, ok } = calls

  /** An organization with a fresh slug; MFA required when asked. */
  const organization = (options: { readonly mfa?: boolean; readonly restricted?: boolean } = {}) =>
    Effect.orDie(
      emulator.seedOrganization({
        organization_name: "Org",
        organization_slug: `org-${randomUUID().slice(0, 8)}`,
        organization_external_id: `ext-${randomUUID().slice(0, 8)}`,
        trusted_metadata: { tier: "gold" },
        ...(options.mfa === true ? { mfa_policy: "REQUIRED_FOR_ALL" as const } : {}),
        ...(options.restricted === true ? { auth_methods: "RESTRICTED" as const, allowed_auth_methods: ["sso"] } : {})
      })
    )

  /** A member with a password in a new organization (or the one given). */
  const member = (options: { readonly mfa?: boolean; readonly enrolled?: boolean; readonly organization_id?: string; readonly email?: string } = {}) =>
    Effect.gen(function* () {
      const organization_id = options.organization_id ?? (yield* organization({ ...(options.mfa === undefined ? {} : { mfa: options.mfa }) })).organization_id
      const email = options.email ?? newEmail("member")
      const password = strong()
      const seeded = yield* Effect.orDie(
        emulator.seedMember({
          organization_id,
          email_address: email,
          password,
          name: "Ada",
          roles: ["editor"],
          ...(options.enrolled === true ? { mfa_enrolled: true, mfa_phone_number: "+12025550162" } : {})
        })
      )
      return { organization_id, email, password, member: seeded }
    })

  /** Logs a member of an organization without MFA in; the body of that login. */
  const login = (m: { readonly organization_id: string; readonly email: string; readonly password: string }) =>
    Effect.map(ok("/v1/b2b/passwords/authenticate", { organization_id: m.organization_id, email_address: m.email, password: m.password }), (r) => r.body)

  /** Starts an organization reset and returns the token the outbox got. */
  const startReset = (m: { readonly organization_id: string; readonly email: string }, extra: Record<string, unknown> = {}) =>
    Effect.gen(function* () {
      yield* ok("/v1/b2b/passwords/email/reset/start", { organization_id: m.organization_id, email_address: m.email, reset_password_redirect_url: redirect, ...extra })
      const token = yield* emulator.latestResetToken(m.email)
      if (token._tag === "None") return yield* Effect.die(`no reset email to ${m.email}`)
      return token.value
    })

  const crossOrg = Effect.orDie(emulator.updateSettings({ cross_org_passwords_enabled: true }))

  /** One email in three organizations: no MFA, MFA required, another password; cross-org on. */
  const memberships = Effect.gen(function* () {
    yield* crossOrg
    const email = newEmail("discover")
    const open = yield* member({ email })
    yield* member({ email, mfa: true })
    const other = yield* member({ email })
    return { email, password: open.password, otherPassword: other.password }
  })

  return { ...calls, organization, member, login, startReset, crossOrg, memberships }
})

type Api = Effect.Success<typeof makeApi>

/** A test against the shared emulator, wiped first. */
const withEmulator = sharedEmulator(makeApi)

interface Scenario {
  readonly method: Method
  /** The OpenAPI path (template) whose `200` schema the final reply is checked against. */
  readonly path: string
  readonly variant: string
  readonly run: (api: Api) => Effect.Effect<Reply>
}

/** Asserts on a reply and passes it on. */
const check = (assert: (body: Body) => void) => (reply: Reply) => Effect.sync(() => assert(reply.body))

const scenarios: ReadonlyArray<Scenario> = [
  {
    method: "POST",
    path: "/v1/b2b/passwords/strength_check",
    variant: "zxcvbn, weak: zxcvbn_feedback",
    run: (api) =>
      Effect.tap(
        api.post("/v1/b2b/passwords/strength_check", { password: "password1", email_address: newEmail("check") }),
        check((body) => {
          expect([body.valid_password, body.breached_password]).toEqual([false, true])
          expect(body.zxcvbn_feedback.warning).not.toBe("")
          expect(body.luds_feedback).toBeUndefined()
        })
      )
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/strength_check",
    variant: "zxcvbn, strong",
    run: (api) =>
      Effect.tap(api.post("/v1/b2b/passwords/strength_check", { password: strong() }), check((body) => expect(body.valid_password).toBe(true)))
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/strength_check",
    variant: "LUDS: luds_feedback",
    run: (api) =>
      Effect.gen(function* () {
        yield* Effect.orDie(api.emulator.updateSettings({ strength_policy: "luds" }))
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/strength_check", { password: "abc" }),
          check((body) => {
            expect(body.luds_feedback.missing_characters).toBe(5)
            expect(body.zxcvbn_feedback).toBeUndefined()
          })
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/migrate",
    variant: "a new member (member_created true), with name, metadata, roles and an external id",
    run: (api) =>
      Effect.gen(function* () {
        const { organization_id } = yield* api.organization()
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/migrate", {
            organization_id,
            email_address: newEmail("migrated"),
            hash: md5("legacy password"),
            hash_type: "md_5",
            name: "Linus",
            trusted_metadata: { legacy_id: 7 },
            untrusted_metadata: { theme: "dark" },
            roles: ["editor"],
            external_id: `legacy-${randomUUID().slice(0, 8)}`,
            mfa_phone_number: "+12025550162"
          }),
          check((body) => {
            expect(body.member_created).toBe(true)
            expect(body.member.email_address_verified).toBe(true)
          })
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/migrate",
    variant: "an existing member without a password (member_created false)",
    run: (api) =>
      Effect.gen(function* () {
        const { organization_id } = yield* api.organization()
        const email = newEmail("passwordless")
        yield* Effect.orDie(api.emulator.seedMember({ organization_id, email_address: email }))
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/migrate", { organization_id, email_address: email, hash: md5("x"), hash_type: "md_5" }),
          check((body) => expect(body.member_created).toBe(false))
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/authenticate",
    variant: "authenticated: a new 60-minute member session",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/authenticate", { organization_id: m.organization_id, email_address: m.email, password: m.password }),
          check((body) => {
            expect(body.member_authenticated).toBe(true)
            expect(body.intermediate_session_token).toBe("")
            expect(body.member_session).toBeDefined()
          })
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/authenticate",
    variant: "authenticated: extending the session named by session_jwt, with custom claims",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const first = yield* api.login(m)
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/authenticate", {
            organization_id: m.organization_id,
            email_address: m.email,
            password: m.password,
            session_jwt: first.session_jwt,
            session_custom_claims: { plan: "pro" }
          }),
          check((body) => {
            expect(body.member_session.member_session_id).toBe(first.member_session.member_session_id)
            expect(body.member_session.custom_claims).toEqual({ plan: "pro" })
          })
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/authenticate",
    variant: "pending: MFA required for all, mfa_required and an intermediate session token",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member({ mfa: true })
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/authenticate", { organization_id: m.organization_id, email_address: m.email, password: m.password, session_duration_minutes: 60 }),
          check((body) => {
            expect(body.member_authenticated).toBe(false)
            expect([body.session_token, body.session_jwt, body.member_session]).toEqual(["", "", undefined])
            expect(body.intermediate_session_token).not.toBe("")
            expect(body.mfa_required).toBeDefined()
          })
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/authenticate",
    variant: "pending: a member enrolled in MFA, with their phone in member_options",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member({ enrolled: true })
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/authenticate", { organization_id: m.organization_id, email_address: m.email, password: m.password }),
          check((body) => expect(body.mfa_required.member_options.mfa_phone_number).toBe("+12025550162"))
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/email/reset/start",
    variant: "with PKCE, locale and a login redirect",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        return yield* api.post("/v1/b2b/passwords/email/reset/start", {
          organization_id: m.organization_id,
          email_address: m.email,
          reset_password_redirect_url: redirect,
          login_redirect_url: "https://app.example.com/login",
          code_challenge: challengeOf("verifier-0123456789-0123456789-0123456789"),
          locale: "pt-br"
        })
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/email/reset",
    variant: "authenticated, with PKCE and a session duration",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const verifier = `verifier-${randomUUID()}`
        const token = yield* api.startReset(m, { code_challenge: challengeOf(verifier) })
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/email/reset", { password_reset_token: token, password: strong(), code_verifier: verifier, session_duration_minutes: 15 }),
          check((body) => expect(body.member_authenticated).toBe(true))
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/email/reset",
    variant: "pending: the organization requires MFA",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member({ mfa: true })
        const token = yield* api.startReset(m)
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/email/reset", { password_reset_token: token, password: strong() }),
          check((body) => expect([body.member_authenticated, body.session_token]).toEqual([false, ""]))
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/email/require_reset",
    variant: "one member of an organization, with the member session in the headers",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const session = yield* api.login(m)
        return yield* Effect.tap(
          api.post(
            "/v1/b2b/passwords/email/require_reset",
            { organization_id: m.organization_id, email_address: m.email },
            { headers: { "X-Stytch-Member-Session": session.session_token, "X-Stytch-Member-SessionJWT": session.session_jwt } }
          ),
          check((body) => expect(body.member_id).toBe(m.member.member_id))
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/email/require_reset",
    variant: "every membership of the email (cross-org), no organization named",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.memberships
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/email/require_reset", { email_address: email }),
          check((body) => expect(body.member).toBeUndefined())
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/session/reset",
    variant: "by session_token",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const session = yield* api.login(m)
        return yield* api.post("/v1/b2b/passwords/session/reset", { organization_id: m.organization_id, password: strong(), session_token: session.session_token })
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/session/reset",
    variant: "by session_jwt, extending the session with custom claims",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const session = yield* api.login(m)
        return yield* api.post("/v1/b2b/passwords/session/reset", {
          organization_id: m.organization_id,
          password: strong(),
          session_jwt: session.session_jwt,
          session_duration_minutes: 120,
          session_custom_claims: { step: "up" }
        })
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/existing_password/reset",
    variant: "authenticated",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        return yield* api.post("/v1/b2b/passwords/existing_password/reset", {
          organization_id: m.organization_id,
          email_address: m.email,
          existing_password: m.password,
          new_password: strong(),
          session_duration_minutes: 20
        })
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/existing_password/reset",
    variant: "pending: the organization requires MFA",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member({ mfa: true })
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/existing_password/reset", {
            organization_id: m.organization_id,
            email_address: m.email,
            existing_password: m.password,
            new_password: strong()
          }),
          check((body) => expect(body.member_authenticated).toBe(false))
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/discovery/authenticate",
    variant: "three organizations: authenticated, MFA required, primary factor required",
    run: (api) =>
      Effect.gen(function* () {
        const { email, password } = yield* api.memberships
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/discovery/authenticate", { email_address: email, password }),
          check((body) => {
            expect(body.discovered_organizations.map((o: Body) => o.member_authenticated)).toEqual([true, false, false])
            expect(body.discovered_organizations[1].mfa_required).toBeDefined()
            expect(body.discovered_organizations[2].primary_required).toEqual({ allowed_auth_methods: ["password"] })
          })
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/discovery/email/reset/start",
    variant: "with PKCE and a discovery redirect",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.memberships
        return yield* api.post("/v1/b2b/passwords/discovery/email/reset/start", {
          email_address: email,
          reset_password_redirect_url: redirect,
          discovery_redirect_url: "https://app.example.com/discover",
          pkce_code_challenge: challengeOf("verifier-0123456789-0123456789-0123456789")
        })
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/passwords/discovery/email/reset",
    variant: "every membership reset, with PKCE",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.memberships
        const verifier = `verifier-${randomUUID()}`
        yield* api.ok("/v1/b2b/passwords/discovery/email/reset/start", { email_address: email, reset_password_redirect_url: redirect, pkce_code_challenge: challengeOf(verifier) })
        const token = yield* api.emulator.latestResetToken(email)
        if (token._tag === "None") return yield* Effect.die("no discovery reset email")
        return yield* Effect.tap(
          api.post("/v1/b2b/passwords/discovery/email/reset", { password_reset_token: token.value, password: strong(), pkce_code_verifier: verifier }),
          check((body) => expect(body.discovered_organizations.map((o: Body) => o.member_authenticated)).toEqual([true, false, true]))
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/sessions/authenticate",
    variant: "a member session by token, extended, with its member and organization",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const first = yield* api.login(m)
        return yield* Effect.tap(
          api.post("/v1/b2b/sessions/authenticate", { session_token: first.session_token, session_duration_minutes: 90 }),
          check((body) => {
            expect(body.member_session.member_session_id).toBe(first.member_session.member_session_id)
            expect(body.session_token).toBe(first.session_token)
          })
        )
      })
  },
  {
    method: "POST",
    path: "/v1/b2b/sessions/revoke",
    variant: "every session of a member",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const first = yield* api.login(m)
        return yield* api.post("/v1/b2b/sessions/revoke", { member_id: first.member_session.member_id })
      })
  },
  {
    method: "GET",
    path: jwksTemplate,
    variant: "the project's keys, without auth",
    run: (api) => api.send("GET", `/v1/b2b/sessions/jwks/${api.emulator.projectId}`, undefined, { authorization: null })
  }
]

/** Operations of the OpenAPI file the emulator does not serve: none. */
const notServed: ReadonlyArray<string> = []

describe("B2B success bodies validate against the OpenAPI 200 schemas", () => {
  it("the scenarios drive every B2B Passwords operation of the OpenAPI file and the B2B JWKS", () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`)
    )
    expect(operations.length).toBe(14)
    expect([...new Set(scenarios.map((s) => `${s.method} ${s.path}`))].sort()).toEqual(
      operations.filter((operation) => !notServed.includes(operation)).sort()
    )
  })

  for (const scenario of scenarios) {
    it.live(`${scenario.method} ${scenario.path}: ${scenario.variant}`, () =>
      withEmulator((api) => Effect.map(scenario.run(api), (reply) => expectSuccess(scenario.method, scenario.path, reply)))
    )
  }
})

describe("the B2B validators can fail", () => {
  it("a pending body missing intermediate_session_token, or an organization with a wrong type, is rejected", () => {
    const body = { request_id: "r", status_code: 200, member_id: "m", organization_id: "o", session_token: "", session_jwt: "", member_authenticated: false }
    expect(validator.schemaErrors("POST", "/v1/b2b/passwords/authenticate", body).join("\n")).toMatch(/intermediate_session_token/)
    expect(
      validator.schemaErrors("POST", "/v1/b2b/passwords/discovery/authenticate", {
        request_id: "r",
        status_code: 200,
        email_address: "a@example.com",
        intermediate_session_token: "t",
        discovered_organizations: [{ member_authenticated: "yes" }]
      })
    ).not.toEqual([])
  })

  it("a field the OpenAPI does not declare is reported, however deep", () => {
    const body = {
      request_id: "r",
      status_code: 200,
      email_address: "a@example.com",
      intermediate_session_token: "t",
      discovered_organizations: [{ member_authenticated: true, membership: { type: "active_member", surprise: 1 } }],
      intermediate_session_token_expires_at: "2030-01-01T00:00:00Z"
    }
    expect([...validator.undeclaredFields("POST", "/v1/b2b/passwords/discovery/authenticate", body)].sort()).toEqual([
      '/: undeclared field "intermediate_session_token_expires_at"',
      '/discovered_organizations/0/membership: undeclared field "surprise"'
    ])
  })
})

interface ErrorScenario {
  readonly label: string
  readonly status: number
  readonly errorType: string
  readonly run: (api: Api) => Effect.Effect<Reply>
}

const b2bPostPaths = Object.entries(doc.paths).flatMap(([path, methods]) =>
  path.startsWith("/v1/b2b/passwords/") && "post" in methods ? [path] : []
)

const errorScenarios: ReadonlyArray<ErrorScenario> = [
  ...b2bPostPaths.map((path): ErrorScenario => ({
    label: `POST ${path} without credentials`,
    status: 401,
    errorType: "unauthorized_credentials",
    run: (api) => api.send("POST", path, {}, { authorization: null })
  })),
  {
    label: "authenticate: an unknown organization",
    status: 404,
    errorType: "organization_not_found",
    run: (api) => api.post("/v1/b2b/passwords/authenticate", { organization_id: "nowhere", email_address: newEmail("x"), password: strong() })
  },
  {
    label: "authenticate: an unknown member",
    status: 404,
    errorType: "member_not_found",
    run: (api) =>
      Effect.flatMap(api.organization(), ({ organization_id }) =>
        api.post("/v1/b2b/passwords/authenticate", { organization_id, email_address: newEmail("x"), password: strong() })
      )
  },
  {
    label: "authenticate: a member without a password",
    status: 404,
    errorType: "member_password_not_found",
    run: (api) =>
      Effect.gen(function* () {
        const { organization_id } = yield* api.organization()
        const email = newEmail("nopass")
        yield* Effect.orDie(api.emulator.seedMember({ organization_id, email_address: email }))
        return yield* api.post("/v1/b2b/passwords/authenticate", { organization_id, email_address: email, password: strong() })
      })
  },
  {
    label: "authenticate: a wrong password",
    status: 401,
    errorType: "unauthorized_credentials",
    run: (api) =>
      Effect.flatMap(api.member(), (m) =>
        api.post("/v1/b2b/passwords/authenticate", { organization_id: m.organization_id, email_address: m.email, password: `${m.password}!` })
      )
  },
  {
    label: "authenticate: a breached password",
    status: 400,
    errorType: "member_reset_password",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        yield* api.emulator.markBreached(m.password)
        return yield* api.post("/v1/b2b/passwords/authenticate", { organization_id: m.organization_id, email_address: m.email, password: m.password })
      })
  },
  {
    label: "authenticate: an organization that does not allow passwords",
    status: 403,
    errorType: "operation_restricted_by_organization_auth_methods",
    run: (api) =>
      Effect.gen(function* () {
        const { organization_id } = yield* api.organization({ restricted: true })
        const m = yield* api.member({ organization_id })
        return yield* api.post("/v1/b2b/passwords/authenticate", { organization_id, email_address: m.email, password: m.password })
      })
  },
  {
    label: "authenticate: an unknown intermediate session token",
    status: 404,
    errorType: "intermediate_session_not_found",
    run: (api) =>
      Effect.flatMap(api.member(), (m) =>
        api.post("/v1/b2b/passwords/authenticate", { organization_id: m.organization_id, email_address: m.email, password: m.password, intermediate_session_token: "nope" })
      )
  },
  {
    label: "authenticate: a bad session_duration_minutes",
    status: 400,
    errorType: "invalid_session_duration_minutes",
    run: (api) =>
      Effect.flatMap(api.member(), (m) =>
        api.post("/v1/b2b/passwords/authenticate", { organization_id: m.organization_id, email_address: m.email, password: m.password, session_duration_minutes: 2 })
      )
  },
  {
    label: "migrate: the member already has a password",
    status: 400,
    errorType: "password_already_exists",
    run: (api) =>
      Effect.flatMap(api.member(), (m) =>
        api.post("/v1/b2b/passwords/migrate", { organization_id: m.organization_id, email_address: m.email, hash: md5("x"), hash_type: "md_5" })
      )
  },
  {
    label: "email reset: a spent token",
    status: 401,
    errorType: "unable_to_auth_password_reset_token",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const token = yield* api.startReset(m)
        yield* api.ok("/v1/b2b/passwords/email/reset", { password_reset_token: token, password: strong() })
        return yield* api.post("/v1/b2b/passwords/email/reset", { password_reset_token: token, password: strong() })
      })
  },
  {
    label: "email reset: a PKCE challenge and no verifier",
    status: 400,
    errorType: "pkce_expected_code_verifier",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const token = yield* api.startReset(m, { code_challenge: challengeOf(`verifier-${randomUUID()}`) })
        return yield* api.post("/v1/b2b/passwords/email/reset", { password_reset_token: token, password: strong() })
      })
  },
  {
    label: "email reset: a weak password",
    status: 400,
    errorType: "weak_password",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const token = yield* api.startReset(m)
        return yield* api.post("/v1/b2b/passwords/email/reset", { password_reset_token: token, password: "password1" })
      })
  },
  {
    label: "require reset: a member session header that matches nothing",
    status: 404,
    errorType: "session_not_found",
    run: (api) =>
      Effect.flatMap(api.member(), (m) =>
        api.post("/v1/b2b/passwords/email/require_reset", { organization_id: m.organization_id, email_address: m.email }, { headers: { "X-Stytch-Member-Session": "nope" } })
      )
  },
  {
    label: "existing password reset: the same password again",
    status: 400,
    errorType: "cannot_reset_password_with_existing_password",
    run: (api) =>
      Effect.flatMap(api.member(), (m) =>
        api.post("/v1/b2b/passwords/existing_password/reset", {
          organization_id: m.organization_id,
          email_address: m.email,
          existing_password: m.password,
          new_password: m.password
        })
      )
  },
  {
    label: "session reset: no session argument",
    status: 400,
    errorType: "no_session_arguments",
    run: (api) => Effect.flatMap(api.organization(), ({ organization_id }) => api.post("/v1/b2b/passwords/session/reset", { organization_id, password: strong() }))
  },
  {
    label: "session reset: a session older than 5 minutes",
    status: 400,
    errorType: "session_too_old_to_reset_password",
    run: (api) =>
      Effect.gen(function* () {
        const m = yield* api.member()
        const session = yield* api.login(m)
        yield* Effect.orDie(api.emulator.advanceClock("6 minutes"))
        return yield* api.post("/v1/b2b/passwords/session/reset", { organization_id: m.organization_id, password: strong(), session_token: session.session_token })
      })
  },
  {
    label: "discovery authenticate: cross-org passwords off",
    status: 400,
    errorType: "cross_org_passwords_not_enabled",
    run: (api) => api.post("/v1/b2b/passwords/discovery/authenticate", { email_address: newEmail("x"), password: strong() })
  },
  {
    label: "discovery authenticate: an unknown email",
    status: 404,
    errorType: "email_not_found",
    run: (api) => Effect.andThen(api.crossOrg, api.post("/v1/b2b/passwords/discovery/authenticate", { email_address: newEmail("x"), password: strong() }))
  },
  {
    label: "discovery reset start: cross-org passwords off",
    status: 400,
    errorType: "cross_org_passwords_not_enabled",
    run: (api) => api.post("/v1/b2b/passwords/discovery/email/reset/start", { email_address: newEmail("x"), reset_password_redirect_url: redirect })
  },
  {
    label: "discovery reset: a PKCE verifier that does not match",
    status: 400,
    errorType: "pkce_mismatch",
    run: (api) =>
      Effect.gen(function* () {
        const { email } = yield* api.memberships
        yield* api.ok("/v1/b2b/passwords/discovery/email/reset/start", {
          email_address: email,
          reset_password_redirect_url: redirect,
          pkce_code_challenge: challengeOf(`verifier-${randomUUID()}`)
        })
        const token = yield* api.emulator.latestResetToken(email)
        if (token._tag === "None") return yield* Effect.die("no discovery reset email")
        return yield* api.post("/v1/b2b/passwords/discovery/email/reset", {
          password_reset_token: token.value,
          password: strong(),
          pkce_code_verifier: `other-${randomUUID()}`
        })
      })
  },
  {
    label: "B2B JWKS of another project",
    status: 404,
    errorType: "project_not_found",
    run: (api) => api.send("GET", "/v1/b2b/sessions/jwks/project-test-someone-else", undefined, { authorization: null })
  }
]

describe("B2B error bodies have Stytch's error shape", () => {
  for (const scenario of errorScenarios) {
    it.live(`${scenario.status} ${scenario.errorType}: ${scenario.label}`, () =>
      withEmulator((api) => Effect.map(scenario.run(api), (reply) => expectError(reply, scenario.status, scenario.errorType)))
    )
  }
})

// Runs last (the tests of a file run in order): every answer above was also replayed to this
// line's client (harness.ts); each endpoint of this file had at least one success decoded.
describe("this line's client read the answers", () => {
  it("decoded a 200 of every endpoint this file drives", () => {
    const endpoints = ["b2b.passwords.authenticate", "b2b.passwords.strengthCheck", "b2b.passwords.migrate", "b2b.passwords.email.resetStart", "b2b.passwords.email.reset", "b2b.passwords.email.requireReset", "b2b.passwords.sessions.reset", "b2b.passwords.existingPassword.reset", "b2b.passwords.discovery.authenticate", "b2b.passwords.discovery.email.resetStart", "b2b.passwords.discovery.email.reset", "b2b.sessions.authenticate", "b2b.sessions.revoke", "b2b.sessions.getJWKS"]
    expect(endpoints.filter((name) => clientReadings.get(name)?.has("ok") !== true)).toEqual([])
  })
})
