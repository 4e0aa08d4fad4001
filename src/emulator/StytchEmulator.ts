/**
 * The local Stytch, in-process: a layer that gives a program a working `StytchClient`
 * backed by the emulator, with no sockets, and the emulator's control API.
 *
 * @since 0.1.0
 */
import { FetchHttpClient, Headers, HttpApp } from "@effect/platform"
import { endpoints as b2bEndpoints } from "../b2b/B2BPasswords.js"
import { Context, type Duration, Effect, Fiber, Layer, Option, Redacted } from "effect"
import type { Member } from "../models/Member.js"
import type { Organization } from "../models/Organization.js"
import type { MemberSession } from "../models/MemberSession.js"
import type { Session } from "../models/Session.js"
import type { User } from "../models/User.js"
import { revealPassword } from "../models/Secret.js"
import { StytchClient } from "../StytchClient.js"
import type { Options as StytchClientOptions } from "../StytchConfig.js"
import * as Accounts from "./control/accounts.js"
import * as Control from "./control/operations.js"
import { EmulatorConfig, type EmulatorOptions, resolveOptions } from "./EmulatorConfig.js"
import { inlineCheapDerivations } from "./hashing/scryptKdf.js"
import { dropHeader, makeApp } from "./http/App.js"
import { type LoggedRequest, RequestLog } from "./requests/RequestLog.js"
import { allRoutes } from "./routes/index.js"
import { generateSigningKey } from "./sessions/Jwt.js"
import type { EmulatorState, Fault, OutboxMessage, Settings } from "./state/State.js"
import { EmulatorStore, type InvalidStateFile } from "./state/Store.js"

/**
 * The emulator's control API: what a test does to the emulator besides calling Stytch.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { Passwords } from "effect-stytch"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   const emulator = yield* StytchEmulator
 *   yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 *   yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: "https://example.com/reset" })
 *   const token = yield* emulator.latestResetToken("ada@example.com") // an Option: none when no reset email was sent
 *   if (Option.isSome(token)) {
 *     yield* passwords.email.reset({ token: token.value, password: "a new, long and unusual passphrase" })
 *   }
 * }).pipe(Effect.provide(Passwords.layer), Effect.provide(StytchEmulator.layer()))
 * ```
 * @since 0.1.0
 */
export interface EmulatorControl {
  /** The project the emulator serves. */
  readonly projectId: string
  /** The secret it accepts. */
  readonly secret: Redacted.Redacted<string>
  /** The emulator as a fetch-style handler, for transports of your own. */
  readonly handler: (request: Request) => Promise<Response>
  /** The emails "sent", oldest first. */
  readonly outbox: Effect.Effect<ReadonlyArray<OutboxMessage>>
  readonly clearOutbox: Effect.Effect<void>
  /** The token of the newest reset email to an address. */
  readonly latestResetToken: (email: string) => Effect.Effect<Option.Option<string>>
  readonly users: Effect.Effect<ReadonlyArray<User>>
  /** The live sessions. */
  readonly sessions: Effect.Effect<ReadonlyArray<Session>>
  /**
   * Moves the emulator's clock forward (on top of Effect's `Clock`, so `TestClock` works
   * too): by a duration, or by a whole number of milliseconds. A negative, fractional or
   * non-finite amount is refused and changes nothing.
   */
  readonly advanceClock: (by: Duration.DurationInput) => Effect.Effect<void, Control.EmulatorControlError>
  /** Marks a password breached for every user. */
  readonly markBreached: (password: string | Redacted.Redacted<string>) => Effect.Effect<void>
  /** Requires the user to reset the password before logging in again. */
  readonly forceReset: (email: string) => Effect.Effect<void, Control.EmulatorControlError>
  readonly settings: Effect.Effect<Settings>
  readonly updateSettings: (patch: Partial<Settings>) => Effect.Effect<Settings, Control.EmulatorControlError>
  readonly injectFault: (fault: Fault) => Effect.Effect<void, Control.EmulatorControlError>
  readonly clearFaults: Effect.Effect<void>
  readonly exportState: Effect.Effect<EmulatorState>
  /** Replaces the state with an export's; a bad file is refused and changes nothing. */
  readonly importState: (state: unknown) => Effect.Effect<void, InvalidStateFile>
  readonly wipe: Effect.Effect<void>
  /** Drops expired sessions and spent or expired reset tokens; how many went. */
  readonly sweep: Effect.Effect<number>
  /**
   * Adds a new signing key: new session JWTs are signed with it, the older keys stay in the
   * JWKS (as when Stytch rotates, with overlap). Answers the new key's id.
   */
  readonly rotateSigningKey: Effect.Effect<string>
  /** Seeds a B2B organization; its slug must be free. */
  readonly seedOrganization: (
    seed: typeof Control.OrganizationSeed.Type
  ) => Effect.Effect<Organization, Control.EmulatorControlError>
  /** Seeds a member into an organization (by id or slug), with a password when given. */
  readonly seedMember: (seed: typeof Control.MemberSeed.Type) => Effect.Effect<Member, Control.EmulatorControlError>
  /** Changes an organization's MFA policy or auth methods. */
  readonly updateOrganization: (
    organization: string,
    patch: typeof Control.OrganizationPatch.Type
  ) => Effect.Effect<Organization, Control.EmulatorControlError>
  /** Changes a member's MFA enrolment, phone number, name or roles. */
  readonly updateMember: (memberId: string, patch: typeof Control.MemberPatch.Type) => Effect.Effect<Member, Control.EmulatorControlError>
  readonly organizations: Effect.Effect<ReadonlyArray<Organization>>
  readonly members: Effect.Effect<ReadonlyArray<Member>>
  /** The users with their passwords as the emulator keeps them (algorithm, migrated, reset required). */
  readonly userAccounts: Effect.Effect<ReadonlyArray<Accounts.UserAccount>>
  /** The members with their passwords as the emulator keeps them. */
  readonly memberAccounts: Effect.Effect<ReadonlyArray<Accounts.MemberAccount>>
  /** Deletes a user with its sessions and reset tokens. */
  readonly deleteUser: (userId: string) => Effect.Effect<void, Control.EmulatorControlError>
  /** Revokes a session: its tokens and JWTs stop working. */
  readonly revokeSession: (sessionId: string) => Effect.Effect<void, Control.EmulatorControlError>
  /** The live member sessions. */
  readonly memberSessions: Effect.Effect<ReadonlyArray<MemberSession>>
  readonly revokeMemberSession: (memberSessionId: string) => Effect.Effect<void, Control.EmulatorControlError>
  /** Deletes a member with its sessions. */
  readonly deleteMember: (memberId: string) => Effect.Effect<void, Control.EmulatorControlError>
  /** Requires the member to reset the password before logging in again. */
  readonly forceResetMember: (memberId: string) => Effect.Effect<void, Control.EmulatorControlError>
  /** The last 1,000 Stytch API requests, oldest first, with every credential in their bodies redacted. */
  readonly requests: Effect.Effect<ReadonlyArray<LoggedRequest>>
  readonly clearRequests: Effect.Effect<void>
}

/** Request headers that carry credentials (a member's session), from the endpoint descriptions. */
export const credentialHeaders = Object.values(b2bEndpoints.email.requireReset.headers ?? {}).map((name) => name.toLowerCase())

/** What the emulator's app and control operations run with. */
type EmulatorServices = EmulatorStore | EmulatorConfig | RequestLog

/** The in-process base URL: the host is never resolved, nothing leaves the process. */
const inProcessUrl = "http://emulator.local"

/** A connection reset, as fetch reports it, for the `drop` fault. */
const droppedConnection = () =>
  new TypeError("fetch failed", { cause: Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }) })

/**
 * Builds the emulator's state and app; the layers here and the server expose them. The first
 * signing key is made in the background (off the main thread): only what needs it (issuing or
 * reading a session JWT, the JWKS, an export) waits for it, so a server can listen at once.
 */
export const build = (options?: EmulatorOptions) =>
  Effect.gen(function* () {
    const config = resolveOptions(options)
    const keyGeneration = yield* Effect.forkScoped(generateSigningKey)
    const context = yield* Layer.build(
      Layer.mergeAll(EmulatorStore.layer(Fiber.join(keyGeneration)), Layer.succeed(EmulatorConfig, config), RequestLog.layer)
    )
    // In-process calls mostly come one at a time: while one is alone, cheap password hashing
    // skips the thread pool's hop; concurrent ones keep the pool.
    let inFlight = 0
    // The app's own request spans record headers: keep the credentials sent as headers out of them.
    const runtime = yield* Effect.provide(Effect.runtime<EmulatorServices>(), context).pipe(
      Effect.locallyWith(Headers.currentRedactedNames, (names) => [...names, ...credentialHeaders]),
      Effect.locally(inlineCheapDerivations, () => inFlight <= 1)
    )
    const serve = HttpApp.toWebHandlerRuntime(runtime)(makeApp(allRoutes))
    const handler = async (request: Request): Promise<Response> => {
      inFlight++
      try {
        return await serve(request)
      } finally {
        inFlight--
      }
    }
    const run = <A, E>(effect: Effect.Effect<A, E, EmulatorServices>) => Effect.provide(effect, context)
    const control: EmulatorControl = {
      projectId: config.projectId,
      secret: Redacted.make(config.secret),
      handler,
      outbox: run(Control.outbox),
      clearOutbox: run(Control.clearOutbox),
      latestResetToken: (email) => run(Control.latestResetToken(email)),
      users: run(Control.users),
      sessions: run(Control.sessions),
      advanceClock: (by) => run(Control.advanceClock(by)),
      markBreached: (password) => run(Control.markBreached(revealPassword(password))),
      forceReset: (email) => run(Control.forceReset(email)),
      settings: run(Control.settings),
      updateSettings: (patch) => run(Control.updateSettings(patch)),
      injectFault: (fault) => run(Control.injectFault(fault)),
      clearFaults: run(Control.clearFaults),
      exportState: run(Effect.flatMap(EmulatorStore, (store) => store.exportState)),
      importState: (state) => run(Effect.flatMap(EmulatorStore, (store) => store.importState(state))),
      wipe: run(Effect.flatMap(EmulatorStore, (store) => store.wipe)),
      sweep: run(Control.sweep),
      rotateSigningKey: run(Control.rotateSigningKey),
      seedOrganization: (seed) => run(Control.seedOrganization(seed)),
      seedMember: (seed) => run(Control.seedMember(seed)),
      updateOrganization: (organization, patch) => run(Control.updateOrganization(organization, patch)),
      updateMember: (memberId, patch) => run(Control.updateMember(memberId, patch)),
      organizations: run(Control.organizations),
      members: run(Control.members),
      userAccounts: run(Accounts.userAccounts),
      memberAccounts: run(Accounts.memberAccounts),
      deleteUser: (userId) => run(Accounts.deleteUser(userId)),
      revokeSession: (sessionId) => run(Accounts.revokeSession(sessionId)),
      memberSessions: run(Accounts.memberSessions),
      revokeMemberSession: (memberSessionId) => run(Accounts.revokeMemberSession(memberSessionId)),
      deleteMember: (memberId) => run(Accounts.deleteMember(memberId)),
      forceResetMember: (memberId) => run(Accounts.forceResetMember(memberId)),
      requests: run(Accounts.requests),
      clearRequests: run(Accounts.clearRequests)
    }
    return { control, context, app: makeApp(allRoutes) }
  })

/**
 * The local Stytch emulator. Provide `StytchEmulator.layer()` instead of an `HttpClient`
 * and `StytchClient` layer, and every call goes to an in-process emulator; `yield*
 * StytchEmulator` gives its control API.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect-stytch"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 *   const emulator = yield* StytchEmulator
 *   return yield* emulator.users
 * }).pipe(Effect.provide(Passwords.layer), Effect.provide(StytchEmulator.layer()))
 * ```
 * @since 0.1.0
 */
export class StytchEmulator extends Context.Tag("effect-stytch/StytchEmulator")<StytchEmulator, EmulatorControl>() {
  /** The project id served by default. */
  static readonly defaultProjectId = resolveOptions().projectId

  /** The secret accepted by default. */
  static readonly defaultSecret = resolveOptions().secret

  /**
   * A fresh emulator with its control API and a `StytchClient` wired to it in-process:
   * real `Request` and `Response` objects through `FetchHttpClient`, no sockets.
   *
   * @example
   * ```ts
   * import { Effect, Layer } from "effect"
   * import { Passwords } from "effect-stytch"
   * import { StytchEmulator } from "effect-stytch/emulator"
   *
   * const program = Effect.gen(function* () {
   *   const passwords = yield* Passwords
   *   yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
   *   return yield* Effect.flatMap(StytchEmulator, (emulator) => emulator.users)
   * })
   * const runnable = Effect.provide(program, Passwords.layer.pipe(Layer.provideMerge(StytchEmulator.layer())))
   * ```
   */
  static readonly layer = (
    options?: EmulatorOptions & { readonly client?: Partial<Omit<StytchClientOptions, "projectId" | "secret" | "baseUrl">> }
  ): Layer.Layer<StytchEmulator | StytchClient> =>
    Layer.unwrapScoped(
      Effect.map(build(options), ({ control }) => {
        const fetch: typeof globalThis.fetch = async (input, init) => {
          const response = await control.handler(new Request(input, init))
          if (response.headers.get(dropHeader) !== null) throw droppedConnection()
          return response
        }
        const client = StytchClient.layer({
          ...options?.client,
          projectId: control.projectId,
          secret: control.secret,
          baseUrl: inProcessUrl
        }).pipe(
          Layer.provide(FetchHttpClient.layer),
          Layer.provide(Layer.succeed(FetchHttpClient.Fetch, fetch)),
          Layer.orDie
        )
        return Layer.merge(Layer.succeed(StytchEmulator, control), client)
      })
    )

  /**
   * Just the emulator and its control API, for a server or a transport of your own.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { StytchEmulator } from "effect-stytch/emulator"
   *
   * // a fetch-style handler, for a transport of your own
   * const handler = Effect.map(StytchEmulator, (emulator) => emulator.handler).pipe(Effect.provide(StytchEmulator.layerControl()))
   * ```
   */
  static readonly layerControl = (options?: EmulatorOptions): Layer.Layer<StytchEmulator> =>
    Layer.scoped(StytchEmulator, Effect.map(build(options), ({ control }) => control))
}
