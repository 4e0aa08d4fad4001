/**
 * What the control surface can do, as Effects on the store: read the outbox, users and
 * sessions, move the clock, mark passwords breached, force resets, change settings, inject
 * faults, export, import, wipe. The Effect API and the `/emulator/v1` routes both call these.
 *
 * @since 0.1.0
 */
import { Duration, Effect, Either, Option, Schema } from "effect"
import type { Session } from "../../models/Session.js"
import type { User } from "../../models/User.js"
import { safeIssue } from "../../internal/issue.js"
import type { Member } from "../../models/Member.js"
import type { Organization } from "../../models/Organization.js"
import { JsonObject } from "../../models/Json.js"
import { memberView, organizationView } from "../b2b/views.js"
import type { EmulatorConfig } from "../EmulatorConfig.js"
import { iso, newId, now, sha256Hex } from "../runtime.js"
import { generateSigningKey } from "../sessions/Jwt.js"
import { sessionView } from "../sessions/Sessions.js"
import { Fault, type OutboxMessage, Settings, type StoredMember, type StoredOrganization } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"
import { hashNative, userView } from "../users.js"

/**
 * A control request that was refused: an unknown user, bad settings or a bad fault.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const program = Effect.flatMap(StytchEmulator, (emulator) => emulator.forceReset("nobody@example.com")).pipe(
 *   Effect.catchTag("EmulatorControlError", (e) => Effect.log(e.message))
 * )
 * ```
 * @since 0.1.0
 */
export class EmulatorControlError extends Schema.TaggedError<EmulatorControlError>()("EmulatorControlError", {
  reason: Schema.String
}) {
  override get message(): string {
    return this.reason
  }
}

const refuse = (reason: string) => new EmulatorControlError({ reason })

export const outbox: Effect.Effect<ReadonlyArray<OutboxMessage>, never, EmulatorStore> = Effect.map(EmulatorStore, (store) =>
  store.read.outbox()
)

export const clearOutbox = Effect.flatMap(EmulatorStore, (store) => store.commit((tx) => tx.clearOutbox()))

/** The token of the newest reset email sent to an address. */
export const latestResetToken = (email: string): Effect.Effect<Option.Option<string>, never, EmulatorStore> =>
  Effect.map(outbox, (messages) =>
    Option.fromNullable(messages.filter((message) => message.to.toLowerCase() === email.toLowerCase()).at(-1)?.token)
  )

export const users: Effect.Effect<ReadonlyArray<User>, never, EmulatorStore> = Effect.map(EmulatorStore, (store) =>
  store.read.users().map(userView)
)

/** The live sessions (expired ones are left out). */
export const sessions: Effect.Effect<ReadonlyArray<Session>, never, EmulatorStore | EmulatorConfig> = Effect.gen(function* () {
  const store = yield* EmulatorStore
  const at = yield* now
  return store.read
    .sessions()
    .filter((session) => Date.parse(session.expires_at) > at)
    .map(sessionView)
})

/**
 * Moves the emulator's clock forward: by a duration, or by a whole number of milliseconds.
 * A negative, fractional or non-finite amount is refused and changes nothing.
 */
export const advanceClock = (by: Duration.DurationInput): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => {
    const millis = typeof by === "number" ? by : Duration.toMillis(by)
    if (!Number.isSafeInteger(millis) || millis < 0) {
      return Effect.fail(refuse("advance_ms: expected a whole number of milliseconds, 0 or more."))
    }
    return store.commit((tx) => tx.setClockOffset(tx.clockOffset() + millis))
  })

/** From now on the password counts as breached, for every user. */
export const markBreached = (password: string) =>
  Effect.flatMap(EmulatorStore, (store) => store.commit((tx) => tx.markBreached(sha256Hex(password))))

/** Flags the user's password so that logins answer `reset_password` until it is reset. */
export const forceReset = (email: string): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) =>
    store.commit((tx) => {
      const user = tx.userByEmail(email)
      if (user?.password === undefined) return false
      tx.putUser({ ...user, password: { ...user.password, requires_reset: true } })
      return true
    })
  ).pipe(Effect.filterOrFail((flagged) => flagged, () => refuse("email: no user with a password has this email.")), Effect.asVoid)

export const settings: Effect.Effect<Settings, never, EmulatorStore> = Effect.map(EmulatorStore, (store) =>
  store.read.settings()
)

/** Changes some settings; the result must still be valid settings, or nothing changes. */
export const updateSettings = (patch: unknown): Effect.Effect<Settings, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) =>
    // Merged with the settings as they are when the step runs: concurrent patches both land.
    store.commit((tx) => {
      const merged = typeof patch === "object" && patch !== null ? { ...tx.settings(), ...patch } : patch
      return Either.map(decodeSettings(merged), (next) => {
        tx.setSettings(next)
        return next
      })
    })
  ).pipe(
    Effect.flatMap(Either.match({
      onLeft: (error) => {
        const { field, issue } = safeIssue(error.issue)
        return Effect.fail(refuse(`settings.${field} ${issue}`))
      },
      onRight: Effect.succeed
    }))
  )

const decodeSettings = Schema.decodeUnknownEither(Settings, { onExcessProperty: "error" })

export const injectFault = (fault: unknown): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const valid = yield* Schema.decodeUnknown(Fault, { onExcessProperty: "error" })(fault).pipe(
      Effect.mapError((error) => {
        const { field, issue } = safeIssue(error.issue)
        return refuse(`fault.${field} ${issue}`)
      })
    )
    yield* store.commit((tx) => tx.addFault(valid))
  })

export const clearFaults = Effect.flatMap(EmulatorStore, (store) => store.commit((tx) => tx.clearFaults()))

/**
 * Adds a freshly made signing key, as Stytch rotates: session JWTs are signed with it from
 * now on, and the older keys stay in the JWKS so the JWTs they signed still verify. The key is
 * made before the commit (off the main thread); the step appends it to the keys as they are
 * then, so concurrent rotations all land. Answers the new key's id.
 */
export const rotateSigningKey: Effect.Effect<string, never, EmulatorStore> = Effect.gen(function* () {
  const store = yield* EmulatorStore
  const key = yield* generateSigningKey
  // The first key may still be in the making: wait for it, so the new key comes after it.
  yield* store.signingKeys
  yield* store.commit((tx) => tx.addSigningKey(key))
  return key.kid
})

/** Drops expired sessions and spent or expired reset tokens; how many went. */
export const sweep = Effect.flatMap(EmulatorStore, (store) => Effect.flatMap(now, (at) => store.commit((tx) => tx.sweep(at))))

/**
 * An organization to seed. Defaults: `mfa_policy` `OPTIONAL`, all auth methods allowed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const seed = Effect.flatMap(StytchEmulator, (emulator) =>
 *   emulator.seedOrganization({ organization_name: "Acme", organization_slug: "acme", mfa_policy: "REQUIRED_FOR_ALL" })
 * )
 * ```
 * @since 0.1.0
 */
export const OrganizationSeed = Schema.Struct({
  organization_name: Schema.NonEmptyString,
  organization_slug: Schema.NonEmptyString,
  organization_external_id: Schema.optional(Schema.String),
  mfa_policy: Schema.optional(Schema.Literal("OPTIONAL", "REQUIRED_FOR_ALL")),
  email_allowed_domains: Schema.optional(Schema.Array(Schema.String)),
  auth_methods: Schema.optional(Schema.Literal("ALL_ALLOWED", "RESTRICTED")),
  allowed_auth_methods: Schema.optional(Schema.Array(Schema.String)),
  trusted_metadata: Schema.optional(JsonObject)
})

/**
 * A member to seed into an organization (by id or slug), with a password when given.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const seed = Effect.flatMap(StytchEmulator, (emulator) =>
 *   emulator.seedMember({ organization_id: "acme", email_address: "ada@acme.com", password: "correct horse battery staple 42" })
 * )
 * ```
 * @since 0.1.0
 */
export const MemberSeed = Schema.Struct({
  organization_id: Schema.NonEmptyString,
  email_address: Schema.NonEmptyString,
  name: Schema.optional(Schema.String),
  password: Schema.optional(Schema.String),
  email_address_verified: Schema.optional(Schema.Boolean),
  mfa_enrolled: Schema.optional(Schema.Boolean),
  mfa_phone_number: Schema.optional(Schema.String),
  roles: Schema.optional(Schema.Array(Schema.String))
})

const decodeSeed = <A, I>(schema: Schema.Schema<A, I>, what: string) => (input: unknown) =>
  Schema.decodeUnknown(schema, { onExcessProperty: "error" })(input).pipe(
    Effect.mapError((error) => {
      const { field, issue } = safeIssue(error.issue)
      return refuse(`${what}.${field} ${issue}`)
    })
  )

export const seedOrganization = (input: unknown): Effect.Effect<Organization, EmulatorControlError, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const seed = yield* decodeSeed(OrganizationSeed, "organization")(input)
    const store = yield* EmulatorStore
    const at = iso(yield* now)
    const organization: StoredOrganization = {
      organization_id: newId("organization"),
      organization_name: seed.organization_name,
      organization_slug: seed.organization_slug,
      ...(seed.organization_external_id === undefined ? {} : { organization_external_id: seed.organization_external_id }),
      mfa_policy: seed.mfa_policy ?? "OPTIONAL",
      email_allowed_domains: seed.email_allowed_domains ?? [],
      auth_methods: seed.auth_methods ?? "ALL_ALLOWED",
      allowed_auth_methods: seed.allowed_auth_methods ?? [],
      ...(seed.trusted_metadata === undefined ? {} : { trusted_metadata: seed.trusted_metadata }),
      created_at: at,
      updated_at: at
    }
    if (!(yield* store.commit((tx) => tx.b2b.insertOrganization(organization)))) {
      return yield* refuse(`An organization already has the slug ${seed.organization_slug}.`)
    }
    return organizationView(organization)
  })

export const seedMember = (input: unknown): Effect.Effect<Member, EmulatorControlError, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const seed = yield* decodeSeed(MemberSeed, "member")(input)
    const store = yield* EmulatorStore
    const organization = store.read.b2b.organization(seed.organization_id)
    if (organization === undefined) return yield* refuse("No organization has this id or slug.")
    const at = iso(yield* now)
    const member: StoredMember = {
      member_id: newId("member"),
      organization_id: organization.organization_id,
      email_address: seed.email_address,
      member_email_id: newId("member-email"),
      name: seed.name ?? "",
      status: "active",
      email_address_verified: seed.email_address_verified ?? true,
      mfa_enrolled: seed.mfa_enrolled ?? false,
      mfa_phone_number: seed.mfa_phone_number ?? "",
      is_breakglass: false,
      roles: seed.roles ?? [],
      ...(seed.password === undefined ? {} : { password: yield* hashNative(seed.password, newId("member-password")) }),
      created_at: at,
      updated_at: at
    }
    if (!(yield* store.commit((tx) => tx.b2b.insertMember(member)))) {
      return yield* refuse("The organization already has a member with this email address.")
    }
    return memberView(member)
  })

export const organizations: Effect.Effect<ReadonlyArray<Organization>, never, EmulatorStore> = Effect.map(EmulatorStore, (store) =>
  store.read.b2b.organizations().map(organizationView)
)

export const members: Effect.Effect<ReadonlyArray<Member>, never, EmulatorStore> = Effect.map(EmulatorStore, (store) =>
  store.read.b2b.members().map(memberView)
)

/**
 * Changes an organization's MFA policy or allowed auth methods.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const requireMfa = Effect.flatMap(StytchEmulator, (emulator) => emulator.updateOrganization("acme", { mfa_policy: "REQUIRED_FOR_ALL" }))
 * ```
 * @since 0.1.0
 */
export const OrganizationPatch = OrganizationSeed.pipe(Schema.pick("mfa_policy", "auth_methods", "allowed_auth_methods"))

/**
 * Changes a member's MFA enrolment or phone number.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const enrolInMfa = (member_id: string) =>
 *   Effect.flatMap(StytchEmulator, (emulator) => emulator.updateMember(member_id, { mfa_enrolled: true, mfa_phone_number: "+12025550162" }))
 * ```
 * @since 0.1.0
 */
export const MemberPatch = MemberSeed.pipe(Schema.pick("mfa_enrolled", "mfa_phone_number", "name", "roles"))

export const updateOrganization = (
  reference: string,
  input: unknown
): Effect.Effect<Organization, EmulatorControlError, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const patch = yield* decodeSeed(OrganizationPatch, "organization")(input)
    const store = yield* EmulatorStore
    const at = iso(yield* now)
    const updated = yield* store.commit((tx) => {
      const organization = tx.b2b.organization(reference)
      if (organization === undefined) return undefined
      const next: StoredOrganization = {
        ...organization,
        mfa_policy: patch.mfa_policy ?? organization.mfa_policy,
        auth_methods: patch.auth_methods ?? organization.auth_methods,
        allowed_auth_methods: patch.allowed_auth_methods ?? organization.allowed_auth_methods,
        updated_at: at
      }
      tx.b2b.putOrganization(next)
      return next
    })
    if (updated === undefined) return yield* refuse("No organization has this id, slug or external id.")
    return organizationView(updated)
  })

export const updateMember = (memberId: string, input: unknown): Effect.Effect<Member, EmulatorControlError, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const patch = yield* decodeSeed(MemberPatch, "member")(input)
    const store = yield* EmulatorStore
    const at = iso(yield* now)
    const updated = yield* store.commit((tx) => {
      const member = tx.b2b.member(memberId)
      if (member === undefined) return undefined
      const next: StoredMember = {
        ...member,
        mfa_enrolled: patch.mfa_enrolled ?? member.mfa_enrolled,
        mfa_phone_number: patch.mfa_phone_number ?? member.mfa_phone_number,
        name: patch.name ?? member.name,
        roles: patch.roles ?? member.roles,
        updated_at: at
      }
      tx.b2b.putMember(next)
      return next
    })
    if (updated === undefined) return yield* refuse("No member has this id.")
    return memberView(updated)
  })
