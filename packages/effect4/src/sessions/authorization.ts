/**
 * The RBAC check a session authentication can carry, and its verdict.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const AuthorizationCheckFields = { resource_id: Schema.String, action: Schema.String }

/**
 * Asks whether the session may perform `action` on `resource_id`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const canRead = (session_token: string) =>
 *   Effect.flatMap(Sessions, (sessions) =>
 *     sessions.authenticate({ session_token, authorization_check: { resource_id: "documents", action: "read" } })
 *   )
 * ```
 * @since 0.1.0
 */
export const AuthorizationCheck: Schema.Codec<AuthorizationCheck> = Schema.Struct(AuthorizationCheckFields).annotate({
  identifier: "AuthorizationCheck"
})

/**
 * @example
 * ```ts
 * import type { AuthorizationCheck } from "effect4-stytch"
 * const canRead: AuthorizationCheck = { resource_id: "documents", action: "read" }
 * ```
 * @since 0.1.0
 */
export interface AuthorizationCheck extends Schema.Struct.Type<typeof AuthorizationCheckFields> {}

const AuthorizationVerdictFields = {
  authorized: Schema.Boolean,
  granting_roles: Schema.Array(Schema.String)
}

/**
 * Whether the check passed, and the roles that granted it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { type AuthorizationCheck, Sessions } from "effect4-stytch"
 *
 * const isAuthorized = (session_token: string, authorization_check: AuthorizationCheck) =>
 *   Effect.gen(function* () {
 *     const sessions = yield* Sessions
 *     const { verdict } = yield* sessions.authenticate({ session_token, authorization_check })
 *     return verdict?.authorized === true
 *   })
 * ```
 * @since 0.1.0
 */
export const AuthorizationVerdict: Schema.Codec<AuthorizationVerdict> = Schema.Struct(AuthorizationVerdictFields).annotate({
  identifier: "AuthorizationVerdict"
})

/**
 * @example
 * ```ts
 * import type { AuthorizationVerdict } from "effect4-stytch"
 * const explain = (v: AuthorizationVerdict) => (v.authorized ? `granted by ${v.granting_roles.join(", ")}` : "denied")
 * ```
 * @since 0.1.0
 */
export interface AuthorizationVerdict extends Schema.Struct.Type<typeof AuthorizationVerdictFields> {}

const B2BAuthorizationCheckFields = {
  organization_id: Schema.String,
  ...AuthorizationCheckFields
}

/**
 * The B2B form of the check: in an organization.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BSessions } from "effect4-stytch"
 *
 * const canRead = (session_token: string, organization_id: string) =>
 *   Effect.flatMap(B2BSessions, (b2bSessions) =>
 *     b2bSessions.authenticate({ session_token, authorization_check: { organization_id, resource_id: "documents", action: "read" } })
 *   )
 * ```
 * @since 0.1.0
 */
export const B2BAuthorizationCheck: Schema.Codec<B2BAuthorizationCheck> = Schema.Struct(B2BAuthorizationCheckFields).annotate({
  identifier: "B2BAuthorizationCheck"
})

/**
 * @example
 * ```ts
 * import type { B2BAuthorizationCheck } from "effect4-stytch"
 * const canRead: B2BAuthorizationCheck = { organization_id: "acme", resource_id: "documents", action: "read" }
 * ```
 * @since 0.1.0
 */
export interface B2BAuthorizationCheck extends Schema.Struct.Type<typeof B2BAuthorizationCheckFields> {}
