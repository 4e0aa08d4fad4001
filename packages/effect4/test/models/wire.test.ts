/**
 * What the Effect 4 schemas keep from the Effect 3 line on the wire: optional keys may be
 * absent or `undefined` (Effect 3's `Schema.optional`), unknown keys are dropped, not refused,
 * nested models are checked, and encoding gives the JSON back.
 */
import { describe, expect, it } from "@effect/vitest"
import { Exit, Schema } from "effect"
import { Jwk } from "../../src/models/Jwks.js"
import { Member } from "../../src/models/Member.js"
import { MemberSession, MfaRequired } from "../../src/models/MemberSession.js"
import { Organization } from "../../src/models/Organization.js"
import { AuthenticationFactor, Session } from "../../src/models/Session.js"
import { Feedback, LudsRequirements, ZxcvbnFeedback } from "../../src/models/Strength.js"
import { User, UserFields } from "../../src/models/User.js"
import { fullSession, fullUser, minimalSession } from "../cases/samples.js"

const fails = (schema: Schema.Decoder<unknown>, body: unknown) => Exit.isFailure(Schema.decodeUnknownExit(schema)(body))

const jwk = {
  kty: "RSA",
  use: "sig",
  key_ops: ["verify"],
  alg: "RS256",
  kid: "jwk-test-1",
  x5c: ["MIIC"],
  x5tS256: "abc",
  n: "0vx7",
  e: "AQAB"
}

describe("optional keys", () => {
  it("accept an absent key and an explicit undefined, as Effect 3's Schema.optional did", () => {
    expect(Schema.decodeUnknownSync(Session)(minimalSession)).not.toHaveProperty("expires_at")
    const withUndefined = Schema.decodeUnknownSync(Session)({ ...minimalSession, expires_at: undefined })
    expect(withUndefined.expires_at).toBeUndefined()
  })

  it("refuse null where the wire may only omit the key", () => {
    expect(fails(Session, { ...minimalSession, expires_at: null })).toBe(true)
    expect(fails(User, { ...fullUser, password: null })).toBe(true)
  })
})

describe("unknown keys", () => {
  it("are dropped from the decoded value, at every level", () => {
    const factor = Schema.decodeUnknownSync(AuthenticationFactor)({
      type: "password",
      delivery_method: "knowledge",
      authentication_level: "aal1",
      email_factor: { email_id: "email-test-1", email_address: "ada@example.com", verified_at: "2024-05-01T12:00:00Z" }
    })
    expect(factor).toEqual({
      type: "password",
      delivery_method: "knowledge",
      email_factor: { email_id: "email-test-1", email_address: "ada@example.com" }
    })
  })
})

describe("encoding", () => {
  it("gives the wire JSON back for full bodies", () => {
    expect(Schema.encodeSync(User)(Schema.decodeUnknownSync(User)(fullUser))).toEqual(fullUser)
    expect(Schema.encodeSync(Session)(Schema.decodeUnknownSync(Session)(fullSession))).toEqual(fullSession)
  })

  it("UserFields spreads into a response schema next to other fields", () => {
    const UserResponse = Schema.Struct({ request_id: Schema.String, ...UserFields })
    const decoded = Schema.decodeUnknownSync(UserResponse)({ request_id: "request-id-test-1", ...fullUser })
    expect(decoded.request_id).toBe("request-id-test-1")
    expect(decoded.user_id).toBe(fullUser.user_id)
  })
})

describe("Jwk", () => {
  it("keeps every field a JWT library needs and refuses a key without its modulus", () => {
    expect(Schema.decodeUnknownSync(Jwk)(jwk)).toEqual(jwk)
    const { n: _, ...noModulus } = jwk
    expect(fails(Jwk, noModulus)).toBe(true)
    expect(fails(Jwk, { ...jwk, key_ops: "verify" })).toBe(true)
  })
})

describe("strength feedback", () => {
  it("decodes the consumer feedback with and without LUDS requirements", () => {
    const luds = {
      has_lower_case: true,
      has_upper_case: false,
      has_digit: true,
      has_symbol: false,
      missing_complexity: 1,
      missing_characters: 0
    }
    expect(Schema.decodeUnknownSync(Feedback)({ warning: "", suggestions: [] })).toEqual({ warning: "", suggestions: [] })
    expect(Schema.decodeUnknownSync(Feedback)({ warning: "w", suggestions: ["s"], luds_requirements: luds }).luds_requirements)
      .toEqual(luds)
    expect(fails(LudsRequirements, { ...luds, missing_characters: "0" })).toBe(true)
    expect(fails(ZxcvbnFeedback, { warning: "w" })).toBe(true)
  })
})

describe("B2B models", () => {
  it("check their nested models", () => {
    expect(fails(MfaRequired, { member_options: { mfa_phone_number: "+12025550162" } })).toBe(true)
    expect(Schema.decodeUnknownSync(MfaRequired)({})).toEqual({})
    expect(fails(MemberSession, {
      member_session_id: "member-session-test-1",
      member_id: "member-test-1",
      started_at: "2024-05-01T12:00:00Z",
      last_accessed_at: "2024-05-01T12:00:00Z",
      authentication_factors: [],
      organization_id: "organization-test-1",
      roles: [],
      organization_slug: "acme"
    })).toBe(true) // expires_at is required on a member session
  })

  it("keep the identifiers of the Effect 3 line (used in messages and JSON Schema)", () => {
    expect(Member.ast.annotations?.["identifier"]).toBe("Member")
    expect(Organization.ast.annotations?.["identifier"]).toBe("Organization")
    expect(Session.ast.annotations?.["identifier"]).toBe("Session")
  })
})
