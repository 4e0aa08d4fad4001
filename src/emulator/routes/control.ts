/**
 * The control surface over HTTP, under `/emulator/v1/` (a prefix no Stytch endpoint uses).
 * No auth: it is a local test tool. Each route calls the same operation as the Effect API.
 *
 * @since 0.1.0
 */
import { Effect, Schema } from "effect"
import * as Accounts from "../control/accounts.js"
import * as Control from "../control/operations.js"
import { stytchError } from "../EmulatorError.js"
import type { Route, RouteAnswer, Services } from "../http/route.js"
import { decodeSegment } from "../http/pathMatch.js"
import { RequestLog } from "../requests/RequestLog.js"
import { iso, now } from "../runtime.js"
import { EmulatorStore } from "../state/Store.js"
import type { EmulatorError } from "../EmulatorError.js"

const base = "/emulator/v1"

const ok = (body: unknown): RouteAnswer => ({ status: 200, body })

const refused = (error: { readonly message: string }) => stytchError(400, "invalid_argument", error.message)

/** One field of a control request's body, or a 400 that names it and says what it expects. */
const field = <A>(name: string, schema: Schema.Schema<A>, expected: string) => (body: unknown) =>
  Schema.decodeUnknown(Schema.Struct({ [name]: schema }))(body).pipe(
    Effect.map((decoded) => decoded[name] as A),
    Effect.mapError(() => stytchError(400, "invalid_argument", `${name}: expected ${expected}.`))
  )

const route = (
  method: Route["method"],
  path: string,
  handle: (body: unknown, params: Readonly<Record<string, string>>) => Effect.Effect<unknown, EmulatorError, Services>
): Route => ({
  method,
  path: `${base}${path}`,
  authenticated: false,
  handle: (body, context) => Effect.map(handle(body, context.params), ok)
})

/** A path parameter; the template guarantees it is there. */
const param = (params: Readonly<Record<string, string>>, name: string): string => params[name] ?? ""

/** Every control route. */
export const controlRoutes: ReadonlyArray<Route> = [
  route("GET", "/outbox", () => Effect.map(Control.outbox, (messages) => ({ messages }))),
  route("DELETE", "/outbox", () => Effect.as(Control.clearOutbox, {})),
  route("GET", "/users", () => Effect.map(Control.users, (users) => ({ users }))),
  route("GET", "/sessions", () => Effect.map(Control.sessions, (sessions) => ({ sessions }))),
  route("POST", "/clock", (body) =>
    field("advance_ms", Schema.Number, "a whole number of milliseconds, 0 or more")(body).pipe(
      Effect.flatMap((millis) => Control.advanceClock(millis).pipe(Effect.mapError(refused))),
      Effect.zipRight(Effect.map(EmulatorStore, (store) => ({ offset_ms: store.read.clockOffset() })))
    )
  ),
  route("POST", "/breached_passwords", (body) =>
    field("password", Schema.String, "a string")(body).pipe(Effect.flatMap(Control.markBreached), Effect.as({}))
  ),
  route("POST", "/force_reset", (body) =>
    field("email", Schema.String, "a string")(body).pipe(
      Effect.flatMap((email) => Control.forceReset(email).pipe(Effect.mapError(refused))),
      Effect.as({})
    )
  ),
  route("GET", "/settings", () => Control.settings),
  route("PATCH", "/settings", (body) => Control.updateSettings(body).pipe(Effect.mapError(refused))),
  route("GET", "/faults", () => Effect.map(EmulatorStore, (store) => ({ faults: store.read.faults() }))),
  route("POST", "/faults", (body) => Control.injectFault(body).pipe(Effect.mapError(refused), Effect.as({}))),
  route("DELETE", "/faults", () => Effect.as(Control.clearFaults, {})),
  route("GET", "/export", () => Effect.flatMap(EmulatorStore, (store) => store.exportState)),
  route("POST", "/import", (body) =>
    Effect.flatMap(EmulatorStore, (store) =>
      store.importState(body).pipe(
        Effect.mapError((error) => stytchError(400, "invalid_state_file", error.message)),
        Effect.as({})
      )
    )
  ),
  route("POST", "/wipe", () => Effect.flatMap(EmulatorStore, (store) => Effect.as(store.wipe, {}))),
  route("POST", "/sweep", () => Effect.map(Control.sweep, (removed) => ({ removed }))),
  route("POST", "/signing_keys/rotate", () => Effect.map(Control.rotateSigningKey, (kid) => ({ kid }))),
  route("GET", "/organizations", () => Effect.map(Control.organizations, (organizations) => ({ organizations }))),
  route("POST", "/organizations", (body) =>
    Control.seedOrganization(body).pipe(Effect.mapError(refused), Effect.map((organization) => ({ organization })))
  ),
  route("GET", "/members", () => Effect.map(Control.members, (members) => ({ members }))),
  {
    method: "PATCH",
    path: `${base}/organizations/`,
    prefix: true,
    authenticated: false,
    handle: (body, context) =>
      Control.updateOrganization(decodeSegment(context.url.pathname.slice(`${base}/organizations/`.length)), body).pipe(
        Effect.mapError(refused),
        Effect.map((organization) => ok({ organization }))
      )
  },
  {
    method: "PATCH",
    path: `${base}/members/`,
    prefix: true,
    authenticated: false,
    handle: (body, context) =>
      Control.updateMember(decodeSegment(context.url.pathname.slice(`${base}/members/`.length)), body).pipe(
        Effect.mapError(refused),
        Effect.map((member) => ok({ member }))
      )
  },
  route("POST", "/members", (body) => Control.seedMember(body).pipe(Effect.mapError(refused), Effect.map((member) => ({ member })))),
  // What the dashboard's actions need besides the above.
  route("GET", "/user_accounts", () => Effect.map(Accounts.userAccounts, (accounts) => ({ accounts }))),
  route("DELETE", "/users/{user_id}", (_, params) =>
    Accounts.deleteUser(param(params, "user_id")).pipe(Effect.mapError(refused), Effect.as({}))
  ),
  route("DELETE", "/sessions/{session_id}", (_, params) =>
    Accounts.revokeSession(param(params, "session_id")).pipe(Effect.mapError(refused), Effect.as({}))
  ),
  route("GET", "/member_accounts", () => Effect.map(Accounts.memberAccounts, (accounts) => ({ accounts }))),
  route("DELETE", "/members/{member_id}", (_, params) =>
    Accounts.deleteMember(param(params, "member_id")).pipe(Effect.mapError(refused), Effect.as({}))
  ),
  route("POST", "/members/{member_id}/force_reset", (_, params) =>
    Accounts.forceResetMember(param(params, "member_id")).pipe(Effect.mapError(refused), Effect.as({}))
  ),
  route("GET", "/member_sessions", () => Effect.map(Accounts.memberSessions, (member_sessions) => ({ member_sessions }))),
  route("DELETE", "/member_sessions/{member_session_id}", (_, params) =>
    Accounts.revokeMemberSession(param(params, "member_session_id")).pipe(Effect.mapError(refused), Effect.as({}))
  ),
  route("GET", "/clock", () =>
    Effect.map(Effect.zip(now, EmulatorStore), ([at, store]) => ({ now: iso(at), offset_ms: store.read.clockOffset() }))
  ),
  route("GET", "/requests", () => Effect.map(Accounts.requests, (requests) => ({ requests }))),
  route("DELETE", "/requests", () => Effect.as(Accounts.clearRequests, {})),
  route("GET", "/requests/{id}", (_, params) =>
    Effect.flatMap(RequestLog, (log) => {
      const entry = log.entry(Number(param(params, "id")))
      return entry === undefined
        ? Effect.fail(stytchError(404, "request_not_found", "No request with this id is in the log (it keeps the last 1,000)."))
        : Effect.succeed({ request: entry })
    })
  )
]
