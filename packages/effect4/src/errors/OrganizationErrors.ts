/**
 * Errors of B2B organizations and members.
 *
 * Each class is the `Schema.TaggedError` for one Stytch `error_type`; its tag is the
 * PascalCase of the type.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ApiErrorFields } from "../StytchError.js"
import { knownErrorClass } from "./KnownErrorClass.js"

/**
 * `organization_not_found`: No organization matches the id or slug.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("OrganizationNotFound", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class OrganizationNotFound extends knownErrorClass("organization_not_found", Schema.TaggedError<OrganizationNotFound>()("OrganizationNotFound", ApiErrorFields)) {}

/**
 * `invalid_organization_id`: The organization id is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("InvalidOrganizationId", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidOrganizationId extends knownErrorClass("invalid_organization_id", Schema.TaggedError<InvalidOrganizationId>()("InvalidOrganizationId", ApiErrorFields)) {}

/**
 * `member_not_found`: No member matches.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("MemberNotFound", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class MemberNotFound extends knownErrorClass("member_not_found", Schema.TaggedError<MemberNotFound>()("MemberNotFound", ApiErrorFields)) {}

/**
 * `member_does_not_exist_in_organization`: The member does not belong to the organization.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords, MemberDoesNotExistInOrganization } from "effect4-stytch"
 *
 * // No endpoint lists `member_does_not_exist_in_organization`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === MemberDoesNotExistInOrganization.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class MemberDoesNotExistInOrganization extends knownErrorClass("member_does_not_exist_in_organization", Schema.TaggedError<MemberDoesNotExistInOrganization>()("MemberDoesNotExistInOrganization", ApiErrorFields)) {}

/**
 * `email_jit_provisioning_not_allowed`: The organization does not provision members by email just in time.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords, EmailJitProvisioningNotAllowed } from "effect4-stytch"
 *
 * // No endpoint lists `email_jit_provisioning_not_allowed`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === EmailJitProvisioningNotAllowed.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class EmailJitProvisioningNotAllowed extends knownErrorClass("email_jit_provisioning_not_allowed", Schema.TaggedError<EmailJitProvisioningNotAllowed>()("EmailJitProvisioningNotAllowed", ApiErrorFields)) {}

/**
 * `operation_restricted_by_organization_auth_methods`: The organization's allowed auth methods forbid this operation.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(Effect.catchTag("OperationRestrictedByOrganizationAuthMethods", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class OperationRestrictedByOrganizationAuthMethods extends knownErrorClass("operation_restricted_by_organization_auth_methods", Schema.TaggedError<OperationRestrictedByOrganizationAuthMethods>()("OperationRestrictedByOrganizationAuthMethods", ApiErrorFields)) {}

/**
 * `invalid_email_for_jit_provisioning`: The email's domain is not allowed for just-in-time provisioning.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords, InvalidEmailForJitProvisioning } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_email_for_jit_provisioning`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidEmailForJitProvisioning.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidEmailForJitProvisioning extends knownErrorClass("invalid_email_for_jit_provisioning", Schema.TaggedError<InvalidEmailForJitProvisioning>()("InvalidEmailForJitProvisioning", ApiErrorFields)) {}
