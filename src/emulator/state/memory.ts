/**
 * The store in memory: maps for lookups, rebuilt from a snapshot on import. Every method is
 * synchronous, which is what makes a commit step atomic.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { emptyB2B, makeB2BMemory } from "./b2bMemory.js"
import {
  defaultSettings,
  type EmulatorState,
  type Fault,
  type OutboxMessage,
  type Settings,
  type SigningKey,
  type StoredResetToken,
  type StoredSession,
  type StoredUser
} from "./State.js"
import type { StoreTransaction } from "./Store.js"

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

const emailKey = (email: string) => email.toLowerCase()

/**
 * A fresh in-memory state. Its first signing key may still be in the making (RSA key
 * generation takes 100–250 ms): `signingKeys` waits for it, unless an import brought keys of
 * its own first.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { makeMemory } from "./memory.js"
 *
 * import type { SigningKey, StoredUser } from "./State.js"
 *
 * const fresh = (key: SigningKey, user: StoredUser) => {
 *   const memory = makeMemory(Effect.succeed(key))
 *   memory.transaction.insertUser(user)
 *   return memory
 * }
 * ```
 */
export const makeMemory = (firstKey: Effect.Effect<SigningKey>) => {
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
  // Rate-limit windows and injected faults are transient: never exported.
  const rateWindows = new Map<string, Array<number>>()
  let faults: Array<Fault> = []

  const putUser = (user: StoredUser) => {
    const previous = users.get(user.user_id)
    for (const email of previous?.emails ?? []) userIdByEmail.delete(emailKey(email.email))
    users.set(user.user_id, user)
    for (const email of user.emails) userIdByEmail.set(emailKey(email.email), user.user_id)
  }

  const putSession = (session: StoredSession) => {
    const previous = sessions.get(session.session_id)
    for (const hash of previous?.token_hashes ?? []) sessionIdByToken.delete(hash)
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

  const transaction: StoreTransaction = {
    b2b,
    settings: () => settings,
    setSettings: (next) => {
      settings = next
    },
    clockOffset: () => clockOffset,
    setClockOffset: (offset) => {
      clockOffset = offset
    },

    users: () => [...users.values()],
    userById: (userId) => users.get(userId),
    userByEmail: (email) => {
      const id = userIdByEmail.get(emailKey(email))
      return id === undefined ? undefined : users.get(id)
    },
    insertUser: (user) => {
      if (users.has(user.user_id) || user.emails.some((email) => userIdByEmail.has(emailKey(email.email)))) return false
      putUser(user)
      return true
    },
    putUser,
    deleteUser: (userId) => {
      const user = users.get(userId)
      if (user === undefined) return false
      users.delete(userId)
      for (const email of user.emails) userIdByEmail.delete(emailKey(email.email))
      for (const session of [...sessions.values()]) if (session.user_id === userId) deleteSession(session.session_id)
      for (const [hash, token] of [...resetTokens]) if (token.user_id === userId) resetTokens.delete(hash)
      return true
    },

    sessions: () => [...sessions.values()],
    sessionById: (sessionId) => sessions.get(sessionId),
    sessionByTokenHash: (tokenHash) => {
      const id = sessionIdByToken.get(tokenHash)
      return id === undefined ? undefined : sessions.get(id)
    },
    putSession,
    deleteSession,
    revokeUserSessions: (userId, keep) => {
      let count = 0
      for (const session of [...sessions.values()]) {
        if (session.user_id === userId && session.session_id !== keep) {
          deleteSession(session.session_id)
          count++
        }
      }
      return count
    },

    putResetToken: (token) => {
      resetTokens.set(token.token_hash, token)
    },
    resetToken: (tokenHash) => resetTokens.get(tokenHash),
    spendResetToken: (tokenHash, now) => {
      const token = resetTokens.get(tokenHash)
      if (token === undefined || token.used || Date.parse(token.expires_at) <= now) return undefined
      resetTokens.set(tokenHash, { ...token, used: true })
      return token
    },

    outbox: () => [...outbox],
    sendMessage: (message) => {
      outbox.push(message)
    },
    clearOutbox: () => {
      outbox = []
    },

    takeRate: (key, at, perSecond) => {
      const recent = (rateWindows.get(key) ?? []).filter((time) => time > at - 1000)
      const allowed = recent.length < perSecond
      if (allowed) recent.push(at)
      rateWindows.set(key, recent)
      return allowed
    },

    faults: () => [...faults],
    addFault: (fault) => {
      faults.push(fault)
    },
    clearFaults: () => {
      faults = []
    },
    takeFault: (path, roll) => {
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

    isMarkedBreached: (passwordHash) => breached.has(passwordHash),
    markBreached: (passwordHash) => {
      breached.add(passwordHash)
    },

    sweep: (now) => {
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

    load,
    wipe: () => load(emptyState(signingKeys ?? [])),
    addSigningKey: (key) => {
      signingKeys = [...(signingKeys ?? []), key]
    }
  }

  return {
    transaction,
    snapshot,
    /** The signing keys, oldest first; waits for the first key when it is still being made. */
    signingKeys: Effect.suspend(() =>
      signingKeys !== undefined ? Effect.succeed(signingKeys) : Effect.map(firstKey, (key) => (signingKeys ??= [key]))
    )
  }
}
