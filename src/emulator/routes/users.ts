/**
 * The consumer Users routes: read a user, delete a user, delete a password. Each delete reads
 * what it names, then commits only if it is still there (see `state/Store.ts`).
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { endpoints } from "../../users/Users.js"
import { type Route, endpointRoute } from "../http/route.js"
import { EmulatorStore } from "../state/Store.js"
import { passwordNamed, passwordNotFound, userNamed, userNotFound } from "../userLookup.js"
import { userView } from "../users.js"

const get = endpointRoute(endpoints.get, (request) => Effect.map(userNamed(request.user_id), userView))

/** The user goes with its sessions and reset tokens; its emails are free for a new sign-up. */
const deleteUser = endpointRoute(endpoints.delete, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const user = yield* userNamed(request.user_id)
    // Whatever the user became since it was read, it is deleted if it is still there; of
    // concurrent deletes, one succeeds and the others answer user_not_found.
    const deleted = yield* store.commit((tx) => tx.deleteUser(user.user_id))
    if (!deleted) return yield* userNotFound()
    return { user_id: user.user_id }
  })
)

/** The user stays, without a password: a login answers no_user_password until a reset sets one. */
const deletePassword = endpointRoute(endpoints.deletePassword, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const owner = yield* passwordNamed(request.password_id)
    // The password is deleted only if it is still the user's (a reset keeps its id; a
    // concurrent delete or a deleted user does not).
    const updated = yield* store.commit((tx) => {
      const current = tx.userById(owner.user_id)
      if (current?.password?.password_id !== request.password_id) return undefined
      const { password: _, ...withoutPassword } = current
      tx.putUser(withoutPassword)
      return withoutPassword
    })
    if (updated === undefined) return yield* passwordNotFound()
    return { user_id: updated.user_id, user: userView(updated) }
  })
)

/**
 * The consumer Users routes.
 *
 * @example
 * ```ts
 * import { userRoutes } from "./users.js"
 *
 * userRoutes.map((route) => `${route.method} ${route.path}`) // ["GET /v1/users/{user_id}", "DELETE /v1/users/{user_id}", ...]
 * ```
 */
export const userRoutes: ReadonlyArray<Route> = [get, deleteUser, deletePassword]
