/**
 * Optimistic commits: a request reads, does its slow work, and commits only if what it read
 * still holds; when it no longer does, the request starts over and reads again, so it
 * answers as if it had come after whatever changed. A conflict means another commit landed,
 * so the system as a whole always moves on.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"

/**
 * What a commit step returns when what the request read has changed: it wrote nothing.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Stale } from "./optimistic.js"
 * import type { StoredUser } from "./State.js"
 * import { EmulatorStore } from "./Store.js"
 *
 * // writes `next` only while the password read before the slow work is still the user's
 * const replace = (read: StoredUser, next: StoredUser) =>
 *   Effect.flatMap(EmulatorStore, (store) =>
 *     store.commit((tx) => (tx.userById(read.user_id)?.password !== read.password ? Stale : tx.putUser(next)))
 *   )
 * ```
 * @since 0.1.0
 */
export const Stale: unique symbol = Symbol.for("effect-stytch/emulator/Stale")

/**
 * The type of {@link Stale}.
 *
 * @example
 * ```ts
 * import { Stale } from "./optimistic.js"
 * import type { StoredUser } from "./State.js"
 * import type { StoreTransaction } from "./Store.js"
 *
 * // the user as read, or Stale when a commit has replaced the record since
 * const step = (read: StoredUser) => (tx: StoreTransaction): StoredUser | Stale =>
 *   tx.userById(read.user_id) === read ? read : Stale
 * ```
 * @since 0.1.0
 */
export type Stale = typeof Stale

/**
 * Runs a request again from the top while it ends in {@link Stale}.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Stale, untilCommitted } from "./optimistic.js"
 * import { EmulatorStore } from "./Store.js"
 *
 * // reads, then commits only if the read still holds; otherwise reads again
 * const addRole = (userId: string, role: string) =>
 *   untilCommitted(
 *     Effect.gen(function* () {
 *       const store = yield* EmulatorStore
 *       const read = store.read.userById(userId)
 *       if (read === undefined) return false
 *       const next = { ...read, roles: [...read.roles, role] }
 *       return yield* store.commit((tx) => (tx.userById(userId) === read ? (tx.putUser(next), true) : Stale))
 *     })
 *   )
 * ```
 * @since 0.1.0
 */
export const untilCommitted = <A, E, R>(attempt: Effect.Effect<A | Stale, E, R>): Effect.Effect<A, E, R> =>
  Effect.flatMap(attempt, (result) => (result === Stale ? untilCommitted(attempt) : Effect.succeed(result)))
