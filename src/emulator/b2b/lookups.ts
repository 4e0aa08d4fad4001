/**
 * Finding organizations and members for a B2B request, with Stytch's errors when absent,
 * and the decision a B2B login ends on: a member session, or MFA still to do.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { CrossOrgPasswordsNotEnabled } from "../../errors/PasswordErrors.js"
import { MemberNotFound, OperationRestrictedByOrganizationAuthMethods, OrganizationNotFound } from "../../errors/OrganizationErrors.js"
import { SessionNotFound } from "../../errors/SessionErrors.js"
import type { AuthenticationFactor } from "../../models/Session.js"
import type { EmulatorConfig } from "../EmulatorConfig.js"
import { raise, type RouteError } from "../http/RouteError.js"
import { iso } from "../runtime.js"
import type { SessionRequest } from "../sessions/Sessions.js"
import type { StoredIntermediateSession, StoredMember, StoredMemberSession, StoredOrganization } from "../state/State.js"
import { EmulatorStore, type StoreReads, type StoreTransaction } from "../state/Store.js"
import { type MemberSessionPlan, memberPlanHolds, memberSessionJwt, newIntermediateSession, planMemberSession, writeMemberSession } from "./memberSessions.js"
import { memberSessionView } from "./views.js"

/** The organization an `organization_id` names: its id, slug or external id. */
export const organizationOf = (
  reference: string
): Effect.Effect<StoredOrganization, RouteError<typeof OrganizationNotFound>, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => {
    const organization = store.read.b2b.organization(reference)
    return organization === undefined
      ? raise(OrganizationNotFound, 404, "organization_id: no organization has this id, slug or external id.")
      : Effect.succeed(organization)
  })

/** The member of the organization with the email address. */
export const memberOf = (
  organization: StoredOrganization,
  email: string
): Effect.Effect<StoredMember, RouteError<typeof MemberNotFound>, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => {
    const member = store.read.b2b.memberByEmail(organization.organization_id, email)
    return member === undefined
      ? raise(MemberNotFound, 404, "email_address: the organization has no member with this email address.")
      : Effect.succeed(member)
  })

/**
 * The member of the organization a `member_id` names: its id, else its external id; a member
 * of another organization is not found.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { memberNamed, organizationOf } from "./lookups.js"
 *
 * const member = (organization_id: string, member_id: string) =>
 *   Effect.flatMap(organizationOf(organization_id), (organization) => memberNamed(organization, member_id))
 * ```
 */
export const memberNamed = (
  organization: StoredOrganization,
  reference: string
): Effect.Effect<StoredMember, RouteError<typeof MemberNotFound>, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => {
    const byId = store.read.b2b.member(reference)
    const member =
      byId?.organization_id === organization.organization_id
        ? byId
        : store.read.b2b
          .members()
          .find((candidate) => candidate.organization_id === organization.organization_id && candidate.external_id === reference)
    return member === undefined
      ? raise(MemberNotFound, 404, "member_id: the organization has no member with this id or external id.")
      : Effect.succeed(member)
  })

/** Fails unless the project allows passwords across organizations. */
export const requireCrossOrgPasswords: Effect.Effect<void, RouteError<typeof CrossOrgPasswordsNotEnabled>, EmulatorStore> =
  Effect.flatMap(EmulatorStore, (store) =>
    store.read.settings().cross_org_passwords_enabled
      ? Effect.void
      : raise(CrossOrgPasswordsNotEnabled, 400, "Cross-organization passwords are not enabled for this project.")
  )

/** Fails unless the organization allows password logins. */
export const requirePasswordsAllowed = (
  organization: StoredOrganization
): Effect.Effect<void, RouteError<typeof OperationRestrictedByOrganizationAuthMethods>> =>
  organization.auth_methods === "RESTRICTED" && !organization.allowed_auth_methods.includes("password")
    ? raise(OperationRestrictedByOrganizationAuthMethods, 403, "The organization does not allow password logins.")
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
 * How a B2B login will end, decided before its commit: MFA still to do (an intermediate
 * session), or a member session.
 */
export type LoginPlan =
  | { readonly kind: "mfa"; readonly token: string; readonly intermediate: StoredIntermediateSession; readonly member: StoredMember }
  | { readonly kind: "session"; readonly session: MemberSessionPlan }

/**
 * Plans the end of a login: with MFA required and no session named, an intermediate session;
 * otherwise a member session (started, or the named one extended). A named session must be
 * the member's.
 */
export const planLogin = (
  member: StoredMember,
  organization: StoredOrganization,
  request: SessionRequest,
  existing: Option.Option<StoredMemberSession>,
  at: number
): Effect.Effect<LoginPlan, RouteError<typeof SessionNotFound>> => {
  const factor = memberPasswordFactor(member, at)
  if (Option.isSome(existing) && existing.value.member_id !== member.member_id) {
    return raise(SessionNotFound, 404, "session_token / session_jwt: the session given belongs to another member.")
  }
  if (mfaRequired(organization, member) && Option.isNone(existing)) {
    const { session, token } = newIntermediateSession(member.email_address, factor, at, member)
    return Effect.succeed({ kind: "mfa", token, intermediate: session, member })
  }
  return Effect.succeed({ kind: "session", session: planMemberSession(member, organization, factor, request, existing, at) })
}

/** Inside a commit: whether the plan still holds. */
export const loginHolds = (tx: StoreReads, plan: LoginPlan, at: number): boolean =>
  plan.kind === "mfa" || memberPlanHolds(tx, plan.session, at)

/** A login as committed: MFA pending, or a member session written. */
export type CommittedLogin =
  | { readonly kind: "mfa"; readonly token: string; readonly member: StoredMember }
  | { readonly kind: "session"; readonly token: string; readonly session: StoredMemberSession }

/** Inside a commit, after {@link loginHolds}: writes the intermediate or member session. */
export const writeLogin = (tx: StoreTransaction, plan: LoginPlan): CommittedLogin => {
  if (plan.kind === "mfa") {
    tx.b2b.putIntermediateSession(plan.intermediate)
    return { kind: "mfa", token: plan.token, member: plan.member }
  }
  return { kind: "session", token: plan.session.token, session: writeMemberSession(tx, plan.session) }
}

/** The wire fields of a committed login: pending MFA, or the member session with a fresh JWT. */
export const loginFields = (login: CommittedLogin, organization: StoredOrganization) =>
  login.kind === "mfa"
    ? Effect.succeed({
      member_authenticated: false as const,
      intermediate_session_token: login.token,
      mfa_required: mfaDetails(login.member)
    })
    : Effect.map(memberSessionJwt(login.session, organization), (jwt) => ({
      member_authenticated: true as const,
      session_token: login.token,
      session_jwt: jwt,
      member_session: memberSessionView(login.session, organization)
    }))

export type LoginServices = EmulatorStore | EmulatorConfig
