/**
 * The control operations the dashboard's actions use, as Effects and over `/emulator/v1`:
 * accounts with their password summaries, deleting users and members, revoking sessions,
 * forcing a member's reset, the clock and the request log. Each refusal changes nothing.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import { bcrypt } from "hash-wasm"
import { B2BPasswords, B2BSessions, Passwords, Sessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { b2bEmulator, login, seedCast, seedMember } from "./b2b/support.js"
import { emulator, expectApiError, expectStytchError, raw, redirect, seedPasswordlessUser, signUp, strong, strong2, strong3 } from "./support.js"

/** A control route, without any credential: the control surface has none on loopback. */
const controlCall = (method: string, path: string, body?: unknown) =>
  raw({ method, path: `/emulator/v1${path}`, authorization: null, ...(body === undefined ? {} : { body }) })

/** A bcrypt hash of `password` at the lowest cost, as another system would hand it to migrate. */
const bcryptHash = (password: string) =>
  Effect.promise(() => bcrypt({ password, salt: Uint8Array.from({ length: 16 }, (_, i) => i + 1), costFactor: 4, outputType: "encoded" }))

const exported = Effect.flatMap(StytchEmulator, (control) => control.exportState)

const withB2B = B2BSessions.layer.pipe(Layer.provideMerge(b2bEmulator()))

describe("userAccounts", () => {
  it.live("each user with its password as kept: algorithm, migrated, reset required; never the hash", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const hash = yield* bcryptHash(strong2)
      const grace = yield* passwords.migrate({ email: "grace@example.com", hash, hash_type: "bcrypt" })
      yield* seedPasswordlessUser("nopass@example.com")
      yield* control.forceReset("ada@example.com")

      const accounts = yield* control.userAccounts
      const byEmail = (email: string) => accounts.find((account) => account.user.emails[0]?.email === email)
      expect(accounts).toHaveLength(3)
      expect(byEmail("ada@example.com")?.user.user_id).toBe(ada.user_id)
      expect(byEmail("ada@example.com")?.password).toEqual({
        password_id: ada.user.password?.password_id,
        algorithm: "scrypt",
        migrated: false,
        requires_reset: true
      })
      expect(byEmail("grace@example.com")?.user.user_id).toBe(grace.user_id)
      expect(byEmail("grace@example.com")?.password).toMatchObject({ algorithm: "bcrypt", migrated: true, requires_reset: false })
      expect(byEmail("grace@example.com")?.password?.password_id).toMatch(/^password-test-/)
      expect(byEmail("nopass@example.com")).toBeDefined()
      expect(byEmail("nopass@example.com")?.password).toBeUndefined()

      // The same over HTTP, and neither holds a hash or a password.
      const answer = yield* controlCall("GET", "/user_accounts")
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual(JSON.parse(JSON.stringify({ accounts })))
      for (const text of [answer.text, JSON.stringify(accounts)]) {
        for (const secret of [hash, hash.slice(7), "$scrypt$", strong, strong2]) expect(text).not.toContain(secret)
      }

      // The first login rehashes a migrated password with the emulator's own.
      yield* passwords.authenticate({ email: "grace@example.com", password: strong2 })
      const after = (yield* control.userAccounts).find((account) => account.user.user_id === grace.user_id)
      expect(after?.password).toMatchObject({ algorithm: "scrypt", migrated: false })
    }).pipe(Effect.provide(emulator())))
})

describe("deleteUser", () => {
  it.live("the user, its sessions and its reset tokens go; its email is free to sign up again", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const bob = yield* signUp("bob@example.com")
      yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))

      yield* control.deleteUser(ada.user_id)
      expect((yield* control.users).map((user) => user.user_id)).toEqual([bob.user_id])
      expect((yield* control.sessions).map((session) => session.user_id)).toEqual([bob.user_id])
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: ada.token })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_jwt: ada.jwt })), "SessionNotFound", "session_not_found", 404)
      expect((yield* exported).reset_tokens).toEqual([])
      expectApiError(
        yield* Effect.flip(passwords.email.reset({ token, password: strong2 })),
        "UnableToAuthPasswordResetToken",
        "unable_to_auth_password_reset_token",
        401
      )
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "EmailNotFound", "email_not_found", 404)
      // Bob is untouched.
      yield* sessions.authenticate({ session_token: bob.token })

      const again = yield* signUp("ada@example.com", strong3)
      expect(again.user_id).not.toBe(ada.user_id)
      yield* passwords.authenticate({ email: "ada@example.com", password: strong3 })
    }).pipe(Effect.provide(emulator())))

  it.live("an unknown id is refused and nothing changes; over HTTP a 400 invalid_argument", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const before = yield* exported
      const refused = yield* Effect.flip(control.deleteUser("user-test-00000000-0000-4000-8000-000000000000"))
      expect(refused._tag).toBe("EmulatorControlError")
      expect(refused.message).toContain("user_id")
      expectStytchError(yield* controlCall("DELETE", "/users/user-test-unknown"), 400, "invalid_argument")
      expectStytchError(yield* controlCall("DELETE", "/users/%zz"), 400, "invalid_argument")
      expect(yield* exported).toEqual(before)

      const deleted = yield* controlCall("DELETE", `/users/${ada.user_id}`)
      expect(deleted.status).toBe(200)
      expect(deleted.json).toEqual({})
      expect(yield* control.users).toEqual([])
      expect(yield* control.sessions).toEqual([])
      // Deleting it twice: the second time there is nothing to delete.
      expectStytchError(yield* controlCall("DELETE", `/users/${ada.user_id}`), 400, "invalid_argument")
    }).pipe(Effect.provide(emulator())))
})

describe("revokeSession", () => {
  it.live("the session's token and JWT stop working; the user's other session goes on", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      const second = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      const firstId = ada.session?.session_id ?? ""
      expect(firstId).toMatch(/^session-test-/)

      yield* control.revokeSession(firstId)
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: ada.token })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_jwt: ada.jwt })), "SessionNotFound", "session_not_found", 404)
      expect((yield* control.sessions).map((session) => session.session_id)).toEqual([second.session?.session_id])
      yield* sessions.authenticate({ session_token: Option.getOrThrow(second.session_token) })

      // Over HTTP; then unknown ids are refused.
      const revoked = yield* controlCall("DELETE", `/sessions/${second.session?.session_id ?? ""}`)
      expect(revoked.status).toBe(200)
      expect(yield* control.sessions).toEqual([])
      expectApiError(
        yield* Effect.flip(sessions.authenticate({ session_token: Option.getOrThrow(second.session_token) })),
        "SessionNotFound",
        "session_not_found",
        404
      )
      const refused = yield* Effect.flip(control.revokeSession(firstId))
      expect(refused._tag).toBe("EmulatorControlError")
      expect(refused.message).toContain("session_id")
      expectStytchError(yield* controlCall("DELETE", `/sessions/${firstId}`), 400, "invalid_argument")
      expectStytchError(yield* controlCall("DELETE", "/sessions/session-test-nothing"), 400, "invalid_argument")
      // The user is still there.
      expect(yield* control.users).toHaveLength(1)
    }).pipe(Effect.provide(emulator())))
})

describe("B2B members and member sessions", () => {
  it.live("memberAccounts: each member with its password summary; a member without a password has none", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const { ada, grace } = yield* seedCast
      const bob = yield* seedMember({ organization_id: "acme", email_address: "bob@acme.com" })
      const accounts = yield* control.memberAccounts
      const byId = (memberId: string) => accounts.find((account) => account.member.member_id === memberId)
      expect(accounts).toHaveLength(3)
      for (const member of [ada, grace]) {
        expect(byId(member.member_id)?.password).toEqual({
          password_id: member.member_password_id,
          algorithm: "scrypt",
          migrated: false,
          requires_reset: false
        })
      }
      expect(byId(bob.member_id)?.member.email_address).toBe("bob@acme.com")
      expect(byId(bob.member_id)?.password).toBeUndefined()
      const answer = yield* controlCall("GET", "/member_accounts")
      expect(answer.status).toBe(200)
      expect(answer.json).toEqual(JSON.parse(JSON.stringify({ accounts })))
      expect(answer.text).not.toContain("$scrypt$")
      expect(answer.text).not.toContain(strong)
    }).pipe(Effect.provide(withB2B)))

  it.live("memberSessions lists the live ones; revokeMemberSession ends one, as an Effect and over HTTP", () =>
    Effect.gen(function* () {
      const b2bSessions = yield* B2BSessions
      const control = yield* StytchEmulator
      const { ada } = yield* seedCast
      const one = yield* login("acme", "ada@acme.com")
      const two = yield* login("acme", "ada@acme.com")
      const short = yield* login("acme", "ada@acme.com", strong, 5)
      const ids = (sessions: ReadonlyArray<{ readonly member_session_id: string }>) => sessions.map((session) => session.member_session_id).sort()
      expect(ids(yield* control.memberSessions)).toEqual(
        ids([one.member_session, two.member_session, short.member_session])
      )
      const listed = yield* controlCall("GET", "/member_sessions")
      expect(listed.status).toBe(200)
      expect(listed.json).toEqual(JSON.parse(JSON.stringify({ member_sessions: yield* control.memberSessions })))
      expect(listed.text).not.toContain(one.session_token)
      expect(listed.text).not.toContain(one.session_jwt)
      // An expired session is not live: not listed.
      yield* control.advanceClock("10 minutes")
      expect(ids(yield* control.memberSessions)).toEqual(ids([one.member_session, two.member_session]))

      yield* control.revokeMemberSession(one.member_session.member_session_id)
      expectApiError(yield* Effect.flip(b2bSessions.authenticate({ session_token: one.session_token })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(b2bSessions.authenticate({ session_jwt: one.session_jwt })), "SessionNotFound", "session_not_found", 404)
      const still = yield* b2bSessions.authenticate({ session_token: two.session_token })
      expect(still.member.member_id).toBe(ada.member_id)

      const revoked = yield* controlCall("DELETE", `/member_sessions/${two.member_session.member_session_id}`)
      expect(revoked.status).toBe(200)
      expectApiError(yield* Effect.flip(b2bSessions.authenticate({ session_token: two.session_token })), "SessionNotFound", "session_not_found", 404)
      expect(yield* control.memberSessions).toEqual([])

      const before = yield* exported
      const refused = yield* Effect.flip(control.revokeMemberSession(one.member_session.member_session_id))
      expect(refused._tag).toBe("EmulatorControlError")
      expect(refused.message).toContain("member_session_id")
      expectStytchError(yield* controlCall("DELETE", "/member_sessions/member-session-test-nothing"), 400, "invalid_argument")
      expect(yield* exported).toEqual(before)
    }).pipe(Effect.provide(withB2B)))

  it.live("forceResetMember: the member's login answers member_reset_password until a reset; refusals change nothing", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      const { ada, grace } = yield* seedCast
      const bob = yield* seedMember({ organization_id: "acme", email_address: "bob@acme.com" })
      yield* login("acme", "ada@acme.com")

      yield* control.forceResetMember(ada.member_id)
      const passwordOf = (memberId: string) =>
        Effect.map(control.memberAccounts, (accounts) => accounts.find((account) => account.member.member_id === memberId)?.password)
      expect((yield* passwordOf(ada.member_id))?.requires_reset).toBe(true)
      expect((yield* passwordOf(grace.member_id))?.requires_reset).toBe(false)
      const error = expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong })),
        "MemberResetPassword",
        "member_reset_password",
        400
      )
      expect(error.error_message).not.toContain(strong)

      // Over HTTP, for Grace.
      const forced = yield* controlCall("POST", `/members/${grace.member_id}/force_reset`)
      expect(forced.status).toBe(200)
      expect((yield* passwordOf(grace.member_id))?.requires_reset).toBe(true)

      // A reset by email clears it.
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com", reset_password_redirect_url: redirect })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@acme.com"))
      yield* b2b.email.reset({ password_reset_token: token, password: strong2 })
      expect((yield* passwordOf(ada.member_id))?.requires_reset).toBe(false)
      yield* login("acme", "ada@acme.com", strong2)

      const before = yield* exported
      for (const memberId of [bob.member_id, "member-test-00000000-0000-4000-8000-000000000000"]) {
        const refused = yield* Effect.flip(control.forceResetMember(memberId))
        expect(refused._tag).toBe("EmulatorControlError")
        expect(refused.message).toContain("member_id")
        expectStytchError(yield* controlCall("POST", `/members/${memberId}/force_reset`), 400, "invalid_argument")
      }
      expect(yield* exported).toEqual(before)
    }).pipe(Effect.provide(withB2B)))

  it.live("deleteMember: the member and its sessions go, its login is member_not_found; unknown ids are refused", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const b2bSessions = yield* B2BSessions
      const control = yield* StytchEmulator
      const { ada, grace } = yield* seedCast
      const session = yield* login("acme", "ada@acme.com")

      yield* control.deleteMember(ada.member_id)
      expect((yield* control.members).map((member) => member.member_id)).toEqual([grace.member_id])
      expect(yield* control.memberSessions).toEqual([])
      expect((yield* exported).member_sessions).toEqual([])
      expectApiError(yield* Effect.flip(b2bSessions.authenticate({ session_token: session.session_token })), "SessionNotFound", "session_not_found", 404)
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong })),
        "MemberNotFound",
        "member_not_found",
        404
      )

      const before = yield* exported
      const refused = yield* Effect.flip(control.deleteMember(ada.member_id))
      expect(refused._tag).toBe("EmulatorControlError")
      expect(refused.message).toContain("member_id")
      expectStytchError(yield* controlCall("DELETE", `/members/${ada.member_id}`), 400, "invalid_argument")
      expectStytchError(yield* controlCall("DELETE", "/members/member-test-nothing"), 400, "invalid_argument")
      expect(yield* exported).toEqual(before)

      const deleted = yield* controlCall("DELETE", `/members/${grace.member_id}`)
      expect(deleted.status).toBe(200)
      expect(yield* control.members).toEqual([])
      // The organizations stay.
      expect(yield* control.organizations).toHaveLength(2)
    }).pipe(Effect.provide(withB2B)))
})

describe("clock and request log routes", () => {
  it.live("GET /clock: the emulator's time and offset; the offset moves after POST /clock", () =>
    Effect.gen(function* () {
      const first = yield* controlCall("GET", "/clock")
      expect(first.status).toBe(200)
      const before = first.json as { now: string; offset_ms: number }
      expect(before.offset_ms).toBe(0)
      expect(Number.isNaN(Date.parse(before.now))).toBe(false)
      const advanced = yield* controlCall("POST", "/clock", { advance_ms: 3_600_000 })
      expect(advanced.json).toEqual({ offset_ms: 3_600_000 })
      const after = (yield* controlCall("GET", "/clock")).json as { now: string; offset_ms: number }
      expect(after.offset_ms).toBe(3_600_000)
      expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(3_600_000)
      // A refused advance leaves the offset where it was.
      expectStytchError(yield* controlCall("POST", "/clock", { advance_ms: -1 }), 400, "invalid_argument")
      expect(((yield* controlCall("GET", "/clock")).json as { offset_ms: number }).offset_ms).toBe(3_600_000)
    }).pipe(Effect.provide(emulator())))

  it.live("GET /requests lists the log, GET /requests/{id} one entry (404 request_not_found for any other); DELETE empties it", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* passwords.create({ email: "ada@example.com", password: strong })
      yield* passwords.authenticate({ email: "ada@example.com", password: strong })
      const log = yield* control.requests
      expect(log).toHaveLength(2)

      const listed = yield* controlCall("GET", "/requests")
      expect(listed.status).toBe(200)
      expect(listed.json).toEqual(JSON.parse(JSON.stringify({ requests: log })))
      for (const entry of log) {
        const one = yield* controlCall("GET", `/requests/${entry.id}`)
        expect(one.status).toBe(200)
        expect(one.json).toEqual(JSON.parse(JSON.stringify({ request: entry })))
      }
      const last = Math.max(...log.map((entry) => entry.id))
      for (const id of [String(last + 1), "0", "-1", "1.5", "abc", "99999"]) {
        expectStytchError(yield* controlCall("GET", `/requests/${id}`), 404, "request_not_found")
      }

      const cleared = yield* controlCall("DELETE", "/requests")
      expect(cleared.status).toBe(200)
      expect(yield* control.requests).toEqual([])
      expect((yield* controlCall("GET", "/requests")).json).toEqual({ requests: [] })
      for (const entry of log) expectStytchError(yield* controlCall("GET", `/requests/${entry.id}`), 404, "request_not_found")

      yield* passwords.strengthCheck({ password: strong })
      const next = yield* control.requests
      expect(next).toHaveLength(1)
      expect(next[0]?.id).toBe(last + 1)
      expect((yield* controlCall("GET", `/requests/${last + 1}`)).status).toBe(200)
    }).pipe(Effect.provide(emulator())))
})
