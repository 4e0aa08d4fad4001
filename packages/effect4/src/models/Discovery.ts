/**
 * What a B2B discovery call finds: the organizations an email address can log in to.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { JsonObject } from "./Json.js"
import { Member } from "./Member.js"
import { MfaRequired, PrimaryRequired } from "./MemberSession.js"
import { Organization } from "./Organization.js"

const MembershipFields = {
  /** `"active_member"`, `"invited_member"`, ...; unknown values decode as they are. */
  type: Schema.String,
  details: Schema.optional(JsonObject),
  member: Schema.optional(Member)
}

/**
 * How the email address relates to a discovered organization: `type` is
 * `"active_member"`, `"pending_member"`, `"invited_member"`,
 * `"eligible_to_join_by_email_domain"` or `"eligible_to_join_by_oauth_tenant"` (other values
 * decode as they are); `member` is there when a member exists.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Membership } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(Membership)({ type: "eligible_to_join_by_email_domain", details: { domain: "example.com" } })
 * ```
 * @since 0.1.0
 */
export const Membership: Schema.Codec<Membership, MembershipEncoded> = Schema.Struct(MembershipFields).annotate({ identifier: "Membership" })

/**
 * @example
 * ```ts
 * import type { Membership } from "effect4-stytch"
 * const isMember = (m: Membership) => m.type === "active_member"
 * ```
 * @since 0.1.0
 */
export interface Membership extends Schema.Struct.Type<typeof MembershipFields> {}

/**
 * `Membership` as JSON, before decoding: what `Schema.encodeSync(Membership)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Membership, type MembershipEncoded } from "effect4-stytch"
 * const toJson = (value: Membership): MembershipEncoded => Schema.encodeSync(Membership)(value)
 * ```
 * @since 0.1.0
 */
export type MembershipEncoded = Schema.Struct.Encoded<typeof MembershipFields>

const DiscoveredOrganizationFields = {
  member_authenticated: Schema.Boolean,
  organization: Schema.optional(Organization),
  membership: Schema.optional(Membership),
  primary_required: Schema.optional(PrimaryRequired),
  mfa_required: Schema.optional(MfaRequired)
}

/**
 * One organization a discovery call found. `member_authenticated` says whether exchanging
 * the intermediate session for this organization gives a full session at once; when
 * `false`, `mfa_required` or `primary_required` says what is missing.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { DiscoveredOrganization } from "effect4-stytch"
 *
 * const found = Schema.decodeUnknownSync(DiscoveredOrganization)({
 *   member_authenticated: false, mfa_required: { secondary_auth_initiated: "sms_otp" }
 * })
 * ```
 * @since 0.1.0
 */
export const DiscoveredOrganization: Schema.Codec<DiscoveredOrganization, DiscoveredOrganizationEncoded> = Schema.Struct(DiscoveredOrganizationFields).annotate({ identifier: "DiscoveredOrganization" })

/**
 * @example
 * ```ts
 * import type { DiscoveredOrganization } from "effect4-stytch"
 * const ready = (found: ReadonlyArray<DiscoveredOrganization>) => found.filter((o) => o.member_authenticated)
 * ```
 * @since 0.1.0
 */
export interface DiscoveredOrganization extends Schema.Struct.Type<typeof DiscoveredOrganizationFields> {}

/**
 * `DiscoveredOrganization` as JSON, before decoding: what `Schema.encodeSync(DiscoveredOrganization)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { DiscoveredOrganization, type DiscoveredOrganizationEncoded } from "effect4-stytch"
 * const toJson = (value: DiscoveredOrganization): DiscoveredOrganizationEncoded => Schema.encodeSync(DiscoveredOrganization)(value)
 * ```
 * @since 0.1.0
 */
export type DiscoveredOrganizationEncoded = Schema.Struct.Encoded<typeof DiscoveredOrganizationFields>
