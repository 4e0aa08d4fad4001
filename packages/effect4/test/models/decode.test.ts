/**
 * The consumer models decode what Stytch sends: full and minimal bodies, bodies with fields
 * and enum values we do not know yet, and refuse bodies of the wrong shape. The samples are
 * first checked against the OpenAPI with ajv, so they are what the API describes.
 */
import { describe, expect, it } from "@effect/vitest"
import { Ajv } from "ajv"
import { Exit, Schema } from "effect"
import { DeviceInfo } from "../../src/models/Device.js"
import { Argon2Config, MD5Config, PBKDF2Config, ScryptConfig } from "../../src/models/HashConfig.js"
import { Options } from "../../src/models/Request.js"
import { AuthenticationFactor, Session } from "../../src/models/Session.js"
import { Name, User } from "../../src/models/User.js"
import { component, loadOpenApi } from "../conformance/fixtures.js"
import { allFactors, fullDevice, fullSession, fullUser, minimalSession, minimalUser } from "../cases/samples.js"

const consumer = loadOpenApi("consumer-passwords")
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true })
ajv.addSchema({ components: consumer.components }, "openapi")

const validAgainst = (name: string, body: unknown) => {
  const validate = ajv.getSchema(`openapi#/components/schemas/${name}`)
  if (validate === undefined) throw new Error(`no schema ${name}`)
  return validate(body) ? [] : validate.errors
}

const fails = (schema: Schema.Decoder<unknown>, body: unknown) => Exit.isFailure(Schema.decodeUnknownExit(schema)(body))

describe("the samples are what the OpenAPI describes", () => {
  it("full and minimal bodies validate against the OpenAPI", () => {
    expect(validAgainst("api_user_v1_User", fullUser)).toEqual([])
    expect(validAgainst("api_user_v1_User", minimalUser)).toEqual([])
    expect(validAgainst("api_session_v1_Session", fullSession)).toEqual([])
    expect(validAgainst("api_session_v1_Session", minimalSession)).toEqual([])
    expect(validAgainst("api_device_history_v1_DeviceInfo", fullDevice)).toEqual([])
  })

  it("the full bodies carry every OpenAPI field, and the factors every *_factor", () => {
    const fieldsOf = (name: string) => Object.keys(component(consumer, name).properties ?? {}).sort()
    expect(Object.keys(fullUser).sort()).toEqual(fieldsOf("api_user_v1_User"))
    expect(Object.keys(fullSession).sort()).toEqual(fieldsOf("api_session_v1_Session"))
    expect(Object.keys(fullDevice).sort()).toEqual(fieldsOf("api_device_history_v1_DeviceInfo"))
    expect([...new Set(allFactors.flatMap(Object.keys))].sort()).toEqual(fieldsOf("api_session_v1_AuthenticationFactor"))
  })
})

describe("User", () => {
  it("decodes a full user, keeping every field", () => {
    expect(Schema.decodeUnknownSync(User)(fullUser)).toEqual(fullUser)
  })

  it("decodes a minimal user (required fields only)", () => {
    const user = Schema.decodeUnknownSync(User)(minimalUser)
    expect(user.password).toBeUndefined()
    expect(user.name).toBeUndefined()
  })

  it("decodes unknown fields, at the top and nested, and unknown statuses", () => {
    const user = Schema.decodeUnknownSync(User)({
      ...fullUser,
      status: "suspended",
      shiny_new_field: { x: 1 },
      emails: [{ email_id: "email-test-1", email: "ada@example.com", verified: true, is_primary: true }],
      password: { password_id: "password-test-1", requires_reset: true, strength: "strong" }
    })
    expect(user.status).toBe("suspended")
    expect(user.password?.requires_reset).toBe(true)
  })

  it("refuses the wrong types", () => {
    expect(fails(User, { ...minimalUser, is_locked: "no" })).toBe(true)
    expect(fails(User, { ...minimalUser, emails: {} })).toBe(true)
    expect(fails(User, { ...minimalUser, emails: [{ email_id: "e", email: "a@b.c", verified: "yes" }] })).toBe(true)
    expect(fails(User, { ...minimalUser, trusted_metadata: "plan=pro" })).toBe(true)
    expect(fails(User, { ...minimalUser, name: { first_name: 1 } })).toBe(true)
    const { roles: _, ...noRoles } = minimalUser
    expect(fails(User, noRoles)).toBe(true)
  })
})

describe("Session", () => {
  it("decodes a full session with every kind of factor", () => {
    const session = Schema.decodeUnknownSync(Session)(fullSession)
    expect(session).toEqual(fullSession)
    expect(session.authentication_factors).toHaveLength(allFactors.length) // 41 *_factor kinds + password
    expect(session.authentication_factors.find((f) => f.delivery_method === "knowledge")?.type).toBe("password")
    expect(session.authentication_factors.find((f) => f.tik_tok_oauth_factor !== undefined)?.delivery_method).toBe("oauth_tiktok")
  })

  it("decodes a minimal session (required fields only)", () => {
    const session = Schema.decodeUnknownSync(Session)(minimalSession)
    expect(session.expires_at).toBeUndefined()
    expect(session.authentication_factors[0]?.type).toBe("password")
  })

  it("decodes unknown factor types, delivery methods and *_factor objects", () => {
    const session = Schema.decodeUnknownSync(Session)({
      ...minimalSession,
      authentication_factors: [{
        type: "passkey_v2",
        delivery_method: "carrier_pigeon",
        carrier_pigeon_factor: { pigeon_id: "pigeon-1" },
        email_factor: { email_id: "email-test-1", email_address: "ada@example.com", verified_at: "2024-05-01T12:00:00Z" }
      }],
      authentication_level: "aal2"
    })
    expect(session.authentication_factors[0]?.type).toBe("passkey_v2")
    expect(session.authentication_factors[0]?.email_factor?.email_address).toBe("ada@example.com")
  })

  it("refuses the wrong types", () => {
    expect(fails(Session, { ...minimalSession, roles: "stytch_user" })).toBe(true)
    expect(fails(Session, { ...minimalSession, custom_claims: ["a"] })).toBe(true)
    expect(fails(Session, { ...minimalSession, authentication_factors: [{ type: "password" }] })).toBe(true)
    expect(fails(AuthenticationFactor, { type: "oauth", delivery_method: "oauth_google", google_oauth_factor: { id: "x" } }))
      .toBe(true)
    expect(fails(AuthenticationFactor, { type: "otp", delivery_method: "sms", phone_number_factor: { phone_id: 1, phone_number: "+1" } }))
      .toBe(true)
  })
})

describe("DeviceInfo", () => {
  it("decodes a full and a minimal device", () => {
    expect(Schema.decodeUnknownSync(DeviceInfo)(fullDevice)).toEqual(fullDevice)
    expect(Schema.decodeUnknownSync(DeviceInfo)({ visitor_id: "visitor-test-1", fingerprint_v3: "x" })).toEqual({
      visitor_id: "visitor-test-1"
    })
  })

  it("refuses details without is_new", () => {
    expect(fails(DeviceInfo, { visitor_id: "v", ip_address_details: { first_seen_at: "2024-01-01T00:00:00Z" } })).toBe(true)
  })
})

describe("request-side models", () => {
  it("hash configs need every field, and integers", () => {
    const scrypt = { salt: "c2FsdA==", n_parameter: 16384, r_parameter: 8, p_parameter: 1, key_length: 32 }
    expect(Schema.encodeSync(ScryptConfig)(scrypt)).toEqual(scrypt)
    expect(fails(ScryptConfig, { ...scrypt, n_parameter: 16384.5 })).toBe(true)
    expect(fails(Argon2Config, { salt: "s", iteration_amount: 2, memory: 19456, threads: 1 })).toBe(true)
    expect(fails(PBKDF2Config, { salt: "c2FsdA==", iteration_amount: "600000", key_length: 32, algorithm: "sha256" })).toBe(true)
    expect(fails(MD5Config, { prepend_salt: "s" })).toBe(true)
  })

  it("Options needs both flags; Name needs none", () => {
    expect(fails(Options, { ip_match_required: true })).toBe(true)
    expect(Schema.decodeUnknownSync(Options)({ ip_match_required: true, user_agent_match_required: false })).toEqual({
      ip_match_required: true,
      user_agent_match_required: false
    })
    expect(Schema.decodeUnknownSync(Name)({})).toEqual({})
  })
})
