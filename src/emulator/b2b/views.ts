/**
 * B2B organizations and members as the API shows them.
 *
 * @since 0.1.0
 */
import type { Member } from "../../models/Member.js"
import type { MemberSession } from "../../models/MemberSession.js"
import type { Organization } from "../../models/Organization.js"
import type { StoredMember, StoredMemberSession, StoredOrganization } from "../state/State.js"

export const organizationView = (organization: StoredOrganization): Organization => ({
  organization_id: organization.organization_id,
  organization_name: organization.organization_name,
  organization_logo_url: "",
  organization_slug: organization.organization_slug,
  sso_jit_provisioning: "NOT_ALLOWED",
  sso_jit_provisioning_allowed_connections: [],
  sso_active_connections: [],
  email_allowed_domains: organization.email_allowed_domains,
  email_jit_provisioning: "NOT_ALLOWED",
  email_invites: "ALL_ALLOWED",
  auth_methods: organization.auth_methods,
  allowed_auth_methods: organization.allowed_auth_methods,
  mfa_policy: organization.mfa_policy,
  rbac_email_implicit_role_assignments: [],
  mfa_methods: "ALL_ALLOWED",
  allowed_mfa_methods: [],
  oauth_tenant_jit_provisioning: "NOT_ALLOWED",
  claimed_email_domains: [],
  first_party_connected_apps_allowed_type: "ALL_ALLOWED",
  allowed_first_party_connected_apps: [],
  third_party_connected_apps_allowed_type: "ALL_ALLOWED",
  allowed_third_party_connected_apps: [],
  custom_roles: [],
  trusted_metadata: organization.trusted_metadata ?? {},
  created_at: organization.created_at,
  updated_at: organization.updated_at,
  ...(organization.organization_external_id === undefined ? {} : { organization_external_id: organization.organization_external_id })
})

export const memberView = (member: StoredMember): Member => ({
  organization_id: member.organization_id,
  member_id: member.member_id,
  email_address: member.email_address,
  status: member.status,
  name: member.name,
  sso_registrations: [],
  is_breakglass: member.is_breakglass,
  member_password_id: member.password?.password_id ?? "",
  oauth_registrations: [],
  email_address_verified: member.email_address_verified,
  mfa_phone_number_verified: member.mfa_phone_number !== "",
  is_admin: member.roles.includes("stytch_admin"),
  totp_registration_id: "",
  retired_email_addresses: [],
  is_locked: false,
  mfa_enrolled: member.mfa_enrolled,
  mfa_phone_number: member.mfa_phone_number,
  default_mfa_method: member.mfa_enrolled ? "sms_otp" : "",
  roles: member.roles.map((role_id) => ({ role_id, sources: [{ type: "direct_assignment" }] })),
  trusted_metadata: member.trusted_metadata ?? {},
  untrusted_metadata: member.untrusted_metadata ?? {},
  created_at: member.created_at,
  updated_at: member.updated_at,
  ...(member.external_id === undefined ? {} : { external_id: member.external_id })
})

export const memberSessionView = (session: StoredMemberSession, organization: StoredOrganization): MemberSession => ({
  member_session_id: session.member_session_id,
  member_id: session.member_id,
  started_at: session.started_at,
  last_accessed_at: session.last_accessed_at,
  expires_at: session.expires_at,
  authentication_factors: session.authentication_factors,
  organization_id: session.organization_id,
  roles: session.roles,
  organization_slug: organization.organization_slug,
  custom_claims: session.custom_claims
})
