/**
 * The emulator's state, as schemas: what the control API answers and what an export file
 * holds. The emulator itself is effect-stytch's (one emulator for both lines); these are the
 * same shapes in Effect 4's Schema, used to decode its answers.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { JsonObject } from "../../models/Json.js"
import { Attributes, AuthenticationFactor } from "../../models/Session.js"
import { Name } from "../../models/User.js"

const between = (minimum: number, maximum: number) => Schema.isBetween({ minimum, maximum })

const SaltedDigestHash = Schema.Struct({
  type: Schema.Literals(["md_5", "sha_1", "sha_512"]),
  digest_hex: Schema.String,
  prepend_salt: Schema.String,
  append_salt: Schema.String
})
const ModularCryptHash = Schema.Struct({ type: Schema.Literals(["bcrypt", "phpass"]), hash: Schema.String })
const Argon2Hash = Schema.Struct({
  type: Schema.Literals(["argon_2i", "argon_2id"]),
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
  algorithm: Schema.Literals(["sha256", "sha512"]),
  salt_base64: Schema.String,
  hash_base64: Schema.String,
  iteration_amount: Schema.Int
})

/** A hash imported by `migrate`, verified with its own algorithm until the first login rehashes it. */
const StoredMigratedHash = Schema.Union([SaltedDigestHash, ModularCryptHash, Argon2Hash, ScryptHash, Pbkdf2Hash])

/** A user's password: the emulator's own hash, or a migrated one not yet rehashed. */
const StoredPassword = Schema.Struct({
  password_id: Schema.String,
  hash: Schema.Union([
    Schema.Struct({ kind: Schema.Literal("native"), phc: Schema.String }),
    Schema.Struct({ kind: Schema.Literal("migrated"), migrated: StoredMigratedHash })
  ]),
  requires_reset: Schema.Boolean
})

const StoredUser = Schema.Struct({
  user_id: Schema.String,
  created_at: Schema.String,
  status: Schema.String,
  emails: Schema.Array(Schema.Struct({ email_id: Schema.String, email: Schema.String, verified: Schema.Boolean })),
  phone_numbers: Schema.Array(Schema.Struct({ phone_id: Schema.String, phone_number: Schema.String, verified: Schema.Boolean })),
  name: Schema.optional(Name),
  password: Schema.optional(StoredPassword),
  trusted_metadata: Schema.optional(JsonObject),
  untrusted_metadata: Schema.optional(JsonObject),
  external_id: Schema.optional(Schema.String),
  roles: Schema.Array(Schema.String)
})

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

const StoredSession = Schema.Struct({ session_id: Schema.String, user_id: Schema.String, ...sessionFields, attributes: Attributes })

const StoredResetToken = Schema.Struct({
  /** SHA-256 of the token, hex. */
  token_hash: Schema.String,
  user_id: Schema.String,
  email_id: Schema.String,
  expires_at: Schema.String,
  used: Schema.Boolean,
  code_challenge: Schema.optional(Schema.String),
  attributes: Schema.optional(Attributes)
})

/**
 * A message the emulator "sent": what a real inbox would receive.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect4-stytch/emulator"
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

/**
 * A message the emulator "sent".
 *
 * @example
 * ```ts
 * import type { OutboxMessage } from "effect4-stytch/emulator"
 *
 * const tokenOf = (message: OutboxMessage) => message.token
 * ```
 * @since 0.1.0
 */
export type OutboxMessage = typeof OutboxMessage.Type

/**
 * The project settings the emulator honours, changed through the control API.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * const useLuds = StytchEmulator.use((emulator) => emulator.updateSettings({ strength_policy: "luds", luds_min_length: 10 }))
 * ```
 * @since 0.1.0
 */
export const Settings = Schema.Struct({
  strength_policy: Schema.Literals(["zxcvbn", "luds"]),
  luds_min_length: Schema.Int.check(between(1, 256)),
  luds_min_complexity: Schema.Int.check(between(1, 4)),
  breach_detection_on_create: Schema.Boolean,
  reset_password_redirect_url: Schema.optional(Schema.String),
  login_redirect_url: Schema.optional(Schema.String),
  cross_org_passwords_enabled: Schema.Boolean,
  migrate_rate_limit_per_second: Schema.Int.check(Schema.isGreaterThan(0)),
  /** Stytch's test-environment sandbox values (`sandbox@stytch.com`, fixed session tokens); on unless turned off. */
  sandbox_values: Schema.Boolean.pipe(Schema.withDecodingDefaultKey(Effect.succeed(true)))
})

/**
 * The project settings the emulator honours.
 *
 * @example
 * ```ts
 * import type { Settings } from "effect4-stytch/emulator"
 *
 * const strict: Partial<Settings> = { strength_policy: "luds", luds_min_length: 12 }
 * ```
 * @since 0.1.0
 */
export type Settings = typeof Settings.Type

const SigningKey = Schema.Struct({ kid: Schema.String, private_jwk: JsonObject, public_jwk: JsonObject })

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
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * // the next passwords.create answers 503 with Retry-After: 2 (the client waits 2 s, then retries)
 * const outage = StytchEmulator.use((emulator) =>
 *   emulator.injectFault({ path: "/v1/passwords", kind: "status", status: 503, retry_after: "2", times: 1 })
 * )
 * ```
 * @since 0.1.0
 */
export const Fault = Schema.Struct({
  /** An exact path, or `*` for every `/v1` path. */
  path: Schema.String,
  kind: Schema.Literals(["latency", "status", "drop", "malformed", "truncated"]),
  latency_ms: Schema.optional(Schema.Int.check(between(0, 600_000))),
  status: Schema.optional(Schema.Int.check(between(400, 599))),
  error_type: Schema.optional(Schema.String),
  retry_after: Schema.optional(Schema.String),
  times: Schema.optional(Schema.Int.check(Schema.isGreaterThan(0))),
  probability: Schema.optional(Schema.Number.check(between(0, 1)))
})

/**
 * A fault to inject.
 *
 * @example
 * ```ts
 * import type { Fault } from "effect4-stytch/emulator"
 *
 * const dropCreate: Fault = { path: "/v1/passwords", kind: "drop", times: 1 }
 * ```
 * @since 0.1.0
 */
export type Fault = typeof Fault.Type

const StoredOrganization = Schema.Struct({
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

const StoredMember = Schema.Struct({
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

const StoredMemberSession = Schema.Struct({
  member_session_id: Schema.String,
  member_id: Schema.String,
  organization_id: Schema.String,
  ...sessionFields
})

const StoredIntermediateSession = Schema.Struct({
  token_hash: Schema.String,
  email_address: Schema.String,
  organization_id: Schema.optional(Schema.String),
  member_id: Schema.optional(Schema.String),
  expires_at: Schema.String,
  authentication_factors: Schema.Array(AuthenticationFactor)
})

const StoredB2BResetToken = Schema.Struct({
  token_hash: Schema.String,
  email_address: Schema.String,
  organization_id: Schema.optional(Schema.String),
  member_id: Schema.optional(Schema.String),
  expires_at: Schema.String,
  used: Schema.Boolean,
  code_challenge: Schema.optional(Schema.String)
})

/**
 * The export file format. `version` changes when the format does; an import of another
 * version is refused.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs"
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect4-stytch/emulator"
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

/**
 * An export file's contents.
 *
 * @example
 * ```ts
 * import type { EmulatorState } from "effect4-stytch/emulator"
 *
 * const userCount = (state: EmulatorState) => state.users.length
 * ```
 * @since 0.1.0
 */
export type EmulatorState = typeof EmulatorState.Type
