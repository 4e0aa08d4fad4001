/**
 * `POST /v1/passwords/migrate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { HashErrors, ProfileErrors } from "../errors/groups.js"
import { DuplicatePhoneNumber, DuplicateUserExternalId, InvalidPhoneNumber } from "../errors/MigrateErrors.js"
import { InvalidEmail, PasswordAlreadyExists } from "../errors/PasswordErrors.js"
import { TooManyRequests } from "../errors/PlatformErrors.js"
import { EmailInput, ErrorTypeId, Metadata } from "../models/fields.js"
import { Argon2Config, MD5Config, PBKDF2Config, ScryptConfig, SHA1Config, SHA512Config } from "../models/HashConfig.js"
import { Name, User } from "../models/User.js"
import { ResponseEnvelope } from "./shared.js"

/**
 * The hash algorithms a password can be migrated from.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { HashType } from "effect4-stytch"
 * Schema.is(HashType)("bcrypt") // true
 * ```
 * @since 0.1.0
 */
export const HashType = Schema.Literals([
  "bcrypt",
  "md_5",
  "sha_1",
  "sha_512",
  "argon_2i",
  "argon_2id",
  "scrypt",
  "pbkdf_2",
  "phpass"
]).annotate({ [ErrorTypeId]: "invalid_hash_type" })

/**
 * The hash fields of a migrate request, shared by consumer and B2B, with the rule that a
 * hash not in PHC form brings its config (scrypt, Argon2) and PBKDF2 always does.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MigrateHashFields } from "effect4-stytch"
 * const MyMigrate = Schema.Struct({ ...MigrateHashFields, email: Schema.String })
 * ```
 * @since 0.1.0
 */
export const MigrateHashFields = {
  hash: Schema.String,
  hash_type: HashType,
  md_5_config: Schema.optional(MD5Config),
  argon_2_config: Schema.optional(Argon2Config),
  sha_1_config: Schema.optional(SHA1Config),
  sha_512_config: Schema.optional(SHA512Config),
  scrypt_config: Schema.optional(ScryptConfig),
  pbkdf_2_config: Schema.optional(PBKDF2Config)
}

interface HashForm {
  readonly hash: string
  readonly hash_type: typeof HashType.Type
  readonly argon_2_config?: unknown
  readonly scrypt_config?: unknown
  readonly pbkdf_2_config?: unknown
}

/**
 * Checks that a migrate request carries the config its hash form needs; use it with
 * `Schema.makeFilter` (it answers in the shape a filter does: `true`, or the field's path and
 * the issue) and the `invalid_hash` error type.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ErrorTypeId, MigrateHashFields, checkHashConfig } from "effect4-stytch"
 * const MyMigrate = Schema.Struct(MigrateHashFields).check(
 *   Schema.makeFilter(checkHashConfig, { [ErrorTypeId]: "invalid_hash" })
 * )
 * ```
 * @since 0.1.0
 */
export const checkHashConfig = (request: HashForm): true | { readonly path: ReadonlyArray<string>; readonly issue: string } => {
  const { hash, hash_type } = request
  if (hash_type === "scrypt" && !hash.startsWith("$scrypt$") && request.scrypt_config === undefined) {
    return { path: ["scrypt_config"], issue: "is required when the scrypt hash is not in PHC form" }
  }
  const argon2 = hash_type === "argon_2i" || hash_type === "argon_2id"
  if (argon2 && !hash.startsWith("$argon2") && request.argon_2_config === undefined) {
    return { path: ["argon_2_config"], issue: "is required when the Argon2 hash is not in PHC form" }
  }
  if (hash_type === "pbkdf_2" && request.pbkdf_2_config === undefined) {
    return { path: ["pbkdf_2_config"], issue: "is required for pbkdf_2 hashes" }
  }
  return true
}

const requestFields = {
  email: EmailInput,
  ...MigrateHashFields,
  trusted_metadata: Schema.optional(Metadata),
  untrusted_metadata: Schema.optional(Metadata),
  set_email_verified: Schema.optional(Schema.Boolean),
  name: Schema.optional(Name),
  phone_number: Schema.optional(Schema.String),
  set_phone_number_verified: Schema.optional(Schema.Boolean),
  external_id: Schema.optional(Schema.String),
  roles: Schema.optional(Schema.Array(Schema.String))
}

const request = Schema.Struct(requestFields).check(Schema.makeFilter(checkHashConfig, { [ErrorTypeId]: "invalid_hash" }))

const responseFields = {
  ...ResponseEnvelope,
  user_id: Schema.String,
  email_id: Schema.String,
  user_created: Schema.Boolean,
  user: User
}

const response = Schema.Struct(responseFields)

const errors = [
  ...HashErrors,
  ...ProfileErrors,
  DuplicateUserExternalId,
  DuplicatePhoneNumber,
  InvalidPhoneNumber,
  PasswordAlreadyExists,
  TooManyRequests,
  InvalidEmail
] as const

/**
 * What `passwords.migrate` takes.
 *
 * @example
 * ```ts
 * import type { PasswordsMigrateRequest } from "effect4-stytch"
 * const request: PasswordsMigrateRequest = { email: "ada@example.com", hash: "$2a$10$...", hash_type: "bcrypt" }
 * ```
 * @since 0.1.0
 */
export interface PasswordsMigrateRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `passwords.migrate` sends.
 *
 * @example
 * ```ts
 * import type { PasswordsMigrateRequestEncoded } from "effect4-stytch"
 * const body: PasswordsMigrateRequestEncoded = { email: "ada@example.com", hash: "$2a$10$...", hash_type: "bcrypt" }
 * ```
 * @since 0.1.0
 */
export type PasswordsMigrateRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `passwords.migrate` succeeds with.
 *
 * @example
 * ```ts
 * import type { PasswordsMigrateResponse } from "effect4-stytch"
 * const read = (response: PasswordsMigrateResponse) => response.user_created
 * ```
 * @since 0.1.0
 */
export interface PasswordsMigrateResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `passwords.migrate` with.
 *
 * @example
 * ```ts
 * import type { PasswordsMigrateResponseEncoded } from "effect4-stytch"
 * const requestId = (body: PasswordsMigrateResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type PasswordsMigrateResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `passwords.migrate` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { PasswordsMigrateError } from "effect4-stytch"
 * const isKnown = (error: PasswordsMigrateError) => error._tag === "InvalidHash"
 * ```
 * @since 0.1.0
 */
export type PasswordsMigrateError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Imports a user's existing password hash (bcrypt, scrypt, Argon2, MD-5, SHA-1, SHA-512,
 * PBKDF2, phpass), creating the user when absent. Stytch limits it to 100 requests a second.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   const { user_id, user_created } = yield* passwords.migrate({
 *     email: "ada@example.com",
 *     hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
 *     hash_type: "bcrypt"
 *   })
 *   return user_id
 * })
 * ```
 * @since 0.1.0
 */
export const Migrate: Endpoint.Endpoint<
  Schema.Codec<PasswordsMigrateRequest, PasswordsMigrateRequestEncoded>,
  Schema.Codec<PasswordsMigrateResponse, PasswordsMigrateResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "passwords.migrate",
  path: "/v1/passwords/migrate",
  request,
  response,
  errors,
  retrySafe: false
})
