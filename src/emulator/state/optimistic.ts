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
 * import { Stale } from "./optimistic.js"
 *
 * yield* store.commit((tx) => (tx.userById(id)?.password !== read.password ? Stale : write(tx)))
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
 *
 * const step = (tx: StoreTransaction): StoredUser | Stale => Stale
 * ```
 * @since 0.1.0
 */
export type Stale = typeof Stale

/**
 * Runs a request again from the top while it ends in {@link Stale}.
 *
 * @example
 * ```ts
 * import { untilCommitted } from "./optimistic.js"
 *
 * const route = endpointRoute(endpoint, (request) => untilCommitted(attempt(request)))
 * ```
 * @since 0.1.0
 */
export const untilCommitted = <A, E, R>(attempt: Effect.Effect<A | Stale, E, R>): Effect.Effect<A, E, R> =>
  Effect.flatMap(attempt, (result) => (result === Stale ? untilCommitted(attempt) : Effect.succeed(result)))
