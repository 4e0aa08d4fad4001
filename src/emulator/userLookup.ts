/**
 * Finding the user or the password a request names by id, with Stytch's errors when absent:
 * a well-formed id that matches nothing is not found (404); anything else that matches
 * nothing is not an id at all (400).
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { InvalidPasswordId, PasswordNotFound } from "../errors/PasswordErrors.js"
import { InvalidUserId, UserNotFound } from "../errors/PlatformErrors.js"
import { raise, type RouteError } from "./http/RouteError.js"
import type { StoredUser } from "./state/State.js"
import { EmulatorStore, type StoreReads } from "./state/Store.js"

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

/** `<kind>-test-<uuid>` or `<kind>-live-<uuid>`, the shape of Stytch's ids. */
const idShape = (kind: string) => new RegExp(`^${kind}-(test|live)-${uuid}$`)

const userIdShape = idShape("user")
const passwordIdShape = idShape("password")

/**
 * The user a reference names, at the time of `read`: its id, else its external id.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { EmulatorStore } from "./state/Store.js"
 * import { userByReference } from "./userLookup.js"
 *
 * const byExternalId = Effect.map(EmulatorStore, (store) => userByReference(store.read, "customer-42"))
 * ```
 */
export const userByReference = (read: StoreReads, reference: string): StoredUser | undefined =>
  read.userById(reference) ?? read.users().find((user) => user.external_id === reference)

/**
 * The user whose password has this id, at the time of `read`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { EmulatorStore } from "./state/Store.js"
 * import { passwordOwner } from "./userLookup.js"
 *
 * const owner = (passwordId: string) => Effect.map(EmulatorStore, (store) => passwordOwner(store.read, passwordId))
 * ```
 */
export const passwordOwner = (read: StoreReads, passwordId: string): StoredUser | undefined =>
  read.users().find((user) => user.password?.password_id === passwordId)

/**
 * The user a `user_id` names (an id or an external id), or `user_not_found` / `invalid_user_id`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { userNamed } from "./userLookup.js"
 *
 * const emailsOf = (user_id: string) => Effect.map(userNamed(user_id), (user) => user.emails)
 * ```
 */
export const userNamed = (
  reference: string
): Effect.Effect<StoredUser, RouteError<typeof UserNotFound | typeof InvalidUserId>, EmulatorStore> =>
  Effect.gen(function* () {
    const user = userByReference((yield* EmulatorStore).read, reference)
    if (user !== undefined) return user
    if (userIdShape.test(reference)) return yield* userNotFound()
    return yield* raise(InvalidUserId, 400, "user_id: expected a user id (user-test-...) or an external id.")
  })

/**
 * The answer for a user that is gone (deleted since it was read, or never there).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { userNotFound } from "./userLookup.js"
 *
 * const unlessDeleted = (deleted: boolean) => (deleted ? Effect.void : userNotFound())
 * ```
 */
export const userNotFound = () => raise(UserNotFound, 404, "user_id: no user has this id or external id.")

/**
 * The user whose password a `password_id` names, or `password_not_found` / `invalid_password_id`.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { passwordNamed } from "./userLookup.js"
 *
 * const ownerId = (password_id: string) => Effect.map(passwordNamed(password_id), (user) => user.user_id)
 * ```
 */
export const passwordNamed = (
  passwordId: string
): Effect.Effect<StoredUser, RouteError<typeof PasswordNotFound | typeof InvalidPasswordId>, EmulatorStore> =>
  Effect.gen(function* () {
    const owner = passwordOwner((yield* EmulatorStore).read, passwordId)
    if (owner !== undefined) return owner
    if (passwordIdShape.test(passwordId)) return yield* passwordNotFound()
    return yield* raise(InvalidPasswordId, 400, "password_id: expected a password id (password-test-...).")
  })

/**
 * The answer for a password that is gone.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { passwordNotFound } from "./userLookup.js"
 *
 * const unlessDeleted = (deleted: boolean) => (deleted ? Effect.void : passwordNotFound())
 * ```
 */
export const passwordNotFound = () => raise(PasswordNotFound, 404, "password_id: no password has this id.")
