/**
 * The emulator's state behind one service, and the rule every route keeps with it.
 *
 * A request reads what it needs (`store.read`), does its slow work (verifying and hashing
 * passwords, checking PKCE), then commits with `store.commit(step)`. The step is one
 * synchronous function: nothing else reads or writes the state while it runs. In it, the
 * request checks that what it read still holds (the password it verified is still the
 * user's, the token is still unspent, the session is still live) and only then writes. A
 * step that finds its reads stale writes nothing, and the request answers as if it had come
 * after the change (usually by starting over, see `untilCommitted`). Writes exist only on
 * the step's transaction, so a write outside a commit does not compile.
 *
 * A persistent or shared backend could implement the same interface.
 *
 * @since 0.1.0
 */
import { Context, Effect, Layer, Schema } from "effect"
import { safeIssue, type SafeIssue } from "../../internal/issue.js"
import type { B2BReads, B2BWrites } from "./b2bMemory.js"
import { makeMemory } from "./memory.js"
import {
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
 * What anyone may read at any time. Each call answers from the state as it is at that
 * moment; records are immutable values, replaced (never changed) by writes, so a record
 * read earlier can be compared with the current one by identity.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { EmulatorStore } from "./Store.js"
 *
 * const ada = Effect.map(EmulatorStore, (store) => store.read.userByEmail("ada@example.com"))
 * ```
 * @since 0.1.0
 */
export interface StoreReads {
  readonly settings: () => Settings
  readonly clockOffset: () => number
  readonly users: () => ReadonlyArray<StoredUser>
  readonly userById: (userId: string) => StoredUser | undefined
  /** Emails match without regard to case. */
  readonly userByEmail: (email: string) => StoredUser | undefined
  readonly sessions: () => ReadonlyArray<StoredSession>
  readonly sessionById: (sessionId: string) => StoredSession | undefined
  readonly sessionByTokenHash: (tokenHash: string) => StoredSession | undefined
  readonly resetToken: (tokenHash: string) => StoredResetToken | undefined
  readonly outbox: () => ReadonlyArray<OutboxMessage>
  readonly faults: () => ReadonlyArray<Fault>
  readonly isMarkedBreached: (passwordHash: string) => boolean
  readonly b2b: B2BReads
}

/**
 * What a commit may write. The conditional writes (`insertUser`, `spendResetToken`,
 * `takeRate`, `takeFault`) check and write in one call; the others write what the step
 * decided after its own checks.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { StoredUser } from "./State.js"
 * import { EmulatorStore } from "./Store.js"
 *
 * // false when one of the user's emails is taken
 * const insert = (user: StoredUser) => Effect.flatMap(EmulatorStore, (store) => store.commit((tx) => tx.insertUser(user)))
 * ```
 * @since 0.1.0
 */
export interface StoreWrites {
  readonly setSettings: (settings: Settings) => void
  readonly setClockOffset: (offset: number) => void
  /** Inserts a user unless one of its emails is taken; whether it did. */
  readonly insertUser: (user: StoredUser) => boolean
  /** Replaces a user (found by id). */
  readonly putUser: (user: StoredUser) => void
  /** Deletes a user with its sessions and reset tokens, freeing its emails; whether it was there. */
  readonly deleteUser: (userId: string) => boolean
  readonly putSession: (session: StoredSession) => void
  readonly deleteSession: (sessionId: string) => void
  /** Revokes every session of a user but `keep`; how many. */
  readonly revokeUserSessions: (userId: string, keep?: string) => number
  readonly putResetToken: (token: StoredResetToken) => void
  /** Marks a token used if it is still usable at `now`; the token as it was, or undefined. */
  readonly spendResetToken: (tokenHash: string, now: number) => StoredResetToken | undefined
  readonly sendMessage: (message: OutboxMessage) => void
  readonly clearOutbox: () => void
  /** Counts a request against a per-second limit; false when the limit is reached. */
  readonly takeRate: (key: string, at: number, perSecond: number) => boolean
  readonly addFault: (fault: Fault) => void
  readonly clearFaults: () => void
  /** The fault to apply to a request on `path`, counted against the fault's `times`. */
  readonly takeFault: (path: string, roll: number) => Fault | undefined
  readonly markBreached: (passwordHash: string) => void
  /** Drops expired sessions and spent or expired tokens; how many went. */
  readonly sweep: (now: number) => number
  /** Replaces the whole state with an export file's (already validated). */
  readonly load: (state: EmulatorState) => void
  /** Empties the state, keeping the signing keys. */
  readonly wipe: () => void
  /** Adds a signing key after the others: new session JWTs are signed with it, the others stay in the JWKS. */
  readonly addSigningKey: (key: SigningKey) => void
  readonly b2b: B2BWrites
}

/**
 * The reads and writes of one commit step.
 *
 * @example
 * ```ts
 * import type { StoredResetToken } from "./State.js"
 * import type { StoreTransaction } from "./Store.js"
 *
 * // a commit step: spends the token if it is still usable at `now`
 * const spend = (tokenHash: string, now: number) => (tx: StoreTransaction): StoredResetToken | undefined =>
 *   tx.spendResetToken(tokenHash, now)
 * ```
 * @since 0.1.0
 */
export interface StoreTransaction extends Omit<StoreReads, "b2b">, Omit<StoreWrites, "b2b"> {
  readonly b2b: B2BReads & B2BWrites
}

/**
 * An import that was refused: malformed JSON, another format or version, or a bad field.
 * The current state is left as it was.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const restore = (json: unknown) =>
 *   Effect.flatMap(StytchEmulator, (emulator) => emulator.importState(json)).pipe(
 *     Effect.catchTag("InvalidStateFile", (e) => Effect.logError(e.message))
 *   )
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

/**
 * What the store offers: reads, one way to write, and the state as a file.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { StoredUser } from "./State.js"
 * import { EmulatorStore } from "./Store.js"
 *
 * const signUp = (newUser: StoredUser) =>
 *   Effect.gen(function* () {
 *     const store = yield* EmulatorStore
 *     const user = store.read.userByEmail("ada@example.com")
 *     const inserted = yield* store.commit((tx) => tx.insertUser(newUser))
 *     return inserted
 *   })
 * ```
 * @since 0.1.0
 */
export interface EmulatorStoreService {
  readonly read: StoreReads
  /**
   * Runs `step` as one atomic step and answers what it returned. `step` must be
   * synchronous: it checks that what the request read still holds, then writes.
   */
  readonly commit: <A>(step: (tx: StoreTransaction) => A) => Effect.Effect<A>
  /** The signing keys, oldest first; waits for the first key when it is still being made. */
  readonly signingKeys: Effect.Effect<ReadonlyArray<SigningKey>>
  /** The whole state as an export file. */
  readonly exportState: Effect.Effect<EmulatorState>
  /** Replaces the state with an export file's, or fails and leaves it untouched. */
  readonly importState: (input: unknown) => Effect.Effect<void, InvalidStateFile>
  /** Empties the state, keeping the signing keys. */
  readonly wipe: Effect.Effect<void>
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
 * The emulator's store.
 *
 * @example
 * ```ts
 * import { generateSigningKey } from "../sessions/Jwt.js"
 * import { EmulatorStore } from "./Store.js"
 *
 * // the key is made when first needed (a session JWT, the JWKS, an export)
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
      // Memory is synchronous: a step that runs start to finish in one call is atomic.
      const commit = <A>(step: (tx: StoreTransaction) => A): Effect.Effect<A> => Effect.sync(() => step(memory.transaction))
      return {
        read: memory.transaction,
        commit,
        signingKeys: memory.signingKeys,
        exportState: Effect.zipRight(memory.signingKeys, Effect.sync(memory.snapshot)),
        importState: (input) =>
          decode(input).pipe(
            Effect.mapError((error) => toError(safeIssue(error.issue))),
            Effect.filterOrFail(
              (state) => duplicateIn(state) === undefined,
              (state) => new InvalidStateFile({ field: duplicateIn(state) ?? "", issue: "repeats a value that must be unique" })
            ),
            Effect.flatMap((state) => commit((tx) => tx.load(state)))
          ),
        wipe: commit((tx) => tx.wipe())
      }
    })
}
