import { frequencyLists } from "./data/frequencyLists.js"

// zxcvbn 4.4.2's "passwords" list (30,000 entries, all from breach corpora), built on first use.
let breached: { readonly set: ReadonlySet<string>; readonly longest: number } | undefined

const commonBreached = () => {
  if (breached === undefined) {
    const list = frequencyLists().passwords.split(",")
    breached = { set: new Set(list), longest: list.reduce((max, entry) => Math.max(max, entry.length), 0) }
  }
  return breached
}

/**
 * Passwords marked as breached at run time (e.g. by a test or an admin
 * endpoint of the emulator): a set of exact passwords or a predicate.
 *
 * @example
 * ```ts
 * import type { MarkedBreached } from "./breach.js"
 *
 * const marked: MarkedBreached = new Set(["Summer2024!"])
 * const byRule: MarkedBreached = (password) => password.startsWith("leaked-")
 * ```
 * @since 0.1.0
 */
export type MarkedBreached = ReadonlySet<string> | ((password: string) => boolean)

/**
 * Whether a password is in the built-in breach list: every entry of zxcvbn
 * 4.4.2's `passwords` dictionary (30,000 passwords). Exact and
 * case-sensitive, so "password" is a hit and "Password" is not.
 *
 * @example
 * ```ts
 * import { isCommonBreachedPassword } from "./breach.js"
 *
 * isCommonBreachedPassword("password") // true
 * isCommonBreachedPassword("Password") // false
 * ```
 * @since 0.1.0
 */
export const isCommonBreachedPassword = (password: string): boolean => {
  const { longest, set } = commonBreached()
  // longer than every entry: no need to hash a possibly huge string
  return password.length <= longest && set.has(password)
}

/**
 * Stytch-style breach detection: the built-in list, plus whatever the
 * caller marked as breached. Nothing is stored between calls.
 *
 * @example
 * ```ts
 * import { isBreachedPassword } from "./breach.js"
 *
 * isBreachedPassword("123456") // true
 * isBreachedPassword("Summer2024!", new Set(["Summer2024!"])) // true
 * isBreachedPassword("Summer2024!") // false
 * ```
 * @since 0.1.0
 */
export const isBreachedPassword = (password: string, marked?: MarkedBreached): boolean => {
  if (isCommonBreachedPassword(password)) return true
  if (marked === undefined) return false
  return typeof marked === "function" ? marked(password) : marked.has(password)
}
