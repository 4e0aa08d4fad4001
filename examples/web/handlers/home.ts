/** The start page. */
import { HttpApiBuilder } from "@effect/platform"
import { Effect } from "effect"
import { WebApi } from "../api.js"
import { homePage } from "../pages.js"

export const HomeLive = HttpApiBuilder.group(WebApi, "home", (handlers) =>
  handlers.handle("home", () => Effect.succeed(homePage().markup))
)
