/**
 * How a route fails: with one of the error classes its endpoint declares, never a free
 * string. The class carries the wire `error_type`, and the handler's type only admits the
 * classes of its endpoint, so raising an undeclared error does not compile.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import type { ApiErrorClass } from "../../StytchError.js"

/**
 * An API error class bound to its wire `error_type` (every class in `src/errors/` is).
 *
 * @example
 * ```ts
 * import { WeakPassword } from "../../errors/PasswordErrors.js"
 * import type { RaisableClass } from "./RouteError.js"
 *
 * const raisable: RaisableClass = WeakPassword
 * ```
 * @since 0.1.0
 */
export type RaisableClass = ApiErrorClass & { readonly errorType: string }

/**
 * A route's failure: the class of the Stytch error, its HTTP status and a message a developer
 * can act on (naming the field; never a password or a token).
 *
 * @example
 * ```ts
 * import { WeakPassword } from "../../errors/PasswordErrors.js"
 * import type { RouteError } from "./RouteError.js"
 *
 * const failure: RouteError<typeof WeakPassword> = {
 *   _tag: "RouteError", errorClass: WeakPassword, status: 400, message: "password: too weak."
 * }
 * ```
 * @since 0.1.0
 */
export interface RouteError<C extends RaisableClass = RaisableClass> {
  readonly _tag: "RouteError"
  readonly errorClass: C
  readonly status: number
  readonly message: string
  /** Seconds for a `Retry-After` header. */
  readonly retryAfterSeconds?: number
}

/**
 * Fails a route with a Stytch error of the class given.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { DuplicateEmail } from "../../errors/PasswordErrors.js"
 * import { EmulatorStore } from "../state/Store.js"
 * import { raise } from "./RouteError.js"
 *
 * const requireFreeEmail = (email: string) =>
 *   Effect.gen(function* () {
 *     const store = yield* EmulatorStore
 *     if (store.read.userByEmail(email) !== undefined) {
 *       return yield* raise(DuplicateEmail, 400, "email: a user with this email already exists.")
 *     }
 *   })
 * ```
 * @since 0.1.0
 */
export const raise = <C extends RaisableClass>(
  errorClass: C,
  status: number,
  message: string,
  options: { readonly retryAfterSeconds?: number } = {}
): Effect.Effect<never, RouteError<C>> => Effect.fail({ _tag: "RouteError", errorClass, status, message, ...options })

/**
 * The classes of a list of error classes, as a union: what a route of an endpoint may raise.
 *
 * @example
 * ```ts
 * import type { Passwords } from "../../passwords/Passwords.js"
 * import type { DeclaredClass } from "./RouteError.js"
 *
 * type CreateRaises = DeclaredClass<typeof Passwords.endpoints.create["errors"]>
 * ```
 * @since 0.1.0
 */
export type DeclaredClass<Errors extends ReadonlyArray<ApiErrorClass>> = Extract<Errors[number], RaisableClass>
