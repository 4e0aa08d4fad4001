/**
 * The B2B `MemberSession`, and what a member still has to do when a login is not complete
 * yet (`MfaRequired`, `PrimaryRequired`).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { JsonObject } from "./Json.js"
import { AuthenticationFactor } from "./Session.js"

const MemberSessionFields = {
  member_session_id: Schema.String,
  member_id: Schema.String,
  /** RFC 3339. */
  started_at: Schema.String,
  /** RFC 3339. */
  last_accessed_at: Schema.String,
  /** RFC 3339. */
  expires_at: Schema.String,
  authentication_factors: Schema.Array(AuthenticationFactor),
  organization_id: Schema.String,
  roles: Schema.Array(Schema.String),
  organization_slug: Schema.String,
  custom_claims: Schema.optional(JsonObject)
}

/**
 * A member's session in one organization. Unlike the consumer `Session`, its timestamps are
 * always there (RFC 3339).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberSession } from "effect4-stytch"
 *
 * const session = Schema.decodeUnknownSync(MemberSession)({
 *   member_session_id: "member-session-test-1", member_id: "member-test-1",
 *   started_at: "2024-05-01T12:00:00Z", last_accessed_at: "2024-05-01T12:00:00Z", expires_at: "2024-05-01T13:00:00Z",
 *   authentication_factors: [{ type: "password", delivery_method: "knowledge" }],
 *   organization_id: "organization-test-1", roles: ["stytch_member"], organization_slug: "acme"
 * })
 * ```
 * @since 0.1.0
 */
export const MemberSession: Schema.Codec<MemberSession, MemberSessionEncoded> = Schema.Struct(MemberSessionFields).annotate({ identifier: "MemberSession" })

/**
 * @example
 * ```ts
 * import type { MemberSession } from "effect4-stytch"
 * const expired = (s: MemberSession, now: Date) => new Date(s.expires_at) <= now
 * ```
 * @since 0.1.0
 */
export interface MemberSession extends Schema.Struct.Type<typeof MemberSessionFields> {}

/**
 * `MemberSession` as JSON, before decoding: what `Schema.encodeSync(MemberSession)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberSession, type MemberSessionEncoded } from "effect4-stytch"
 * const toJson = (value: MemberSession): MemberSessionEncoded => Schema.encodeSync(MemberSession)(value)
 * ```
 * @since 0.1.0
 */
export type MemberSessionEncoded = Schema.Struct.Encoded<typeof MemberSessionFields>

const MemberOptionsFields = {
  mfa_phone_number: Schema.String,
  totp_registration_id: Schema.String
}

/**
 * The second factors a member already has: an MFA phone number and a TOTP registration
 * (`""` when absent).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberOptions } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(MemberOptions)({ mfa_phone_number: "+12025550162", totp_registration_id: "" })
 * ```
 * @since 0.1.0
 */
export const MemberOptions: Schema.Codec<MemberOptions, MemberOptionsEncoded> = Schema.Struct(MemberOptionsFields).annotate({ identifier: "MemberOptions" })

/**
 * @example
 * ```ts
 * import type { MemberOptions } from "effect4-stytch"
 * const canUseSms = (o: MemberOptions) => o.mfa_phone_number !== ""
 * ```
 * @since 0.1.0
 */
export interface MemberOptions extends Schema.Struct.Type<typeof MemberOptionsFields> {}

/**
 * `MemberOptions` as JSON, before decoding: what `Schema.encodeSync(MemberOptions)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberOptions, type MemberOptionsEncoded } from "effect4-stytch"
 * const toJson = (value: MemberOptions): MemberOptionsEncoded => Schema.encodeSync(MemberOptions)(value)
 * ```
 * @since 0.1.0
 */
export type MemberOptionsEncoded = Schema.Struct.Encoded<typeof MemberOptionsFields>

const MfaRequiredFields = {
  member_options: Schema.optional(MemberOptions),
  /** `"sms_otp"` when a code was sent; unknown values decode as they are. */
  secondary_auth_initiated: Schema.optional(Schema.String)
}

/**
 * Why a login stopped before a session: the organization wants a second factor.
 * `member_options` lists the member's factors; `secondary_auth_initiated` is `"sms_otp"`
 * when Stytch already texted a code (other values decode as they are).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MfaRequired } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(MfaRequired)({
 *   member_options: { mfa_phone_number: "+12025550162", totp_registration_id: "" },
 *   secondary_auth_initiated: "sms_otp"
 * })
 * ```
 * @since 0.1.0
 */
export const MfaRequired: Schema.Codec<MfaRequired, MfaRequiredEncoded> = Schema.Struct(MfaRequiredFields).annotate({ identifier: "MfaRequired" })

/**
 * @example
 * ```ts
 * import type { MfaRequired } from "effect4-stytch"
 * const codeSent = (m: MfaRequired) => m.secondary_auth_initiated === "sms_otp"
 * ```
 * @since 0.1.0
 */
export interface MfaRequired extends Schema.Struct.Type<typeof MfaRequiredFields> {}

/**
 * `MfaRequired` as JSON, before decoding: what `Schema.encodeSync(MfaRequired)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MfaRequired, type MfaRequiredEncoded } from "effect4-stytch"
 * const toJson = (value: MfaRequired): MfaRequiredEncoded => Schema.encodeSync(MfaRequired)(value)
 * ```
 * @since 0.1.0
 */
export type MfaRequiredEncoded = Schema.Struct.Encoded<typeof MfaRequiredFields>

const PrimaryRequiredFields = {
  allowed_auth_methods: Schema.Array(Schema.String)
}

/**
 * Why a login stopped before a session: the organization does not accept this primary
 * factor alone, and the member must also complete one of `allowed_auth_methods`
 * (`"sso"`, `"magic_link"`, `"email_otp"`, ...).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PrimaryRequired } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(PrimaryRequired)({ allowed_auth_methods: ["sso", "magic_link"] })
 * ```
 * @since 0.1.0
 */
export const PrimaryRequired: Schema.Codec<PrimaryRequired, PrimaryRequiredEncoded> = Schema.Struct(PrimaryRequiredFields).annotate({ identifier: "PrimaryRequired" })

/**
 * @example
 * ```ts
 * import type { PrimaryRequired } from "effect4-stytch"
 * const needsSso = (p: PrimaryRequired) => p.allowed_auth_methods.includes("sso")
 * ```
 * @since 0.1.0
 */
export interface PrimaryRequired extends Schema.Struct.Type<typeof PrimaryRequiredFields> {}

/**
 * `PrimaryRequired` as JSON, before decoding: what `Schema.encodeSync(PrimaryRequired)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PrimaryRequired, type PrimaryRequiredEncoded } from "effect4-stytch"
 * const toJson = (value: PrimaryRequired): PrimaryRequiredEncoded => Schema.encodeSync(PrimaryRequired)(value)
 * ```
 * @since 0.1.0
 */
export type PrimaryRequiredEncoded = Schema.Struct.Encoded<typeof PrimaryRequiredFields>
