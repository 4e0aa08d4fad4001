/**
 * What the control surface can do, over the emulator's control routes (`/emulator/v1/...`):
 * the same routes for the in-process emulator (through its handler) and for a running
 * `effect4-stytch emulator` server (over the network). Answers are decoded with this line's
 * schemas; a refusal is an `EmulatorControlError` (or `InvalidStateFile`), anything else
 * unexpected (the server gone, an answer of the wrong shape) is a defect.
 *
 * @since 0.1.0
 */
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Struct from "effect/Struct"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import { JsonObject } from "../../models/Json.js"
import { Member } from "../../models/Member.js"
import { MemberSession } from "../../models/MemberSession.js"
import { Organization } from "../../models/Organization.js"
import { revealPassword } from "../../models/Secret.js"
import { Session } from "../../models/Session.js"
import { User } from "../../models/User.js"
import { LoggedRequest } from "../requests/RequestLog.js"
import { EmulatorState, Fault, OutboxMessage, Settings } from "../state/State.js"
import { InvalidStateFile } from "../state/Store.js"
import { MemberAccount, UserAccount } from "./accounts.js"

/**
 * A control request that was refused: an unknown user, bad settings or a bad fault.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * const program = StytchEmulator.use((emulator) => emulator.forceReset("nobody@example.com")).pipe(
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

/**
 * An organization to seed. Defaults: `mfa_policy` `OPTIONAL`, all auth methods allowed.
 *
 * @example
 * ```ts
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * const seed = StytchEmulator.use((emulator) =>
 *   emulator.seedOrganization({ organization_name: "Acme", organization_slug: "acme", mfa_policy: "REQUIRED_FOR_ALL" })
 * )
 * ```
 * @since 0.1.0
 */
export const OrganizationSeed = Schema.Struct({
  organization_name: Schema.NonEmptyString,
  organization_slug: Schema.NonEmptyString,
  organization_external_id: Schema.optional(Schema.String),
  mfa_policy: Schema.optional(Schema.Literals(["OPTIONAL", "REQUIRED_FOR_ALL"])),
  email_allowed_domains: Schema.optional(Schema.Array(Schema.String)),
  auth_methods: Schema.optional(Schema.Literals(["ALL_ALLOWED", "RESTRICTED"])),
  allowed_auth_methods: Schema.optional(Schema.Array(Schema.String)),
  trusted_metadata: Schema.optional(JsonObject)
})

/**
 * A member to seed into an organization (by id or slug), with a password when given.
 *
 * @example
 * ```ts
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * const seed = StytchEmulator.use((emulator) =>
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

/**
 * Changes an organization's MFA policy or allowed auth methods.
 *
 * @example
 * ```ts
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * const requireMfa = StytchEmulator.use((emulator) => emulator.updateOrganization("acme", { mfa_policy: "REQUIRED_FOR_ALL" }))
 * ```
 * @since 0.1.0
 */
export const OrganizationPatch = OrganizationSeed.mapFields(Struct.pick(["mfa_policy", "auth_methods", "allowed_auth_methods"]))

/**
 * Changes a member's MFA enrolment, phone number, name or roles.
 *
 * @example
 * ```ts
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * const enrolInMfa = (member_id: string) =>
 *   StytchEmulator.use((emulator) => emulator.updateMember(member_id, { mfa_enrolled: true, mfa_phone_number: "+12025550162" }))
 * ```
 * @since 0.1.0
 */
export const MemberPatch = MemberSeed.mapFields(Struct.pick(["mfa_enrolled", "mfa_phone_number", "name", "roles"]))

/** Where the control routes live. */
export const controlBase = "/emulator/v1"

/** A Stytch error body, as the control routes answer a refusal. */
const ErrorBody = Schema.Struct({ error_type: Schema.String, error_message: Schema.String })

const issueOpeners = ["expected", "is", "repeats"]

/** The refusal's field and issue, read back from the message the emulator wrote from them. */
export const invalidStateFileOf = (message: string): InvalidStateFile => {
  const prefix = "Invalid emulator state file: "
  const rest = message.startsWith(prefix) ? message.slice(prefix.length) : message
  const space = rest.indexOf(" ")
  const first = space < 0 ? rest : rest.slice(0, space)
  return space < 0 || issueOpeners.includes(first)
    ? new InvalidStateFile({ field: "", issue: rest })
    : new InvalidStateFile({ field: first, issue: rest.slice(space + 1) })
}

/** What a control call may be refused with. */
type Refusal = EmulatorControlError | InvalidStateFile

/**
 * The control operations, over an `HttpClient` whose requests reach the emulator (its base URL
 * already prepended). Each is what the root's control API does, through the matching route.
 */
export const make = (client: HttpClient.HttpClient) => {
  const call = <S extends Schema.ConstraintDecoder<unknown>>(
    method: "GET" | "POST" | "PATCH" | "DELETE",
    path: string,
    answer: S,
    body?: { readonly json: string }
  ): Effect.Effect<S["Type"], Refusal> =>
    Effect.gen(function* () {
      let request = HttpClientRequest.make(method)(`${controlBase}${path}`)
      if (body !== undefined) request = HttpClientRequest.bodyText(request, body.json, "application/json")
      const response = yield* Effect.orDie(client.execute(request))
      const json = yield* Effect.orDie(response.json)
      if (response.status >= 200 && response.status < 300) {
        return yield* Effect.orDie(Schema.decodeUnknownEffect(answer)(json))
      }
      const refusal = Schema.decodeUnknownOption(ErrorBody)(json)
      if (response.status === 400 && Option.isSome(refusal)) {
        if (refusal.value.error_type === "invalid_state_file") return yield* invalidStateFileOf(refusal.value.error_message)
        if (refusal.value.error_type === "invalid_argument") {
          return yield* new EmulatorControlError({ reason: refusal.value.error_message })
        }
      }
      // A server beyond loopback refuses the control routes without its token: say which option it is.
      const hint = response.status === 401 ? " (the server requires its control token: layerRemote(url, { controlToken }))" : ""
      return yield* Effect.die(new Error(`the emulator answered ${method} ${controlBase}${path} with ${response.status}${hint}`))
    }).pipe(
      // The exchange is how the control API reaches the emulator, not a call to trace: no span,
      // as the root's control API (which runs the operations directly) makes none.
      Effect.provideService(HttpClient.TracerDisabledWhen, () => true)
    )
  /** For the calls whose only refusal is a control error: anything else cannot happen. */
  const refusable = <A>(effect: Effect.Effect<A, Refusal>): Effect.Effect<A, EmulatorControlError> =>
    Effect.catchTag(effect, "InvalidStateFile", Effect.die)
  const infallible = <A>(effect: Effect.Effect<A, Refusal>): Effect.Effect<A> => Effect.orDie(effect)
  const json = (value: unknown) => ({ json: JSON.stringify(value) ?? "null" })
  const Empty = Schema.Struct({})
  /** A write to what an id names: the id is one path segment, encoded, so it never names another route. */
  const byId = (
    id: string,
    write: (segment: string) => Effect.Effect<unknown, Refusal>
  ): Effect.Effect<void, EmulatorControlError> => refusable(write(encodeURIComponent(id))).pipe(Effect.asVoid)

  const outbox = infallible(call("GET", "/outbox", Schema.Struct({ messages: Schema.Array(OutboxMessage) }))).pipe(
    Effect.map((answer) => answer.messages)
  )
  return {
    outbox,
    clearOutbox: infallible(call("DELETE", "/outbox", Empty)).pipe(Effect.asVoid),
    latestResetToken: (email: string): Effect.Effect<Option.Option<string>> =>
      Effect.map(outbox, (messages) =>
        Option.fromNullishOr(messages.filter((message) => message.to.toLowerCase() === email.toLowerCase()).at(-1)?.token)
      ),
    users: infallible(call("GET", "/users", Schema.Struct({ users: Schema.Array(User) }))).pipe(Effect.map((answer) => answer.users)),
    sessions: infallible(call("GET", "/sessions", Schema.Struct({ sessions: Schema.Array(Session) }))).pipe(
      Effect.map((answer) => answer.sessions)
    ),
    advanceClock: (by: Duration.Input): Effect.Effect<void, EmulatorControlError> =>
      Effect.suspend(() => {
        // A number goes as it is: the emulator refuses a negative, fractional or non-finite amount.
        const millis = typeof by === "number" ? by : Duration.toMillis(by)
        if (!Number.isFinite(millis)) {
          return Effect.fail(new EmulatorControlError({ reason: "advance_ms: expected a whole number of milliseconds, 0 or more." }))
        }
        return refusable(call("POST", "/clock", Schema.Struct({ offset_ms: Schema.Number }), json({ advance_ms: millis })))
      }).pipe(Effect.asVoid),
    markBreached: (password: string | Redacted.Redacted<string>): Effect.Effect<void> =>
      infallible(call("POST", "/breached_passwords", Empty, json({ password: revealPassword(password) }))).pipe(Effect.asVoid),
    forceReset: (email: string): Effect.Effect<void, EmulatorControlError> =>
      refusable(call("POST", "/force_reset", Empty, json({ email }))).pipe(Effect.asVoid),
    settings: infallible(call("GET", "/settings", Settings)),
    updateSettings: (patch: Partial<Settings>): Effect.Effect<Settings, EmulatorControlError> =>
      refusable(call("PATCH", "/settings", Settings, json(patch))),
    injectFault: (fault: Fault): Effect.Effect<void, EmulatorControlError> =>
      refusable(call("POST", "/faults", Empty, json(fault))).pipe(Effect.asVoid),
    clearFaults: infallible(call("DELETE", "/faults", Empty)).pipe(Effect.asVoid),
    exportState: infallible(call("GET", "/export", EmulatorState)),
    importState: (state: unknown): Effect.Effect<void, InvalidStateFile> =>
      Effect.suspend(() => {
        let body: { readonly json: string }
        try {
          body = json(state)
        } catch {
          return Effect.fail(new InvalidStateFile({ field: "", issue: "is not JSON" }))
        }
        return call("POST", "/import", Empty, body).pipe(Effect.catchTag("EmulatorControlError", Effect.die))
      }).pipe(Effect.asVoid),
    wipe: infallible(call("POST", "/wipe", Empty)).pipe(Effect.asVoid),
    sweep: infallible(call("POST", "/sweep", Schema.Struct({ removed: Schema.Number }))).pipe(Effect.map((answer) => answer.removed)),
    rotateSigningKey: infallible(call("POST", "/signing_keys/rotate", Schema.Struct({ kid: Schema.String }))).pipe(
      Effect.map((answer) => answer.kid)
    ),
    seedOrganization: (seed: typeof OrganizationSeed.Type): Effect.Effect<Organization, EmulatorControlError> =>
      refusable(call("POST", "/organizations", Schema.Struct({ organization: Organization }), json(seed))).pipe(
        Effect.map((answer) => answer.organization)
      ),
    seedMember: (seed: typeof MemberSeed.Type): Effect.Effect<Member, EmulatorControlError> =>
      refusable(call("POST", "/members", Schema.Struct({ member: Member }), json(seed))).pipe(Effect.map((answer) => answer.member)),
    updateOrganization: (organization: string, patch: typeof OrganizationPatch.Type): Effect.Effect<Organization, EmulatorControlError> =>
      refusable(
        call("PATCH", `/organizations/${encodeURIComponent(organization)}`, Schema.Struct({ organization: Organization }), json(patch))
      ).pipe(Effect.map((answer) => answer.organization)),
    updateMember: (memberId: string, patch: typeof MemberPatch.Type): Effect.Effect<Member, EmulatorControlError> =>
      refusable(call("PATCH", `/members/${encodeURIComponent(memberId)}`, Schema.Struct({ member: Member }), json(patch))).pipe(
        Effect.map((answer) => answer.member)
      ),
    organizations: infallible(call("GET", "/organizations", Schema.Struct({ organizations: Schema.Array(Organization) }))).pipe(
      Effect.map((answer) => answer.organizations)
    ),
    members: infallible(call("GET", "/members", Schema.Struct({ members: Schema.Array(Member) }))).pipe(
      Effect.map((answer) => answer.members)
    ),
    userAccounts: infallible(call("GET", "/user_accounts", Schema.Struct({ accounts: Schema.Array(UserAccount) }))).pipe(
      Effect.map((answer) => answer.accounts)
    ),
    memberAccounts: infallible(call("GET", "/member_accounts", Schema.Struct({ accounts: Schema.Array(MemberAccount) }))).pipe(
      Effect.map((answer) => answer.accounts)
    ),
    deleteUser: (userId: string): Effect.Effect<void, EmulatorControlError> =>
      byId(userId, (id) => call("DELETE", `/users/${id}`, Empty)),
    revokeSession: (sessionId: string): Effect.Effect<void, EmulatorControlError> =>
      byId(sessionId, (id) => call("DELETE", `/sessions/${id}`, Empty)),
    memberSessions: infallible(call("GET", "/member_sessions", Schema.Struct({ member_sessions: Schema.Array(MemberSession) }))).pipe(
      Effect.map((answer) => answer.member_sessions)
    ),
    revokeMemberSession: (memberSessionId: string): Effect.Effect<void, EmulatorControlError> =>
      byId(memberSessionId, (id) => call("DELETE", `/member_sessions/${id}`, Empty)),
    deleteMember: (memberId: string): Effect.Effect<void, EmulatorControlError> =>
      byId(memberId, (id) => call("DELETE", `/members/${id}`, Empty)),
    forceResetMember: (memberId: string): Effect.Effect<void, EmulatorControlError> =>
      byId(memberId, (id) => call("POST", `/members/${id}/force_reset`, Empty)),
    requests: infallible(call("GET", "/requests", Schema.Struct({ requests: Schema.Array(LoggedRequest) }))).pipe(
      Effect.map((answer) => answer.requests)
    ),
    clearRequests: infallible(call("DELETE", "/requests", Empty)).pipe(Effect.asVoid)
  }
}
