/**
 * B2B authenticate, strength_check and migrate: our `B2BPasswords` client against the
 * in-process emulator, with the documented errors, the organization lookup by id, slug or
 * external id, MFA, the default member session and the B2B JWT.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit } from "effect"
import { B2BPasswords, matchAuthResult } from "../../../src/index.js"
import { StytchEmulator } from "../../../src/emulator/index.js"
import { saltedDigest } from "../support.js"
import {
  b2bEmulator,
  common,
  enrollInMfa,
  expectApiError,
  expectAuthenticated,
  expectPending,
  login,
  memberSessionIds,
  minutesBetween,
  requireMfaIn,
  seedCast,
  seedMember,
  seedOrganization,
  strong,
  strong2,
  uuid,
  verifyB2BJwt,
  weak
} from "./support.js"

describe("b2b.authenticate", () => {
  it.live("logs a member in with a 60-minute member session when no duration is given", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const { acme, ada } = yield* seedCast
      const result = expectAuthenticated(
        yield* b2b.authenticate({ organization_id: acme.organization_id, email_address: "ada@acme.com", password: strong })
      )
      expect(result.status_code).toBe(200)
      expect(result.request_id).toMatch(new RegExp(`^request-id-test-${uuid}$`))
      expect(result.member_id).toBe(ada.member_id)
      expect(result.organization_id).toBe(acme.organization_id)
      expect(result.member.email_address).toBe("ada@acme.com")
      expect(result.member.member_password_id).toMatch(/^member-password-test-/)
      expect(result.organization.organization_slug).toBe("acme")
      expect(result.intermediate_session_token).toBeUndefined()
      expect(result.mfa_required).toBeUndefined()
      expect(result.session_token.length).toBeGreaterThanOrEqual(43)
      expect(result.session_jwt.split(".")).toHaveLength(3)
      const session = result.member_session
      expect(session.member_session_id).toMatch(new RegExp(`^member-session-test-${uuid}$`))
      expect(session.member_id).toBe(ada.member_id)
      expect(session.organization_id).toBe(acme.organization_id)
      expect(session.organization_slug).toBe("acme")
      expect(minutesBetween(session.started_at, session.expires_at)).toBe(60)
      expect(session.authentication_factors).toHaveLength(1)
      expect(session.authentication_factors[0]).toMatchObject({
        type: "password",
        delivery_method: "knowledge",
        email_factor: { email_address: "ada@acme.com" }
      })
      expect(yield* memberSessionIds(ada.member_id)).toEqual([session.member_session_id])
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("session_duration_minutes sets the member session's length; custom claims are kept", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      const result = expectAuthenticated(
        yield* b2b.authenticate({
          organization_id: "acme",
          email_address: "ada@acme.com",
          password: strong,
          session_duration_minutes: 30,
          session_custom_claims: { plan: "pro", iss: "ignored" }
        })
      )
      expect(minutesBetween(result.member_session.started_at, result.member_session.expires_at)).toBe(30)
      expect(result.member_session.custom_claims).toEqual({ plan: "pro" })
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("organization_id takes the organization's id, slug or external id; the email's case does not matter", () =>
    Effect.gen(function* () {
      const { acme, ada } = yield* seedCast
      for (const reference of [acme.organization_id, "acme", "acme-external"]) {
        const result = yield* login(reference, "ADA@Acme.com")
        expect([result.member_id, result.organization_id]).toEqual([ada.member_id, acme.organization_id])
      }
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("the B2B JWT: sub is the member id, the organization claim, verified with jose against the B2B JWKS", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const { acme, ada } = yield* seedCast
      const result = yield* login("acme", "ada@acme.com")
      const { payload, protectedHeader } = yield* verifyB2BJwt(result.session_jwt)
      expect(protectedHeader).toMatchObject({ alg: "RS256", typ: "JWT" })
      expect(protectedHeader.kid).toEqual(expect.any(String))
      expect(payload.sub).toBe(ada.member_id)
      expect(payload.iss).toBe(`stytch.com/${control.projectId}`)
      expect(payload.aud).toEqual([control.projectId])
      expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(300)
      expect(payload["https://stytch.com/organization"]).toEqual({ organization_id: acme.organization_id, slug: "acme" })
      expect(payload["https://stytch.com/session"]).toMatchObject({
        id: result.member_session.member_session_id,
        expires_at: result.member_session.expires_at,
        authentication_factors: [expect.objectContaining({ type: "password", delivery_method: "knowledge" })]
      })
      // Tampered, it no longer verifies.
      const [header, , signature] = result.session_jwt.split(".")
      const forged = `${header}.${Buffer.from(JSON.stringify({ ...payload, sub: "member-test-someone-else" })).toString("base64url")}.${signature}`
      const exit = yield* Effect.exit(verifyB2BJwt(forged))
      expect(Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "verified").toMatch(/signature verification failed/)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("a session_token or session_jwt of the member extends that session", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const { ada } = yield* seedCast
      const first = yield* login("acme", "ada@acme.com")
      const byToken = expectAuthenticated(
        yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong, session_token: first.session_token, session_duration_minutes: 120 })
      )
      expect(byToken.member_session.member_session_id).toBe(first.member_session.member_session_id)
      expect(byToken.session_token).toBe(first.session_token)
      expect(minutesBetween(byToken.member_session.last_accessed_at, byToken.member_session.expires_at)).toBe(120)
      const byJwt = expectAuthenticated(
        yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong, session_jwt: first.session_jwt })
      )
      expect(byJwt.member_session.member_session_id).toBe(first.member_session.member_session_id)
      expect(yield* memberSessionIds(ada.member_id)).toEqual([first.member_session.member_session_id])
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("organization_not_found, member_not_found, member_password_not_found, unauthorized_credentials", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      yield* seedMember({ organization_id: "acme", email_address: "nopass@acme.com" })
      const attempt = (organization_id: string, email_address: string, password: string) =>
        Effect.flip(b2b.authenticate({ organization_id, email_address, password }))
      expectApiError(yield* attempt("no-such-org", "ada@acme.com", strong), "OrganizationNotFound", "organization_not_found", 404)
      expectApiError(yield* attempt("acme", "grace@globex.com", strong), "MemberNotFound", "member_not_found", 404)
      expectApiError(yield* attempt("acme", "nopass@acme.com", strong), "MemberPasswordNotFound", "member_password_not_found", 404)
      const wrong = expectApiError(yield* attempt("acme", "ada@acme.com", strong2), "UnauthorizedCredentials", "unauthorized_credentials", 401)
      expect(wrong.error_message).not.toContain(strong2)
      expect(yield* Effect.flatMap(StytchEmulator, (control) => control.exportState)).toMatchObject({ member_sessions: [] })
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("member_reset_password for a password marked breached, even when it is right", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedCast
      yield* login("acme", "ada@acme.com")
      yield* control.markBreached(strong)
      const error = expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong })),
        "MemberResetPassword",
        "member_reset_password",
        400
      )
      expect(error.error_message).not.toContain(strong)
      // A wrong password is still just wrong.
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong2 })),
        "UnauthorizedCredentials",
        "unauthorized_credentials",
        401
      )
      // With breach detection off the breached password logs in again.
      yield* control.updateSettings({ breach_detection_on_create: false })
      yield* login("acme", "ada@acme.com")
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("operation_restricted_by_organization_auth_methods when the organization does not allow passwords", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedOrganization({ organization_name: "SSO only", organization_slug: "sso-only", auth_methods: "RESTRICTED", allowed_auth_methods: ["sso"] })
      yield* seedOrganization({ organization_name: "Passwords ok", organization_slug: "pw-ok", auth_methods: "RESTRICTED", allowed_auth_methods: ["sso", "password"] })
      yield* seedMember({ organization_id: "sso-only", email_address: "ada@acme.com", password: strong })
      yield* seedMember({ organization_id: "pw-ok", email_address: "ada@acme.com", password: strong })
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "sso-only", email_address: "ada@acme.com", password: strong })),
        "OperationRestrictedByOrganizationAuthMethods",
        "operation_restricted_by_organization_auth_methods",
        403
      )
      yield* login("pw-ok", "ada@acme.com")
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("intermediate_session_token: unknown or expired is intermediate_session_not_found; another organization's is refused", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      expectApiError(
        yield* Effect.flip(
          b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong, intermediate_session_token: "not-an-intermediate-session-token" })
        ),
        "IntermediateSessionNotFound",
        "intermediate_session_not_found",
        404
      )
      // One from a pending login at Globex is not for Acme, and it lasts 10 minutes.
      yield* seedMember({ organization_id: "globex", email_address: "ada@acme.com", password: strong })
      const pending = expectPending(yield* b2b.authenticate({ organization_id: "globex", email_address: "ada@acme.com", password: strong }))
      const withToken = { email_address: "ada@acme.com", password: strong, intermediate_session_token: pending.intermediate_session_token }
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", ...withToken })),
        "InvalidIntermediateSessionTokenForOrganization",
        "invalid_intermediate_session_token_for_organization",
        400
      )
      expectPending(yield* b2b.authenticate({ organization_id: "globex", ...withToken }))
      yield* Effect.flatMap(StytchEmulator, (control) => control.advanceClock("11 minutes"))
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "globex", ...withToken })),
        "IntermediateSessionNotFound",
        "intermediate_session_not_found",
        404
      )
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("a session token or JWT that matches no live member session: session_not_found; another member's session too", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedCast
      yield* seedMember({ organization_id: "acme", email_address: "bob@acme.com", password: strong2 })
      const bob = yield* login("acme", "bob@acme.com", strong2)
      const attempt = (extra: { readonly session_token?: string; readonly session_jwt?: string }) =>
        Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong, ...extra }))
      expectApiError(yield* attempt({ session_token: "no-such-session-token-0000000000000000000000" }), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* attempt({ session_jwt: "not.a.jwt" }), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* attempt({ session_token: bob.session_token }), "SessionNotFound", "session_not_found", 404)
      // Expired sessions are not live.
      const ada = yield* login("acme", "ada@acme.com", strong, 5)
      yield* control.advanceClock("6 minutes")
      expectApiError(yield* attempt({ session_token: ada.session_token }), "SessionNotFound", "session_not_found", 404)
    }).pipe(Effect.provide(b2bEmulator())))
})

describe("b2b.authenticate with MFA", () => {
  it.live("REQUIRED_FOR_ALL: member_authenticated false, an intermediate session token, mfa_required, no session", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const { globex, grace } = yield* seedCast
      const result = yield* b2b.authenticate({
        organization_id: "globex",
        email_address: "grace@globex.com",
        password: strong,
        session_duration_minutes: 60,
        session_custom_claims: { ignored: true }
      })
      const pending = expectPending(result)
      expect(pending.member_id).toBe(grace.member_id)
      expect(pending.organization_id).toBe(globex.organization_id)
      expect(pending.organization.mfa_policy).toBe("REQUIRED_FOR_ALL")
      expect(pending.intermediate_session_token.length).toBeGreaterThanOrEqual(43)
      expect(pending.mfa_required?.member_options).toEqual({ mfa_phone_number: "+12025550162", totp_registration_id: "" })
      expect(pending.session_token).toBeUndefined()
      expect(pending.session_jwt).toBeUndefined()
      expect(pending.member_session).toBeUndefined()
      expect(yield* memberSessionIds(grace.member_id)).toEqual([])
      // matchAuthResult takes the pending branch.
      expect(
        matchAuthResult(result, { authenticated: () => "session", pending: (r) => `mfa:${r.intermediate_session_token.length > 0}` })
      ).toBe("mfa:true")
      // The intermediate session token is accepted back by authenticate (still pending).
      expectPending(
        yield* b2b.authenticate({ organization_id: "globex", email_address: "grace@globex.com", password: strong, intermediate_session_token: pending.intermediate_session_token })
      )
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("a member with mfa_enrolled in an MFA-optional organization is pending too; others are not", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      const enrolled = yield* seedMember({ organization_id: "acme", email_address: "eve@acme.com", password: strong, mfa_enrolled: true })
      expect(enrolled.mfa_enrolled).toBe(true)
      const pending = expectPending(yield* b2b.authenticate({ organization_id: "acme", email_address: "eve@acme.com", password: strong }))
      expect(pending.member.mfa_enrolled).toBe(true)
      expect(pending.mfa_required).toBeDefined()
      yield* login("acme", "ada@acme.com")
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("a valid member session token or JWT skips MFA, whether the member enrolled or the organization requires it", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const { acme, ada } = yield* seedCast
      const before = yield* login("acme", "ada@acme.com")
      const attempt = (extra: { readonly session_token?: string; readonly session_jwt?: string }) =>
        b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong, ...extra })

      yield* enrollInMfa(ada.member_id)
      expectPending(yield* attempt({}))
      const byToken = expectAuthenticated(yield* attempt({ session_token: before.session_token }))
      expect(byToken.member_session.member_session_id).toBe(before.member_session.member_session_id)
      expect(byToken.intermediate_session_token).toBeUndefined()

      yield* requireMfaIn(acme.organization_id)
      expectPending(yield* attempt({}))
      const byJwt = expectAuthenticated(yield* attempt({ session_jwt: before.session_jwt }))
      expect(byJwt.member_session.member_session_id).toBe(before.member_session.member_session_id)
      expect(byJwt.organization.mfa_policy).toBe("REQUIRED_FOR_ALL")
      // A session that is not live does not skip anything: it is refused.
      expectApiError(yield* Effect.flip(attempt({ session_token: "stale-token-000000000000000000000000000000" })), "SessionNotFound", "session_not_found", 404)
    }).pipe(Effect.provide(b2bEmulator())))
})

describe("b2b.strengthCheck", () => {
  it.live("zxcvbn: zxcvbn_feedback, no luds_feedback; breaches reported only with email_address", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const good = yield* b2b.strengthCheck({ password: strong })
      expect(good).toMatchObject({ valid_password: true, breached_password: false, strength_policy: "zxcvbn", breach_detection_on_create: true })
      expect(good.score).toBeGreaterThanOrEqual(3)
      expect(good.zxcvbn_feedback).toEqual({ warning: "", suggestions: [] })
      expect(good.luds_feedback).toBeUndefined()
      const poor = yield* b2b.strengthCheck({ password: weak })
      expect(poor.valid_password).toBe(false)
      expect(poor.score).toBeLessThan(3)
      expect((poor.zxcvbn_feedback?.warning ?? "") + (poor.zxcvbn_feedback?.suggestions.join("") ?? "")).not.toBe("")
      expect((yield* b2b.strengthCheck({ password: common })).breached_password).toBe(false)
      expect((yield* b2b.strengthCheck({ password: common, email_address: "ada@acme.com" })).breached_password).toBe(true)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("LUDS: luds_feedback with what is missing, no zxcvbn_feedback", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* control.updateSettings({ strength_policy: "luds", luds_min_length: 10, luds_min_complexity: 4 })
      const check = yield* b2b.strengthCheck({ password: "abcDEF1" })
      expect(check.strength_policy).toBe("luds")
      expect(check.valid_password).toBe(false)
      expect(check.zxcvbn_feedback).toBeUndefined()
      expect(check.luds_feedback).toEqual({
        has_lower_case: true,
        has_upper_case: true,
        has_digit: true,
        has_symbol: false,
        missing_complexity: 1,
        missing_characters: 3
      })
      expect((yield* b2b.strengthCheck({ password: "abcDEF12!?" })).valid_password).toBe(true)
    }).pipe(Effect.provide(b2bEmulator())))
})

describe("b2b.migrate", () => {
  it.live("creates the member with the email verified (member_created true), who then logs in with the old password", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      const { acme } = yield* seedCast
      const migrated = yield* b2b.migrate({
        organization_id: "acme-external",
        email_address: "linus@acme.com",
        hash: saltedDigest("sha512", strong2, "pre-"),
        hash_type: "sha_512",
        sha_512_config: { prepend_salt: "pre-", append_salt: "" },
        name: "Linus",
        trusted_metadata: { legacy_id: 7 },
        roles: ["editor"]
      })
      expect(migrated.member_created).toBe(true)
      expect(migrated.member_id).toMatch(new RegExp(`^member-test-${uuid}$`))
      expect(migrated.member).toMatchObject({
        organization_id: acme.organization_id,
        email_address: "linus@acme.com",
        email_address_verified: true,
        name: "Linus",
        trusted_metadata: { legacy_id: 7 },
        status: "active"
      })
      expect(migrated.member.member_password_id).not.toBe("")
      expect(migrated.organization.organization_id).toBe(acme.organization_id)
      expect((yield* control.members).map((member) => member.email_address)).toContain("linus@acme.com")
      const result = yield* login("acme", "linus@acme.com", strong2)
      expect(result.member_id).toBe(migrated.member_id)
      expect(result.member_session.roles).toEqual(["stytch_member", "editor"])
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "linus@acme.com", password: strong })),
        "UnauthorizedCredentials",
        "unauthorized_credentials",
        401
      )
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("gives a password to an existing member without one (member_created false), verifying the email", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedCast
      const member = yield* seedMember({ organization_id: "acme", email_address: "nopass@acme.com", email_address_verified: false })
      expect(member.email_address_verified).toBe(false)
      const migrated = yield* b2b.migrate({ organization_id: "acme", email_address: "NoPass@acme.com", hash: saltedDigest("md5", strong2), hash_type: "md_5" })
      expect(migrated.member_created).toBe(false)
      expect(migrated.member_id).toBe(member.member_id)
      expect(migrated.member.email_address_verified).toBe(true)
      yield* login("acme", "nopass@acme.com", strong2)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("password_already_exists, organization_not_found, and a malformed hash", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedCast
      expectApiError(
        yield* Effect.flip(b2b.migrate({ organization_id: "acme", email_address: "ada@acme.com", hash: saltedDigest("md5", strong2), hash_type: "md_5" })),
        "PasswordAlreadyExists",
        "password_already_exists",
        400
      )
      yield* login("acme", "ada@acme.com")
      expectApiError(
        yield* Effect.flip(b2b.migrate({ organization_id: "nowhere", email_address: "x@acme.com", hash: saltedDigest("md5", strong2), hash_type: "md_5" })),
        "OrganizationNotFound",
        "organization_not_found",
        404
      )
      expectApiError(
        yield* Effect.flip(b2b.migrate({ organization_id: "acme", email_address: "x@acme.com", hash: "not-hex", hash_type: "md_5" })),
        "InvalidHash",
        "invalid_hash",
        400
      )
      expect((yield* control.members).map((member) => member.email_address)).not.toContain("x@acme.com")
    }).pipe(Effect.provide(b2bEmulator())))
})
