/**
 * Seeding B2B organizations and members through the control API, as Effects and over HTTP
 * (`/emulator/v1/organizations`, `/emulator/v1/members`), and B2B state through export, wipe
 * and import.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { B2BPasswords } from "../../../src/index.js"
import { type EmulatorState, StytchEmulator } from "../../../src/emulator/index.js"
import {
  b2bEmulator,
  expectApiError,
  expectAuthenticated,
  expectPending,
  expectStytchError,
  login,
  raw,
  redirect,
  resetTokenFor,
  seedCast,
  strong,
  strong2,
  uuid,
  verifyB2BJwt
} from "./support.js"

/** A JSON round trip, as a file on disk would make. */
const throughJson = (state: EmulatorState): unknown => JSON.parse(JSON.stringify(state))

describe("seeding through the control API", () => {
  it.live("updateOrganization and updateMember change MFA settings, as Effects and over HTTP", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const organization = yield* Effect.orDie(control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" }))
      const member = yield* Effect.orDie(control.seedMember({ organization_id: "acme", email_address: "ada@acme.com", password: strong }))
      expectAuthenticated(yield* login(organization.organization_id, "ada@acme.com"))
      yield* Effect.orDie(control.updateMember(member.member_id, { mfa_enrolled: true, mfa_phone_number: "+12025550162" }))
      const b2b = yield* B2BPasswords
      const pending = expectPending(
        yield* b2b.authenticate({ organization_id: organization.organization_id, email_address: "ada@acme.com", password: strong })
      )
      expect(pending.mfa_required?.member_options?.mfa_phone_number).toBe("+12025550162")
      const patched = yield* raw({ method: "PATCH", path: "/emulator/v1/organizations/acme", body: { mfa_policy: "REQUIRED_FOR_ALL" } })
      expect(patched.status).toBe(200)
      expect((yield* control.organizations)[0]?.mfa_policy).toBe("REQUIRED_FOR_ALL")
      const refused = yield* raw({ method: "PATCH", path: `/emulator/v1/members/${member.member_id}`, body: { mfa_enrolled: "yes" } })
      expect(refused.status).toBe(400)
      const unknown = yield* Effect.flip(control.updateMember("member-test-unknown", { mfa_enrolled: false }))
      expect(unknown._tag).toBe("EmulatorControlError")
      // A malformed escape in the id is an unknown id, answered 400, never a 500.
      for (const path of ["/emulator/v1/organizations/%E0%A4%A", "/emulator/v1/members/%zz"]) {
        expect((yield* raw({ method: "PATCH", path, body: { mfa_enrolled: true } })).status).toBe(400)
      }
    }).pipe(Effect.provide(b2bEmulator())))


  it.live("seedOrganization and seedMember: Stytch-like ids and defaults, listed by organizations and members", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const organization = yield* Effect.orDie(control.seedOrganization({ organization_name: "Acme", organization_slug: "acme", trusted_metadata: { tier: 1 } }))
      expect(organization.organization_id).toMatch(new RegExp(`^organization-test-${uuid}$`))
      expect(organization).toMatchObject({ organization_name: "Acme", organization_slug: "acme", mfa_policy: "OPTIONAL", auth_methods: "ALL_ALLOWED", trusted_metadata: { tier: 1 } })
      const member = yield* Effect.orDie(control.seedMember({ organization_id: "acme", email_address: "ada@acme.com", password: strong, roles: ["stytch_admin"] }))
      expect(member.member_id).toMatch(new RegExp(`^member-test-${uuid}$`))
      expect(member).toMatchObject({
        organization_id: organization.organization_id,
        email_address: "ada@acme.com",
        email_address_verified: true,
        mfa_enrolled: false,
        is_admin: true,
        status: "active"
      })
      expect(member.member_password_id).toMatch(/^member-password-test-/)
      const passwordless = yield* Effect.orDie(control.seedMember({ organization_id: organization.organization_id, email_address: "bob@acme.com" }))
      expect(passwordless.member_password_id).toBe("")
      expect((yield* control.organizations).map((o) => o.organization_id)).toEqual([organization.organization_id])
      expect((yield* control.members).map((m) => m.email_address).sort()).toEqual(["ada@acme.com", "bob@acme.com"])
      // The seeded password is a real one.
      yield* login("acme", "ada@acme.com", strong)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("refusals: a taken slug, an unknown organization, a duplicate member, a bad field; nothing is added", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      yield* Effect.orDie(control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" }))
      yield* Effect.orDie(control.seedMember({ organization_id: "acme", email_address: "ada@acme.com" }))
      const refusals = [
        yield* Effect.flip(control.seedOrganization({ organization_name: "Acme 2", organization_slug: "acme" })),
        yield* Effect.flip(control.seedMember({ organization_id: "nowhere", email_address: "ada@acme.com" })),
        yield* Effect.flip(control.seedMember({ organization_id: "acme", email_address: "ADA@acme.com" })),
        // A seed from outside TypeScript can carry anything.
        yield* Effect.flip(control.seedOrganization(JSON.parse('{"organization_name":"X","organization_slug":"x","mfa_policy":"SOMETIMES"}')))
      ]
      for (const refusal of refusals) {
        expect(refusal._tag).toBe("EmulatorControlError")
        expect(refusal.message.length).toBeGreaterThan(10)
      }
      expect(refusals[3]?.message).toContain("mfa_policy")
      expect(yield* control.organizations).toHaveLength(1)
      expect(yield* control.members).toHaveLength(1)
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("over HTTP: POST /emulator/v1/organizations and /emulator/v1/members, without auth; GET lists them; refusals are 400s", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const seededOrg = yield* raw({
        path: "/emulator/v1/organizations",
        body: { organization_name: "Globex", organization_slug: "globex", organization_external_id: "gx-1", mfa_policy: "REQUIRED_FOR_ALL" },
        authorization: null
      })
      expect(seededOrg.status).toBe(200)
      const organization = (seededOrg.json as { organization: { organization_id: string; mfa_policy: string } }).organization
      expect(organization.organization_id).toMatch(/^organization-test-/)
      expect(organization.mfa_policy).toBe("REQUIRED_FOR_ALL")
      const seededMember = yield* raw({
        path: "/emulator/v1/members",
        body: { organization_id: "gx-1", email_address: "grace@globex.com", password: strong, mfa_phone_number: "+12025550162" },
        authorization: null
      })
      expect(seededMember.status).toBe(200)
      const member = (seededMember.json as { member: { member_id: string; organization_id: string } }).member
      expect(member.organization_id).toBe(organization.organization_id)

      const organizations = yield* raw({ method: "GET", path: "/emulator/v1/organizations", authorization: null })
      expect(organizations.json).toMatchObject({ organizations: [{ organization_id: organization.organization_id, organization_slug: "globex" }] })
      const members = yield* raw({ method: "GET", path: "/emulator/v1/members", authorization: null })
      expect(members.json).toMatchObject({ members: [{ member_id: member.member_id, email_address: "grace@globex.com" }] })

      // The seeded member logs in through our client; the organization wants MFA.
      const pending = expectPending(yield* b2b.authenticate({ organization_id: "globex", email_address: "grace@globex.com", password: strong }))
      expect(pending.mfa_required?.member_options?.mfa_phone_number).toBe("+12025550162")

      expectStytchError(yield* raw({ path: "/emulator/v1/organizations", body: { organization_name: "Again", organization_slug: "globex" }, authorization: null }), 400, "invalid_argument")
      expectStytchError(yield* raw({ path: "/emulator/v1/organizations", body: { organization_slug: "no-name" }, authorization: null }), 400, "invalid_argument")
      expectStytchError(yield* raw({ path: "/emulator/v1/members", body: { organization_id: "nowhere", email_address: "x@globex.com" }, authorization: null }), 400, "invalid_argument")
      expectStytchError(yield* raw({ path: "/emulator/v1/members", body: "{not json", authorization: null }), 400)
      expect(((yield* raw({ method: "GET", path: "/emulator/v1/members", authorization: null })).json as { members: ReadonlyArray<unknown> }).members).toHaveLength(1)
    }).pipe(Effect.provide(b2bEmulator())))
})

describe("B2B state through export, wipe and import", () => {
  it.live("organizations, members, passwords, member sessions and reset tokens survive a wipe", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      const { acme, ada, grace } = yield* seedCast
      const session = yield* login("acme", "ada@acme.com")
      yield* b2b.email.resetStart({ organization_id: "globex", email_address: "grace@globex.com", reset_password_redirect_url: redirect })
      const token = yield* resetTokenFor("grace@globex.com")
      const file = throughJson(yield* control.exportState)
      expect(file).toMatchObject({ organizations: [{ organization_slug: "acme" }, { organization_slug: "globex" }] })

      yield* control.wipe
      expect(yield* control.organizations).toEqual([])
      expect(yield* control.members).toEqual([])
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong })),
        "OrganizationNotFound",
        "organization_not_found",
        404
      )

      yield* Effect.orDie(control.importState(file))
      expect((yield* control.organizations).map((o) => o.organization_id)).toContain(acme.organization_id)
      expect((yield* control.members).map((m) => m.member_id).sort()).toEqual([ada.member_id, grace.member_id].sort())
      // The session lives on, by token and by JWT (the signing keys came back too).
      const extended = expectAuthenticated(
        yield* b2b.authenticate({ organization_id: "acme-external", email_address: "ada@acme.com", password: strong, session_token: session.session_token })
      )
      expect(extended.member_session.member_session_id).toBe(session.member_session.member_session_id)
      expect((yield* verifyB2BJwt(session.session_jwt)).payload.sub).toBe(ada.member_id)
      // The reset token too; the organization's MFA policy came back with it.
      expectPending(yield* b2b.email.reset({ password_reset_token: token, password: strong2 }))
      expectPending(yield* b2b.authenticate({ organization_id: "globex", email_address: "grace@globex.com", password: strong2 }))
    }).pipe(Effect.provide(b2bEmulator())))

  it.live("the same over the control routes: export, wipe, import", () =>
    Effect.gen(function* () {
      yield* seedCast
      const exported = yield* raw({ method: "GET", path: "/emulator/v1/export", authorization: null })
      expect(exported.status).toBe(200)
      expect((yield* raw({ path: "/emulator/v1/wipe", authorization: null })).status).toBe(200)
      expect((yield* raw({ method: "GET", path: "/emulator/v1/organizations", authorization: null })).json).toMatchObject({ organizations: [] })
      expect((yield* raw({ path: "/emulator/v1/import", body: exported.text, authorization: null })).status).toBe(200)
      const organizations = (yield* raw({ method: "GET", path: "/emulator/v1/organizations", authorization: null })).json as {
        organizations: ReadonlyArray<{ organization_slug: string }>
      }
      expect(organizations.organizations.map((o) => o.organization_slug).sort()).toEqual(["acme", "globex"])
      yield* login("acme", "ada@acme.com", strong)
    }).pipe(Effect.provide(b2bEmulator())))
})
