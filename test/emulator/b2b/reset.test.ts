/**
 * The B2B reset flows against the in-process emulator: email reset (with PKCE), require
 * reset (the member session sent as headers), existing-password reset and session reset,
 * with their documented errors; a reset revokes the member's sessions, a session reset keeps
 * the current one.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { B2BPasswords, Pkce } from "../../../src/index.js"
import { StytchEmulator } from "../../../src/emulator/index.js"
import {
  b2bEmulator,
  callUnchecked,
  common,
  expectApiError,
  expectAuthenticated,
  expectPending,
  expectStytchError,
  login,
  memberSessionIds,
  minutesBetween,
  raw,
  redirect,
  resetTokenFor,
  seedCast,
  seedMember,
  seedOrganization,
  strong,
  strong2,
  strong3,
  weak
} from "./support.js"

describe("b2b.email.resetStart", () => {
  it.live("emails the member a reset link carrying the token, and answers with the member", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      const { ada } = yield* seedCast
      const started = yield* b2b.email.resetStart({
        organization_id: "acme-external",
        email_address: "Ada@Acme.com",
        reset_password_redirect_url: redirect,
        login_redirect_url: "https://app.example.com/login",
        locale: "fr",
        reset_password_template_id: "tpl-reset"
      })
      expect(started.member_id).toBe(ada.member_id)
      expect(started.member_email_id).toMatch(/^member-email-test-/)
      expect(started.member.email_address).toBe("ada@acme.com")
      const messages = yield* control.outbox
      expect(messages).toHaveLength(1)
      const message = messages[0]
      expect(message).toMatchObject({ to: "ada@acme.com", kind: "reset_password", locale: "fr", template_id: "tpl-reset", login_link: "https://app.example.com/login" })
      const link = new URL(message?.reset_link ?? "")
      expect(`${link.origin}${link.pathname}`).toBe(redirect)
      expect(link.searchParams.get("stytch_token_type")).toBe("multi_tenant_passwords")
      expect(link.searchParams.get("token")).toBe(yield* resetTokenFor("ada@acme.com"))
      expect((link.searchParams.get("token") ?? "").length).toBeGreaterThanOrEqual(43)
      // The token is stored only as a hash.
      expect(JSON.stringify((yield* control.exportState).b2b_reset_tokens)).not.toContain(link.searchParams.get("token"))
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("organization_not_found, member_not_found, no_password_reset_redirect_url, operation_restricted_by_organization_auth_methods", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedCast
      yield* seedOrganization({ organization_name: "SSO only", organization_slug: "sso-only", auth_methods: "RESTRICTED", allowed_auth_methods: ["sso"] })
      yield* seedMember({ organization_id: "sso-only", email_address: "ada@acme.com", password: strong })
      const start = (organization_id: string, email_address: string, withRedirect = true) =>
        Effect.flip(b2b.email.resetStart({ organization_id, email_address, ...(withRedirect ? { reset_password_redirect_url: redirect } : {}) }))
      expectApiError(yield* start("nowhere", "ada@acme.com"), "OrganizationNotFound", "organization_not_found", 404)
      expectApiError(yield* start("acme", "nobody@acme.com"), "MemberNotFound", "member_not_found", 404)
      expectApiError(yield* start("acme", "ada@acme.com", false), "NoPasswordResetRedirectUrl", "no_password_reset_redirect_url", 400)
      expectApiError(
        yield* start("sso-only", "ada@acme.com"),
        "OperationRestrictedByOrganizationAuthMethods",
        "operation_restricted_by_organization_auth_methods",
        403
      )
      expect(yield* control.outbox).toEqual([])
      // The project's default redirect URL is used when the request has none.
      yield* control.updateSettings({ reset_password_redirect_url: "https://default.example.com/reset" })
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com" })
      expect((yield* control.outbox)[0]?.reset_link).toMatch(/^https:\/\/default\.example\.com\/reset\?/)
    }).pipe(Effect.provide(b2bEmulator())))
})

describe("b2b.email.reset", () => {
  it.live("sets the password, verifies the email, revokes the member's sessions and logs in (60 minutes by default)", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
      const member = yield* seedMember({ organization_id: "acme", email_address: "ada@acme.com", password: strong, email_address_verified: false })
      const old = yield* login("acme", "ada@acme.com")
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com", reset_password_redirect_url: redirect })
      const token = yield* resetTokenFor("ada@acme.com")
      const result = expectAuthenticated(yield* b2b.email.reset({ password_reset_token: token, password: strong2 }))
      expect(result.member_id).toBe(member.member_id)
      expect(result.member_email_id).toMatch(/^member-email-test-/)
      expect(result.member.email_address_verified).toBe(true)
      expect(result.member.member_password_id).toBe(member.member_password_id)
      expect(minutesBetween(result.member_session.started_at, result.member_session.expires_at)).toBe(60)
      expect(yield* memberSessionIds(member.member_id)).toEqual([result.member_session.member_session_id])
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong, session_token: old.session_token })),
        "UnauthorizedCredentials",
        "unauthorized_credentials",
        401
      )
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong2, session_token: old.session_token })),
        "SessionNotFound",
        "session_not_found",
        404
      )
      // The token is spent.
      expectApiError(
        yield* Effect.flip(b2b.email.reset({ password_reset_token: token, password: strong3 })),
        "UnableToAuthPasswordResetToken",
        "unable_to_auth_password_reset_token",
        401
      )
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("in an organization that requires MFA the reset ends pending, with no session", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const { grace } = yield* seedCast
      yield* b2b.email.resetStart({ organization_id: "globex", email_address: "grace@globex.com", reset_password_redirect_url: redirect })
      const pending = expectPending(
        yield* b2b.email.reset({ password_reset_token: yield* resetTokenFor("grace@globex.com"), password: strong2, session_duration_minutes: 30 })
      )
      expect(pending.member_id).toBe(grace.member_id)
      expect(pending.intermediate_session_token.length).toBeGreaterThan(0)
      expect(pending.mfa_required).toBeDefined()
      expect(yield* memberSessionIds(grace.member_id)).toEqual([])
      expectPending(yield* b2b.authenticate({ organization_id: "globex", email_address: "grace@globex.com", password: strong2 }))
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("unable_to_auth_password_reset_token for an unknown or expired token; weak_password keeps the token", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedCast
      expectApiError(
        yield* Effect.flip(b2b.email.reset({ password_reset_token: "no-such-token", password: strong2 })),
        "UnableToAuthPasswordResetToken",
        "unable_to_auth_password_reset_token",
        401
      )
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com", reset_password_redirect_url: redirect, reset_password_expiration_minutes: 5 })
      const token = yield* resetTokenFor("ada@acme.com")
      expectApiError(yield* Effect.flip(b2b.email.reset({ password_reset_token: token, password: weak })), "WeakPassword", "weak_password", 400)
      const breached = expectApiError(yield* Effect.flip(b2b.email.reset({ password_reset_token: token, password: common })), "WeakPassword", "weak_password", 400)
      expect(breached.error_message).toContain("breach")
      yield* control.advanceClock("6 minutes")
      expectApiError(
        yield* Effect.flip(b2b.email.reset({ password_reset_token: token, password: strong2 })),
        "UnableToAuthPasswordResetToken",
        "unable_to_auth_password_reset_token",
        401
      )
      yield* login("acme", "ada@acme.com", strong)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("PKCE: pkce_expected_code_verifier, pkce_mismatch, pkce_did_not_expect_code_verifier; the right verifier works", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      const pkce = yield* Pkce.make
      const other = yield* Pkce.make
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com", reset_password_redirect_url: redirect, code_challenge: pkce.code_challenge })
      const bound = yield* resetTokenFor("ada@acme.com")
      expectApiError(yield* Effect.flip(b2b.email.reset({ password_reset_token: bound, password: strong2 })), "PkceExpectedCodeVerifier", "pkce_expected_code_verifier", 400)
      expectApiError(
        yield* Effect.flip(b2b.email.reset({ password_reset_token: bound, password: strong2, code_verifier: other.code_verifier })),
        "PkceMismatch",
        "pkce_mismatch",
        400
      )
      expectAuthenticated(yield* b2b.email.reset({ password_reset_token: bound, password: strong2, code_verifier: pkce.code_verifier }))

      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com", reset_password_redirect_url: redirect })
      const unbound = yield* resetTokenFor("ada@acme.com")
      expectApiError(
        yield* Effect.flip(b2b.email.reset({ password_reset_token: unbound, password: strong3, code_verifier: pkce.code_verifier })),
        "PkceDidNotExpectCodeVerifier",
        "pkce_did_not_expect_code_verifier",
        400
      )
      expectAuthenticated(yield* b2b.email.reset({ password_reset_token: unbound, password: strong3 }))
      yield* login("acme", "ada@acme.com", strong3)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("an intermediate_session_token that matches nothing: intermediate_session_not_found, and the reset token is not spent", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com", reset_password_redirect_url: redirect })
      const token = yield* resetTokenFor("ada@acme.com")
      expectApiError(
        yield* Effect.flip(b2b.email.reset({ password_reset_token: token, password: strong2, intermediate_session_token: "no-such-intermediate-session" })),
        "IntermediateSessionNotFound",
        "intermediate_session_not_found",
        404
      )
      // Nothing happened: the old password still works and the token can still be used.
      yield* login("acme", "ada@acme.com", strong)
      expectAuthenticated(yield* b2b.email.reset({ password_reset_token: token, password: strong2 }))
    }).pipe(Effect.provide(b2bEmulator())))
})

describe("b2b.email.requireReset", () => {
  it.live("flags the password (member_reset_password until reset), with the member session sent as headers", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const { acme, ada } = yield* seedCast
      yield* seedMember({ organization_id: "acme", email_address: "admin@acme.com", password: strong2, roles: ["stytch_admin"] })
      const admin = yield* login("acme", "admin@acme.com", strong2)
      const flagged = yield* b2b.email.requireReset({
        email_address: "ada@acme.com",
        organization_id: "acme",
        authorization: { session_token: admin.session_token, session_jwt: admin.session_jwt }
      })
      expect(flagged.member_id).toBe(ada.member_id)
      expect(flagged.member?.email_address).toBe("ada@acme.com")
      expect(flagged.organization?.organization_id).toBe(acme.organization_id)
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong })),
        "MemberResetPassword",
        "member_reset_password",
        400
      )
      // Only Ada was flagged.
      yield* login("acme", "admin@acme.com", strong2)
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com", reset_password_redirect_url: redirect })
      expectAuthenticated(yield* b2b.email.reset({ password_reset_token: yield* resetTokenFor("ada@acme.com"), password: strong3 }))
      yield* login("acme", "ada@acme.com", strong3)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("the headers are read: a member session in them that is not live is session_not_found, and nothing is flagged", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      expectApiError(
        yield* Effect.flip(b2b.email.requireReset({ email_address: "ada@acme.com", organization_id: "acme", authorization: { session_token: "not-a-live-session-token-000000000000000" } })),
        "SessionNotFound",
        "session_not_found",
        404
      )
      expectApiError(
        yield* Effect.flip(b2b.email.requireReset({ email_address: "ada@acme.com", organization_id: "acme", authorization: { session_jwt: "not.a.jwt" } })),
        "SessionNotFound",
        "session_not_found",
        404
      )
      // The same over raw HTTP, with the header and nothing about it in the body.
      expectStytchError(
        yield* raw({
          path: B2BPasswords.endpoints.email.requireReset.path,
          body: { email_address: "ada@acme.com", organization_id: "acme" },
          headers: { "X-Stytch-Member-Session": "not-a-live-session-token-000000000000000" }
        }),
        404,
        "session_not_found"
      )
      yield* login("acme", "ada@acme.com")
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("organization_not_found, member_not_found, member_password_not_found; without an organization it needs cross-org passwords", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedCast
      yield* seedMember({ organization_id: "acme", email_address: "nopass@acme.com" })
      yield* seedMember({ organization_id: "globex", email_address: "ada@acme.com", password: strong2 })
      expectApiError(yield* Effect.flip(b2b.email.requireReset({ email_address: "ada@acme.com", organization_id: "nowhere" })), "OrganizationNotFound", "organization_not_found", 404)
      expectApiError(yield* Effect.flip(b2b.email.requireReset({ email_address: "nobody@acme.com", organization_id: "acme" })), "MemberNotFound", "member_not_found", 404)
      expectApiError(
        yield* Effect.flip(b2b.email.requireReset({ email_address: "nopass@acme.com", organization_id: "acme" })),
        "MemberPasswordNotFound",
        "member_password_not_found",
        404
      )
      expectApiError(
        yield* Effect.flip(b2b.email.requireReset({ email_address: "ada@acme.com" })),
        "CrossOrgPasswordsNotEnabled",
        "cross_org_passwords_not_enabled",
        400
      )
      yield* login("acme", "ada@acme.com")
      // With cross-org passwords on, every membership of the email is flagged.
      yield* control.updateSettings({ cross_org_passwords_enabled: true })
      yield* b2b.email.requireReset({ email_address: "ada@acme.com" })
      for (const [organization_id, password] of [["acme", strong], ["globex", strong2]] as const) {
        expectApiError(
          yield* Effect.flip(b2b.authenticate({ organization_id, email_address: "ada@acme.com", password })),
          "MemberResetPassword",
          "member_reset_password",
          400
        )
      }
    }).pipe(Effect.provide(b2bEmulator())))
})

describe("b2b.existingPassword.reset", () => {
  it.live("changes the password given the old one, revokes the member's sessions and starts a new one", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const { ada } = yield* seedCast
      const first = yield* login("acme", "ada@acme.com")
      const second = yield* login("acme", "ada@acme.com")
      expect((yield* memberSessionIds(ada.member_id))).toHaveLength(2)
      const result = expectAuthenticated(
        yield* b2b.existingPassword.reset({
          organization_id: "acme",
          email_address: "ada@acme.com",
          existing_password: strong,
          new_password: strong2,
          session_duration_minutes: 15
        })
      )
      expect(result.member_id).toBe(ada.member_id)
      expect(minutesBetween(result.member_session.started_at, result.member_session.expires_at)).toBe(15)
      expect(yield* memberSessionIds(ada.member_id)).toEqual([result.member_session.member_session_id])
      expect([first, second].map((s) => s.member_session.member_session_id)).not.toContain(result.member_session.member_session_id)
      yield* login("acme", "ada@acme.com", strong2)
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong })),
        "UnauthorizedCredentials",
        "unauthorized_credentials",
        401
      )
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("in an organization that requires MFA it ends pending", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      const pending = expectPending(
        yield* b2b.existingPassword.reset({ organization_id: "globex", email_address: "grace@globex.com", existing_password: strong, new_password: strong2 })
      )
      expect(pending.mfa_required).toBeDefined()
      expect(pending.intermediate_session_token.length).toBeGreaterThan(0)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("unauthorized_credentials, cannot_reset_password_with_existing_password, weak_password, member and organization not found", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      yield* seedMember({ organization_id: "acme", email_address: "nopass@acme.com" })
      const reset = (organization_id: string, email_address: string, existing_password: string, new_password: string) =>
        Effect.flip(b2b.existingPassword.reset({ organization_id, email_address, existing_password, new_password }))
      expectApiError(yield* reset("acme", "ada@acme.com", strong3, strong2), "UnauthorizedCredentials", "unauthorized_credentials", 401)
      expectApiError(
        yield* reset("acme", "ada@acme.com", strong, strong),
        "CannotResetPasswordWithExistingPassword",
        "cannot_reset_password_with_existing_password",
        400
      )
      expectApiError(yield* reset("acme", "ada@acme.com", strong, weak), "WeakPassword", "weak_password", 400)
      expectApiError(yield* reset("acme", "ada@acme.com", strong, common), "WeakPassword", "weak_password", 400)
      expectApiError(yield* reset("acme", "nobody@acme.com", strong, strong2), "MemberNotFound", "member_not_found", 404)
      expectApiError(yield* reset("acme", "nopass@acme.com", strong, strong2), "MemberPasswordNotFound", "member_password_not_found", 404)
      expectApiError(yield* reset("nowhere", "ada@acme.com", strong, strong2), "OrganizationNotFound", "organization_not_found", 404)
      yield* login("acme", "ada@acme.com", strong)
    }).pipe(Effect.provide(b2bEmulator())))
})

describe("b2b.sessions.reset", () => {
  it.live("sets the password, keeps the current session and revokes the member's others", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const { ada } = yield* seedCast
      const current = yield* login("acme", "ada@acme.com")
      const other = yield* login("acme", "ada@acme.com")
      const result = expectAuthenticated(
        yield* b2b.sessions.reset({ organization_id: "acme", session_token: current.session_token, password: strong2 })
      )
      expect(result.member_id).toBe(ada.member_id)
      expect(result.member_session.member_session_id).toBe(current.member_session.member_session_id)
      expect(result.session_token).toBe(current.session_token)
      expect(yield* memberSessionIds(ada.member_id)).toEqual([current.member_session.member_session_id])
      // The kept session still works; the other one is gone.
      const again = expectAuthenticated(
        yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong2, session_token: current.session_token })
      )
      expect(again.member_session.member_session_id).toBe(current.member_session.member_session_id)
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong2, session_token: other.session_token })),
        "SessionNotFound",
        "session_not_found",
        404
      )
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("takes the session_jwt instead, and extends the session when asked", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      const current = yield* login("acme", "ada@acme.com")
      const result = expectAuthenticated(
        yield* b2b.sessions.reset({ organization_id: "acme", session_jwt: current.session_jwt, password: strong2, session_duration_minutes: 240 })
      )
      expect(result.member_session.member_session_id).toBe(current.member_session.member_session_id)
      expect(minutesBetween(result.member_session.last_accessed_at, result.member_session.expires_at)).toBe(240)
      yield* login("acme", "ada@acme.com", strong2)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("no_session_arguments, session_not_found, session_too_old_to_reset_password, weak_password", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedCast
      expectApiError(
        yield* Effect.flip(b2b.sessions.reset({ organization_id: "acme", password: strong2 })),
        "NoSessionArguments",
        "no_session_arguments",
        400
      )
      expectApiError(
        yield* Effect.flip(b2b.sessions.reset({ organization_id: "acme", password: strong2, session_token: "no-such-session-token-000000000000000000" })),
        "SessionNotFound",
        "session_not_found",
        404
      )
      const current = yield* login("acme", "ada@acme.com")
      // A session of another organization does not name a session of this one.
      yield* seedMember({ organization_id: "globex", email_address: "ada@acme.com", password: strong })
      expectApiError(
        yield* Effect.flip(b2b.sessions.reset({ organization_id: "globex", password: strong2, session_token: current.session_token })),
        "SessionNotFound",
        "session_not_found",
        404
      )
      expectApiError(
        yield* Effect.flip(b2b.sessions.reset({ organization_id: "acme", password: weak, session_token: current.session_token })),
        "WeakPassword",
        "weak_password",
        400
      )
      yield* control.advanceClock("6 minutes")
      expectApiError(
        yield* Effect.flip(b2b.sessions.reset({ organization_id: "acme", password: strong2, session_token: current.session_token })),
        "SessionTooOldToResetPassword",
        "session_too_old_to_reset_password",
        400
      )
      yield* login("acme", "ada@acme.com", strong)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("the emulator itself refuses a body without either session field (skipping the client's checks)", () =>
    Effect.gen(function* () {
      yield* seedCast
      const error = yield* Effect.flip(callUnchecked(B2BPasswords.endpoints.sessions.reset, { organization_id: "acme", password: strong2 }))
      expectApiError(error, "NoSessionArguments", "no_session_arguments", 400)
    }).pipe(Effect.provide(b2bEmulator())))
})
