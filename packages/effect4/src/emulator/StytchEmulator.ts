/**
 * The local Stytch, in-process: a layer that gives a program a working `StytchClient`
 * backed by the emulator, with no sockets, and the emulator's control API.
 *
 * The emulator is effect-stytch's own (one emulator for the Effect 3 and Effect 4 lines): the
 * package runs it from a self-contained build that speaks `Request`/`Response`, and reaches its
 * control API through its HTTP control routes.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type { Member } from "../models/Member.js"
import type { MemberSession } from "../models/MemberSession.js"
import type { Organization } from "../models/Organization.js"
import type { Session } from "../models/Session.js"
import type { User } from "../models/User.js"
import { StytchClient } from "../StytchClient.js"
import type { Options as StytchClientOptions } from "../StytchConfig.js"
import type * as Accounts from "./control/accounts.js"
import * as Control from "./control/operations.js"
import { defaultProjectId, defaultSecret, type EmulatorOptions } from "./EmulatorConfig.js"
import type { LoggedRequest } from "./requests/RequestLog.js"
import { createEmulator } from "./standalone.js"
import type { EmulatorState, Fault, OutboxMessage, Settings } from "./state/State.js"
import type { InvalidStateFile } from "./state/Store.js"

/**
 * The emulator's control API: what a test does to the emulator besides calling Stytch.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { Passwords } from "effect4-stytch"
 * import { StytchEmulator } from "effect4-stytch/emulator"
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
   * Moves the emulator's clock forward: by a duration, or by a whole number of milliseconds.
   * A negative, fractional or non-finite amount is refused and changes nothing. (The
   * emulator keeps its own clock: a `TestClock` in your program does not move it.)
   */
  readonly advanceClock: (by: Duration.Input) => Effect.Effect<void, Control.EmulatorControlError>
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

/** How the client and the control API reach an emulator: in-process, or a server's URL. */
interface Transport {
  readonly projectId: string
  readonly secret: string
  readonly baseUrl: string
  readonly handler: (request: Request) => Promise<Response>
  readonly fetch: typeof globalThis.fetch
  /** The server's control token, sent with every control call; none in-process. */
  readonly controlToken?: string | undefined
}

/** The header a server beyond loopback reads its control token from (effect-stytch's dashboard/access.ts). */
const controlTokenHeader = "x-emulator-token"

/** The paths a server's control token guards: the control routes and the dashboard. */
const isGuarded = (pathname: string): boolean => pathname === "/" || pathname.startsWith("/emulator/")

/** The options of the client the layers make, besides where it goes and its credentials. */
type ClientOptions = Partial<Omit<StytchClientOptions, "projectId" | "secret" | "baseUrl">>

/**
 * An `HttpClient` layer whose requests go through `fetch`. Fresh: Effect 4 shares a layer built
 * once among everything provided in the same program (one memo map), and `FetchHttpClient.layer`
 * is one value, so without it a second emulator would reuse the first one's client and fetch.
 */
const httpOver = (fetch: typeof globalThis.fetch) =>
  Layer.fresh(FetchHttpClient.layer.pipe(Layer.provide(Layer.succeed(FetchHttpClient.Fetch, fetch))))

/** The control API over a transport, through the emulator's control routes. */
const controlOver = (transport: Transport): Effect.Effect<EmulatorControl> =>
  Effect.gen(function* () {
    const client = yield* HttpClient.HttpClient
    return {
      projectId: transport.projectId,
      secret: Redacted.make(transport.secret, { label: "StytchEmulator.secret" }),
      handler: transport.handler,
      ...Control.make(
        HttpClient.mapRequest(client, (request) => {
          const reaching = HttpClientRequest.prependUrl(request, transport.baseUrl)
          const token = transport.controlToken
          return token === undefined ? reaching : HttpClientRequest.setHeader(reaching, controlTokenHeader, token)
        })
      )
    }
  }).pipe(Effect.provide(httpOver(transport.fetch)))

/** The emulator's control API and a `StytchClient` wired to it. */
const layerOver = (transport: Effect.Effect<Transport, never, Scope.Scope>, client?: ClientOptions) =>
  Layer.unwrap(
    Effect.gen(function* () {
      const reached = yield* transport
      const control = yield* controlOver(reached)
      const stytchClient = StytchClient.layer({
        ...client,
        projectId: reached.projectId,
        secret: control.secret,
        baseUrl: reached.baseUrl
      }).pipe(Layer.provide(httpOver(reached.fetch)), Layer.orDie)
      return Layer.merge(Layer.succeed(StytchEmulator, control), stytchClient)
    })
  )

/** A fresh in-process emulator for the life of the scope. */
const inProcess = (options?: EmulatorOptions) =>
  Effect.acquireRelease(
    Effect.promise(() =>
      createEmulator({ projectId: options?.projectId, secret: options?.secret, hashing: options?.hashing })
    ),
    (emulator) => Effect.promise(() => emulator.close())
  )

/**
 * The local Stytch emulator. Provide `StytchEmulator.layer()` instead of an `HttpClient`
 * and `StytchClient` layer, and every call goes to an in-process emulator; `yield*
 * StytchEmulator` gives its control API.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 * import { StytchEmulator } from "effect4-stytch/emulator"
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
export class StytchEmulator extends Context.Service<StytchEmulator, EmulatorControl>()("effect4-stytch/StytchEmulator") {
  /** The project id served by default. */
  static readonly defaultProjectId: string = defaultProjectId

  /** The secret accepted by default. */
  static readonly defaultSecret: string = defaultSecret

  /**
   * A fresh emulator with its control API and a `StytchClient` wired to it in-process:
   * real `Request` and `Response` objects through `FetchHttpClient`, no sockets.
   *
   * @example
   * ```ts
   * import { Effect, Layer } from "effect"
   * import { Passwords } from "effect4-stytch"
   * import { StytchEmulator } from "effect4-stytch/emulator"
   *
   * const program = Effect.gen(function* () {
   *   const passwords = yield* Passwords
   *   yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
   *   return yield* StytchEmulator.use((emulator) => emulator.users)
   * })
   * const runnable = Effect.provide(program, Passwords.layer.pipe(Layer.provideMerge(StytchEmulator.layer())))
   * ```
   */
  static readonly layer = (
    options?: EmulatorOptions & { readonly client?: ClientOptions | undefined }
  ): Layer.Layer<StytchEmulator | StytchClient> => layerOver(inProcess(options), options?.client)

  /**
   * Just the emulator and its control API, for a server or a transport of your own.
   *
   * @example
   * ```ts
   * import { Effect } from "effect"
   * import { StytchEmulator } from "effect4-stytch/emulator"
   *
   * // a fetch-style handler, for a transport of your own
   * const handler = StytchEmulator.useSync((emulator) => emulator.handler).pipe(Effect.provide(StytchEmulator.layerControl()))
   * ```
   */
  static readonly layerControl = (options?: EmulatorOptions): Layer.Layer<StytchEmulator> =>
    Layer.effect(StytchEmulator, Effect.flatMap(inProcess(options), controlOver))

  /**
   * The same control API and a `StytchClient`, pointed at an emulator already running as a
   * server (`npx effect4-stytch emulator`, or effect-stytch's): over the network, at `url`.
   * Give the project id and secret the server was started with (the defaults otherwise).
   *
   * A server listening beyond loopback (`--host 0.0.0.0`) guards its control routes with a
   * token (`--control-token`, or the one it prints at start-up): give it as `controlToken`, and
   * every control call sends it as the `x-emulator-token` header (so does `handler`, for the
   * control routes and the dashboard). The Stytch API calls never carry it. Without it, such a
   * server refuses the control calls with a 401, a defect here.
   *
   * @example
   * ```ts
   * import { Effect, Layer } from "effect"
   * import { Passwords } from "effect4-stytch"
   * import { StytchEmulator } from "effect4-stytch/emulator"
   *
   * const Remote = Passwords.layer.pipe(Layer.provideMerge(StytchEmulator.layerRemote("http://127.0.0.1:4010")))
   * const users = StytchEmulator.use((emulator) => emulator.users).pipe(Effect.provide(Remote))
   *
   * // a server started with `effect4-stytch emulator --host 0.0.0.0 --control-token $TOKEN`
   * const Shared = StytchEmulator.layerRemote("http://ci-emulator:4010", { controlToken: process.env["EMULATOR_TOKEN"] })
   * const requests = StytchEmulator.use((emulator) => emulator.requests).pipe(Effect.provide(Shared))
   * ```
   */
  static readonly layerRemote = (
    url: string,
    options?: {
      readonly projectId?: string | undefined
      readonly secret?: string | undefined
      /** The server's control token, when it has one (it listens beyond loopback). */
      readonly controlToken?: string | Redacted.Redacted<string> | undefined
      readonly client?: ClientOptions | undefined
    }
  ): Layer.Layer<StytchEmulator | StytchClient> =>
    layerOver(
      Effect.sync((): Transport => {
        const baseUrl = url.replace(/\/+$/, "")
        const fetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init)
        const given = options?.controlToken
        const controlToken = Redacted.isRedacted(given) ? Redacted.value(given) : given
        return {
          projectId: options?.projectId ?? defaultProjectId,
          secret: options?.secret ?? defaultSecret,
          baseUrl,
          fetch,
          controlToken,
          // The request's method, path, query, headers and body, sent to the server; the token
          // added where the server asks for it, unless the request shows one of its own.
          handler: async (request) => {
            const target = new URL(request.url)
            const body = request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer()
            const headers = new Headers(request.headers)
            if (controlToken !== undefined && isGuarded(target.pathname) && !headers.has(controlTokenHeader)) {
              headers.set(controlTokenHeader, controlToken)
            }
            return globalThis.fetch(`${baseUrl}${target.pathname}${target.search}`, {
              method: request.method,
              headers,
              signal: request.signal,
              ...(body === undefined ? {} : { body })
            })
          }
        }
      }),
      options?.client
    )
}
