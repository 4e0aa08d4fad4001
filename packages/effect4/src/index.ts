/**
 * effect4-stytch: the Stytch Passwords API, and the rest of a login's lifecycle (users,
 * sessions, members), as Effect services.
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
export * from "./errors/JwtErrors.js"
export * from "./errors/OrganizationErrors.js"
export * from "./errors/PlatformErrors.js"
export * from "./errors/KnownErrorClass.js"
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
export * from "./models/ids.js"
export * from "./models/Jwks.js"
export { checkHashConfig, HashType, MigrateHashFields } from "./passwords/migrate.js"
export { Passwords } from "./passwords/Passwords.js"
export { Sessions } from "./sessions/Sessions.js"
export { Users } from "./users/Users.js"
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
export { B2BOrganizations } from "./b2b/organizations/B2BOrganizations.js"
// HttpApi middlewares: protecting routes with a Stytch session
export { SessionAuth, type SessionAuthTag } from "./middleware/SessionAuth.js"
export { B2BSessionAuth, type B2BSessionAuthTag } from "./middleware/B2BSessionAuth.js"
export { CurrentSession, type CredentialUsed, type CurrentSessionData } from "./middleware/CurrentSession.js"
export { CurrentMemberSession, type CurrentMemberSessionData } from "./middleware/CurrentMemberSession.js"
export { AuthenticationUnavailable, SessionAuthFailure, Unauthenticated } from "./middleware/errors.js"
export type { SessionAuthOptions } from "./middleware/options.js"
// Named requests, responses and error unions, one group per endpoint (the official SDK's names)
export type {
  PasswordsCreateRequest,
  PasswordsCreateRequestEncoded,
  PasswordsCreateResponse,
  PasswordsCreateResponseEncoded,
  PasswordsCreateError
} from "./passwords/create.js"
export type {
  PasswordsAuthenticateRequest,
  PasswordsAuthenticateRequestEncoded,
  PasswordsAuthenticateResponse,
  PasswordsAuthenticateResponseEncoded,
  PasswordsAuthenticateError
} from "./passwords/authenticate.js"
export type {
  PasswordsStrengthCheckRequest,
  PasswordsStrengthCheckRequestEncoded,
  PasswordsStrengthCheckResponse,
  PasswordsStrengthCheckResponseEncoded,
  PasswordsStrengthCheckError
} from "./passwords/strengthCheck.js"
export type {
  PasswordsMigrateRequest,
  PasswordsMigrateRequestEncoded,
  PasswordsMigrateResponse,
  PasswordsMigrateResponseEncoded,
  PasswordsMigrateError
} from "./passwords/migrate.js"
export type {
  PasswordsEmailResetStartRequest,
  PasswordsEmailResetStartRequestEncoded,
  PasswordsEmailResetStartResponse,
  PasswordsEmailResetStartResponseEncoded,
  PasswordsEmailResetStartError
} from "./passwords/emailResetStart.js"
export type {
  PasswordsEmailResetRequest,
  PasswordsEmailResetRequestEncoded,
  PasswordsEmailResetResponse,
  PasswordsEmailResetResponseEncoded,
  PasswordsEmailResetError
} from "./passwords/emailReset.js"
export type {
  PasswordsExistingPasswordResetRequest,
  PasswordsExistingPasswordResetRequestEncoded,
  PasswordsExistingPasswordResetResponse,
  PasswordsExistingPasswordResetResponseEncoded,
  PasswordsExistingPasswordResetError
} from "./passwords/existingPasswordReset.js"
export type {
  PasswordsSessionResetRequest,
  PasswordsSessionResetRequestEncoded,
  PasswordsSessionResetResponse,
  PasswordsSessionResetResponseEncoded,
  PasswordsSessionResetError
} from "./passwords/sessionsReset.js"
export type {
  SessionsAuthenticateRequest,
  SessionsAuthenticateRequestEncoded,
  SessionsAuthenticateResponse,
  SessionsAuthenticateResponseEncoded,
  SessionsAuthenticateError
} from "./sessions/authenticate.js"
export type {
  SessionsRevokeRequest,
  SessionsRevokeRequestEncoded,
  SessionsRevokeResponse,
  SessionsRevokeResponseEncoded,
  SessionsRevokeError
} from "./sessions/revoke.js"
export type {
  SessionsGetRequest,
  SessionsGetRequestEncoded,
  SessionsGetResponse,
  SessionsGetResponseEncoded,
  SessionsGetError
} from "./sessions/get.js"
export type {
  SessionsGetJWKSRequest,
  SessionsGetJWKSRequestEncoded,
  SessionsGetJWKSResponse,
  SessionsGetJWKSResponseEncoded,
  SessionsGetJWKSError
} from "./sessions/getJWKS.js"
export type {
  SessionsAuthenticateJwtRequest,
  SessionsAuthenticateJwtResponse,
  SessionsAuthenticateJwtError,
  SessionsAuthenticateJwtLocalError
} from "./sessions/authenticateJwt.js"
export type {
  UsersGetRequest,
  UsersGetRequestEncoded,
  UsersGetResponse,
  UsersGetResponseEncoded,
  UsersGetError
} from "./users/get.js"
export type {
  UsersDeleteRequest,
  UsersDeleteRequestEncoded,
  UsersDeleteResponse,
  UsersDeleteResponseEncoded,
  UsersDeleteError
} from "./users/delete.js"
export type {
  UsersDeletePasswordRequest,
  UsersDeletePasswordRequestEncoded,
  UsersDeletePasswordResponse,
  UsersDeletePasswordResponseEncoded,
  UsersDeletePasswordError
} from "./users/deletePassword.js"
export type {
  B2BPasswordsAuthenticateRequest,
  B2BPasswordsAuthenticateRequestEncoded,
  B2BPasswordsAuthenticateResponseAuthenticated,
  B2BPasswordsAuthenticateResponsePending,
  B2BPasswordsAuthenticateResponse,
  B2BPasswordsAuthenticateResponseEncoded,
  B2BPasswordsAuthenticateError
} from "./b2b/passwords/authenticate.js"
export type {
  B2BPasswordsStrengthCheckRequest,
  B2BPasswordsStrengthCheckRequestEncoded,
  B2BPasswordsStrengthCheckResponse,
  B2BPasswordsStrengthCheckResponseEncoded,
  B2BPasswordsStrengthCheckError
} from "./b2b/passwords/strengthCheck.js"
export type {
  B2BPasswordsMigrateRequest,
  B2BPasswordsMigrateRequestEncoded,
  B2BPasswordsMigrateResponse,
  B2BPasswordsMigrateResponseEncoded,
  B2BPasswordsMigrateError
} from "./b2b/passwords/migrate.js"
export type {
  B2BPasswordsEmailResetStartRequest,
  B2BPasswordsEmailResetStartRequestEncoded,
  B2BPasswordsEmailResetStartResponse,
  B2BPasswordsEmailResetStartResponseEncoded,
  B2BPasswordsEmailResetStartError
} from "./b2b/passwords/emailResetStart.js"
export type {
  B2BPasswordsEmailResetRequest,
  B2BPasswordsEmailResetRequestEncoded,
  B2BPasswordsEmailResetResponseAuthenticated,
  B2BPasswordsEmailResetResponsePending,
  B2BPasswordsEmailResetResponse,
  B2BPasswordsEmailResetResponseEncoded,
  B2BPasswordsEmailResetError
} from "./b2b/passwords/emailReset.js"
export type {
  B2BPasswordsEmailRequireResetRequest,
  B2BPasswordsEmailRequireResetRequestEncoded,
  B2BPasswordsEmailRequireResetResponse,
  B2BPasswordsEmailRequireResetResponseEncoded,
  B2BPasswordsEmailRequireResetError
} from "./b2b/passwords/emailRequireReset.js"
export type {
  B2BPasswordsExistingPasswordResetRequest,
  B2BPasswordsExistingPasswordResetRequestEncoded,
  B2BPasswordsExistingPasswordResetResponseAuthenticated,
  B2BPasswordsExistingPasswordResetResponsePending,
  B2BPasswordsExistingPasswordResetResponse,
  B2BPasswordsExistingPasswordResetResponseEncoded,
  B2BPasswordsExistingPasswordResetError
} from "./b2b/passwords/existingPasswordReset.js"
export type {
  B2BPasswordsSessionResetRequest,
  B2BPasswordsSessionResetRequestEncoded,
  B2BPasswordsSessionResetResponseAuthenticated,
  B2BPasswordsSessionResetResponsePending,
  B2BPasswordsSessionResetResponse,
  B2BPasswordsSessionResetResponseEncoded,
  B2BPasswordsSessionResetError
} from "./b2b/passwords/sessionsReset.js"
export type {
  B2BPasswordsDiscoveryAuthenticateRequest,
  B2BPasswordsDiscoveryAuthenticateRequestEncoded,
  B2BPasswordsDiscoveryAuthenticateResponse,
  B2BPasswordsDiscoveryAuthenticateResponseEncoded,
  B2BPasswordsDiscoveryAuthenticateError
} from "./b2b/passwords/discoveryAuthenticate.js"
export type {
  B2BPasswordsDiscoveryEmailResetStartRequest,
  B2BPasswordsDiscoveryEmailResetStartRequestEncoded,
  B2BPasswordsDiscoveryEmailResetStartResponse,
  B2BPasswordsDiscoveryEmailResetStartResponseEncoded,
  B2BPasswordsDiscoveryEmailResetStartError
} from "./b2b/passwords/discoveryEmailResetStart.js"
export type {
  B2BPasswordsDiscoveryEmailResetRequest,
  B2BPasswordsDiscoveryEmailResetRequestEncoded,
  B2BPasswordsDiscoveryEmailResetResponse,
  B2BPasswordsDiscoveryEmailResetResponseEncoded,
  B2BPasswordsDiscoveryEmailResetError
} from "./b2b/passwords/discoveryEmailReset.js"
export type {
  B2BSessionsAuthenticateRequest,
  B2BSessionsAuthenticateRequestEncoded,
  B2BSessionsAuthenticateResponse,
  B2BSessionsAuthenticateResponseEncoded,
  B2BSessionsAuthenticateError
} from "./b2b/sessions/authenticate.js"
export type {
  B2BSessionsRevokeRequest,
  B2BSessionsRevokeRequestEncoded,
  B2BSessionsRevokeResponse,
  B2BSessionsRevokeResponseEncoded,
  B2BSessionsRevokeError
} from "./b2b/sessions/revoke.js"
export type {
  B2BSessionsGetRequest,
  B2BSessionsGetRequestEncoded,
  B2BSessionsGetResponse,
  B2BSessionsGetResponseEncoded,
  B2BSessionsGetError
} from "./b2b/sessions/get.js"
export type {
  B2BSessionsGetJWKSRequest,
  B2BSessionsGetJWKSRequestEncoded,
  B2BSessionsGetJWKSResponse,
  B2BSessionsGetJWKSResponseEncoded,
  B2BSessionsGetJWKSError
} from "./b2b/sessions/getJWKS.js"
export type {
  B2BSessionsAuthenticateJwtRequest,
  B2BSessionsAuthenticateJwtResponse,
  B2BSessionsAuthenticateJwtError,
  B2BSessionsAuthenticateJwtLocalError
} from "./b2b/sessions/authenticateJwt.js"
export type {
  B2BOrganizationsMembersDeleteRequest,
  B2BOrganizationsMembersDeleteRequestEncoded,
  B2BOrganizationsMembersDeleteResponse,
  B2BOrganizationsMembersDeleteResponseEncoded,
  B2BOrganizationsMembersDeleteError
} from "./b2b/organizations/membersDelete.js"
export type { PasswordsService } from "./passwords/PasswordsService.js"
export type { PasswordsEndpoints } from "./passwords/Passwords.js"
export type { SessionsService } from "./sessions/SessionsService.js"
export type { SessionsEndpoints } from "./sessions/Sessions.js"
export type { B2BPasswordsService } from "./b2b/B2BPasswordsService.js"
export type { B2BPasswordsEndpoints } from "./b2b/B2BPasswords.js"
export type { B2BSessionsService } from "./b2b/sessions/B2BSessionsService.js"
export type { B2BSessionsEndpoints } from "./b2b/sessions/B2BSessions.js"
export type { UsersService } from "./users/UsersService.js"
export type { UsersEndpoints } from "./users/Users.js"
export type { B2BOrganizationsService } from "./b2b/organizations/B2BOrganizationsService.js"
export type { B2BOrganizationsEndpoints } from "./b2b/organizations/B2BOrganizations.js"
