/**
 * The Effect 4 control API (`StytchEmulator` from effect4-stytch/emulator), every method against
 * the real emulator: effect-stytch's engine, reached through its handler with real
 * Request/Response and its `/emulator/v1` control routes.
 */
import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Option, Redacted, Tracer } from "effect"
import { StytchEmulator } from "effect4-stytch/emulator"

const strong = "correct horse battery staple 42"
const redirect = "https://app.example.com/reset"

/** A call to the Stytch API through the emulator's handler, with the project's credentials. */
const stytch = (path: string, body: unknown, method = "POST") =>
  Effect.gen(function* () {
    const emulator = yield* StytchEmulator
    const response = yield* Effect.promise(() =>
      emulator.handler(
        new Request(`http://emulator.local${path}`, {
          method,
          headers: {
            authorization: `Basic ${Buffer.from(`${emulator.projectId}:${Redacted.value(emulator.secret)}`).toString("base64")}`,
            "content-type": "application/json"
          },
          ...(method === "GET" ? {} : { body: JSON.stringify(body) })
        })
      )
    )
    const json: unknown = yield* Effect.promise(() => response.json())
    return { status: response.status, json: json as Record<string, unknown> }
  })

const signUp = (email: string, password = strong) =>
  stytch("/v1/passwords", { email, password, session_duration_minutes: 60 }).pipe(
    Effect.tap((answer) => Effect.sync(() => expect(answer.status).toBe(200)))
  )

const control = StytchEmulator.layerControl()
const refusal = <A, E extends { readonly _tag: string; readonly message: string }>(effect: Effect.Effect<A, E>) =>
  Effect.map(Effect.flip(effect), (error) => ({ tag: error._tag, message: error.message }))

describe("StytchEmulator (Effect 4): the control API over the emulator's control routes", () => {
  it.effect("projectId and secret are the emulator's; the secret stays redacted", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      expect(emulator.projectId).toBe(StytchEmulator.defaultProjectId)
      expect(Redacted.value(emulator.secret)).toBe(StytchEmulator.defaultSecret)
      expect(String(emulator.secret)).not.toContain(StytchEmulator.defaultSecret)
      expect(JSON.stringify(emulator.secret)).not.toContain(StytchEmulator.defaultSecret)
    }).pipe(Effect.provide(control)))

  it.effect("options: a project id and secret of its own", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      expect(emulator.projectId).toBe("project-test-own")
      expect(Redacted.value(emulator.secret)).toBe("secret-test-own")
      yield* signUp("ada@example.com")
    }).pipe(Effect.provide(StytchEmulator.layerControl({ projectId: "project-test-own", secret: "secret-test-own", hashing: "fast" }))))

  it.effect("users and sessions: what the Stytch API made, decoded as User and Session", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      expect(yield* emulator.users).toEqual([])
      const created = yield* signUp("ada@example.com")
      const users = yield* emulator.users
      expect(users.map((user) => user.emails[0]?.email)).toEqual(["ada@example.com"])
      expect(users[0]?.user_id).toBe(created.json["user_id"])
      const sessions = yield* emulator.sessions
      expect(sessions.map((session) => session.user_id)).toEqual([created.json["user_id"]])
    }).pipe(Effect.provide(control)))

  it.effect("outbox, latestResetToken, clearOutbox", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      yield* signUp("ada@example.com")
      expect(Option.isNone(yield* emulator.latestResetToken("ada@example.com"))).toBe(true)
      const started = yield* stytch("/v1/passwords/email/reset/start", { email: "ada@example.com", reset_password_redirect_url: redirect })
      expect(started.status).toBe(200)
      const outbox = yield* emulator.outbox
      expect(outbox).toHaveLength(1)
      expect(outbox[0]).toMatchObject({ kind: "reset_password", to: "ada@example.com" })
      expect(outbox[0]?.reset_link.startsWith(redirect)).toBe(true)
      // Matched without regard to case, as the emulator matches emails.
      expect(yield* emulator.latestResetToken("ADA@example.com")).toEqual(Option.some(outbox[0]?.token))
      const reset = yield* stytch("/v1/passwords/email/reset", { token: outbox[0]?.token, password: "a new, long and unusual passphrase" })
      expect(reset.status).toBe(200)
      yield* emulator.clearOutbox
      expect(yield* emulator.outbox).toEqual([])
      expect(Option.isNone(yield* emulator.latestResetToken("ada@example.com"))).toBe(true)
    }).pipe(Effect.provide(control)))

  it.effect("advanceClock: sessions expire on the emulator's clock; sweep drops them; bad amounts are refused", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      yield* signUp("ada@example.com")
      expect(yield* emulator.sessions).toHaveLength(1)
      yield* emulator.advanceClock("59 minutes")
      expect(yield* emulator.sessions).toHaveLength(1)
      yield* emulator.advanceClock(2 * 60 * 1000)
      expect(yield* emulator.sessions).toEqual([])
      expect(yield* emulator.sweep).toBe(1)
      expect(yield* emulator.sweep).toBe(0)
      const expected = { tag: "EmulatorControlError", message: "advance_ms: expected a whole number of milliseconds, 0 or more." }
      expect(yield* refusal(emulator.advanceClock(-1))).toEqual(expected)
      expect(yield* refusal(emulator.advanceClock(1.5))).toEqual(expected)
      expect(yield* refusal(emulator.advanceClock(Number.NaN))).toEqual(expected)
      expect(yield* refusal(emulator.advanceClock("Infinity"))).toEqual(expected)
    }).pipe(Effect.provide(control)))

  it.effect("markBreached, with a string or a Redacted: the password is refused from then on", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      yield* emulator.markBreached(strong)
      yield* emulator.markBreached(Redacted.make("tangerine.Vortex.58"))
      for (const password of [strong, "tangerine.Vortex.58"]) {
        const created = yield* stytch("/v1/passwords", { email: `${password.length}@example.com`, password })
        expect(created.status).toBe(400)
        expect(created.json["error_type"]).toBe("weak_password")
      }
    }).pipe(Effect.provide(control)))

  it.effect("forceReset: a login then answers reset_password; an unknown email is refused", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      yield* signUp("ada@example.com")
      yield* emulator.forceReset("ada@example.com")
      const login = yield* stytch("/v1/passwords/authenticate", { email: "ada@example.com", password: strong })
      expect(login.status).toBe(400)
      expect(login.json["error_type"]).toBe("reset_password")
      expect(yield* refusal(emulator.forceReset("nobody@example.com"))).toEqual({
        tag: "EmulatorControlError",
        message: "email: no user with a password has this email."
      })
    }).pipe(Effect.provide(control)))

  it.effect("settings and updateSettings: a valid patch lands whole, a bad one is refused and changes nothing", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      const before = yield* emulator.settings
      expect(before).toMatchObject({ strength_policy: "zxcvbn", luds_min_length: 8, sandbox_values: true })
      const after = yield* emulator.updateSettings({ strength_policy: "luds", luds_min_length: 10 })
      expect(after).toEqual({ ...before, strength_policy: "luds", luds_min_length: 10 })
      expect(yield* emulator.settings).toEqual(after)
      const refused = yield* refusal(emulator.updateSettings({ luds_min_length: 0 }))
      expect(refused.tag).toBe("EmulatorControlError")
      expect(refused.message).toMatch(/^settings\.luds_min_length /)
      expect(yield* emulator.settings).toEqual(after)
    }).pipe(Effect.provide(control)))

  it.effect("injectFault and clearFaults: a status fault answers instead of the route; a bad fault is refused", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      yield* emulator.injectFault({ path: "/v1/passwords", kind: "status", status: 503, retry_after: "2" })
      const faulted = yield* stytch("/v1/passwords", { email: "ada@example.com", password: strong })
      expect(faulted.status).toBe(503)
      expect(yield* emulator.users).toEqual([])
      yield* emulator.clearFaults
      expect((yield* signUp("ada@example.com")).status).toBe(200)
      const refused = yield* refusal(emulator.injectFault({ path: "/v1/passwords", kind: "status", status: 200 }))
      expect(refused.tag).toBe("EmulatorControlError")
      expect(refused.message).toMatch(/^fault\.status /)
    }).pipe(Effect.provide(control)))

  it.effect("exportState, wipe, importState: a round trip through JSON restores the users; a bad file is InvalidStateFile", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      yield* signUp("ada@example.com")
      yield* emulator.markBreached("Breached-Passw0rd!")
      const state = yield* emulator.exportState
      expect(state).toMatchObject({ format: "effect-stytch-emulator", version: 1 })
      expect(state.users.map((user) => user.emails[0]?.email)).toEqual(["ada@example.com"])
      expect(state.breached_password_hashes).toHaveLength(1)
      const file: unknown = JSON.parse(JSON.stringify(state))
      yield* emulator.wipe
      expect(yield* emulator.users).toEqual([])
      yield* emulator.importState(file)
      expect((yield* emulator.users).map((user) => user.emails[0]?.email)).toEqual(["ada@example.com"])
      const login = yield* stytch("/v1/passwords/authenticate", { email: "ada@example.com", password: strong })
      expect(login.status).toBe(200)

      const badVersion = yield* Effect.flip(emulator.importState({ ...state, version: 9 }))
      expect(badVersion._tag).toBe("InvalidStateFile")
      expect(badVersion.field).toBe("version")
      expect(badVersion.message).toMatch(/^Invalid emulator state file: version /)
      const notAnObject = yield* Effect.flip(emulator.importState([1, 2]))
      expect(notAnObject.field).toBe("")
      expect(notAnObject.message).toMatch(/^Invalid emulator state file: expected /)
      const nothing = yield* Effect.flip(emulator.importState(undefined))
      expect(nothing._tag).toBe("InvalidStateFile")
      const notJson = yield* Effect.flip(emulator.importState({ big: 1n }))
      expect(notJson).toMatchObject({ _tag: "InvalidStateFile", field: "", issue: "is not JSON" })
      // Refused imports changed nothing.
      expect((yield* emulator.users).map((user) => user.emails[0]?.email)).toEqual(["ada@example.com"])
    }).pipe(Effect.provide(control)))

  it.effect("rotateSigningKey: the new key signs, the JWKS keeps the old one", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      const before = (yield* emulator.exportState).signing_keys.map((key) => key.kid)
      const kid = yield* emulator.rotateSigningKey
      expect(before).not.toContain(kid)
      const after = (yield* emulator.exportState).signing_keys.map((key) => key.kid)
      expect(after).toEqual([...before, kid])
      const jwks = yield* stytch(`/v1/sessions/jwks/${emulator.projectId}`, undefined, "GET")
      const kids = (jwks.json["keys"] as ReadonlyArray<{ readonly kid: string }>).map((key) => key.kid)
      expect(kids).toEqual(expect.arrayContaining(after))
    }).pipe(Effect.provide(control)))

  it.effect("B2B: seedOrganization, seedMember, updateOrganization, updateMember, organizations, members", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      const acme = yield* emulator.seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
      expect(acme).toMatchObject({ organization_name: "Acme", organization_slug: "acme", mfa_policy: "OPTIONAL" })
      expect(yield* refusal(emulator.seedOrganization({ organization_name: "Acme 2", organization_slug: "acme" }))).toMatchObject({
        tag: "EmulatorControlError"
      })
      const ada = yield* emulator.seedMember({ organization_id: "acme", email_address: "ada@acme.com", password: strong, name: "Ada" })
      expect(ada).toMatchObject({ organization_id: acme.organization_id, email_address: "ada@acme.com", name: "Ada" })
      const login = yield* stytch("/v1/b2b/passwords/authenticate", {
        organization_id: acme.organization_id,
        email_address: "ada@acme.com",
        password: strong
      })
      expect(login.status).toBe(200)
      const strict = yield* emulator.updateOrganization("acme", { mfa_policy: "REQUIRED_FOR_ALL" })
      expect(strict.mfa_policy).toBe("REQUIRED_FOR_ALL")
      const enrolled = yield* emulator.updateMember(ada.member_id, { mfa_enrolled: true, mfa_phone_number: "+12025550162", roles: ["admin"] })
      expect(enrolled).toMatchObject({ mfa_enrolled: true, mfa_phone_number: "+12025550162" })
      // Path segments are sent encoded: an id with a slash names nothing, it is not another route.
      expect((yield* refusal(emulator.updateMember("member/../x", { name: "x" }))).message).toBe("No member has this id.")
      expect((yield* refusal(emulator.updateOrganization("nope", { mfa_policy: "OPTIONAL" }))).message).toBe(
        "No organization has this id, slug or external id."
      )
      expect((yield* emulator.organizations).map((organization) => organization.mfa_policy)).toEqual(["REQUIRED_FOR_ALL"])
      expect((yield* emulator.members).map((member) => [member.email_address, member.mfa_enrolled])).toEqual([["ada@acme.com", true]])
    }).pipe(Effect.provide(control)))

  it.effect("handler: the emulator as a fetch-style handler, the control routes included", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      yield* signUp("ada@example.com")
      const answer = yield* Effect.promise(() => emulator.handler(new Request("http://emulator.local/emulator/v1/users")))
      expect(answer.status).toBe(200)
      const body: unknown = yield* Effect.promise(() => answer.json())
      expect(body).toMatchObject({ users: [{ emails: [{ email: "ada@example.com" }] }] })
    }).pipe(Effect.provide(control)))

  it.effect("each layer is a fresh emulator, closed with its scope", () =>
    Effect.gen(function* () {
      const handler = yield* Effect.scoped(
        Layer.build(control).pipe(
          Effect.flatMap((context) =>
            Effect.gen(function* () {
              yield* signUp("ada@example.com")
              expect(yield* StytchEmulator.use((emulator) => emulator.users)).toHaveLength(1)
              return yield* StytchEmulator.useSync((emulator) => emulator.handler)
            }).pipe(Effect.provideContext(context))
          )
        )
      )
      // The scope is closed: the emulator refuses, as a closed port does.
      const refused = yield* Effect.promise(() =>
        handler(new Request("http://emulator.local/emulator/v1/users")).then(
          () => undefined,
          (error: unknown) => error
        )
      )
      expect(refused).toBeInstanceOf(TypeError)
      const fresh = yield* StytchEmulator.use((emulator) => emulator.users).pipe(Effect.provide(control))
      expect(fresh).toEqual([])
    }))

  it.effect("the control API's exchanges with the emulator make no span (as the root's control API makes none)", () =>
    Effect.gen(function* () {
      const names: Array<string> = []
      const tracer = Tracer.make({
        span(options) {
          names.push(options.name)
          return new Tracer.NativeSpan(options)
        }
      })
      const emulator = yield* StytchEmulator
      yield* Effect.gen(function* () {
        yield* emulator.markBreached("Breached-Passw0rd!")
        yield* emulator.users
        yield* emulator.exportState
        yield* Effect.void.pipe(Effect.withSpan("the test's own"))
      }).pipe(Effect.provideService(Tracer.Tracer, tracer))
      expect(names).toEqual(["the test's own"])
    }).pipe(Effect.provide(control)))
})

/** A member of a fresh organization, "acme" (MFA optional), with `strong` as password. */
const seedAcme = Effect.gen(function* () {
  const emulator = yield* StytchEmulator
  const acme = yield* emulator.seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
  const ada = yield* emulator.seedMember({ organization_id: "acme", email_address: "ada@acme.com", password: strong })
  return { acme, ada }
})

/** A B2B login that makes a member session; its session token and id. */
const memberLogin = (organization_id: string, email_address: string) =>
  stytch("/v1/b2b/passwords/authenticate", { organization_id, email_address, password: strong, session_duration_minutes: 60 }).pipe(
    Effect.tap((answer) => Effect.sync(() => expect(answer.status).toBe(200))),
    Effect.map((answer) => ({
      token: String(answer.json["session_token"]),
      id: String((answer.json["member_session"] as Record<string, unknown>)["member_session_id"])
    }))
  )

const md5 = (text: string) => createHash("md5").update(text, "utf8").digest("hex")

describe("StytchEmulator (Effect 4): the dashboard's control operations", () => {
  it.effect("userAccounts: each user with its password as the emulator keeps it, never the hash", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      expect(yield* emulator.userAccounts).toEqual([])
      const ada = yield* signUp("ada@example.com")
      const migrated = yield* stytch("/v1/passwords/migrate", { email: "grace@example.com", hash: md5("an old md5 password"), hash_type: "md_5" })
      expect(migrated.status).toBe(200)
      yield* emulator.forceReset("ada@example.com")
      const accounts = yield* emulator.userAccounts
      expect(accounts.map((account) => [account.user.user_id, account.user.emails[0]?.email])).toEqual([
        [ada.json["user_id"], "ada@example.com"],
        [migrated.json["user_id"], "grace@example.com"]
      ])
      expect(accounts[0]?.password).toEqual({
        password_id: expect.stringMatching(/^password-test-/),
        algorithm: "scrypt",
        migrated: false,
        requires_reset: true
      })
      expect(accounts[1]?.password).toMatchObject({ algorithm: "md_5", migrated: true, requires_reset: false })
      // The summary is all: no hash, digest or salt of the state reaches it.
      const state = yield* emulator.exportState
      const phc = state.users[0]?.password?.hash
      expect(phc?.kind).toBe("native")
      const shown = JSON.stringify(accounts)
      if (phc?.kind === "native") expect(shown).not.toContain(phc.phc.split("$").at(-1))
      expect(shown).not.toContain(md5("an old md5 password"))
      // The first login rehashes the migrated password: the emulator's own from then on.
      const login = yield* stytch("/v1/passwords/authenticate", { email: "grace@example.com", password: "an old md5 password" })
      expect(login.status).toBe(200)
      expect((yield* emulator.userAccounts)[1]?.password).toMatchObject({ algorithm: "scrypt", migrated: false })
    }).pipe(Effect.provide(control)))

  it.effect("userAccounts: a user without a password has no password summary", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      const state = yield* emulator.exportState
      const user = {
        user_id: "user-test-passwordless",
        created_at: "2024-01-01T00:00:00.000Z",
        status: "active",
        emails: [{ email_id: "email-test-passwordless", email: "pat@example.com", verified: true }],
        phone_numbers: [],
        roles: []
      }
      yield* emulator.importState({ ...state, users: [user] })
      const [account] = yield* emulator.userAccounts
      expect(account?.user.user_id).toBe("user-test-passwordless")
      expect(account !== undefined && "password" in account).toBe(false)
    }).pipe(Effect.provide(control)))

  it.effect("deleteUser: the user goes with its sessions; the API no longer knows it; an unknown id is refused", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const grace = yield* signUp("grace@example.com")
      yield* emulator.deleteUser(String(ada.json["user_id"]))
      expect((yield* emulator.users).map((user) => user.user_id)).toEqual([grace.json["user_id"]])
      expect((yield* emulator.sessions).map((session) => session.user_id)).toEqual([grace.json["user_id"]])
      const session = yield* stytch("/v1/sessions/authenticate", { session_token: ada.json["session_token"] })
      expect(session.status).toBe(404)
      const login = yield* stytch("/v1/passwords/authenticate", { email: "ada@example.com", password: strong })
      expect(login.status).not.toBe(200)
      const unknown = { tag: "EmulatorControlError", message: "user_id: no user has this id." }
      expect(yield* refusal(emulator.deleteUser(String(ada.json["user_id"])))).toEqual(unknown)
      expect(yield* refusal(emulator.deleteUser(""))).toEqual(unknown)
      // The id is one path segment: a slash in it names no other route and no other user.
      expect(yield* refusal(emulator.deleteUser(`x/../${String(grace.json["user_id"])}`))).toEqual(unknown)
      expect(yield* emulator.users).toHaveLength(1)
    }).pipe(Effect.provide(control)))

  it.effect("revokeSession: that session's token stops working, the others keep theirs; an unknown id is refused", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const grace = yield* signUp("grace@example.com")
      const [adaSession] = (yield* emulator.sessions).filter((session) => session.user_id === ada.json["user_id"])
      expect(adaSession).toBeDefined()
      yield* emulator.revokeSession(adaSession?.session_id ?? "")
      expect((yield* stytch("/v1/sessions/authenticate", { session_token: ada.json["session_token"] })).status).toBe(404)
      expect((yield* stytch("/v1/sessions/authenticate", { session_token: grace.json["session_token"] })).status).toBe(200)
      expect((yield* emulator.sessions).map((session) => session.user_id)).toEqual([grace.json["user_id"]])
      // The user stays.
      expect(yield* emulator.users).toHaveLength(2)
      const unknown = { tag: "EmulatorControlError", message: "session_id: no session has this id." }
      expect(yield* refusal(emulator.revokeSession(adaSession?.session_id ?? ""))).toEqual(unknown)
      expect(yield* refusal(emulator.revokeSession("session-test-nope"))).toEqual(unknown)
    }).pipe(Effect.provide(control)))

  it.effect("memberSessions and revokeMemberSession: the live ones, decoded as MemberSession; an unknown id is refused", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      const { acme, ada } = yield* seedAcme
      expect(yield* emulator.memberSessions).toEqual([])
      const first = yield* memberLogin(acme.organization_id, "ada@acme.com")
      const second = yield* memberLogin(acme.organization_id, "ada@acme.com")
      const live = yield* emulator.memberSessions
      expect(live.map((session) => session.member_session_id).sort()).toEqual([first.id, second.id].sort())
      expect(live[0]).toMatchObject({ member_id: ada.member_id, organization_id: acme.organization_id, organization_slug: "acme" })
      yield* emulator.revokeMemberSession(first.id)
      expect((yield* emulator.memberSessions).map((session) => session.member_session_id)).toEqual([second.id])
      expect((yield* stytch("/v1/b2b/sessions/authenticate", { session_token: first.token })).status).not.toBe(200)
      expect((yield* stytch("/v1/b2b/sessions/authenticate", { session_token: second.token })).status).toBe(200)
      const unknown = { tag: "EmulatorControlError", message: "member_session_id: no member session has this id." }
      expect(yield* refusal(emulator.revokeMemberSession(first.id))).toEqual(unknown)
      expect(yield* refusal(emulator.revokeMemberSession("member-session-test-nope"))).toEqual(unknown)
      // Expired sessions are left out.
      yield* emulator.advanceClock("61 minutes")
      expect(yield* emulator.memberSessions).toEqual([])
    }).pipe(Effect.provide(control)))

  it.effect("memberAccounts and forceResetMember: a login then answers reset_password; a member without a password is refused", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      const { acme, ada } = yield* seedAcme
      const bob = yield* emulator.seedMember({ organization_id: "acme", email_address: "bob@acme.com" })
      const accounts = yield* emulator.memberAccounts
      expect(accounts.map((account) => account.member.member_id)).toEqual([ada.member_id, bob.member_id])
      expect(accounts[0]?.password).toEqual({
        password_id: expect.stringMatching(/^member-password-test-/),
        algorithm: "scrypt",
        migrated: false,
        requires_reset: false
      })
      expect(accounts[1] !== undefined && "password" in accounts[1]).toBe(false)
      yield* emulator.forceResetMember(ada.member_id)
      expect((yield* emulator.memberAccounts)[0]?.password?.requires_reset).toBe(true)
      const login = yield* stytch("/v1/b2b/passwords/authenticate", {
        organization_id: acme.organization_id,
        email_address: "ada@acme.com",
        password: strong
      })
      expect(login.status).toBe(400)
      expect(login.json["error_type"]).toBe("member_reset_password")
      const refused = { tag: "EmulatorControlError", message: "member_id: no member with a password has this id." }
      expect(yield* refusal(emulator.forceResetMember(bob.member_id))).toEqual(refused)
      expect(yield* refusal(emulator.forceResetMember("member-test-nope"))).toEqual(refused)
      expect((yield* emulator.memberAccounts)[1]?.password).toBeUndefined()
    }).pipe(Effect.provide(control)))

  it.effect("deleteMember: the member goes with its sessions; an unknown id is refused", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      const { acme, ada } = yield* seedAcme
      const grace = yield* emulator.seedMember({ organization_id: "acme", email_address: "grace@acme.com", password: strong })
      const session = yield* memberLogin(acme.organization_id, "ada@acme.com")
      yield* memberLogin(acme.organization_id, "grace@acme.com")
      yield* emulator.deleteMember(ada.member_id)
      expect((yield* emulator.members).map((member) => member.member_id)).toEqual([grace.member_id])
      expect((yield* emulator.memberSessions).map((live) => live.member_id)).toEqual([grace.member_id])
      expect((yield* stytch("/v1/b2b/sessions/authenticate", { session_token: session.token })).status).not.toBe(200)
      const unknown = { tag: "EmulatorControlError", message: "member_id: no member has this id." }
      expect(yield* refusal(emulator.deleteMember(ada.member_id))).toEqual(unknown)
      expect(yield* refusal(emulator.deleteMember(`x/../${grace.member_id}`))).toEqual(unknown)
      expect(yield* emulator.members).toHaveLength(1)
    }).pipe(Effect.provide(control)))

  it.effect("requests: the Stytch API requests, oldest first, every credential redacted; control calls are not logged", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      expect(yield* emulator.requests).toEqual([])
      const created = yield* signUp("ada@example.com")
      const wrong = "a wrong but memorable guess 9"
      const failed = yield* stytch("/v1/passwords/authenticate", { email: "ada@example.com", password: wrong })
      expect(failed.status).toBe(401)
      yield* emulator.users
      yield* emulator.markBreached("Breached-Passw0rd!")
      const log = yield* emulator.requests
      expect(log.map((entry) => [entry.id, entry.method, entry.path, entry.status])).toEqual([
        [1, "POST", "/v1/passwords", 200],
        [2, "POST", "/v1/passwords/authenticate", 401]
      ])
      expect(log[0]?.request_body).toEqual({ email: "ada@example.com", password: "<redacted>", session_duration_minutes: 60 })
      expect(log[0]?.response_body).toMatchObject({
        user_id: created.json["user_id"],
        session_token: "<redacted>",
        session_jwt: "<redacted>"
      })
      expect(log[0]?.request_id).toBe(created.json["request_id"])
      expect(log[0]?.error_type).toBeUndefined()
      expect(log[1]?.error_type).toBe(failed.json["error_type"])
      expect(log[1]?.request_body).toEqual({ email: "ada@example.com", password: "<redacted>" })
      // Nothing secret anywhere in the log: neither password, the session's token or JWT, nor the breached one.
      const text = JSON.stringify(log)
      for (const secret of [strong, wrong, String(created.json["session_token"]), String(created.json["session_jwt"]), "Breached-Passw0rd!"]) {
        expect(text).not.toContain(secret)
      }
    }).pipe(Effect.provide(control)))

  it.effect("clearRequests: the log empties; ids go on counting", () =>
    Effect.gen(function* () {
      const emulator = yield* StytchEmulator
      yield* signUp("ada@example.com")
      yield* signUp("grace@example.com")
      expect((yield* emulator.requests).map((entry) => entry.id)).toEqual([1, 2])
      yield* emulator.clearRequests
      expect(yield* emulator.requests).toEqual([])
      yield* emulator.clearRequests
      const check = yield* stytch("/v1/passwords/strength_check", { password: strong })
      expect(check.status).toBe(200)
      const after = yield* emulator.requests
      expect(after.map((entry) => [entry.id, entry.path])).toEqual([[3, "/v1/passwords/strength_check"]])
      expect(after[0]?.request_body).toEqual({ password: "<redacted>" })
      // The users are untouched: only the log was cleared.
      expect(yield* emulator.users).toHaveLength(2)
    }).pipe(Effect.provide(control)))
})
