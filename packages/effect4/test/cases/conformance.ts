/**
 * What the OpenAPI conformance tests check, as plain data: which exported model is which
 * OpenAPI component, which endpoints each fixture file describes, and the facts pinned about
 * them. Both lines' conformance tests read this (root test/conformance/*, and
 * packages/effect4/test/conformance/*): a model is named by its export name, which both
 * lines' barrels share, and an endpoint by its dotted name.
 *
 * No Effect import here.
 */
import type { FixtureName } from "./openapi.js"

export type Side = "request" | "response"

/** `[label, export name, component, side]`: the consumer models and their components in consumer-passwords.json. */
export const consumerModels: ReadonlyArray<readonly [string, string, string, Side]> = [
  ["User", "User", "api_user_v1_User", "response"],
  ["UserPassword", "UserPassword", "api_user_v1_Password", "response"],
  ["Name (returned)", "Name", "api_user_v1_Name", "response"],
  ["Name (sent)", "Name", "api_user_v1_Name", "request"],
  ["Session", "Session", "api_session_v1_Session", "response"],
  ["AuthenticationFactor", "AuthenticationFactor", "api_session_v1_AuthenticationFactor", "response"],
  ["Attributes (returned)", "Attributes", "api_attribute_v1_Attributes", "response"],
  ["Attributes (sent)", "Attributes", "api_attribute_v1_Attributes", "request"],
  ["DeviceInfo", "DeviceInfo", "api_device_history_v1_DeviceInfo", "response"],
  ["DeviceAttributeDetails", "DeviceAttributeDetails", "api_device_history_v1_DeviceAttributeDetails", "response"],
  ["Feedback", "Feedback", "api_password_v1_Feedback", "response"],
  ["LudsRequirements", "LudsRequirements", "api_password_v1_LUDSRequirements", "response"],
  ["Options", "Options", "api_magic_v1_Options", "request"],
  ["MD5Config", "MD5Config", "api_password_v1_MD5Config", "request"],
  ["SHA1Config", "SHA1Config", "api_password_v1_SHA1Config", "request"],
  ["SHA512Config", "SHA512Config", "api_password_v1_SHA512Config", "request"],
  ["ScryptConfig", "ScryptConfig", "api_password_v1_ScryptConfig", "request"],
  ["Argon2Config", "Argon2Config", "api_password_v1_Argon2Config", "request"],
  ["PBKDF2Config", "PBKDF2Config", "api_password_v1_PBKDF2Config", "request"]
]

/** `[label, export name, component, side]`: the consumer models B2B shares, in b2b-passwords.json. */
export const sharedWithB2B: ReadonlyArray<readonly [string, string, string, Side]> = [
  ["AuthenticationFactor", "AuthenticationFactor", "api_session_v1_AuthenticationFactor", "response"],
  ["DeviceInfo", "DeviceInfo", "api_device_history_v1_DeviceInfo", "response"],
  ["LudsRequirements as luds_feedback", "LudsRequirements", "api_b2b_password_v1_LudsFeedback", "response"],
  ["ZxcvbnFeedback", "ZxcvbnFeedback", "api_b2b_password_v1_ZxcvbnFeedback", "response"],
  ["ScryptConfig", "ScryptConfig", "api_password_v1_ScryptConfig", "request"],
  ["Argon2Config", "Argon2Config", "api_password_v1_Argon2Config", "request"],
  ["PBKDF2Config", "PBKDF2Config", "api_password_v1_PBKDF2Config", "request"],
  ["MD5Config", "MD5Config", "api_password_v1_MD5Config", "request"]
]

/** `[label, export name, component]`: the B2B models (responses) in b2b-passwords.json. */
export const b2bModels: ReadonlyArray<readonly [string, string, string]> = [
  ["Member", "Member", "api_organization_v1_Member"],
  ["MemberRole", "MemberRole", "api_organization_v1_MemberRole"],
  ["MemberRoleSource", "MemberRoleSource", "api_organization_v1_MemberRoleSource"],
  ["SSORegistration", "SSORegistration", "api_organization_v1_SSORegistration"],
  ["OAuthRegistration", "OAuthRegistration", "api_organization_v1_OAuthRegistration"],
  ["RetiredEmail", "RetiredEmail", "api_organization_v1_RetiredEmail"],
  ["SCIMRegistration", "SCIMRegistration", "api_organization_v1_SCIMRegistration"],
  ["Organization", "Organization", "api_organization_v1_Organization"],
  ["ActiveSSOConnection", "ActiveSSOConnection", "api_organization_v1_ActiveSSOConnection"],
  ["EmailImplicitRoleAssignment", "EmailImplicitRoleAssignment", "api_organization_v1_EmailImplicitRoleAssignment"],
  ["CustomRole", "CustomRole", "api_organization_v1_CustomRole"],
  ["CustomRolePermission", "CustomRolePermission", "api_organization_v1_CustomRolePermission"],
  ["ActiveSCIMConnection", "ActiveSCIMConnection", "api_organization_v1_ActiveSCIMConnection"],
  ["MemberSession", "MemberSession", "api_b2b_session_v1_MemberSession"],
  ["MfaRequired", "MfaRequired", "api_b2b_mfa_v1_MfaRequired"],
  ["MemberOptions", "MemberOptions", "api_b2b_mfa_v1_MemberOptions"],
  ["PrimaryRequired", "PrimaryRequired", "api_b2b_session_v1_PrimaryRequired"],
  ["DiscoveredOrganization", "DiscoveredOrganization", "api_discovery_v1_DiscoveredOrganization"],
  ["Membership", "Membership", "api_discovery_v1_Membership"]
]

/** `[label, export name, fixture, component]`: the models the GET and DELETE endpoints return. */
export const lifecycleModels: ReadonlyArray<readonly [string, string, FixtureName, string]> = [
  ["User", "User", "consumer-users-sessions", "api_user_v1_User"],
  ["Session", "Session", "consumer-users-sessions", "api_session_v1_Session"],
  ["Jwk", "Jwk", "consumer-users-sessions", "api_session_v1_JWK"],
  ["Jwk (B2B)", "Jwk", "b2b-sessions", "api_session_v1_JWK"],
  ["MemberSession", "MemberSession", "b2b-sessions", "api_b2b_session_v1_MemberSession"]
]

/** The consumer Passwords endpoints, `name path`, in the order of `Passwords.endpoints`. */
export const consumerPasswordEndpoints: ReadonlyArray<string> = [
  "passwords.create /v1/passwords",
  "passwords.authenticate /v1/passwords/authenticate",
  "passwords.strengthCheck /v1/passwords/strength_check",
  "passwords.migrate /v1/passwords/migrate",
  "passwords.email.resetStart /v1/passwords/email/reset/start",
  "passwords.email.reset /v1/passwords/email/reset",
  "passwords.existingPassword.reset /v1/passwords/existing_password/reset",
  "passwords.sessions.reset /v1/passwords/session/reset"
]

/** The B2B Passwords endpoint names, sorted: one per /v1/b2b/passwords path of the OpenAPI. */
export const b2bPasswordNames: ReadonlyArray<string> = [
  "b2b.passwords.authenticate",
  "b2b.passwords.discovery.authenticate",
  "b2b.passwords.discovery.email.reset",
  "b2b.passwords.discovery.email.resetStart",
  "b2b.passwords.email.requireReset",
  "b2b.passwords.email.reset",
  "b2b.passwords.email.resetStart",
  "b2b.passwords.existingPassword.reset",
  "b2b.passwords.migrate",
  "b2b.passwords.sessions.reset",
  "b2b.passwords.strengthCheck"
]

/** The only endpoints of each group that are safe to repeat after a 5xx or a timeout. */
export const retrySafePosts: Readonly<Record<"passwords" | "b2b.passwords", ReadonlyArray<string>>> = {
  passwords: ["passwords.strengthCheck"],
  "b2b.passwords": ["b2b.passwords.strengthCheck"]
}

/** The B2B Sessions POST paths (checked against b2b-passwords.json). */
export const b2bSessionPosts: ReadonlyArray<string> = ["/v1/b2b/sessions/authenticate", "/v1/b2b/sessions/revoke"]

/** The B2B login answers split into two outcomes (a union of objects); the others are plain objects. */
export const b2bLoginUnions: ReadonlyArray<string> = [
  "b2b.passwords.authenticate",
  "b2b.passwords.email.reset",
  "b2b.passwords.existingPassword.reset",
  "b2b.passwords.sessions.reset"
]

/** requireReset sends the member session as headers: `request field path: header`. */
export const requireResetHeaders: Readonly<Record<string, string>> = {
  "authorization.session_token": "X-Stytch-Member-Session",
  "authorization.session_jwt": "X-Stytch-Member-SessionJWT"
}

/**
 * The GET and DELETE endpoints, by the fixture file that describes them: every operation of
 * each file is one of these, once.
 */
export const lifecycleEndpoints: ReadonlyArray<readonly [FixtureName, ReadonlyArray<string>]> = [
  ["consumer-users-sessions", ["users.get", "users.delete", "users.deletePassword", "sessions.get", "sessions.getJWKS"]],
  ["b2b-sessions", ["b2b.sessions.get", "b2b.sessions.getJWKS", "b2b.organizations.members.delete"]]
]

/** The one B2B component the models keep as free JSON, and what the checker reports without the opt-out. */
export const scimAttributes = "api_b2b_scim_v1_SCIMAttributes"
