/**
 * The emulator's state behind one service. Every operation is synchronous and so atomic:
 * handlers do their slow work (hashing) first, then check and write in one step, which is
 * what makes a reset token single-use and an email unique under concurrent requests.
 * A persistent backend could implement the same interface.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Schema } from "effect"
import type { SafeIssue } from "../../internal/issue.js"
import { emptyB2B, makeB2BMemory } from "./b2bMemory.js"
import { safeIssue } from "../../internal/issue.js"
import {
  defaultSettings,
  EmulatorState,
  type Fault,
  type OutboxMessage,
  type Settings,
  type SigningKey,
  type StoredResetToken,
  type StoredSession,
  type StoredUser
} from "./State.js"

/**
 * An import that was refused: malformed JSON, another format or version, or a bad field.
 * The current state is left as it was.
 *
 * @example
 * ```ts
 * emulator.importState(json).pipe(Effect.catchTag("InvalidStateFile", (e) => Effect.logError(e.message)))
 * ```
 * @since 0.1.0
 */
export class InvalidStateFile extends Schema.TaggedError<InvalidStateFile>()("InvalidStateFile", {
  field: Schema.String,
  issue: Schema.String
}) {
  override get message(): string {
    return `Invalid emulator state file: ${this.field === "" ? "" : `${this.field} `}${this.issue}`
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }

const emptyState = (signingKeys: ReadonlyArray<SigningKey>): Mutable<EmulatorState> => ({
  ...emptyB2B,
  format: "effect-stytch-emulator",
  version: 1,
  settings: defaultSettings,
  clock_offset_ms: 0,
  users: [],
  sessions: [],
  reset_tokens: [],
  outbox: [],
  breached_password_hashes: [],
  signing_keys: signingKeys
})

/**
 * The in-memory store: maps for lookups, rebuilt from a snapshot on import. Its first signing
 * key may still be in the making (RSA key generation takes 100–250 ms): `signingKeys` waits
 * for it, unless an import brought keys of its own first.
 */
const makeMemory = (firstKey: Effect.Effect<SigningKey>) => {
  let settings: Settings = defaultSettings
  let clockOffset = 0
  let signingKeys: ReadonlyArray<SigningKey> | undefined = undefined
  const users = new Map<string, StoredUser>()
  const userIdByEmail = new Map<string, string>()
  const sessions = new Map<string, StoredSession>()
  const sessionIdByToken = new Map<string, string>()
  const resetTokens = new Map<string, StoredResetToken>()
  let outbox: Array<OutboxMessage> = []
  const breached = new Set<string>()
  const b2b = makeB2BMemory()
  // Rate-limit windows: transient, never exported.
  const rateWindows = new Map<string, Array<number>>()
  // Injected faults: transient too.
  let faults: Array<Fault> = []

  const emailKey = (email: string) => email.toLowerCase()

  const putUser = (user: StoredUser) => {
    const previous = users.get(user.user_id)
    for (const email of previous?.emails ?? []) userIdByEmail.delete(emailKey(email.email))
    users.set(user.user_id, user)
    for (const email of user.emails) userIdByEmail.set(emailKey(email.email), user.user_id)
  }

  const putSession = (session: StoredSession) => {
    sessions.set(session.session_id, session)
    for (const hash of session.token_hashes) sessionIdByToken.set(hash, session.session_id)
  }

  const deleteSession = (sessionId: string) => {
    const session = sessions.get(sessionId)
    if (session === undefined) return
    sessions.delete(sessionId)
    for (const hash of session.token_hashes) sessionIdByToken.delete(hash)
  }

  const load = (state: EmulatorState) => {
    users.clear()
    userIdByEmail.clear()
    sessions.clear()
    sessionIdByToken.clear()
    resetTokens.clear()
    breached.clear()
    settings = state.settings
    clockOffset = state.clock_offset_ms
    signingKeys = state.signing_keys.length > 0 ? state.signing_keys : signingKeys
    state.users.forEach(putUser)
    state.sessions.forEach(putSession)
    for (const token of state.reset_tokens) resetTokens.set(token.token_hash, token)
    outbox = [...state.outbox]
    for (const hash of state.breached_password_hashes) breached.add(hash)
    b2b.load(state)
  }

  const snapshot = (): EmulatorState =>
    structuredClone({
      format: "effect-stytch-emulator" as const,
      version: 1 as const,
      settings,
      clock_offset_ms: clockOffset,
      users: [...users.values()],
      sessions: [...sessions.values()],
      reset_tokens: [...resetTokens.values()],
      outbox,
      breached_password_hashes: [...breached],
      // exportState waits for the keys first, so this is never empty.
      signing_keys: signingKeys ?? [],
      ...b2b.snapshot()
    })

  return {
    /** Organizations, members and their sessions and tokens. */
    b2b,
    settings: () => settings,
    setSettings: (next: Settings) => {
      settings = next
    },
    clockOffset: () => clockOffset,
    setClockOffset: (offset: number) => {
      clockOffset = offset
    },
    /** The signing keys, oldest first; waits for the first key when it is still being made. */
    signingKeys: Effect.suspend(() =>
      signingKeys !== undefined ? Effect.succeed(signingKeys) : Effect.map(firstKey, (key) => (signingKeys ??= [key]))
    ),

    users: () => [...users.values()],
    userById: (userId: string) => users.get(userId),
    userByEmail: (email: string) => {
      const id = userIdByEmail.get(emailKey(email))
      return id === undefined ? undefined : users.get(id)
    },
    /** Inserts a user unless one of its emails is taken; false when taken. */
    insertUser: (user: StoredUser): boolean => {
      if (user.emails.some((email) => userIdByEmail.has(emailKey(email.email)))) return false
      putUser(user)
      return true
    },
    /** Applies `update` only if `condition` holds for the user now; whether it did. */
    updateUserIf: (
      userId: string,
      condition: (user: StoredUser) => boolean,
      update: (user: StoredUser) => StoredUser
    ): boolean => {
      const user = users.get(userId)
      if (user === undefined || !condition(user)) return false
      putUser(update(user))
      return true
    },
    updateUser: (userId: string, update: (user: StoredUser) => StoredUser): StoredUser | undefined => {
      const user = users.get(userId)
      if (user === undefined) return undefined
      const next = update(user)
      putUser(next)
      return next
    },

    sessions: () => [...sessions.values()],
    sessionById: (sessionId: string) => sessions.get(sessionId),
    sessionByTokenHash: (tokenHash: string) => {
      const id = sessionIdByToken.get(tokenHash)
      return id === undefined ? undefined : sessions.get(id)
    },
    putSession,
    deleteSession,
    /** Revokes every session of a user but `keep`; returns how many. */
    revokeUserSessions: (userId: string, keep?: string): number => {
      let count = 0
      for (const session of [...sessions.values()]) {
        if (session.user_id === userId && session.session_id !== keep) {
          deleteSession(session.session_id)
          count++
        }
      }
      return count
    },

    putResetToken: (token: StoredResetToken) => {
      resetTokens.set(token.token_hash, token)
    },
    resetToken: (tokenHash: string) => resetTokens.get(tokenHash),
    /** Marks a token used if it still is usable at `now`; the token as it was, or undefined. */
    spendResetToken: (tokenHash: string, now: number): StoredResetToken | undefined => {
      const token = resetTokens.get(tokenHash)
      if (token === undefined || token.used || Date.parse(token.expires_at) <= now) return undefined
      resetTokens.set(tokenHash, { ...token, used: true })
      return token
    },

    outbox: (): ReadonlyArray<OutboxMessage> => [...outbox],
    sendMessage: (message: OutboxMessage) => {
      outbox.push(message)
    },
    clearOutbox: () => {
      outbox = []
    },

    /** Counts a request against a per-second limit; false when the limit is reached. */
    takeRate: (key: string, at: number, perSecond: number): boolean => {
      const recent = (rateWindows.get(key) ?? []).filter((time) => time > at - 1000)
      const allowed = recent.length < perSecond
      if (allowed) recent.push(at)
      rateWindows.set(key, recent)
      return allowed
    },

    faults: (): ReadonlyArray<Fault> => [...faults],
    addFault: (fault: Fault) => {
      faults.push(fault)
    },
    clearFaults: () => {
      faults = []
    },
    /** The fault to apply to a request on `path`, counting it against the fault's `times`. */
    takeFault: (path: string, roll: number): Fault | undefined => {
      const index = faults.findIndex(
        (fault) => (fault.path === path || (fault.path === "*" && path.startsWith("/v1/"))) && roll < (fault.probability ?? 1)
      )
      const fault = faults[index]
      if (fault === undefined) return undefined
      if (fault.times !== undefined) {
        if (fault.times <= 1) faults.splice(index, 1)
        else faults[index] = { ...fault, times: fault.times - 1 }
      }
      return fault
    },

    isMarkedBreached: (passwordHash: string) => breached.has(passwordHash),
    markBreached: (passwordHash: string) => {
      breached.add(passwordHash)
    },

    /** Drops expired sessions and spent or expired reset tokens; returns how many. */
    sweep: (now: number): number => {
      let count = 0
      for (const session of [...sessions.values()]) {
        if (Date.parse(session.expires_at) <= now) {
          deleteSession(session.session_id)
          count++
        }
      }
      for (const [hash, token] of [...resetTokens]) {
        if (token.used || Date.parse(token.expires_at) <= now) {
          resetTokens.delete(hash)
          count++
        }
      }
      return count + b2b.sweep(now)
    },

    snapshot,
    load,
    wipe: () => load(emptyState(signingKeys ?? []))
  }
}

/** The first field of a state file that repeats a value that must be unique, as a path. */
const duplicateIn = (state: EmulatorState): string | undefined => {
  const keyed: ReadonlyArray<ReadonlyArray<readonly [string, string]>> = [
    state.users.map((user, i) => [`users.${i}.user_id`, user.user_id]),
    state.users.flatMap((user, i) => user.emails.map((email, j) => [`users.${i}.emails.${j}.email`, email.email.toLowerCase()] as const)),
    state.sessions.map((session, i) => [`sessions.${i}.session_id`, session.session_id]),
    state.sessions.flatMap((session, i) => session.token_hashes.map((hash, j) => [`sessions.${i}.token_hashes.${j}`, hash] as const)),
    state.reset_tokens.map((token, i) => [`reset_tokens.${i}.token_hash`, token.token_hash]),
    state.organizations.map((organization, i) => [`organizations.${i}.organization_id`, organization.organization_id]),
    state.organizations.map((organization, i) => [`organizations.${i}.organization_slug`, organization.organization_slug]),
    state.members.map((member, i) => [`members.${i}.member_id`, member.member_id]),
    state.members.map((member, i) => [`members.${i}.email_address`, `${member.organization_id} ${member.email_address.toLowerCase()}`]),
    state.member_sessions.map((session, i) => [`member_sessions.${i}.member_session_id`, session.member_session_id]),
    state.member_sessions.flatMap((session, i) =>
      session.token_hashes.map((hash, j) => [`member_sessions.${i}.token_hashes.${j}`, hash] as const)
    ),
    state.b2b_reset_tokens.map((token, i) => [`b2b_reset_tokens.${i}.token_hash`, token.token_hash])
  ]
  for (const entries of keyed) {
    const seen = new Set<string>()
    for (const [path, value] of entries) {
      if (seen.has(value)) return path
      seen.add(value)
    }
  }
  return undefined
}

/**
 * What the store offers. Lookups and writes are synchronous: call them inside `Effect.sync`
 * and keep each check-and-write in one call.
 *
 * @example
 * ```ts
 * const store = yield* EmulatorStore
 * const user = store.memory.userByEmail("ada@example.com")
 * ```
 * @since 0.1.0
 */
export interface EmulatorStoreService {
  readonly memory: ReturnType<typeof makeMemory>
  /** The whole state as an export file. */
  readonly exportState: Effect.Effect<EmulatorState>
  /** Replaces the state with an export file's, or fails and leaves it untouched. */
  readonly importState: (input: unknown) => Effect.Effect<void, InvalidStateFile>
  /** Empties the state, keeping the signing keys. */
  readonly wipe: Effect.Effect<void>
}

/**
 * The emulator's store.
 *
 * @example
 * ```ts
 * const layer = EmulatorStore.layer(generateSigningKey)
 * ```
 * @since 0.1.0
 */
export class EmulatorStore extends Context.Tag("effect-stytch/emulator/EmulatorStore")<
  EmulatorStore,
  EmulatorStoreService
>() {
  /**
   * A fresh in-memory store, signing session JWTs with `firstKey` (awaited when first needed;
   * pass one that is already under way, or memoized) until an import brings other keys.
   */
  static readonly layer = (firstKey: Effect.Effect<SigningKey>): Layer.Layer<EmulatorStore> =>
    Layer.sync(EmulatorStore, () => {
      const memory = makeMemory(firstKey)
      const decode = Schema.decodeUnknown(EmulatorState, { onExcessProperty: "error", propertyOrder: "original" })
      const toError = (issue: SafeIssue) => new InvalidStateFile({ field: issue.field, issue: issue.issue })
      return {
        memory,
        exportState: Effect.zipRight(memory.signingKeys, Effect.sync(memory.snapshot)),
        importState: (input) =>
          decode(input).pipe(
            Effect.mapError((error) => toError(safeIssue(error.issue))),
            Effect.filterOrFail(
              (state) => duplicateIn(state) === undefined,
              (state) => new InvalidStateFile({ field: duplicateIn(state) ?? "", issue: "repeats a value that must be unique" })
            ),
            Effect.flatMap((state) => Effect.sync(() => memory.load(state)))
          ),
        wipe: Effect.sync(memory.wipe)
      }
    })
}
