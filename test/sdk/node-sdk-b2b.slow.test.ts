/**
 * The official Node SDK's `B2BClient` (`stytch` 14.2.0), unchanged, against the emulator
 * served over HTTP on loopback: `new B2BClient({ project_id, secret, env: "http://127.0.0.1:<port>/" })`.
 *
 * One server for the whole file; every test seeds its own organization (a unique slug), so
 * the tests do not depend on each other's order.
 */
import { randomUUID } from "node:crypto"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Option, Redacted } from "effect"
import { B2BClient, ClientError } from "stytch"
import type { EmulatorControl } from "../../src/emulator/StytchEmulator.js"
import { type LoopbackEmulator, redirect, run, serveOnLoopback, strongPassword, stytchErrorOf, withoutWarnings } from "./support.js"

let server: LoopbackEmulator | undefined
let emulator: EmulatorControl
let client: B2BClient

/** A fresh organization (unique slug) with one member who has a password. */
const seed = async (options: { readonly mfa?: boolean } = {}) => {
  const slug = `org-${randomUUID().slice(0, 8)}`
  const organization = await run(
    emulator.seedOrganization({
      organization_name: `Org ${slug}`,
      organization_slug: slug,
      ...(options.mfa === true ? { mfa_policy: "REQUIRED_FOR_ALL" as const } : {})
    })
  )
  const email = `ada-${slug}@example.com`
  const password = strongPassword()
  const member = await run(emulator.seedMember({ organization_id: slug, email_address: email, password }))
  return { organization, member, slug, email, password }
}

beforeAll(async () => {
  const served = await serveOnLoopback()
  server = served
  emulator = served.emulator
  // The SDK warns about an http:// env; keep the test output quiet.
  client = withoutWarnings(() => new B2BClient({ project_id: emulator.projectId, secret: Redacted.value(emulator.secret), env: served.baseUrl })).value
})

afterAll(async () => {
  await server?.close()
})

describe("Node SDK B2BClient against the emulator over HTTP", () => {
  it("passwords.authenticate by slug makes a 60-minute member session when no duration is given", async () => {
    const { email, member, organization, password, slug } = await seed()
    const result = await client.passwords.authenticate({ organization_id: slug, email_address: email, password })
    expect(result.status_code).toBe(200)
    expect(result.request_id).toMatch(/^request-id-test-/)
    expect(result.member_id).toBe(member.member_id)
    expect(result.organization_id).toBe(organization.organization_id)
    expect(result.member.email_address).toBe(email)
    expect(result.organization.organization_slug).toBe(slug)
    expect(result.member_authenticated).toBe(true)
    expect(result.intermediate_session_token).toBe("")
    expect(result.session_token).not.toBe("")
    expect(result.session_jwt.split(".")).toHaveLength(3)
    const session = result.member_session
    expect(session?.member_id).toBe(member.member_id)
    expect(session?.organization_slug).toBe(slug)
    expect(Date.parse(session?.expires_at ?? "") - Date.parse(session?.started_at ?? "")).toBe(60 * 60_000)
    expect(session?.authentication_factors[0]).toMatchObject({ type: "password", delivery_method: "knowledge" })
  })

  it("passwords.authenticate in an organization that requires MFA: member_authenticated false, empty session fields", async () => {
    const { email, password, slug } = await seed({ mfa: true })
    const result = await client.passwords.authenticate({ organization_id: slug, email_address: email, password, session_duration_minutes: 60 })
    expect(result.member_authenticated).toBe(false)
    expect([result.session_token, result.session_jwt]).toEqual(["", ""])
    expect(result.member_session).toBeUndefined()
    expect(result.intermediate_session_token).not.toBe("")
    expect(result.mfa_required).toBeDefined()
  })

  it("a wrong password or an unknown organization rejects with a StytchError in Stytch's shape", async () => {
    const { email, password, slug } = await seed()
    const wrong = await stytchErrorOf(client.passwords.authenticate({ organization_id: slug, email_address: email, password: `${password}x` }))
    expect([wrong.status_code, wrong.error_type]).toEqual([401, "unauthorized_credentials"])
    expect(wrong.request_id).toMatch(/^request-id-test-/)
    expect(wrong.error_url).toBe("https://stytch.com/docs/api/errors/401#unauthorized_credentials")
    // The SDK puts the raw body in .message; the password is not in it.
    expect(JSON.parse(wrong.message)).toMatchObject({ status_code: 401, error_type: "unauthorized_credentials" })
    expect(wrong.message).not.toContain(password)
    const unknown = await stytchErrorOf(client.passwords.authenticate({ organization_id: `missing-${slug}`, email_address: email, password }))
    expect([unknown.status_code, unknown.error_type]).toEqual([404, "organization_not_found"])
  })

  it("passwords.existingPassword.reset changes the password and revokes the member's sessions", async () => {
    const { email, member, password, slug } = await seed()
    const before = await client.passwords.authenticate({ organization_id: slug, email_address: email, password })
    const next = strongPassword()
    const reset = await client.passwords.existingPassword.reset({
      organization_id: slug,
      email_address: email,
      existing_password: password,
      new_password: next,
      session_duration_minutes: 30
    })
    expect(reset.member_id).toBe(member.member_id)
    expect(reset.member_authenticated).toBe(true)
    expect(reset.member_session?.member_session_id).not.toBe(before.member_session?.member_session_id)
    await client.passwords.authenticate({ organization_id: slug, email_address: email, password: next })
    const old = await stytchErrorOf(client.passwords.authenticate({ organization_id: slug, email_address: email, password }))
    expect([old.status_code, old.error_type]).toEqual([401, "unauthorized_credentials"])
    const revoked = await stytchErrorOf(
      client.passwords.authenticate({ organization_id: slug, email_address: email, password: next, session_token: before.session_token })
    )
    expect([revoked.status_code, revoked.error_type]).toEqual([404, "session_not_found"])
  })

  it("passwords.email.resetStart then passwords.email.reset with the token from the outbox", async () => {
    const { email, member, slug } = await seed()
    const started = await client.passwords.email.resetStart({ organization_id: slug, email_address: email, reset_password_redirect_url: redirect })
    expect(started).toMatchObject({ status_code: 200, member_id: member.member_id })
    expect(started.member_email_id).toMatch(/^member-email-test-/)
    const token = Option.getOrThrow(await run(emulator.latestResetToken(email)))
    const message = (await run(emulator.outbox)).filter((m) => m.to === email).at(-1)
    expect(new URL(message?.reset_link ?? "").searchParams.get("stytch_token_type")).toBe("multi_tenant_passwords")
    const next = strongPassword()
    const reset = await client.passwords.email.reset({ password_reset_token: token, password: next })
    expect(reset.member_id).toBe(member.member_id)
    expect(reset.member_email_id).toBe(started.member_email_id)
    expect(reset.member.email_address_verified).toBe(true)
    expect(reset.member_authenticated).toBe(true)
    expect(reset.session_token).not.toBe("")
    await client.passwords.authenticate({ organization_id: slug, email_address: email, password: next })
    const spent = await stytchErrorOf(client.passwords.email.reset({ password_reset_token: token, password: strongPassword() }))
    expect([spent.status_code, spent.error_type]).toEqual([401, "unable_to_auth_password_reset_token"])
  })

  it("passwords.email.requireReset sends the member session in the SDK's headers; the next login is member_reset_password", async () => {
    const { email, password, slug } = await seed()
    const session = await client.passwords.authenticate({ organization_id: slug, email_address: email, password })
    const bad = await stytchErrorOf(
      client.passwords.email.requireReset({ email_address: email, organization_id: slug }, { authorization: { session_token: "not-a-live-session" } })
    )
    expect([bad.status_code, bad.error_type]).toEqual([404, "session_not_found"])
    const flagged = await client.passwords.email.requireReset(
      { email_address: email, organization_id: slug },
      { authorization: { session_jwt: session.session_jwt } }
    )
    expect(flagged.status_code).toBe(200)
    const error = await stytchErrorOf(client.passwords.authenticate({ organization_id: slug, email_address: email, password }))
    expect([error.status_code, error.error_type]).toEqual([400, "member_reset_password"])
  })

  it("sessions.authenticateJwtLocal accepts the emulator's B2B JWT through the B2B JWKS", async () => {
    const { email, member, organization, password, slug } = await seed()
    const result = await client.passwords.authenticate({
      organization_id: slug,
      email_address: email,
      password,
      session_custom_claims: { plan: "pro" }
    })
    const local = await client.sessions.authenticateJwtLocal({ session_jwt: result.session_jwt })
    expect(local).toMatchObject({
      member_session_id: result.member_session?.member_session_id,
      member_id: member.member_id,
      organization_id: organization.organization_id,
      organization_slug: slug,
      expires_at: result.member_session?.expires_at,
      custom_claims: { plan: "pro" }
    })
    expect(local.roles).toContain("stytch_member")
    expect(local.authentication_factors[0]).toMatchObject({ type: "password", delivery_method: "knowledge" })
    // The SDK's local path succeeds without a call to /v1/b2b/sessions/authenticate.
    const viaAuthenticateJwt = await client.sessions.authenticateJwt({ session_jwt: result.session_jwt })
    expect(viaAuthenticateJwt.member_session.member_session_id).toBe(result.member_session?.member_session_id)
    // The keys it used are the ones the B2B JWKS route serves.
    const jwks = await client.sessions.getJWKS({ project_id: emulator.projectId })
    const kid = JSON.parse(Buffer.from(result.session_jwt.split(".")[0] ?? "", "base64url").toString("utf8")).kid
    expect(jwks.keys.map((key) => key.kid)).toContain(kid)
    // Tampered, it fails locally.
    const [header, payload, signature] = result.session_jwt.split(".")
    const claims = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8"))
    const forged = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: "member-test-someone-else" })).toString("base64url")}.${signature}`
    const failure: unknown = await client.sessions.authenticateJwtLocal({ session_jwt: forged }).catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(ClientError)
    expect((failure as ClientError).code).toBe("jwt_invalid")
  })

  it("passwords.discovery.authenticate lists the organizations of the email once cross-org passwords are on", async () => {
    const first = await seed()
    const password = first.password
    const second = `org-${randomUUID().slice(0, 8)}`
    await run(emulator.seedOrganization({ organization_name: second, organization_slug: second, mfa_policy: "REQUIRED_FOR_ALL" }))
    await run(emulator.seedMember({ organization_id: second, email_address: first.email, password }))
    await run(emulator.updateSettings({ cross_org_passwords_enabled: true }))
    try {
      const found = await client.passwords.discovery.authenticate({ email_address: first.email, password })
      expect(found.email_address).toBe(first.email)
      expect(found.intermediate_session_token).not.toBe("")
      const bySlug = Object.fromEntries(found.discovered_organizations.map((o) => [o.organization?.organization_slug, o.member_authenticated]))
      expect(bySlug).toEqual({ [first.slug]: true, [second]: false })
    } finally {
      await run(emulator.updateSettings({ cross_org_passwords_enabled: false }))
    }
    const off = await stytchErrorOf(client.passwords.discovery.authenticate({ email_address: first.email, password }))
    expect([off.status_code, off.error_type]).toEqual([400, "cross_org_passwords_not_enabled"])
  })
})

describe("Node SDK B2BClient: the rest of a member's lifecycle", () => {
  it("sessions.get lists the member's live sessions, by organization id or slug", async () => {
    const { email, member, organization, password, slug } = await seed()
    const first = await client.passwords.authenticate({ organization_id: slug, email_address: email, password })
    const second = await client.passwords.authenticate({ organization_id: slug, email_address: email, password, session_duration_minutes: 120 })
    for (const organization_id of [organization.organization_id, slug]) {
      const listed = await client.sessions.get({ organization_id, member_id: member.member_id })
      expect(listed.status_code).toBe(200)
      expect(listed.member_sessions.map((session) => session.member_session_id)).toEqual([
        first.member_session?.member_session_id,
        second.member_session?.member_session_id
      ])
    }
    await client.sessions.revoke({ session_token: first.session_token })
    const after = await client.sessions.get({ organization_id: slug, member_id: member.member_id })
    expect(after.member_sessions.map((session) => session.member_session_id)).toEqual([second.member_session?.member_session_id])
    const unknown = await stytchErrorOf(client.sessions.get({ organization_id: `no-${slug}`, member_id: member.member_id }))
    expect([unknown.status_code, unknown.error_type]).toEqual([404, "organization_not_found"])
  })

  it("sessions.getJWKS returns the keys that sign member JWTs; another project's is 404 project_not_found", async () => {
    const { email, password, slug } = await seed()
    const result = await client.passwords.authenticate({ organization_id: slug, email_address: email, password })
    const jwks = await client.sessions.getJWKS({ project_id: emulator.projectId })
    expect(jwks.status_code).toBe(200)
    const kid = JSON.parse(Buffer.from(result.session_jwt.split(".")[0] ?? "", "base64url").toString("utf8")).kid
    expect(jwks.keys.find((key) => key.kid === kid)).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", key_ops: ["verify"] })
    const other = await stytchErrorOf(client.sessions.getJWKS({ project_id: "project-test-someone-else" }))
    expect([other.status_code, other.error_type]).toEqual([404, "project_not_found"])
  })

  it("organizations.members.delete: the member's sessions stop working and its login is member_not_found", async () => {
    const { email, member, password, slug } = await seed()
    const session = await client.passwords.authenticate({ organization_id: slug, email_address: email, password })
    const stale = await stytchErrorOf(
      client.organizations.members.delete({ organization_id: slug, member_id: member.member_id }, { authorization: { session_token: "not-a-live-session" } })
    )
    expect([stale.status_code, stale.error_type]).toEqual([404, "session_not_found"])
    const deleted = await client.organizations.members.delete(
      { organization_id: slug, member_id: member.member_id },
      { authorization: { session_jwt: session.session_jwt } }
    )
    expect([deleted.status_code, deleted.member_id]).toEqual([200, member.member_id])
    const gone = await stytchErrorOf(client.sessions.authenticate({ session_token: session.session_token }))
    expect([gone.status_code, gone.error_type]).toEqual([404, "session_not_found"])
    const login = await stytchErrorOf(client.passwords.authenticate({ organization_id: slug, email_address: email, password }))
    expect([login.status_code, login.error_type]).toEqual([404, "member_not_found"])
    const again = await stytchErrorOf(client.organizations.members.delete({ organization_id: slug, member_id: member.member_id }))
    expect([again.status_code, again.error_type]).toEqual([404, "member_not_found"])
  })
})
