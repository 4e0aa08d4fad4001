/**
 * What the control surface can do, as Effects on the store: read the outbox, users and
 * sessions, move the clock, mark passwords breached, force resets, change settings, inject
 * faults, export, import, wipe. The Effect API and the `/emulator/v1` routes both call these.
 *
 * @since 0.1.0
 */
import { Duration, Effect, Option, Schema } from "effect"
import type { Session } from "../../models/Session.js"
import type { User } from "../../models/User.js"
import { safeIssue } from "../../internal/issue.js"
import { now, sha256Hex } from "../runtime.js"
import { sessionView } from "../sessions/Sessions.js"
import { Fault, type OutboxMessage, Settings } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"
import { userView } from "../users.js"

/**
 * A control request that was refused: an unknown user, bad settings or a bad fault.
 *
 * @example
 * ```ts
 * emulator.forceReset("nobody@example.com").pipe(Effect.catchTag("EmulatorControlError", (e) => Effect.log(e.message)))
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
  store.memory.outbox()
)

export const clearOutbox = Effect.map(EmulatorStore, (store) => store.memory.clearOutbox())

/** The token of the newest reset email sent to an address. */
export const latestResetToken = (email: string): Effect.Effect<Option.Option<string>, never, EmulatorStore> =>
  Effect.map(outbox, (messages) =>
    Option.fromNullable(messages.filter((message) => message.to.toLowerCase() === email.toLowerCase()).at(-1)?.token)
  )

export const users: Effect.Effect<ReadonlyArray<User>, never, EmulatorStore> = Effect.map(EmulatorStore, (store) =>
  store.memory.users().map(userView)
)

/** The live sessions (expired ones are left out). */
export const sessions: Effect.Effect<ReadonlyArray<Session>, never, EmulatorStore> = Effect.gen(function* () {
  const store = yield* EmulatorStore
  const at = yield* now
  return store.memory
    .sessions()
    .filter((session) => Date.parse(session.expires_at) > at)
    .map(sessionView)
})

/**
 * Moves the emulator's clock: forward by a duration, or by a number of milliseconds, which may
 * be negative (a `Duration` cannot be). Anything but a finite amount is refused.
 */
export const advanceClock = (by: Duration.DurationInput | number): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => {
    const millis = typeof by === "number" ? by : Duration.toMillis(by)
    const offset = store.memory.clockOffset() + millis
    if (!Number.isFinite(offset)) return Effect.fail(refuse("The clock moves by a finite number of milliseconds."))
    store.memory.setClockOffset(offset)
    return Effect.void
  })

/** From now on the password counts as breached, for every user. */
export const markBreached = (password: string) =>
  Effect.map(EmulatorStore, (store) => store.memory.markBreached(sha256Hex(password)))

/** Flags the user's password so that logins answer `reset_password` until it is reset. */
export const forceReset = (email: string): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => {
    const user = store.memory.userByEmail(email)
    if (user?.password === undefined) return Effect.fail(refuse("No user with a password has this email."))
    const password = user.password
    store.memory.updateUser(user.user_id, (current) => ({ ...current, password: { ...password, requires_reset: true } }))
    return Effect.void
  })

export const settings: Effect.Effect<Settings, never, EmulatorStore> = Effect.map(EmulatorStore, (store) =>
  store.memory.settings()
)

/** Changes some settings; the result must still be valid settings, or nothing changes. */
export const updateSettings = (patch: unknown): Effect.Effect<Settings, EmulatorControlError, EmulatorStore> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const merged = typeof patch === "object" && patch !== null ? { ...store.memory.settings(), ...patch } : patch
    const next = yield* Schema.decodeUnknown(Settings, { onExcessProperty: "error" })(merged).pipe(
      Effect.mapError((error) => {
        const { field, issue } = safeIssue(error.issue)
        return refuse(`settings.${field} ${issue}`)
      })
    )
    store.memory.setSettings(next)
    return next
  })

export const injectFault = (fault: unknown): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const valid = yield* Schema.decodeUnknown(Fault, { onExcessProperty: "error" })(fault).pipe(
      Effect.mapError((error) => {
        const { field, issue } = safeIssue(error.issue)
        return refuse(`fault.${field} ${issue}`)
      })
    )
    store.memory.addFault(valid)
  })

export const clearFaults = Effect.map(EmulatorStore, (store) => store.memory.clearFaults())

/** Drops expired sessions and spent or expired reset tokens; how many went. */
export const sweep = Effect.flatMap(EmulatorStore, (store) => Effect.map(now, (at) => store.memory.sweep(at)))
