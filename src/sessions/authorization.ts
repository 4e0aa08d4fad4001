/**
 * The RBAC check a session authentication can carry, and its verdict.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * Asks whether the session may perform `action` on `resource_id`.
 *
 * @example
 * ```ts
 * yield* sessions.authenticate({ session_token, authorization_check: { resource_id: "documents", action: "read" } })
 * ```
 * @since 0.1.0
 */
export const AuthorizationCheck = Schema.Struct({ resource_id: Schema.String, action: Schema.String }).annotations({
  identifier: "AuthorizationCheck"
})

/**
 * Whether the check passed, and the roles that granted it.
 *
 * @example
 * ```ts
 * const { verdict } = yield* sessions.authenticate({ session_token, authorization_check })
 * verdict?.authorized
 * ```
 * @since 0.1.0
 */
export const AuthorizationVerdict = Schema.Struct({
  authorized: Schema.Boolean,
  granting_roles: Schema.Array(Schema.String)
}).annotations({ identifier: "AuthorizationVerdict" })

/**
 * The B2B form of the check: in an organization.
 *
 * @example
 * ```ts
 * yield* b2bSessions.authenticate({ session_token, authorization_check: { organization_id, resource_id: "documents", action: "read" } })
 * ```
 * @since 0.1.0
 */
export const B2BAuthorizationCheck = Schema.Struct({
  organization_id: Schema.String,
  ...AuthorizationCheck.fields
}).annotations({ identifier: "B2BAuthorizationCheck" })
