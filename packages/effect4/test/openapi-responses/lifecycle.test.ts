/**
 * What the emulator answers to the GET and DELETE endpoints, checked against Stytch's OpenAPI
 * descriptions (test/fixtures/openapi/consumer-users-sessions.json and b2b-sessions.json):
 * each body validated with ajv against the `200` schema of its path (as written, and for
 * fields it does not declare), each error body against Stytch's error shape.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { loadOpenApi } from "../conformance/fixtures.js"
import { clientReadings, makeCalls, md5, type Method, newEmail, type Reply, replyChecks, sharedEmulator, strong } from "./harness.js"
import { responseValidator } from "../cases/responseValidator.js"

const consumerDoc = loadOpenApi("consumer-users-sessions")
const b2bDoc = loadOpenApi("b2b-sessions")
const consumer = replyChecks(responseValidator(consumerDoc))
const b2b = replyChecks(responseValidator(b2bDoc))

const makeApi = Effect.gen(function* () {
  const calls = yield* makeCalls(consumer)
  const { emulator, send } = calls

  /** A user with a password and a session, made over raw HTTP. */
  const createUser = (extra: Record<string, unknown> = {}) =>
    Effect.gen(function* () {
      const reply = yield* send("POST", "/v1/passwords", { email: newEmail("user"), password: strong(), session_duration_minutes: 60, ...extra })
      expect(reply.status).toBe(200)
      return reply.body
    })

  /** The acme organization with Ada, logged in once; her member id and session token. */
  const seedAda = Effect.gen(function* () {
    const organization = yield* Effect.orDie(emulator.seedOrganization({ organization_name: "Acme", organization_slug: "acme" }))
    const password = strong()
    const member = yield* Effect.orDie(emulator.seedMember({ organization_id: "acme", email_address: "ada@acme.com", password }))
    const login = yield* send("POST", "/v1/b2b/passwords/authenticate", { organization_id: "acme", email_address: "ada@acme.com", password })
    expect(login.status).toBe(200)
    return { organization, member, token: String(login.body.session_token) }
  })

  return { ...calls, createUser, seedAda }
})

const withEmulator = sharedEmulator(makeApi)
type Api = Effect.Success<typeof makeApi>

interface Scenario {
  readonly method: Method
  readonly path: string
  readonly variant: string
  readonly run: (api: Api) => Effect.Effect<Reply>
}

const consumerScenarios: ReadonlyArray<Scenario> = [
  {
    method: "GET",
    path: "/v1/users/{user_id}",
    variant: "a user with a password and a session",
    run: (api) => Effect.flatMap(api.createUser(), (created) => api.send("GET", `/v1/users/${created.user_id}`))
  },
  {
    method: "GET",
    path: "/v1/users/{user_id}",
    variant: "a migrated user with a name, metadata and an external id, by external id",
    run: (api) =>
      Effect.gen(function* () {
        const migrated = yield* api.send("POST", "/v1/passwords/migrate", {
          email: newEmail("migrated"),
          hash: md5("a password"),
          hash_type: "md_5",
          external_id: "ext-1",
          name: { first_name: "Grace", last_name: "Hopper" },
          trusted_metadata: { plan: "pro" },
          untrusted_metadata: { theme: "dark" }
        })
        expect(migrated.status).toBe(200)
        return yield* api.send("GET", "/v1/users/ext-1")
      })
  },
  {
    method: "DELETE",
    path: "/v1/users/{user_id}",
    variant: "a user with a session",
    run: (api) => Effect.flatMap(api.createUser(), (created) => api.send("DELETE", `/v1/users/${created.user_id}`, {}))
  },
  {
    method: "DELETE",
    path: "/v1/users/passwords/{password_id}",
    variant: "the user's password",
    run: (api) => Effect.flatMap(api.createUser(), (created) => api.send("DELETE", `/v1/users/passwords/${created.user.password.password_id}`))
  },
  {
    method: "GET",
    path: "/v1/sessions",
    variant: "two live sessions, one with custom claims",
    run: (api) =>
      Effect.gen(function* () {
        const email = newEmail("twice")
        const password = strong()
        const created = (yield* api.send("POST", "/v1/passwords", { email, password, session_duration_minutes: 60 })).body
        yield* api.send("POST", "/v1/sessions/authenticate", { session_token: created.session_token, session_custom_claims: { tier: "gold" } })
        yield* api.send("POST", "/v1/passwords/authenticate", { email, password, session_duration_minutes: 120 })
        const reply = yield* api.send("GET", `/v1/sessions?user_id=${created.user_id}`)
        expect(reply.body.sessions).toHaveLength(2)
        expect(reply.body.sessions[0].custom_claims).toEqual({ tier: "gold" })
        return reply
      })
  },
  {
    method: "GET",
    path: "/v1/sessions",
    variant: "a user without sessions: an empty list",
    run: (api) =>
      Effect.gen(function* () {
        const created = yield* api.send("POST", "/v1/passwords", { email: newEmail("nosession"), password: strong() })
        const reply = yield* api.send("GET", `/v1/sessions?user_id=${created.body.user_id}`)
        expect(reply.body.sessions).toEqual([])
        return reply
      })
  },
  {
    method: "GET",
    path: "/v1/sessions/jwks/{project_id}",
    variant: "the project's JWKS, without auth",
    run: (api) => api.send("GET", `/v1/sessions/jwks/${api.emulator.projectId}`, undefined, { authorization: null })
  }
]

const b2bScenarios: ReadonlyArray<Scenario> = [
  {
    method: "GET",
    path: "/v1/b2b/sessions",
    variant: "a member's live session",
    run: (api) =>
      Effect.flatMap(api.seedAda, ({ member }) => api.send("GET", `/v1/b2b/sessions?organization_id=acme&member_id=${member.member_id}`))
  },
  {
    method: "GET",
    path: "/v1/b2b/sessions/jwks/{project_id}",
    variant: "the project's JWKS, without auth",
    run: (api) => api.send("GET", `/v1/b2b/sessions/jwks/${api.emulator.projectId}`, undefined, { authorization: null })
  },
  {
    method: "DELETE",
    path: "/v1/b2b/organizations/{organization_id}/members/{member_id}",
    variant: "a member, acting as her own session",
    run: (api) =>
      Effect.flatMap(api.seedAda, ({ member, organization, token }) =>
        api.send("DELETE", `/v1/b2b/organizations/${organization.organization_id}/members/${member.member_id}`, undefined, {
          headers: { "X-Stytch-Member-Session": token }
        })
      )
  }
]

for (const [file, doc, checks, scenarios] of [
  ["consumer-users-sessions.json", consumerDoc, consumer, consumerScenarios],
  ["b2b-sessions.json", b2bDoc, b2b, b2bScenarios]
] as const) {
  describe(`${file}: success bodies validate against the OpenAPI 200 schemas`, () => {
    it("the scenarios drive every operation of the file", () => {
      const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
      expect([...new Set(scenarios.map((s) => `${s.method} ${s.path}`))].sort()).toEqual([...operations].sort())
    })

    for (const scenario of scenarios) {
      it.live(`${scenario.method} ${scenario.path}: ${scenario.variant}`, () =>
        withEmulator((api) =>
          Effect.map(scenario.run(api), (reply) => checks.expectSuccess(scenario.method, scenario.path, reply))
        )
      )
    }
  })
}

const errorScenarios: ReadonlyArray<{ readonly label: string; readonly status: number; readonly errorType: string; readonly run: (api: Api) => Effect.Effect<Reply> }> = [
  { label: "users.get: an unknown user id", status: 404, errorType: "user_not_found", run: (api) => api.send("GET", "/v1/users/user-test-00000000-0000-4000-8000-000000000000") },
  { label: "users.get: not a user id", status: 400, errorType: "invalid_user_id", run: (api) => api.send("GET", "/v1/users/nobody") },
  { label: "users.delete: twice", status: 404, errorType: "user_not_found", run: (api) =>
    Effect.gen(function* () {
      const created = yield* api.createUser()
      yield* api.send("DELETE", `/v1/users/${created.user_id}`)
      return yield* api.send("DELETE", `/v1/users/${created.user_id}`)
    }) },
  { label: "users.deletePassword: an unknown password id", status: 404, errorType: "password_not_found", run: (api) =>
    api.send("DELETE", "/v1/users/passwords/password-test-00000000-0000-4000-8000-000000000000") },
  { label: "users.deletePassword: not a password id", status: 400, errorType: "invalid_password_id", run: (api) => api.send("DELETE", "/v1/users/passwords/nope") },
  { label: "sessions.get: no user_id", status: 400, errorType: "invalid_argument", run: (api) => api.send("GET", "/v1/sessions") },
  { label: "users: another method on the path", status: 405, errorType: "method_not_allowed", run: (api) => api.send("POST", "/v1/users/nobody", {}) },
  { label: "JWKS of another project", status: 404, errorType: "project_not_found", run: (api) =>
    api.send("GET", "/v1/sessions/jwks/project-test-someone-else", undefined, { authorization: null }) },
  { label: "B2B JWKS of another project", status: 404, errorType: "project_not_found", run: (api) =>
    api.send("GET", "/v1/b2b/sessions/jwks/project-test-someone-else", undefined, { authorization: null }) },
  { label: "b2b sessions.get: an unknown organization", status: 404, errorType: "organization_not_found", run: (api) =>
    api.send("GET", "/v1/b2b/sessions?organization_id=initech&member_id=member-test-1") },
  { label: "members.delete: an unknown member", status: 404, errorType: "member_not_found", run: (api) =>
    Effect.flatMap(api.seedAda, () => api.send("DELETE", "/v1/b2b/organizations/acme/members/member-test-nobody")) },
  { label: "members.delete: a revoked member session in the header", status: 404, errorType: "session_not_found", run: (api) =>
    Effect.gen(function* () {
      const { member, token } = yield* api.seedAda
      yield* api.send("POST", "/v1/b2b/sessions/revoke", { session_token: token })
      return yield* api.send("DELETE", `/v1/b2b/organizations/acme/members/${member.member_id}`, undefined, { headers: { "X-Stytch-Member-Session": token } })
    }) }
]

describe("error bodies of the GET and DELETE endpoints have Stytch's error shape", () => {
  for (const scenario of errorScenarios) {
    it.live(`${scenario.status} ${scenario.errorType}: ${scenario.label}`, () =>
      withEmulator((api) => Effect.map(scenario.run(api), (reply) => consumer.expectError(reply, scenario.status, scenario.errorType)))
    )
  }
})

// Runs last (the tests of a file run in order): every answer above was also replayed to this
// line's client (harness.ts); each endpoint of this file had at least one success decoded.
describe("this line's client read the answers", () => {
  it("decoded a 200 of every endpoint this file drives", () => {
    const endpoints = ["users.get", "users.delete", "users.deletePassword", "sessions.get", "b2b.sessions.get", "b2b.organizations.members.delete"]
    expect(endpoints.filter((name) => clientReadings.get(name)?.has("ok") !== true)).toEqual([])
  })
})
