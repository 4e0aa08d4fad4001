/**
 * B2B discovery (cross-organization passwords) against the in-process emulator: every
 * organization the email belongs to is discovered, behind the project's cross-org setting;
 * a discovery reset sets the password of every membership.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { B2BPasswords, Pkce } from "../../../src/index.js"
import { StytchEmulator } from "../../../src/emulator/index.js"
import {
  b2bEmulator,
  common,
  expectApiError,
  expectAuthenticated,
  expectPending,
  login,
  memberSessionIds,
  redirect,
  resetTokenFor,
  seedMember,
  seedOrganization,
  strong,
  strong2,
  strong3,
  weak
} from "./support.js"

const email = "ada@example.com"

/**
 * One email address in four organizations: `acme` (no MFA, password `strong`), `globex`
 * (MFA required, `strong`), `initech` (another password, `strong2`) and `hooli` (no password).
 */
const seedMemberships = (options: { readonly crossOrg?: boolean } = {}) =>
  Effect.gen(function* () {
    const control = yield* StytchEmulator
    if (options.crossOrg !== false) yield* control.updateSettings({ cross_org_passwords_enabled: true })
    const organizations = {
      acme: yield* seedOrganization({ organization_name: "Acme", organization_slug: "acme" }),
      globex: yield* seedOrganization({ organization_name: "Globex", organization_slug: "globex", mfa_policy: "REQUIRED_FOR_ALL" }),
      initech: yield* seedOrganization({ organization_name: "Initech", organization_slug: "initech" }),
      hooli: yield* seedOrganization({ organization_name: "Hooli", organization_slug: "hooli" })
    }
    const members = {
      acme: yield* seedMember({ organization_id: "acme", email_address: email, password: strong }),
      globex: yield* seedMember({ organization_id: "globex", email_address: email, password: strong }),
      initech: yield* seedMember({ organization_id: "initech", email_address: email, password: strong2 }),
      hooli: yield* seedMember({ organization_id: "hooli", email_address: email, email_address_verified: false })
    }
    // Someone else, to show discovery is about this one address.
    yield* seedMember({ organization_id: "acme", email_address: "bob@example.com", password: strong })
    return { organizations, members }
  })

/** The discovered organizations by slug. */
const bySlug = <A extends { readonly organization?: { readonly organization_slug: string } | undefined }>(found: ReadonlyArray<A>) =>
  Object.fromEntries(found.map((entry) => [entry.organization?.organization_slug ?? "?", entry]))

describe("b2b.discovery.authenticate", () => {
  it.live("lists every organization the email belongs to, authenticated where the password matched and no MFA is due", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const { members, organizations } = yield* seedMemberships()
      const result = yield* b2b.discovery.authenticate({ email_address: "ADA@example.com", password: strong })
      expect(result.email_address).toBe("ADA@example.com")
      expect(result.intermediate_session_token.length).toBeGreaterThanOrEqual(43)
      expect(result.discovered_organizations).toHaveLength(4)
      const found = bySlug(result.discovered_organizations)
      expect(Object.keys(found).sort()).toEqual(["acme", "globex", "hooli", "initech"])
      expect(found["acme"]).toMatchObject({ member_authenticated: true, membership: { type: "active_member", member: { member_id: members.acme.member_id } } })
      expect(found["acme"]?.mfa_required).toBeUndefined()
      expect(found["acme"]?.primary_required).toBeUndefined()
      expect(found["acme"]?.organization?.organization_id).toBe(organizations.acme.organization_id)
      expect(found["globex"]).toMatchObject({ member_authenticated: false, membership: { member: { member_id: members.globex.member_id } } })
      expect(found["globex"]?.mfa_required).toBeDefined()
      expect(found["initech"]).toMatchObject({ member_authenticated: false, primary_required: { allowed_auth_methods: ["password"] } })
      expect(found["hooli"]).toMatchObject({ member_authenticated: false, primary_required: { allowed_auth_methods: ["password"] } })
      // No member session is made by discovery.
      for (const member of Object.values(members)) expect(yield* memberSessionIds(member.member_id)).toEqual([])
      // The other password finds the same organizations, authenticated elsewhere.
      const other = bySlug((yield* b2b.discovery.authenticate({ email_address: email, password: strong2 })).discovered_organizations)
      expect(Object.fromEntries(Object.entries(other).map(([slug, entry]) => [slug, entry.member_authenticated]))).toEqual({
        acme: false,
        globex: false,
        initech: true,
        hooli: false
      })
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("the intermediate session token it returns is accepted by authenticate in an organization", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedMemberships()
      const { intermediate_session_token } = yield* b2b.discovery.authenticate({ email_address: email, password: strong })
      expectAuthenticated(yield* b2b.authenticate({ organization_id: "acme", email_address: email, password: strong, intermediate_session_token }))
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("cross_org_passwords_not_enabled until the project setting is on", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedMemberships({ crossOrg: false })
      expectApiError(
        yield* Effect.flip(b2b.discovery.authenticate({ email_address: email, password: strong })),
        "CrossOrgPasswordsNotEnabled",
        "cross_org_passwords_not_enabled",
        400
      )
      expectApiError(
        yield* Effect.flip(b2b.discovery.email.resetStart({ email_address: email, reset_password_redirect_url: redirect })),
        "CrossOrgPasswordsNotEnabled",
        "cross_org_passwords_not_enabled",
        400
      )
      expect(yield* control.outbox).toEqual([])
      yield* control.updateSettings({ cross_org_passwords_enabled: true })
      yield* b2b.discovery.email.resetStart({ email_address: email, reset_password_redirect_url: redirect })
      const token = yield* resetTokenFor(email)
      expect((yield* b2b.discovery.authenticate({ email_address: email, password: strong })).discovered_organizations).toHaveLength(4)
      // Turned off again: the reset is refused too, and the token stays usable.
      yield* control.updateSettings({ cross_org_passwords_enabled: false })
      expectApiError(
        yield* Effect.flip(b2b.discovery.email.reset({ password_reset_token: token, password: strong3 })),
        "CrossOrgPasswordsNotEnabled",
        "cross_org_passwords_not_enabled",
        400
      )
      yield* control.updateSettings({ cross_org_passwords_enabled: true })
      yield* b2b.discovery.email.reset({ password_reset_token: token, password: strong3 })
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("email_not_found, unauthorized_credentials, member_password_not_found, member_reset_password", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedMemberships()
      yield* seedMember({ organization_id: "initech", email_address: "nopass@example.com" })
      const discover = (email_address: string, password: string) => Effect.flip(b2b.discovery.authenticate({ email_address, password }))
      expectApiError(yield* discover("nobody@example.com", strong), "EmailNotFound", "email_not_found", 404)
      expectApiError(yield* discover(email, strong3), "UnauthorizedCredentials", "unauthorized_credentials", 401)
      expectApiError(yield* discover("nopass@example.com", strong), "MemberPasswordNotFound", "member_password_not_found", 404)
      // A membership flagged for reset stops that password.
      yield* b2b.email.requireReset({ email_address: email, organization_id: "initech" })
      expectApiError(yield* discover(email, strong2), "MemberResetPassword", "member_reset_password", 400)
      yield* b2b.discovery.authenticate({ email_address: email, password: strong })
      // So does a breach.
      yield* control.markBreached(strong)
      expectApiError(yield* discover(email, strong), "MemberResetPassword", "member_reset_password", 400)
    }).pipe(Effect.provide(b2bEmulator())))
})

describe("b2b.discovery.email.resetStart and reset", () => {
  it.live("reset start emails a discovery link; reset sets the password of every membership and verifies the email", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      const { members } = yield* seedMemberships()
      const old = yield* login("acme", email, strong)
      const started = yield* b2b.discovery.email.resetStart({
        email_address: email,
        reset_password_redirect_url: redirect,
        discovery_redirect_url: "https://app.example.com/discover",
        locale: "es"
      })
      expect(started.status_code).toBe(200)
      const [message] = yield* control.outbox
      expect(message).toMatchObject({ to: email, kind: "reset_password", locale: "es", login_link: "https://app.example.com/discover" })
      expect(message?.user_id).toBeUndefined()
      const link = new URL(message?.reset_link ?? "")
      expect(link.searchParams.get("stytch_token_type")).toBe("discovery")
      const token = link.searchParams.get("token") ?? ""
      expect(token).toBe(yield* resetTokenFor(email))

      const reset = yield* b2b.discovery.email.reset({ password_reset_token: token, password: strong3 })
      expect(reset.email_address).toBe(email)
      expect(reset.intermediate_session_token.length).toBeGreaterThanOrEqual(43)
      const found = bySlug(reset.discovered_organizations)
      expect(Object.fromEntries(Object.entries(found).map(([slug, entry]) => [slug, entry.member_authenticated]))).toEqual({
        acme: true,
        globex: false,
        initech: true,
        hooli: true
      })
      expect(found["globex"]?.mfa_required).toBeDefined()
      expect(found["hooli"]?.membership?.member?.email_address_verified).toBe(true)
      expect(found["hooli"]?.membership?.member?.member_password_id).not.toBe("")

      // Every membership has the new password now; the old ones are gone.
      for (const slug of ["acme", "initech", "hooli"]) {
        yield* login(slug, email, strong3)
        for (const password of [strong, strong2]) {
          expectApiError(
            yield* Effect.flip(b2b.authenticate({ organization_id: slug, email_address: email, password })),
            "UnauthorizedCredentials",
            "unauthorized_credentials",
            401
          )
        }
      }
      expectPending(yield* b2b.authenticate({ organization_id: "globex", email_address: email, password: strong3 }))
      // The member sessions from before the reset were revoked.
      expect(yield* memberSessionIds(members.acme.member_id)).not.toContain(old.member_session.member_session_id)
      // Bob, in acme too, is untouched.
      yield* login("acme", "bob@example.com", strong)
      // The token is spent.
      expectApiError(
        yield* Effect.flip(b2b.discovery.email.reset({ password_reset_token: token, password: strong2 })),
        "UnableToAuthPasswordResetToken",
        "unable_to_auth_password_reset_token",
        401
      )
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("reset start: email_not_found, no_password_reset_redirect_url, invalid_discovery_redirect_url", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* seedMemberships()
      expectApiError(
        yield* Effect.flip(b2b.discovery.email.resetStart({ email_address: "nobody@example.com", reset_password_redirect_url: redirect })),
        "EmailNotFound",
        "email_not_found",
        404
      )
      expectApiError(
        yield* Effect.flip(b2b.discovery.email.resetStart({ email_address: email })),
        "NoPasswordResetRedirectUrl",
        "no_password_reset_redirect_url",
        400
      )
      expectApiError(
        yield* Effect.flip(b2b.discovery.email.resetStart({ email_address: email, reset_password_redirect_url: redirect, discovery_redirect_url: "not a url" })),
        "InvalidDiscoveryRedirectUrl",
        "invalid_discovery_redirect_url",
        400
      )
      expect(yield* control.outbox).toEqual([])
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("PKCE with pkce_code_challenge / pkce_code_verifier; weak_password; org and discovery tokens do not mix", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      yield* seedMemberships()
      const pkce = yield* Pkce.make
      const other = yield* Pkce.make
      yield* b2b.discovery.email.resetStart({ email_address: email, reset_password_redirect_url: redirect, pkce_code_challenge: pkce.code_challenge })
      const token = yield* resetTokenFor(email)
      const reset = (password: string, pkce_code_verifier?: string) =>
        Effect.flip(b2b.discovery.email.reset({ password_reset_token: token, password, ...(pkce_code_verifier === undefined ? {} : { pkce_code_verifier }) }))
      expectApiError(yield* reset(strong3), "PkceExpectedCodeVerifier", "pkce_expected_code_verifier", 400)
      expectApiError(yield* reset(strong3, other.code_verifier), "PkceMismatch", "pkce_mismatch", 400)
      expectApiError(yield* reset(weak, pkce.code_verifier), "WeakPassword", "weak_password", 400)
      expectApiError(yield* reset(common, pkce.code_verifier), "WeakPassword", "weak_password", 400)
      // A discovery token is not an organization reset token.
      expectApiError(
        yield* Effect.flip(b2b.email.reset({ password_reset_token: token, password: strong3, code_verifier: pkce.code_verifier })),
        "UnableToAuthPasswordResetToken",
        "unable_to_auth_password_reset_token",
        401
      )
      yield* b2b.discovery.email.reset({ password_reset_token: token, password: strong3, pkce_code_verifier: pkce.code_verifier })

      yield* b2b.discovery.email.resetStart({ email_address: email, reset_password_redirect_url: redirect })
      expectApiError(
        yield* Effect.flip(b2b.discovery.email.reset({ password_reset_token: yield* resetTokenFor(email), password: strong2, pkce_code_verifier: pkce.code_verifier })),
        "PkceDidNotExpectCodeVerifier",
        "pkce_did_not_expect_code_verifier",
        400
      )
      // An organization token is not a discovery token.
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: email, reset_password_redirect_url: redirect })
      expectApiError(
        yield* Effect.flip(b2b.discovery.email.reset({ password_reset_token: yield* resetTokenFor(email), password: strong2 })),
        "UnableToAuthPasswordResetToken",
        "unable_to_auth_password_reset_token",
        401
      )
    }).pipe(Effect.provide(b2bEmulator())))
})
