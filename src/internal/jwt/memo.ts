/**
 * A bounded memo by string key: the same session JWT is checked again and again for its five
 * minutes (every request of a user carries it), and parsing it costs more than the rest of
 * the local check but the signature.
 *
 * @since 0.1.0
 */

/**
 * Remembers up to `capacity` results; past that the oldest entry goes first.
 *
 * @example
 * ```ts
 * import { boundedMemo } from "./memo.js"
 * const lengthOf = boundedMemo(1000, (text: string) => text.length)
 * lengthOf("abc") // 3, computed once
 * ```
 */
export const boundedMemo = <A>(capacity: number, compute: (key: string) => A): ((key: string) => A) => {
  const entries = new Map<string, A>()
  return (key) => {
    const known = entries.get(key)
    if (known !== undefined) return known
    const made = compute(key)
    if (entries.size >= capacity) {
      const oldest = entries.keys().next()
      if (oldest.done !== true) entries.delete(oldest.value)
    }
    entries.set(key, made)
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
