/**
 * A compile-time check that two types are the same, used to keep each hand-named service
 * interface equal to the client derived from its endpoint descriptions.
 *
 * @since 0.1.0
 */

/**
 * `true` when `A` and `B` are identical to the compiler. Stricter than assignability both
 * ways, which two request types differing only in optional fields would pass.
 *
 * @example
 * ```ts
 * import type { Same } from "./sameType.js"
 *
 * type Yes = Same<{ readonly a: string }, { readonly a: string }> // true
 * type No = Same<{ readonly a?: string }, { readonly b?: string }> // false
 * ```
 */
export type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false

/**
 * Returns `value` typed as `Named`; compiles only when the value's type and `Named` are
 * identical (otherwise the call asks for a second argument of type `never`).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { endpoints } from "../passwords/Passwords.js"
 * import type { PasswordsService } from "../passwords/PasswordsService.js"
 * import { StytchClient } from "../StytchClient.js"
 * import { sameType } from "./sameType.js"
 *
 * const service = Effect.map(StytchClient, (stytch) => sameType<PasswordsService>()(stytch.client(endpoints)))
 * ```
 */
export const sameType =
  <Named>() =>
  <Derived extends Named>(value: Derived, ..._mismatch: Same<Derived, Named> extends true ? [] : [mismatch: never]): Named =>
    value
