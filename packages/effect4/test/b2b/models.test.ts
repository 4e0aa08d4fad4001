/**
 * The B2B models decode what Stytch sends: full and minimal bodies, fields and enum values
 * we do not know yet, and refuse bodies of the wrong shape. The samples are first checked
 * against the OpenAPI with ajv, so they are what the API describes.
 */
import { describe, expect, it } from "@effect/vitest"
import { Ajv } from "ajv"
import { Result, Schema } from "effect"
import {
  DiscoveredOrganization,
  Member,
  MemberSession,
  MfaRequired,
  Organization,
  PrimaryRequired
} from "../../src/index.js"
import { component, loadOpenApi } from "../conformance/fixtures.js"
import {
  authenticatedBody,
  discoveredOrganization,
  fullMember,
  fullOrganization,
  memberSession,
  minimalMember,
  minimalOrganization,
  mfaRequired,
  pendingBody,
  successBodies,
  successComponents
} from "../cases/b2bSamples.js"

const b2b = loadOpenApi("b2b-passwords")
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true })
ajv.addSchema({ components: b2b.components }, "openapi")

const validAgainst = (name: string, body: unknown) => {
  const validate = ajv.getSchema(`openapi#/components/schemas/${name}`)
  if (validate === undefined) throw new Error(`no schema ${name}`)
  return validate(body) ? [] : validate.errors
}

const fails = (schema: Schema.Decoder<unknown>, body: unknown) => Result.isFailure(Schema.decodeUnknownResult(schema)(body))

const fieldsOf = (name: string) => Object.keys(component(b2b, name).properties ?? {}).sort()

describe("the B2B samples are what the OpenAPI describes", () => {
  it("members, organizations, sessions and discovered organizations validate", () => {
    expect(validAgainst("api_organization_v1_Member", fullMember)).toEqual([])
    expect(validAgainst("api_organization_v1_Member", minimalMember)).toEqual([])
    expect(validAgainst("api_organization_v1_Organization", fullOrganization)).toEqual([])
    expect(validAgainst("api_organization_v1_Organization", minimalOrganization)).toEqual([])
    expect(validAgainst("api_b2b_session_v1_MemberSession", memberSession)).toEqual([])
    expect(validAgainst("api_discovery_v1_DiscoveredOrganization", discoveredOrganization)).toEqual([])
  })

  it("every success body validates against its endpoint's 200 schema", () => {
    for (const [path, body] of Object.entries(successBodies)) {
      expect(validAgainst(successComponents[path] ?? "<none>", body), path).toEqual([])
    }
  })

  it("the pending (MFA) body validates against every login answer that has its fields", () => {
    expect(validAgainst("api_b2b_password_v1_AuthenticateResponse", pendingBody)).toEqual([])
    expect(validAgainst("api_b2b_password_v1_b2b_passwords_email_ResetResponse", { ...pendingBody, member_email_id: "e" })).toEqual([])
  })

  it("the full bodies carry every OpenAPI field", () => {
    expect(Object.keys(fullMember).sort()).toEqual(fieldsOf("api_organization_v1_Member"))
    expect(Object.keys(fullOrganization).sort()).toEqual(fieldsOf("api_organization_v1_Organization"))
    expect(Object.keys(memberSession).sort()).toEqual(fieldsOf("api_b2b_session_v1_MemberSession"))
    expect(Object.keys(discoveredOrganization).sort()).toEqual(fieldsOf("api_discovery_v1_DiscoveredOrganization"))
    expect(Object.keys(authenticatedBody).filter((k) => k !== "mfa_required" && k !== "primary_required").sort()).toEqual(
      fieldsOf("api_b2b_password_v1_AuthenticateResponse").filter((k) => k !== "mfa_required" && k !== "primary_required")
    )
  })
})

describe("Member", () => {
  it("decodes a full member, keeping every field (SCIM attributes as they came)", () => {
    expect(Schema.decodeUnknownSync(Member)(fullMember)).toEqual(fullMember)
  })

  it("decodes a minimal member", () => {
    const member = Schema.decodeUnknownSync(Member)(minimalMember)
    expect(member.scim_registration).toBeUndefined()
    expect(member.name).toBe("")
  })

  it("decodes unknown statuses, MFA methods, role sources and extra fields", () => {
    const member = Schema.decodeUnknownSync(Member)({
      ...minimalMember,
      status: "suspended_by_future_feature",
      default_mfa_method: "passkey",
      roles: [{ role_id: "auditor", sources: [{ type: "scim_connection_group", details: { group: "g" } }] }],
      brand_new_field: 1
    })
    expect(member.status).toBe("suspended_by_future_feature")
    expect(member.default_mfa_method).toBe("passkey")
    expect(member.roles[0]?.sources[0]?.type).toBe("scim_connection_group")
    expect(member).not.toHaveProperty("brand_new_field")
  })

  it("refuses a member without its id, with a name object, or with a non-boolean flag", () => {
    const { member_id: _, ...withoutId } = minimalMember
    expect(fails(Member, withoutId)).toBe(true)
    expect(fails(Member, { ...minimalMember, name: { first_name: "Ada" } })).toBe(true)
    expect(fails(Member, { ...minimalMember, mfa_enrolled: "yes" })).toBe(true)
  })
})

describe("Organization", () => {
  it("decodes a full and a minimal organization", () => {
    expect(Schema.decodeUnknownSync(Organization)(fullOrganization)).toEqual(fullOrganization)
    expect(Schema.decodeUnknownSync(Organization)(minimalOrganization).scim_active_connection).toBeUndefined()
  })

  it("decodes settings values Stytch adds later", () => {
    const organization = Schema.decodeUnknownSync(Organization)({
      ...minimalOrganization,
      mfa_policy: "REQUIRED_FOR_ADMINS",
      allowed_auth_methods: ["passkey"]
    })
    expect(organization.mfa_policy).toBe("REQUIRED_FOR_ADMINS")
  })

  it("refuses an organization without its slug", () => {
    const { organization_slug: _, ...withoutSlug } = minimalOrganization
    expect(fails(Organization, withoutSlug)).toBe(true)
  })
})

describe("MemberSession and what a pending login still needs", () => {
  it("decodes a member session", () => {
    expect(Schema.decodeUnknownSync(MemberSession)(memberSession)).toEqual(memberSession)
  })

  it("needs every timestamp, unlike the consumer Session", () => {
    const { expires_at: _, ...withoutExpiry } = memberSession
    expect(fails(MemberSession, withoutExpiry)).toBe(true)
  })

  it("MfaRequired and PrimaryRequired decode full and empty bodies", () => {
    expect(Schema.decodeUnknownSync(MfaRequired)(mfaRequired)).toEqual(mfaRequired)
    expect(Schema.decodeUnknownSync(MfaRequired)({})).toEqual({})
    expect(Schema.decodeUnknownSync(PrimaryRequired)({ allowed_auth_methods: [] })).toEqual({ allowed_auth_methods: [] })
    expect(fails(PrimaryRequired, {})).toBe(true)
  })

  it("DiscoveredOrganization decodes with and without its optional parts", () => {
    expect(Schema.decodeUnknownSync(DiscoveredOrganization)(discoveredOrganization)).toEqual(discoveredOrganization)
    expect(Schema.decodeUnknownSync(DiscoveredOrganization)({ member_authenticated: true })).toEqual({ member_authenticated: true })
    expect(fails(DiscoveredOrganization, {})).toBe(true)
  })
})
