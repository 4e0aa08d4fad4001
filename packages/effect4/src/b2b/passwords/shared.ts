/**
 * Response fields the B2B Passwords endpoints share.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { DeviceInfo } from "../../models/Device.js"
import { DiscoveredOrganization } from "../../models/Discovery.js"
import { Member } from "../../models/Member.js"
import { Organization } from "../../models/Organization.js"
import { ResponseEnvelope } from "../../passwords/shared.js"

/**
 * What every B2B login answer has besides its outcome: the member, its organization, and
 * the device when the request carried a `telemetry_id`.
 *
 * @example
 * ```ts
 * import { AuthResult, MemberResultFields } from "effect4-stytch"
 * const Response = AuthResult(MemberResultFields)
 * ```
 * @since 0.1.0
 */
export const MemberResultFields = {
  ...ResponseEnvelope,
  member_id: Schema.String,
  member: Member,
  organization: Organization,
  member_device: Schema.optional(DeviceInfo)
}

/**
 * The answer of a discovery call: the email address, an intermediate session token to
 * exchange for a session in one of the organizations, and the organizations found.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { DiscoveryResultFields } from "effect4-stytch"
 * const Response = Schema.Struct(DiscoveryResultFields)
 * ```
 * @since 0.1.0
 */
export const DiscoveryResultFields = {
  ...ResponseEnvelope,
  email_address: Schema.String,
  intermediate_session_token: Schema.NonEmptyString,
  discovered_organizations: Schema.Array(DiscoveredOrganization)
}
