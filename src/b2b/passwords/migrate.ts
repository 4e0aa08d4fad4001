/**
 * `POST /v1/b2b/passwords/migrate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
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

/**
 * Imports a member's existing password hash into an organization, creating the member
 * when absent (`member_created`) and marking the email verified. The hash fields and their
 * rules are the consumer `migrate`'s; `name` is a plain string here. Stytch limits it to
 * 100 requests a second.
 *
 * @example
 * ```ts
 * const { member_id, member_created } = yield* b2b.migrate({
 *   organization_id: "acme",
 *   email_address: "ada@example.com",
 *   hash: "$2a$10$...",
 *   hash_type: "bcrypt",
 *   name: "Ada Lovelace"
 * })
 * ```
 * @since 0.1.0
 */
export const B2BMigrate = Endpoint.make({
  name: "b2b.passwords.migrate",
  path: "/v1/b2b/passwords/migrate",
  request: Schema.Struct({
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
  }).pipe(Schema.filter(checkHashConfig, { [ErrorTypeId]: "invalid_hash" })),
  response: Schema.Struct({
    ...ResponseEnvelope,
    member_id: Schema.String,
    member_created: Schema.Boolean,
    member: Member,
    organization: Organization
  }),
  errors: [
    ...HashErrors,
    ...ProfileErrors,
    DuplicateMemberExternalId,
    InvalidPhoneNumber,
    PasswordAlreadyExists,
    TooManyRequests,
    InvalidEmail,
    OrganizationNotFound,
    InvalidOrganizationId
  ],
  retrySafe: false
})
