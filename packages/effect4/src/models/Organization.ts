/**
 * The B2B `Organization` a Passwords call returns, with its nested settings.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { JsonObject } from "./Json.js"

const ActiveSSOConnectionFields = {
  connection_id: Schema.String,
  display_name: Schema.String,
  /** `"okta"`, `"microsoft-entra"`, `"generic"`, ...; unknown values decode as they are. */
  identity_provider: Schema.String
}

/**
 * An active SAML or OIDC connection of the organization.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ActiveSSOConnection } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(ActiveSSOConnection)({
 *   connection_id: "saml-connection-test-1", display_name: "Okta", identity_provider: "okta"
 * })
 * ```
 * @since 0.1.0
 */
export const ActiveSSOConnection: Schema.Codec<ActiveSSOConnection, ActiveSSOConnectionEncoded> = Schema.Struct(ActiveSSOConnectionFields).annotate({ identifier: "ActiveSSOConnection" })

/**
 * @example
 * ```ts
 * import type { ActiveSSOConnection } from "effect4-stytch"
 * const names = (cs: ReadonlyArray<ActiveSSOConnection>) => cs.map((c) => c.display_name)
 * ```
 * @since 0.1.0
 */
export interface ActiveSSOConnection extends Schema.Struct.Type<typeof ActiveSSOConnectionFields> {}

/**
 * `ActiveSSOConnection` as JSON, before decoding: what `Schema.encodeSync(ActiveSSOConnection)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ActiveSSOConnection, type ActiveSSOConnectionEncoded } from "effect4-stytch"
 * const toJson = (value: ActiveSSOConnection): ActiveSSOConnectionEncoded => Schema.encodeSync(ActiveSSOConnection)(value)
 * ```
 * @since 0.1.0
 */
export type ActiveSSOConnectionEncoded = Schema.Struct.Encoded<typeof ActiveSSOConnectionFields>

const EmailImplicitRoleAssignmentFields = {
  domain: Schema.String,
  role_id: Schema.String
}

/**
 * A role every member whose email has `domain` holds implicitly.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmailImplicitRoleAssignment } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(EmailImplicitRoleAssignment)({ domain: "example.com", role_id: "editor" })
 * ```
 * @since 0.1.0
 */
export const EmailImplicitRoleAssignment: Schema.Codec<EmailImplicitRoleAssignment, EmailImplicitRoleAssignmentEncoded> = Schema.Struct(EmailImplicitRoleAssignmentFields).annotate({ identifier: "EmailImplicitRoleAssignment" })

/**
 * @example
 * ```ts
 * import type { EmailImplicitRoleAssignment } from "effect4-stytch"
 * const rolesFor = (rs: ReadonlyArray<EmailImplicitRoleAssignment>, domain: string) =>
 *   rs.filter((r) => r.domain === domain).map((r) => r.role_id)
 * ```
 * @since 0.1.0
 */
export interface EmailImplicitRoleAssignment extends Schema.Struct.Type<typeof EmailImplicitRoleAssignmentFields> {}

/**
 * `EmailImplicitRoleAssignment` as JSON, before decoding: what `Schema.encodeSync(EmailImplicitRoleAssignment)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmailImplicitRoleAssignment, type EmailImplicitRoleAssignmentEncoded } from "effect4-stytch"
 * const toJson = (value: EmailImplicitRoleAssignment): EmailImplicitRoleAssignmentEncoded => Schema.encodeSync(EmailImplicitRoleAssignment)(value)
 * ```
 * @since 0.1.0
 */
export type EmailImplicitRoleAssignmentEncoded = Schema.Struct.Encoded<typeof EmailImplicitRoleAssignmentFields>

const CustomRolePermissionFields = {
  resource_id: Schema.String,
  actions: Schema.Array(Schema.String)
}

/**
 * The actions a custom role may take on one resource.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CustomRolePermission } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(CustomRolePermission)({ resource_id: "documents", actions: ["read", "write"] })
 * ```
 * @since 0.1.0
 */
export const CustomRolePermission: Schema.Codec<CustomRolePermission, CustomRolePermissionEncoded> = Schema.Struct(CustomRolePermissionFields).annotate({ identifier: "CustomRolePermission" })

/**
 * @example
 * ```ts
 * import type { CustomRolePermission } from "effect4-stytch"
 * const canWrite = (p: CustomRolePermission) => p.actions.includes("write") || p.actions.includes("*")
 * ```
 * @since 0.1.0
 */
export interface CustomRolePermission extends Schema.Struct.Type<typeof CustomRolePermissionFields> {}

/**
 * `CustomRolePermission` as JSON, before decoding: what `Schema.encodeSync(CustomRolePermission)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CustomRolePermission, type CustomRolePermissionEncoded } from "effect4-stytch"
 * const toJson = (value: CustomRolePermission): CustomRolePermissionEncoded => Schema.encodeSync(CustomRolePermission)(value)
 * ```
 * @since 0.1.0
 */
export type CustomRolePermissionEncoded = Schema.Struct.Encoded<typeof CustomRolePermissionFields>

const CustomRoleFields = {
  role_id: Schema.String,
  description: Schema.String,
  permissions: Schema.Array(CustomRolePermission)
}

/**
 * A role defined by the organization itself.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CustomRole } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(CustomRole)({
 *   role_id: "editor", description: "Edits documents", permissions: [{ resource_id: "documents", actions: ["write"] }]
 * })
 * ```
 * @since 0.1.0
 */
export const CustomRole: Schema.Codec<CustomRole, CustomRoleEncoded> = Schema.Struct(CustomRoleFields).annotate({ identifier: "CustomRole" })

/**
 * @example
 * ```ts
 * import type { CustomRole } from "effect4-stytch"
 * const resources = (role: CustomRole) => role.permissions.map((p) => p.resource_id)
 * ```
 * @since 0.1.0
 */
export interface CustomRole extends Schema.Struct.Type<typeof CustomRoleFields> {}

/**
 * `CustomRole` as JSON, before decoding: what `Schema.encodeSync(CustomRole)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CustomRole, type CustomRoleEncoded } from "effect4-stytch"
 * const toJson = (value: CustomRole): CustomRoleEncoded => Schema.encodeSync(CustomRole)(value)
 * ```
 * @since 0.1.0
 */
export type CustomRoleEncoded = Schema.Struct.Encoded<typeof CustomRoleFields>

const ActiveSCIMConnectionFields = {
  connection_id: Schema.String,
  display_name: Schema.String,
  bearer_token_last_four: Schema.String,
  /** RFC 3339. */
  bearer_token_expires_at: Schema.optional(Schema.String)
}

/**
 * The organization's active SCIM connection; only the last four characters of its bearer
 * token are ever returned.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ActiveSCIMConnection } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(ActiveSCIMConnection)({
 *   connection_id: "scim-connection-test-1", display_name: "Okta SCIM", bearer_token_last_four: "a1b2"
 * })
 * ```
 * @since 0.1.0
 */
export const ActiveSCIMConnection: Schema.Codec<ActiveSCIMConnection, ActiveSCIMConnectionEncoded> = Schema.Struct(ActiveSCIMConnectionFields).annotate({ identifier: "ActiveSCIMConnection" })

/**
 * @example
 * ```ts
 * import type { ActiveSCIMConnection } from "effect4-stytch"
 * const label = (c: ActiveSCIMConnection) => `${c.display_name} (…${c.bearer_token_last_four})`
 * ```
 * @since 0.1.0
 */
export interface ActiveSCIMConnection extends Schema.Struct.Type<typeof ActiveSCIMConnectionFields> {}

/**
 * `ActiveSCIMConnection` as JSON, before decoding: what `Schema.encodeSync(ActiveSCIMConnection)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ActiveSCIMConnection, type ActiveSCIMConnectionEncoded } from "effect4-stytch"
 * const toJson = (value: ActiveSCIMConnection): ActiveSCIMConnectionEncoded => Schema.encodeSync(ActiveSCIMConnection)(value)
 * ```
 * @since 0.1.0
 */
export type ActiveSCIMConnectionEncoded = Schema.Struct.Encoded<typeof ActiveSCIMConnectionFields>

const OrganizationFields = {
  organization_id: Schema.String,
  organization_name: Schema.String,
  organization_logo_url: Schema.String,
  organization_slug: Schema.String,
  /** `"ALL_ALLOWED"`, `"RESTRICTED"`, `"NOT_ALLOWED"`; unknown values decode as they are. */
  sso_jit_provisioning: Schema.String,
  sso_jit_provisioning_allowed_connections: Schema.Array(Schema.String),
  sso_active_connections: Schema.Array(ActiveSSOConnection),
  email_allowed_domains: Schema.Array(Schema.String),
  /** `"RESTRICTED"`, `"NOT_ALLOWED"`; unknown values decode as they are. */
  email_jit_provisioning: Schema.String,
  /** `"ALL_ALLOWED"`, `"RESTRICTED"`, `"NOT_ALLOWED"`; unknown values decode as they are. */
  email_invites: Schema.String,
  /** `"ALL_ALLOWED"`, `"RESTRICTED"`; unknown values decode as they are. */
  auth_methods: Schema.String,
  allowed_auth_methods: Schema.Array(Schema.String),
  /** `"OPTIONAL"`, `"REQUIRED_FOR_ALL"`; unknown values decode as they are. */
  mfa_policy: Schema.String,
  rbac_email_implicit_role_assignments: Schema.Array(EmailImplicitRoleAssignment),
  /** `"ALL_ALLOWED"`, `"RESTRICTED"`; unknown values decode as they are. */
  mfa_methods: Schema.String,
  allowed_mfa_methods: Schema.Array(Schema.String),
  /** `"RESTRICTED"`, `"NOT_ALLOWED"`; unknown values decode as they are. */
  oauth_tenant_jit_provisioning: Schema.String,
  claimed_email_domains: Schema.Array(Schema.String),
  first_party_connected_apps_allowed_type: Schema.String,
  allowed_first_party_connected_apps: Schema.Array(Schema.String),
  third_party_connected_apps_allowed_type: Schema.String,
  allowed_third_party_connected_apps: Schema.Array(Schema.String),
  custom_roles: Schema.Array(CustomRole),
  trusted_metadata: Schema.optional(JsonObject),
  /** RFC 3339. */
  created_at: Schema.optional(Schema.String),
  /** RFC 3339. */
  updated_at: Schema.optional(Schema.String),
  organization_external_id: Schema.optional(Schema.String),
  sso_default_connection_id: Schema.optional(Schema.String),
  scim_active_connection: Schema.optional(ActiveSCIMConnection),
  /** Allowed OAuth tenants by provider (`slack`, `hubspot`, `github`). */
  allowed_oauth_tenants: Schema.optional(JsonObject)
}

/**
 * A B2B organization and its authentication settings. The settings are open strings:
 * `mfa_policy` is `"OPTIONAL"` or `"REQUIRED_FOR_ALL"`; `auth_methods`, `mfa_methods`,
 * `email_invites`, `sso_jit_provisioning`, the connected-apps types are `"ALL_ALLOWED"`,
 * `"RESTRICTED"` or `"NOT_ALLOWED"`; `allowed_auth_methods` holds `"password"`, `"sso"`,
 * `"magic_link"`, ...; values Stytch adds later decode as they are. Timestamps are RFC 3339.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Organization } from "effect4-stytch"
 *
 * const organization = Schema.decodeUnknownSync(Organization)({
 *   organization_id: "organization-test-1", organization_name: "Acme", organization_logo_url: "",
 *   organization_slug: "acme", sso_jit_provisioning: "ALL_ALLOWED", sso_jit_provisioning_allowed_connections: [],
 *   sso_active_connections: [], email_allowed_domains: [], email_jit_provisioning: "NOT_ALLOWED",
 *   email_invites: "ALL_ALLOWED", auth_methods: "ALL_ALLOWED", allowed_auth_methods: [], mfa_policy: "OPTIONAL",
 *   rbac_email_implicit_role_assignments: [], mfa_methods: "ALL_ALLOWED", allowed_mfa_methods: [],
 *   oauth_tenant_jit_provisioning: "NOT_ALLOWED", claimed_email_domains: [],
 *   first_party_connected_apps_allowed_type: "ALL_ALLOWED", allowed_first_party_connected_apps: [],
 *   third_party_connected_apps_allowed_type: "ALL_ALLOWED", allowed_third_party_connected_apps: [], custom_roles: []
 * })
 * ```
 * @since 0.1.0
 */
export const Organization: Schema.Codec<Organization, OrganizationEncoded> = Schema.Struct(OrganizationFields).annotate({ identifier: "Organization" })

/**
 * @example
 * ```ts
 * import type { Organization } from "effect4-stytch"
 * const mfaForAll = (o: Organization) => o.mfa_policy === "REQUIRED_FOR_ALL"
 * ```
 * @since 0.1.0
 */
export interface Organization extends Schema.Struct.Type<typeof OrganizationFields> {}

/**
 * `Organization` as JSON, before decoding: what `Schema.encodeSync(Organization)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Organization, type OrganizationEncoded } from "effect4-stytch"
 * const toJson = (value: Organization): OrganizationEncoded => Schema.encodeSync(Organization)(value)
 * ```
 * @since 0.1.0
 */
export type OrganizationEncoded = Schema.Struct.Encoded<typeof OrganizationFields>
