/**
 * effect-stytch: the Stytch Passwords API as Effect services.
 *
 * @since 0.1.0
 */
export * as Endpoint from "./Endpoint.js"
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
export * from "./models/Secret.js"
export * from "./models/Strength.js"
export * from "./models/fields.js"
export { Passwords } from "./passwords/Passwords.js"
export { userAgent, version } from "./version.js"
