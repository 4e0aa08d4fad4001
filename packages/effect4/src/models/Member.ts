/**
 * The B2B `Member` a Passwords call returns, with its nested registrations and roles.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { JsonObject } from "./Json.js"

const MemberRoleSourceFields = {
  /** `"direct_assignment"`, `"email_assignment"`, ...; unknown values decode as they are. */
  type: Schema.String,
  details: Schema.optional(JsonObject)
}

/**
 * Where one of a member's roles comes from: `type` is `"direct_assignment"`,
 * `"email_assignment"`, `"sso_connection"`, `"sso_connection_group"`, `"scim_connection_group"`
 * (other values decode as they are); `details` says which rule or connection.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberRoleSource } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(MemberRoleSource)({ type: "email_assignment", details: { email_domain: "example.com" } })
 * ```
 * @since 0.1.0
 */
export const MemberRoleSource: Schema.Codec<MemberRoleSource, MemberRoleSourceEncoded> = Schema.Struct(MemberRoleSourceFields).annotate({ identifier: "MemberRoleSource" })

/**
 * @example
 * ```ts
 * import type { MemberRoleSource } from "effect4-stytch"
 * const direct = (s: MemberRoleSource) => s.type === "direct_assignment"
 * ```
 * @since 0.1.0
 */
export interface MemberRoleSource extends Schema.Struct.Type<typeof MemberRoleSourceFields> {}

/**
 * `MemberRoleSource` as JSON, before decoding: what `Schema.encodeSync(MemberRoleSource)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberRoleSource, type MemberRoleSourceEncoded } from "effect4-stytch"
 * const toJson = (value: MemberRoleSource): MemberRoleSourceEncoded => Schema.encodeSync(MemberRoleSource)(value)
 * ```
 * @since 0.1.0
 */
export type MemberRoleSourceEncoded = Schema.Struct.Encoded<typeof MemberRoleSourceFields>

const MemberRoleFields = {
  role_id: Schema.String,
  sources: Schema.Array(MemberRoleSource)
}

/**
 * One role of a member (`stytch_member`, `stytch_admin` or a custom role) and why it holds it.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberRole } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(MemberRole)({ role_id: "stytch_member", sources: [{ type: "direct_assignment" }] })
 * ```
 * @since 0.1.0
 */
export const MemberRole: Schema.Codec<MemberRole, MemberRoleEncoded> = Schema.Struct(MemberRoleFields).annotate({ identifier: "MemberRole" })

/**
 * @example
 * ```ts
 * import type { MemberRole } from "effect4-stytch"
 * const roleIds = (roles: ReadonlyArray<MemberRole>) => roles.map((r) => r.role_id)
 * ```
 * @since 0.1.0
 */
export interface MemberRole extends Schema.Struct.Type<typeof MemberRoleFields> {}

/**
 * `MemberRole` as JSON, before decoding: what `Schema.encodeSync(MemberRole)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberRole, type MemberRoleEncoded } from "effect4-stytch"
 * const toJson = (value: MemberRole): MemberRoleEncoded => Schema.encodeSync(MemberRole)(value)
 * ```
 * @since 0.1.0
 */
export type MemberRoleEncoded = Schema.Struct.Encoded<typeof MemberRoleFields>

const SSORegistrationFields = {
  connection_id: Schema.String,
  external_id: Schema.String,
  registration_id: Schema.String,
  sso_attributes: Schema.optional(JsonObject)
}

/**
 * A member's link to an SSO connection; `sso_attributes` are the identity provider's, as sent.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SSORegistration } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(SSORegistration)({
 *   connection_id: "saml-connection-test-1", external_id: "ada@idp.example.com", registration_id: "saml-registration-test-1"
 * })
 * ```
 * @since 0.1.0
 */
export const SSORegistration: Schema.Codec<SSORegistration, SSORegistrationEncoded> = Schema.Struct(SSORegistrationFields).annotate({ identifier: "SSORegistration" })

/**
 * @example
 * ```ts
 * import type { SSORegistration } from "effect4-stytch"
 * const connections = (rs: ReadonlyArray<SSORegistration>) => rs.map((r) => r.connection_id)
 * ```
 * @since 0.1.0
 */
export interface SSORegistration extends Schema.Struct.Type<typeof SSORegistrationFields> {}

/**
 * `SSORegistration` as JSON, before decoding: what `Schema.encodeSync(SSORegistration)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SSORegistration, type SSORegistrationEncoded } from "effect4-stytch"
 * const toJson = (value: SSORegistration): SSORegistrationEncoded => Schema.encodeSync(SSORegistration)(value)
 * ```
 * @since 0.1.0
 */
export type SSORegistrationEncoded = Schema.Struct.Encoded<typeof SSORegistrationFields>

const OAuthRegistrationFields = {
  /** `"Google"`, `"Microsoft"`, `"HubSpot"`, ...; unknown values decode as they are. */
  provider_type: Schema.String,
  provider_subject: Schema.String,
  member_oauth_registration_id: Schema.String,
  profile_picture_url: Schema.optional(Schema.String),
  locale: Schema.optional(Schema.String)
}

/**
 * A member's OAuth login (`provider_type` such as `"Google"`, `"Microsoft"`, ...; unknown
 * values decode as they are).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthRegistration } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(OAuthRegistration)({
 *   provider_type: "Google", provider_subject: "10769150350006150715113082367",
 *   member_oauth_registration_id: "member-oauth-registration-test-1"
 * })
 * ```
 * @since 0.1.0
 */
export const OAuthRegistration: Schema.Codec<OAuthRegistration, OAuthRegistrationEncoded> = Schema.Struct(OAuthRegistrationFields).annotate({ identifier: "OAuthRegistration" })

/**
 * @example
 * ```ts
 * import type { OAuthRegistration } from "effect4-stytch"
 * const providers = (rs: ReadonlyArray<OAuthRegistration>) => rs.map((r) => r.provider_type)
 * ```
 * @since 0.1.0
 */
export interface OAuthRegistration extends Schema.Struct.Type<typeof OAuthRegistrationFields> {}

/**
 * `OAuthRegistration` as JSON, before decoding: what `Schema.encodeSync(OAuthRegistration)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthRegistration, type OAuthRegistrationEncoded } from "effect4-stytch"
 * const toJson = (value: OAuthRegistration): OAuthRegistrationEncoded => Schema.encodeSync(OAuthRegistration)(value)
 * ```
 * @since 0.1.0
 */
export type OAuthRegistrationEncoded = Schema.Struct.Encoded<typeof OAuthRegistrationFields>

const RetiredEmailFields = {
  email_id: Schema.String,
  email_address: Schema.String
}

/**
 * An email address the member used before.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { RetiredEmail } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(RetiredEmail)({ email_id: "email-test-1", email_address: "ada@old.example.com" })
 * ```
 * @since 0.1.0
 */
export const RetiredEmail: Schema.Codec<RetiredEmail, RetiredEmailEncoded> = Schema.Struct(RetiredEmailFields).annotate({ identifier: "RetiredEmail" })

/**
 * @example
 * ```ts
 * import type { RetiredEmail } from "effect4-stytch"
 * const addresses = (rs: ReadonlyArray<RetiredEmail>) => rs.map((r) => r.email_address)
 * ```
 * @since 0.1.0
 */
export interface RetiredEmail extends Schema.Struct.Type<typeof RetiredEmailFields> {}

/**
 * `RetiredEmail` as JSON, before decoding: what `Schema.encodeSync(RetiredEmail)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { RetiredEmail, type RetiredEmailEncoded } from "effect4-stytch"
 * const toJson = (value: RetiredEmail): RetiredEmailEncoded => Schema.encodeSync(RetiredEmail)(value)
 * ```
 * @since 0.1.0
 */
export type RetiredEmailEncoded = Schema.Struct.Encoded<typeof RetiredEmailFields>

const SCIMRegistrationFields = {
  connection_id: Schema.String,
  registration_id: Schema.String,
  external_id: Schema.optional(Schema.String),
  scim_attributes: Schema.optional(JsonObject)
}

/**
 * A member's SCIM provisioning record. `scim_attributes` (the SCIM user: name, emails,
 * groups, enterprise extension, ...) is kept as free JSON: its shape belongs to the
 * identity provider, and a Passwords flow never needs it.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SCIMRegistration } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(SCIMRegistration)({
 *   connection_id: "scim-connection-test-1", registration_id: "scim-registration-test-1",
 *   scim_attributes: { user_name: "ada", active: true }
 * })
 * ```
 * @since 0.1.0
 */
export const SCIMRegistration: Schema.Codec<SCIMRegistration, SCIMRegistrationEncoded> = Schema.Struct(SCIMRegistrationFields).annotate({ identifier: "SCIMRegistration" })

/**
 * @example
 * ```ts
 * import type { SCIMRegistration } from "effect4-stytch"
 * const userName = (r: SCIMRegistration) => r.scim_attributes?.["user_name"]
 * ```
 * @since 0.1.0
 */
export interface SCIMRegistration extends Schema.Struct.Type<typeof SCIMRegistrationFields> {}

/**
 * `SCIMRegistration` as JSON, before decoding: what `Schema.encodeSync(SCIMRegistration)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SCIMRegistration, type SCIMRegistrationEncoded } from "effect4-stytch"
 * const toJson = (value: SCIMRegistration): SCIMRegistrationEncoded => Schema.encodeSync(SCIMRegistration)(value)
 * ```
 * @since 0.1.0
 */
export type SCIMRegistrationEncoded = Schema.Struct.Encoded<typeof SCIMRegistrationFields>

const MemberFields = {
  organization_id: Schema.String,
  member_id: Schema.String,
  email_address: Schema.String,
  /** `"pending"`, `"invited"`, `"active"`, `"deleted"`; unknown values decode as they are. */
  status: Schema.String,
  name: Schema.String,
  sso_registrations: Schema.Array(SSORegistration),
  is_breakglass: Schema.Boolean,
  /** `""` when the member has no password. */
  member_password_id: Schema.String,
  oauth_registrations: Schema.Array(OAuthRegistration),
  email_address_verified: Schema.Boolean,
  mfa_phone_number_verified: Schema.Boolean,
  is_admin: Schema.Boolean,
  /** `""` when the member has no TOTP registration. */
  totp_registration_id: Schema.String,
  retired_email_addresses: Schema.Array(RetiredEmail),
  is_locked: Schema.Boolean,
  mfa_enrolled: Schema.Boolean,
  /** `""` when the member has no MFA phone number. */
  mfa_phone_number: Schema.String,
  /** `"sms_otp"`, `"totp"` or `""`; unknown values decode as they are. */
  default_mfa_method: Schema.String,
  roles: Schema.Array(MemberRole),
  trusted_metadata: Schema.optional(JsonObject),
  untrusted_metadata: Schema.optional(JsonObject),
  /** RFC 3339. */
  created_at: Schema.optional(Schema.String),
  /** RFC 3339. */
  updated_at: Schema.optional(Schema.String),
  scim_registration: Schema.optional(SCIMRegistration),
  external_id: Schema.optional(Schema.String),
  /** RFC 3339. */
  lock_created_at: Schema.optional(Schema.String),
  /** RFC 3339. */
  lock_expires_at: Schema.optional(Schema.String)
}

/**
 * A member of a B2B organization. `status` is `"pending"`, `"invited"`, `"active"` or
 * `"deleted"`, `default_mfa_method` `"sms_otp"` or `"totp"` (unknown values of both decode
 * as they are); empty strings stand for "none" (`member_password_id`, `mfa_phone_number`,
 * `totp_registration_id`). `name` is a plain string. Timestamps are RFC 3339.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Member } from "effect4-stytch"
 *
 * const member = Schema.decodeUnknownSync(Member)({
 *   organization_id: "organization-test-1", member_id: "member-test-1", email_address: "ada@example.com",
 *   status: "active", name: "Ada Lovelace", sso_registrations: [], is_breakglass: false,
 *   member_password_id: "member-password-test-1", oauth_registrations: [], email_address_verified: true,
 *   mfa_phone_number_verified: false, is_admin: false, totp_registration_id: "", retired_email_addresses: [],
 *   is_locked: false, mfa_enrolled: false, mfa_phone_number: "", default_mfa_method: "", roles: []
 * })
 * ```
 * @since 0.1.0
 */
export const Member: Schema.Codec<Member, MemberEncoded> = Schema.Struct(MemberFields).annotate({ identifier: "Member" })

/**
 * @example
 * ```ts
 * import type { Member } from "effect4-stytch"
 * const hasPassword = (member: Member) => member.member_password_id !== ""
 * ```
 * @since 0.1.0
 */
export interface Member extends Schema.Struct.Type<typeof MemberFields> {}

/**
 * `Member` as JSON, before decoding: what `Schema.encodeSync(Member)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Member, type MemberEncoded } from "effect4-stytch"
 * const toJson = (value: Member): MemberEncoded => Schema.encodeSync(Member)(value)
 * ```
 * @since 0.1.0
 */
export type MemberEncoded = Schema.Struct.Encoded<typeof MemberFields>
