/**
 * The handlers of a session middleware's security schemes: one search, run once per request.
 *
 * @since 0.1.0
 */
import * as HttpServerRequest from "@effect/platform/HttpServerRequest"
import * as Effect from "effect/Effect"
import type * as Exit from "effect/Exit"
import type * as Redacted from "effect/Redacted"
import type { SessionSecurity } from "./security.js"

/**
 * A handler for every scheme, each running `search` (which reads every source itself, in
 * order). The HttpApi builder tries the schemes one after another until a handler succeeds and
 * answers with the last failure; that would let the token cookie's "missing" 401 mask a 503 met
 * on the bearer. So only the first handler called for a request runs the search; the others
 * replay its outcome, without asking Stytch again. The credential each handler is given is
 * not used: the search has already read it, along with the others.
 */
export const schemeHandlers = <A, E, R>(
  security: SessionSecurity,
  search: Effect.Effect<A, E, R>
): Record<string, (credential: Redacted.Redacted) => Effect.Effect<A, E, R | HttpServerRequest.HttpServerRequest>> => {
  // Keyed by the request, so an outcome lives as long as its request and no longer.
  const outcomes = new WeakMap<HttpServerRequest.HttpServerRequest, Exit.Exit<A, E>>()
  const once = Effect.flatMap(HttpServerRequest.HttpServerRequest, (request): Effect.Effect<A, E, R> => {
    const outcome = outcomes.get(request)
    if (outcome !== undefined) return outcome
    return Effect.onExit(search, (exit) => Effect.sync(() => outcomes.set(request, exit)))
  })
  return Object.fromEntries(Object.keys(security).map((name) => [name, () => once]))
}
