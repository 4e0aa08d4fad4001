/**
 * Every route of the emulator.
 *
 * @since 0.1.0
 */
import type { Route } from "../http/route.js"
import { b2bPasswordRoutes } from "./b2bPasswords.js"
import { b2bSessionRoutes } from "./b2bSessions.js"
import { controlRoutes } from "./control.js"
import { passwordRoutes } from "./passwords.js"
import { sessionRoutes } from "./sessions.js"

export const allRoutes: ReadonlyArray<Route> = [...passwordRoutes, ...b2bPasswordRoutes, ...sessionRoutes, ...b2bSessionRoutes, ...controlRoutes]
