/**
 * Every route of the emulator.
 *
 * @since 0.1.0
 */
import type { Route } from "../http/route.js"
import { b2bOrganizationRoutes } from "./b2bOrganizations.js"
import { b2bPasswordRoutes } from "./b2bPasswords.js"
import { b2bSessionRoutes } from "./b2bSessions.js"
import { controlRoutes } from "./control.js"
import { passwordRoutes } from "./passwords.js"
import { sessionRoutes } from "./sessions.js"
import { userRoutes } from "./users.js"

export const allRoutes: ReadonlyArray<Route> = [
  ...passwordRoutes,
  ...b2bPasswordRoutes,
  ...sessionRoutes,
  ...b2bSessionRoutes,
  ...userRoutes,
  ...b2bOrganizationRoutes,
  ...controlRoutes
]
