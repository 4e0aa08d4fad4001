/**
 * Finding organizations and members for a B2B request, with Stytch's errors when absent,
 * and the decision a B2B login ends on: a member session, or MFA still to do.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import type { AuthenticationFactor } from "../../models/Session.js"
import type { EmulatorConfig } from "../EmulatorConfig.js"
import { type EmulatorError, stytchError } from "../EmulatorError.js"
import { iso, now } from "../runtime.js"
import type { SessionRequest } from "../sessions/Sessions.js"
import type { StoredMember, StoredMemberSession, StoredOrganization } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"
import { issueMemberSession, openIntermediateSession } from "./memberSessions.js"
import { memberSessionView } from "./views.js"

/** The organization an `organization_id` names: its id, slug or external id. */
export const organizationOf = (reference: string): Effect.Effect<StoredOrganization, EmulatorError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => {
    const organization = store.memory.b2b.organization(reference)
    return organization === undefined
      ? Effect.fail(stytchError(404, "organization_not_found", "organization_id: no organization has this id, slug or external id."))
      : Effect.succeed(organization)
  })

/** The member of the organization with the email address. */
export const memberOf = (
  organization: StoredOrganization,
  email: string
): Effect.Effect<StoredMember, EmulatorError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => {
    const member = store.memory.b2b.memberByEmail(organization.organization_id, email)
    return member === undefined
      ? Effect.fail(stytchError(404, "member_not_found", "email_address: the organization has no member with this email address."))
      : Effect.succeed(member)
  })

/** Fails unless the project allows passwords across organizations. */
export const requireCrossOrgPasswords: Effect.Effect<void, EmulatorError, EmulatorStore> = Effect.flatMap(EmulatorStore, (store) =>
  store.memory.settings().cross_org_passwords_enabled
    ? Effect.void
    : Effect.fail(stytchError(400, "cross_org_passwords_not_enabled", "Cross-organization passwords are not enabled for this project."))
)

/** Fails unless the organization allows password logins. */
export const requirePasswordsAllowed = (organization: StoredOrganization): Effect.Effect<void, EmulatorError> =>
  organization.auth_methods === "RESTRICTED" && !organization.allowed_auth_methods.includes("password")
    ? Effect.fail(stytchError(403, "operation_restricted_by_organization_auth_methods", "The organization does not allow password logins."))
    : Effect.void

/** The factor a password login adds to a member session. */
export const memberPasswordFactor = (member: StoredMember, at: number): AuthenticationFactor => ({
  type: "password",
  delivery_method: "knowledge",
  last_authenticated_at: iso(at),
  created_at: iso(at),
  updated_at: iso(at),
  email_factor: { email_id: member.member_email_id, email_address: member.email_address }
})

/** Whether the member must pass a second factor before getting a session. */
export const mfaRequired = (organization: StoredOrganization, member: StoredMember): boolean =>
  organization.mfa_policy === "REQUIRED_FOR_ALL" || member.mfa_enrolled

/** The MFA details of a pending login. */
export const mfaDetails = (member: StoredMember) => ({
  member_options: { mfa_phone_number: member.mfa_phone_number, totp_registration_id: "" }
})

/**
 * How a B2B login ends: with MFA required and no session named, an intermediate session and
 * `member_authenticated: false`; otherwise a member session (started, or the named one
 * extended).
 */
export const finishLogin = (
  member: StoredMember,
  organization: StoredOrganization,
  request: SessionRequest,
  existing: Option.Option<StoredMemberSession>
) =>
  Effect.gen(function* () {
    const factor = memberPasswordFactor(member, yield* now)
    if (Option.isSome(existing) && existing.value.member_id !== member.member_id) {
      return yield* stytchError(404, "session_not_found", "session_token / session_jwt: the session given belongs to another member.")
    }
    if (mfaRequired(organization, member) && Option.isNone(existing)) {
      const token = yield* openIntermediateSession(member.email_address, factor, member)
      return { member_authenticated: false as const, intermediate_session_token: token, mfa_required: mfaDetails(member) }
    }
    const issued = yield* issueMemberSession(member, organization, factor, request, existing)
    return {
      member_authenticated: true as const,
      session_token: issued.token,
      session_jwt: issued.jwt,
      member_session: memberSessionView(issued.session, organization)
    }
  })

export type LoginServices = EmulatorStore | EmulatorConfig
