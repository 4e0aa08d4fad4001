/**
 * `POST /v1/b2b/passwords/migrate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { HashErrors, ProfileErrors } from "../../errors/groups.js"
import { DuplicateMemberExternalId, InvalidPhoneNumber } from "../../errors/MigrateErrors.js"
import { InvalidOrganizationId, OrganizationNotFound } from "../../errors/OrganizationErrors.js"
import { InvalidEmail, PasswordAlreadyExists } from "../../errors/PasswordErrors.js"
import { TooManyRequests } from "../../errors/PlatformErrors.js"
import { EmailInput, ErrorTypeId, Metadata } from "../../models/fields.js"
import { Member } from "../../models/Member.js"
import { Organization } from "../../models/Organization.js"
import { checkHashConfig, MigrateHashFields } from "../../passwords/migrate.js"
import { ResponseEnvelope } from "../../passwords/shared.js"
import { OrganizationIdInput } from "../fields.js"

const requestFields = {
  email_address: EmailInput,
  ...MigrateHashFields,
  organization_id: OrganizationIdInput,
  name: Schema.optional(Schema.String),
  trusted_metadata: Schema.optional(Metadata),
  untrusted_metadata: Schema.optional(Metadata),
  roles: Schema.optional(Schema.Array(Schema.String)),
  preserve_existing_sessions: Schema.optional(Schema.Boolean),
  mfa_phone_number: Schema.optional(Schema.String),
  set_phone_number_verified: Schema.optional(Schema.Boolean),
  external_id: Schema.optional(Schema.String)
}

const request = Schema.Struct(requestFields).check(Schema.makeFilter(checkHashConfig, { [ErrorTypeId]: "invalid_hash" }))

const responseFields = {
  ...ResponseEnvelope,
  member_id: Schema.String,
  member_created: Schema.Boolean,
  member: Member,
  organization: Organization
}

const response = Schema.Struct(responseFields)

const errors = [
  ...HashErrors,
  ...ProfileErrors,
  DuplicateMemberExternalId,
  InvalidPhoneNumber,
  PasswordAlreadyExists,
  TooManyRequests,
  InvalidEmail,
  OrganizationNotFound,
  InvalidOrganizationId
] as const

/**
 * What `b2b.migrate` takes.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsMigrateRequest } from "effect4-stytch"
 * const request: B2BPasswordsMigrateRequest = { organization_id: "acme", email_address: "ada@example.com", hash: "$2a$10$...", hash_type: "bcrypt" }
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsMigrateRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2b.migrate` sends.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsMigrateRequestEncoded } from "effect4-stytch"
 * const body: B2BPasswordsMigrateRequestEncoded = { organization_id: "acme", email_address: "ada@example.com", hash: "$2a$10$...", hash_type: "bcrypt" }
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsMigrateRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2b.migrate` succeeds with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsMigrateResponse } from "effect4-stytch"
 * const read = (response: B2BPasswordsMigrateResponse) => response.member_created
 * ```
 * @since 0.1.0
 */
export interface B2BPasswordsMigrateResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `b2b.migrate` with.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsMigrateResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BPasswordsMigrateResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsMigrateResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `b2b.migrate` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BPasswordsMigrateError } from "effect4-stytch"
 * const isKnown = (error: B2BPasswordsMigrateError) => error._tag === "InvalidHash"
 * ```
 * @since 0.1.0
 */
export type B2BPasswordsMigrateError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Imports a member's existing password hash into an organization, creating the member
 * when absent (`member_created`) and marking the email verified. The hash fields and their
 * rules are the consumer `migrate`'s; `name` is a plain string here. Stytch limits it to
 * 100 requests a second.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   const { member_id, member_created } = yield* b2b.migrate({
 *     organization_id: "acme",
 *     email_address: "ada@example.com",
 *     hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
 *     hash_type: "bcrypt",
 *     name: "Ada Lovelace"
 *   })
 *   return member_id
 * })
 * ```
 * @since 0.1.0
 */
export const B2BMigrate: Endpoint.Endpoint<
  Schema.Codec<B2BPasswordsMigrateRequest, B2BPasswordsMigrateRequestEncoded>,
  Schema.Codec<B2BPasswordsMigrateResponse, B2BPasswordsMigrateResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.passwords.migrate",
  path: "/v1/b2b/passwords/migrate",
  request,
  response,
  errors,
  retrySafe: false
})
