/**
 * A bounded memo by string key: the same session JWT is checked again and again for its five
 * minutes (every request of a user carries it), and parsing it costs more than the rest of
 * the local check but the signature. A JWT seen once is not worth keeping a result for.
 *
 * @since 0.1.0
 */

/** What a memo holds for a key seen once: the key, not the result. */
const seenOnce: unique symbol = Symbol("seenOnce")

/**
 * Remembers up to `capacity` keys; past that the oldest entry goes first. A result is kept
 * from a key's second sighting: the first only notes the key, so keys never seen again (most
 * of them, under a flood of distinct ones) cost no copy or freeze of a result to share.
 * `compute` is told whether its result will be kept (and so shared by later callers).
 *
 * @example
 * ```ts
 * import { boundedMemo } from "./memo.js"
 * const lengthOf = boundedMemo(1000, (text: string, kept: boolean) => text.length)
 * lengthOf("abc") // 3, computed; kept from the second call on
 * ```
 */
export const boundedMemo = <A>(capacity: number, compute: (key: string, kept: boolean) => A): ((key: string) => A) => {
  const entries = new Map<string, A | typeof seenOnce>()
  return (key) => {
    const known = entries.get(key)
    if (known !== undefined && known !== seenOnce) return known
    const kept = known === seenOnce
    const made = compute(key, kept)
    if (kept) {
      entries.set(key, made)
      return made
    }
    if (entries.size >= capacity) {
      const oldest = entries.keys().next()
      if (oldest.done !== true) entries.delete(oldest.value)
    }
    entries.set(key, seenOnce)
    return made
  }
}

/**
 * Freezes a value and everything it holds, so that one shared (memoized) result cannot be
 * changed through the copy a caller got.
 *
 * @example
 * ```ts
 * import { deepFreeze } from "./memo.js"
 * const frozen = deepFreeze({ roles: ["admin"] })
 * Object.isFrozen(frozen.roles) // true
 * ```
 */
export const deepFreeze = <A>(value: A): A => {
  // Byte arrays cannot be frozen (and are never handed out).
  if (typeof value === "object" && value !== null && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value)) deepFreeze(inner)
  }
  return value
}
