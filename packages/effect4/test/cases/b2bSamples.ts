/**
 * Realistic B2B bodies: members, organizations, member sessions and the answers of every
 * B2B Passwords endpoint, full and minimal. test/b2b/models.test.ts checks each one against
 * the OpenAPI with ajv, so they are what the API describes. Plain data, shared by both lines'
 * tests (the root's test/b2b and this package's).
 */

export const organizationId = "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931"
export const memberId = "member-test-32fc5024-9c09-4da3-bd2e-c9ce4da9375f"
export const emailId = "member-email-test-9d3e1f6c-2b4a-4f5e-8c7d-1a2b3c4d5e6f"
export const requestId = "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141"
export const sessionToken = "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q"
export const sessionJwt =
  "eyJhbGciOiJSUzI1NiIsImtpZCI6Imp3ay10ZXN0LTEiLCJ0eXAiOiJKV1QifQ.eyJzdWIiOiJtZW1iZXItdGVzdC0xIn0.c2lnbmF0dXJl"
export const intermediateSessionToken = "SeiGwdj5lKkrEVgcEY3QNJXt6srxS3IK2Nwkar6mXD4="

const at = "2024-05-01T12:00:00Z"

/** SCIM attributes with every field of `api_b2b_scim_v1_SCIMAttributes`. */
const scimAttributes = {
  user_name: "ada@example.com",
  id: "00u1a2b3c4d5e6f7g8h9",
  external_id: "okta-000042",
  active: true,
  groups: [{ value: "group-1", display: "Engineering" }],
  display_name: "Ada Lovelace",
  nick_name: "Ada",
  profile_url: "https://example.com/ada",
  user_type: "Employee",
  title: "Analyst",
  preferred_language: "en",
  locale: "en-GB",
  timezone: "Europe/London",
  emails: [{ value: "ada@example.com", type: "work", primary: true }],
  phone_numbers: [{ value: "+12025550162", type: "work", primary: true }],
  addresses: [{
    formatted: "12 St James's Square, London",
    street_address: "12 St James's Square",
    locality: "London",
    region: "",
    postal_code: "SW1Y 4JH",
    country: "GB",
    type: "work",
    primary: true
  }],
  ims: [],
  photos: [],
  entitlements: [],
  roles: [{ value: "analyst", type: "", primary: false }],
  x509certificates: [],
  name: {
    formatted: "Ada King Lovelace",
    family_name: "Lovelace",
    given_name: "Ada",
    middle_name: "King",
    honorific_prefix: "Countess",
    honorific_suffix: ""
  },
  enterprise_extension: {
    employee_number: "42",
    cost_center: "R&D",
    division: "Engines",
    department: "Analysis",
    organization: "Acme",
    manager: { value: "00u0", ref: "https://example.com/scim/v2/Users/00u0", display_name: "Charles Babbage" }
  }
}

/** Every field of `api_organization_v1_Member`, each array with a realistic entry. */
export const fullMember = {
  organization_id: organizationId,
  member_id: memberId,
  email_address: "ada@example.com",
  status: "active",
  name: "Ada Lovelace",
  sso_registrations: [{
    connection_id: "saml-connection-test-51861cbc-d3b9-428b-9761-227f5fb12be9",
    external_id: "ada@idp.example.com",
    registration_id: "saml-registration-test-8a1b4f3c-2d5e-4c6f-9a7b-0c1d2e3f4a5b",
    sso_attributes: { department: "Analysis" }
  }],
  is_breakglass: false,
  member_password_id: "member-password-test-0fa4b2a1-6bf1-4cd3-a8a1-9c3e6f0c1b2d",
  oauth_registrations: [{
    provider_type: "Google",
    provider_subject: "10769150350006150715113082367",
    member_oauth_registration_id: "member-oauth-registration-test-3f2e1d0c-4b5a-6978-8a9b-0c1d2e3f4a5b",
    profile_picture_url: "https://lh3.googleusercontent.com/a/default-user=s96-c",
    locale: "en"
  }],
  email_address_verified: true,
  mfa_phone_number_verified: true,
  is_admin: false,
  totp_registration_id: "",
  retired_email_addresses: [{ email_id: "member-email-test-retired-1", email_address: "ada@old.example.com" }],
  is_locked: false,
  mfa_enrolled: true,
  mfa_phone_number: "+12025550162",
  default_mfa_method: "sms_otp",
  roles: [{ role_id: "stytch_member", sources: [{ type: "direct_assignment", details: {} }] }],
  trusted_metadata: { plan: "enterprise", seats: 40 },
  untrusted_metadata: { theme: "dark" },
  created_at: "2024-03-01T09:30:00Z",
  updated_at: at,
  scim_registration: {
    connection_id: "scim-connection-test-8a1b4f3c-2d5e-4c6f-9a7b-0c1d2e3f4a5b",
    registration_id: "scim-registration-test-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    external_id: "okta-000042",
    scim_attributes: scimAttributes
  },
  external_id: "crm-000042",
  lock_created_at: "2024-04-10T08:00:00Z",
  lock_expires_at: "2024-04-10T09:00:00Z"
}

/** Only the fields `api_organization_v1_Member` requires. */
export const minimalMember = {
  organization_id: organizationId,
  member_id: memberId,
  email_address: "ada@example.com",
  status: "pending",
  name: "",
  sso_registrations: [],
  is_breakglass: false,
  member_password_id: "",
  oauth_registrations: [],
  email_address_verified: false,
  mfa_phone_number_verified: false,
  is_admin: false,
  totp_registration_id: "",
  retired_email_addresses: [],
  is_locked: false,
  mfa_enrolled: false,
  mfa_phone_number: "",
  default_mfa_method: "",
  roles: []
}

/** Every field of `api_organization_v1_Organization`. */
export const fullOrganization = {
  organization_id: organizationId,
  organization_name: "Acme Co",
  organization_logo_url: "https://example.com/logo.png",
  organization_slug: "acme",
  sso_jit_provisioning: "RESTRICTED",
  sso_jit_provisioning_allowed_connections: ["saml-connection-test-51861cbc-d3b9-428b-9761-227f5fb12be9"],
  sso_active_connections: [{
    connection_id: "saml-connection-test-51861cbc-d3b9-428b-9761-227f5fb12be9",
    display_name: "Okta",
    identity_provider: "okta"
  }],
  email_allowed_domains: ["example.com"],
  email_jit_provisioning: "RESTRICTED",
  email_invites: "ALL_ALLOWED",
  auth_methods: "RESTRICTED",
  allowed_auth_methods: ["password", "sso"],
  mfa_policy: "REQUIRED_FOR_ALL",
  rbac_email_implicit_role_assignments: [{ domain: "example.com", role_id: "editor" }],
  mfa_methods: "ALL_ALLOWED",
  allowed_mfa_methods: ["sms_otp", "totp"],
  oauth_tenant_jit_provisioning: "NOT_ALLOWED",
  claimed_email_domains: ["example.com"],
  first_party_connected_apps_allowed_type: "ALL_ALLOWED",
  allowed_first_party_connected_apps: [],
  third_party_connected_apps_allowed_type: "RESTRICTED",
  allowed_third_party_connected_apps: ["connected-app-test-1"],
  custom_roles: [{
    role_id: "editor",
    description: "Edits documents",
    permissions: [{ resource_id: "documents", actions: ["read", "write"] }]
  }],
  trusted_metadata: { tier: "gold" },
  created_at: "2024-01-01T00:00:00Z",
  updated_at: at,
  organization_external_id: "acme-external-1",
  sso_default_connection_id: "saml-connection-test-51861cbc-d3b9-428b-9761-227f5fb12be9",
  scim_active_connection: {
    connection_id: "scim-connection-test-8a1b4f3c-2d5e-4c6f-9a7b-0c1d2e3f4a5b",
    display_name: "Okta SCIM",
    bearer_token_last_four: "a1b2",
    bearer_token_expires_at: "2025-01-01T00:00:00Z"
  },
  allowed_oauth_tenants: { slack: ["T012345"] }
}

/** Only the fields `api_organization_v1_Organization` requires. */
export const minimalOrganization = {
  organization_id: organizationId,
  organization_name: "Acme Co",
  organization_logo_url: "",
  organization_slug: "acme",
  sso_jit_provisioning: "ALL_ALLOWED",
  sso_jit_provisioning_allowed_connections: [],
  sso_active_connections: [],
  email_allowed_domains: [],
  email_jit_provisioning: "NOT_ALLOWED",
  email_invites: "ALL_ALLOWED",
  auth_methods: "ALL_ALLOWED",
  allowed_auth_methods: [],
  mfa_policy: "OPTIONAL",
  rbac_email_implicit_role_assignments: [],
  mfa_methods: "ALL_ALLOWED",
  allowed_mfa_methods: [],
  oauth_tenant_jit_provisioning: "NOT_ALLOWED",
  claimed_email_domains: [],
  first_party_connected_apps_allowed_type: "ALL_ALLOWED",
  allowed_first_party_connected_apps: [],
  third_party_connected_apps_allowed_type: "ALL_ALLOWED",
  allowed_third_party_connected_apps: [],
  custom_roles: []
}

/** Every field of `api_b2b_session_v1_MemberSession`. */
export const memberSession = {
  member_session_id: "member-session-test-e2c7d2c5-5b4e-4d5f-9a3b-1c2d3e4f5a6b",
  member_id: memberId,
  started_at: at,
  last_accessed_at: at,
  expires_at: "2024-05-01T13:00:00Z",
  authentication_factors: [{
    type: "password",
    delivery_method: "knowledge",
    last_authenticated_at: at,
    created_at: at,
    updated_at: at,
    email_factor: { email_id: emailId, email_address: "ada@example.com" }
  }],
  organization_id: organizationId,
  roles: ["stytch_member"],
  organization_slug: "acme",
  custom_claims: { plan: "enterprise" }
}

export const device = {
  visitor_id: "visitor-test-1",
  visitor_id_details: { is_new: false, first_seen_at: "2024-01-01T00:00:00Z", last_seen_at: at },
  ip_address: "203.0.113.7",
  ip_geo_country: "GB"
}

export const mfaRequired = {
  member_options: { mfa_phone_number: "+12025550162", totp_registration_id: "" },
  secondary_auth_initiated: "sms_otp"
}

export const primaryRequired = { allowed_auth_methods: ["sso", "magic_link"] }

const envelope = { request_id: requestId, status_code: 200 }

/** What every login answer has, whatever the outcome. */
const memberResult = { ...envelope, member_id: memberId, member: fullMember, organization: fullOrganization }

/** The wire body of an authenticated login: a session, an empty intermediate token. */
export const authenticatedBody = {
  ...memberResult,
  organization_id: organizationId,
  session_token: sessionToken,
  session_jwt: sessionJwt,
  intermediate_session_token: "",
  member_authenticated: true,
  member_session: memberSession,
  member_device: device
}

/** The wire body of a login that needs MFA: empty session strings, an intermediate token. */
export const pendingBody = {
  ...memberResult,
  organization_id: organizationId,
  session_token: "",
  session_jwt: "",
  intermediate_session_token: intermediateSessionToken,
  member_authenticated: false,
  mfa_required: mfaRequired,
  primary_required: primaryRequired
}

export const discoveredOrganization = {
  member_authenticated: false,
  organization: fullOrganization,
  membership: { type: "active_member", details: {}, member: fullMember },
  primary_required: primaryRequired,
  mfa_required: mfaRequired
}

export const discoveryBody = {
  ...envelope,
  email_address: "ada@example.com",
  intermediate_session_token: intermediateSessionToken,
  discovered_organizations: [discoveredOrganization, { member_authenticated: true, organization: minimalOrganization }]
}

/** A realistic 200 body of every B2B Passwords endpoint, by path (login calls authenticated). */
export const successBodies: Readonly<Record<string, unknown>> = {
  "/v1/b2b/passwords/authenticate": authenticatedBody,
  "/v1/b2b/passwords/strength_check": {
    ...envelope,
    valid_password: false,
    score: 1,
    breached_password: false,
    strength_policy: "luds",
    breach_detection_on_create: true,
    luds_feedback: {
      has_lower_case: true,
      has_upper_case: false,
      has_digit: true,
      has_symbol: false,
      missing_complexity: 1,
      missing_characters: 2
    },
    zxcvbn_feedback: { warning: "", suggestions: [] }
  },
  "/v1/b2b/passwords/migrate": {
    ...envelope,
    member_id: memberId,
    member_created: true,
    member: fullMember,
    organization: fullOrganization
  },
  "/v1/b2b/passwords/email/reset/start": {
    ...envelope,
    member_id: memberId,
    member_email_id: emailId,
    member: fullMember
  },
  "/v1/b2b/passwords/email/reset": { ...authenticatedBody, member_email_id: emailId },
  "/v1/b2b/passwords/email/require_reset": {
    ...envelope,
    member_id: memberId,
    member: fullMember,
    organization: fullOrganization
  },
  "/v1/b2b/passwords/existing_password/reset": (({ organization_id: _, ...rest }) => rest)(authenticatedBody),
  "/v1/b2b/passwords/session/reset": (({ organization_id: _, ...rest }) => rest)(authenticatedBody),
  "/v1/b2b/passwords/discovery/authenticate": discoveryBody,
  "/v1/b2b/passwords/discovery/email/reset/start": envelope,
  "/v1/b2b/passwords/discovery/email/reset": discoveryBody
}

/** The OpenAPI component of each path's 200 body. */
export const successComponents: Readonly<Record<string, string>> = {
  "/v1/b2b/passwords/authenticate": "api_b2b_password_v1_AuthenticateResponse",
  "/v1/b2b/passwords/strength_check": "api_b2b_password_v1_StrengthCheckResponse",
  "/v1/b2b/passwords/migrate": "api_b2b_password_v1_MigrateResponse",
  "/v1/b2b/passwords/email/reset/start": "api_b2b_password_v1_b2b_passwords_email_ResetStartResponse",
  "/v1/b2b/passwords/email/reset": "api_b2b_password_v1_b2b_passwords_email_ResetResponse",
  "/v1/b2b/passwords/email/require_reset": "api_b2b_password_v1_b2b_passwords_email_RequireResetResponse",
  "/v1/b2b/passwords/existing_password/reset": "api_b2b_password_v1_b2b_passwords_existing_password_ResetResponse",
  "/v1/b2b/passwords/session/reset": "api_b2b_password_v1_b2b_passwords_session_ResetResponse",
  "/v1/b2b/passwords/discovery/authenticate": "api_b2b_password_v1_b2b_passwords_discovery_AuthenticateResponse",
  "/v1/b2b/passwords/discovery/email/reset/start": "api_b2b_password_v1_b2b_passwords_discovery_email_ResetStartResponse",
  "/v1/b2b/passwords/discovery/email/reset": "api_b2b_password_v1_b2b_passwords_discovery_email_ResetResponse"
}
