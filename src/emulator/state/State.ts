/**
 * The emulator's whole state, as schemas: what it keeps in memory and writes to an export
 * file. Everything is plain JSON so a file can be read, edited and imported again.
 * Secrets are kept the way Stytch keeps them: passwords as hashes, tokens as SHA-256 digests.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { JsonObject } from "../../models/Json.js"
import { AuthenticationFactor, Attributes } from "../../models/Session.js"
import { Name } from "../../models/User.js"

const SaltedDigestHash = Schema.Struct({
  type: Schema.Literal("md_5", "sha_1", "sha_512"),
  digest_hex: Schema.String,
  prepend_salt: Schema.String,
  append_salt: Schema.String
})
const ModularCryptHash = Schema.Struct({ type: Schema.Literal("bcrypt", "phpass"), hash: Schema.String })
const Argon2Hash = Schema.Struct({
  type: Schema.Literal("argon_2i", "argon_2id"),
  salt_base64: Schema.String,
  hash_base64: Schema.String,
  iteration_amount: Schema.Int,
  memory: Schema.Int,
  threads: Schema.Int
})
const ScryptHash = Schema.Struct({
  type: Schema.Literal("scrypt"),
  salt_base64: Schema.String,
  hash_base64: Schema.String,
  n_parameter: Schema.Int,
  r_parameter: Schema.Int,
  p_parameter: Schema.Int
})
const Pbkdf2Hash = Schema.Struct({
  type: Schema.Literal("pbkdf_2"),
  algorithm: Schema.Literal("sha256", "sha512"),
  salt_base64: Schema.String,
  hash_base64: Schema.String,
  iteration_amount: Schema.Int
})

/** A hash imported by `migrate`, verified with its own algorithm until the first login rehashes it. */
export const StoredMigratedHash = Schema.Union(SaltedDigestHash, ModularCryptHash, Argon2Hash, ScryptHash, Pbkdf2Hash)

/** A user's password: the emulator's own hash, or a migrated one not yet rehashed. */
export const StoredPassword = Schema.Struct({
  password_id: Schema.String,
  hash: Schema.Union(
    Schema.Struct({ kind: Schema.Literal("native"), phc: Schema.String }),
    Schema.Struct({ kind: Schema.Literal("migrated"), migrated: StoredMigratedHash })
  ),
  requires_reset: Schema.Boolean
})
export type StoredPassword = typeof StoredPassword.Type

export const StoredEmail = Schema.Struct({ email_id: Schema.String, email: Schema.String, verified: Schema.Boolean })

export const StoredPhoneNumber = Schema.Struct({
  phone_id: Schema.String,
  phone_number: Schema.String,
  verified: Schema.Boolean
})

export const StoredUser = Schema.Struct({
  user_id: Schema.String,
  created_at: Schema.String,
  status: Schema.String,
  emails: Schema.Array(StoredEmail),
  phone_numbers: Schema.Array(StoredPhoneNumber),
  name: Schema.optional(Name),
  password: Schema.optional(StoredPassword),
  trusted_metadata: Schema.optional(JsonObject),
  untrusted_metadata: Schema.optional(JsonObject),
  external_id: Schema.optional(Schema.String),
  roles: Schema.Array(Schema.String)
})
export type StoredUser = typeof StoredUser.Type

/** What every session keeps, a user's or a member's. */
const sessionFields = {
  /** SHA-256 (hex) of each token that opens the session: one per token handed out. */
  token_hashes: Schema.Array(Schema.String),
  started_at: Schema.String,
  last_accessed_at: Schema.String,
  expires_at: Schema.String,
  authentication_factors: Schema.Array(AuthenticationFactor),
  custom_claims: JsonObject,
  roles: Schema.Array(Schema.String)
}

export const StoredSession = Schema.Struct({
  session_id: Schema.String,
  user_id: Schema.String,
  ...sessionFields,
  attributes: Attributes
})
export type StoredSession = typeof StoredSession.Type

export const StoredResetToken = Schema.Struct({
  /** SHA-256 of the token, hex. */
  token_hash: Schema.String,
  user_id: Schema.String,
  email_id: Schema.String,
  expires_at: Schema.String,
  used: Schema.Boolean,
  code_challenge: Schema.optional(Schema.String),
  attributes: Schema.optional(Attributes)
})
export type StoredResetToken = typeof StoredResetToken.Type

/**
 * A message the emulator "sent": what a real inbox would receive.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const firstResetLink = Effect.gen(function* () {
 *   const emulator = yield* StytchEmulator
 *   const [message] = yield* emulator.outbox
 *   return message?.reset_link // "https://example.com/reset?stytch_token_type=reset_password&token=..."
 * })
 * ```
 * @since 0.1.0
 */
export const OutboxMessage = Schema.Struct({
  message_id: Schema.String,
  kind: Schema.Literal("reset_password"),
  to: Schema.String,
  /** The user, or the B2B member, the message is for; absent for a B2B discovery reset. */
  user_id: Schema.optional(Schema.String),
  sent_at: Schema.String,
  locale: Schema.String,
  template_id: Schema.optional(Schema.String),
  subject: Schema.String,
  reset_link: Schema.String,
  login_link: Schema.optional(Schema.String),
  /** The token of the link, for tests that do not want to parse it. */
  token: Schema.String,
  expires_at: Schema.String
})
export type OutboxMessage = typeof OutboxMessage.Type

/**
 * The project settings the emulator honours, changed through the control API.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const useLuds = Effect.flatMap(StytchEmulator, (emulator) => emulator.updateSettings({ strength_policy: "luds", luds_min_length: 10 }))
 * ```
 * @since 0.1.0
 */
export const Settings = Schema.Struct({
  strength_policy: Schema.Literal("zxcvbn", "luds"),
  luds_min_length: Schema.Int.pipe(Schema.between(1, 256)),
  luds_min_complexity: Schema.Int.pipe(Schema.between(1, 4)),
  breach_detection_on_create: Schema.Boolean,
  reset_password_redirect_url: Schema.optional(Schema.String),
  login_redirect_url: Schema.optional(Schema.String),
  cross_org_passwords_enabled: Schema.Boolean,
  migrate_rate_limit_per_second: Schema.Int.pipe(Schema.positive()),
  /** Stytch's test-environment sandbox values (`sandbox@stytch.com`, fixed session tokens); on unless turned off. */
  sandbox_values: Schema.optionalWith(Schema.Boolean, { default: () => true })
})
export type Settings = typeof Settings.Type

export const defaultSettings: Settings = {
  strength_policy: "zxcvbn",
  luds_min_length: 8,
  luds_min_complexity: 3,
  breach_detection_on_create: true,
  cross_org_passwords_enabled: false,
  migrate_rate_limit_per_second: 100,
  sandbox_values: true
}

/** An RS256 key pair as JWKs: the private one signs session JWTs, the public one is in the JWKS. */
export const SigningKey = Schema.Struct({
  kid: Schema.String,
  private_jwk: JsonObject,
  public_jwk: JsonObject
})
export type SigningKey = typeof SigningKey.Type

/**
 * A fault injected on a path, for the next `times` requests (all, when absent), each with
 * `probability` (1 when absent):
 * - `latency`: wait `latency_ms`, then answer normally;
 * - `status`: answer `status` with a Stytch error body of `error_type`, and `Retry-After`
 *   when given (seconds or an HTTP date), without acting;
 * - `drop`: act, then drop the connection without answering;
 * - `malformed` / `truncated`: act, then answer 200 with a body that is not JSON / cut short.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * // the next passwords.create answers 503 with Retry-After: 2 (the client waits 2 s, then retries)
 * const outage = Effect.flatMap(StytchEmulator, (emulator) =>
 *   emulator.injectFault({ path: "/v1/passwords", kind: "status", status: 503, retry_after: "2", times: 1 })
 * )
 * ```
 * @since 0.1.0
 */
export const Fault = Schema.Struct({
  /** An exact path, or `*` for every `/v1` path. */
  path: Schema.String,
  kind: Schema.Literal("latency", "status", "drop", "malformed", "truncated"),
  latency_ms: Schema.optional(Schema.Int.pipe(Schema.between(0, 600_000))),
  status: Schema.optional(Schema.Int.pipe(Schema.between(400, 599))),
  error_type: Schema.optional(Schema.String),
  retry_after: Schema.optional(Schema.String),
  times: Schema.optional(Schema.Int.pipe(Schema.positive())),
  probability: Schema.optional(Schema.Number.pipe(Schema.between(0, 1)))
})
export type Fault = typeof Fault.Type

/** A B2B organization, seeded through the control API or an import file. */
export const StoredOrganization = Schema.Struct({
  organization_id: Schema.String,
  organization_name: Schema.String,
  organization_slug: Schema.String,
  organization_external_id: Schema.optional(Schema.String),
  /** `OPTIONAL` or `REQUIRED_FOR_ALL`. */
  mfa_policy: Schema.String,
  email_allowed_domains: Schema.Array(Schema.String),
  /** `ALL_ALLOWED` or `RESTRICTED`. */
  auth_methods: Schema.String,
  allowed_auth_methods: Schema.Array(Schema.String),
  trusted_metadata: Schema.optional(JsonObject),
  created_at: Schema.String,
  updated_at: Schema.String
})
export type StoredOrganization = typeof StoredOrganization.Type

/** A member of an organization. */
export const StoredMember = Schema.Struct({
  member_id: Schema.String,
  organization_id: Schema.String,
  email_address: Schema.String,
  member_email_id: Schema.String,
  name: Schema.String,
  status: Schema.String,
  email_address_verified: Schema.Boolean,
  mfa_enrolled: Schema.Boolean,
  mfa_phone_number: Schema.String,
  is_breakglass: Schema.Boolean,
  roles: Schema.Array(Schema.String),
  password: Schema.optional(StoredPassword),
  trusted_metadata: Schema.optional(JsonObject),
  untrusted_metadata: Schema.optional(JsonObject),
  external_id: Schema.optional(Schema.String),
  created_at: Schema.String,
  updated_at: Schema.String
})
export type StoredMember = typeof StoredMember.Type

/** A member session: like a consumer session, bound to one organization. */
export const StoredMemberSession = Schema.Struct({
  member_session_id: Schema.String,
  member_id: Schema.String,
  organization_id: Schema.String,
  ...sessionFields
})
export type StoredMemberSession = typeof StoredMemberSession.Type

/**
 * An intermediate session: a primary factor passed, the login not finished (MFA pending,
 * or an organization still to choose after discovery).
 */
export const StoredIntermediateSession = Schema.Struct({
  token_hash: Schema.String,
  email_address: Schema.String,
  organization_id: Schema.optional(Schema.String),
  member_id: Schema.optional(Schema.String),
  expires_at: Schema.String,
  authentication_factors: Schema.Array(AuthenticationFactor)
})
export type StoredIntermediateSession = typeof StoredIntermediateSession.Type

/** A B2B reset token: for one member of an organization, or (discovery) for an email address. */
export const StoredB2BResetToken = Schema.Struct({
  token_hash: Schema.String,
  email_address: Schema.String,
  organization_id: Schema.optional(Schema.String),
  member_id: Schema.optional(Schema.String),
  expires_at: Schema.String,
  used: Schema.Boolean,
  code_challenge: Schema.optional(Schema.String)
})
export type StoredB2BResetToken = typeof StoredB2BResetToken.Type

/**
 * The export file format. `version` changes when the format does; an import of another
 * version is refused.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const save = Effect.gen(function* () {
 *   const emulator = yield* StytchEmulator
 *   const state = yield* emulator.exportState
 *   writeFileSync("stytch-state.json", JSON.stringify(state))
 * })
 * ```
 * @since 0.1.0
 */
export const EmulatorState = Schema.Struct({
  format: Schema.Literal("effect-stytch-emulator"),
  version: Schema.Literal(1),
  settings: Settings,
  clock_offset_ms: Schema.Number,
  users: Schema.Array(StoredUser),
  sessions: Schema.Array(StoredSession),
  reset_tokens: Schema.Array(StoredResetToken),
  outbox: Schema.Array(OutboxMessage),
  /** SHA-256 (hex) of passwords marked breached through the control API. */
  breached_password_hashes: Schema.Array(Schema.String),
  signing_keys: Schema.Array(SigningKey),
  organizations: Schema.Array(StoredOrganization),
  members: Schema.Array(StoredMember),
  member_sessions: Schema.Array(StoredMemberSession),
  intermediate_sessions: Schema.Array(StoredIntermediateSession),
  b2b_reset_tokens: Schema.Array(StoredB2BResetToken)
})
export type EmulatorState = typeof EmulatorState.Type
