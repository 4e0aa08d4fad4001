/**
 * effect-stytch: the Stytch Passwords API as Effect services.
 *
 * @since 0.1.0
 */
export * as Endpoint from "./Endpoint.js"
export * as Pkce from "./Pkce.js"
export * as RetryPolicy from "./RetryPolicy.js"
export type { RetryOptions } from "./RetryPolicy.js"
export * as StytchConfig from "./StytchConfig.js"
export { StytchClient, type ClientOf, type EndpointTree } from "./StytchClient.js"
export * from "./StytchError.js"
export * from "./errors/PasswordErrors.js"
export * from "./errors/ResetErrors.js"
export * from "./errors/MigrateErrors.js"
export * from "./errors/SessionErrors.js"
export * from "./errors/OrganizationErrors.js"
export * from "./errors/PlatformErrors.js"
export * from "./models/Device.js"
export * from "./models/HashConfig.js"
export * from "./models/Json.js"
export * from "./models/Request.js"
export * from "./models/Secret.js"
export * from "./models/Session.js"
export * from "./models/Strength.js"
export * from "./models/User.js"
export * from "./models/factors.js"
export * from "./models/fields.js"
export { checkHashConfig, HashType, MigrateHashFields } from "./passwords/migrate.js"
export { Passwords } from "./passwords/Passwords.js"
export { Sessions } from "./sessions/Sessions.js"
export { AuthorizationCheck, AuthorizationVerdict, B2BAuthorizationCheck } from "./sessions/authorization.js"
export { AuthenticatedUserFields, ResponseEnvelope, StrengthVerdictFields } from "./passwords/shared.js"
export { userAgent, version } from "./version.js"
// B2B Passwords
export * from "./models/Member.js"
export * from "./models/Organization.js"
export * from "./models/MemberSession.js"
export * from "./models/Discovery.js"
export * from "./b2b/fields.js"
export * from "./b2b/AuthResult.js"
export { DiscoveryResultFields, MemberResultFields } from "./b2b/passwords/shared.js"
export {
  HashErrors,
  NewPasswordErrors,
  PkceVerifierErrors,
  ProfileErrors,
  ResetStartErrors,
  SessionCredentialErrors,
  SessionRequestErrors
} from "./errors/groups.js"
export { MemberAuthorization } from "./b2b/passwords/emailRequireReset.js"
export { B2BPasswords } from "./b2b/B2BPasswords.js"
export { B2BSessions } from "./b2b/sessions/B2BSessions.js"
