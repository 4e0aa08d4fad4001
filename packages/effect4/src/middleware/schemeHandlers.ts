/**
 * The handlers of a session middleware's security schemes: one search per request, run by one
 * of them.
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import type * as HttpServerRequest from "effect/http/HttpServerRequest"
import type * as HttpServerResponse from "effect/http/HttpServerResponse"
import type { unhandled } from "effect/Types"
import { type AuthenticationUnavailable, Unauthenticated } from "./errors.js"
import type { SessionSecurity } from "./security.js"

/**
 * What a scheme's handler is given and gives back: the endpoint's response effect (needing the
 * service the middleware provides), wrapped.
 */
export type SchemeHandler<I> = (
  httpEffect: Effect.Effect<HttpServerResponse.HttpServerResponse, unhandled, I>
) => Effect.Effect<
  HttpServerResponse.HttpServerResponse,
  unhandled | Unauthenticated | AuthenticationUnavailable,
  HttpServerRequest.HttpServerRequest
>

/**
 * A handler for every scheme. The HttpApi builder calls a security middleware's handlers one
 * after another, in the order of its schemes, until one succeeds (or the endpoint itself
 * fails), and answers with the failure of the last one called. So every scheme but the last
 * steps aside at once (its failure is never the answer), and the last runs `search` (which reads
 * every source itself, in order) and, when it finds a session, the endpoint with `service`
 * provided. The search thus runs once per request and its failure is the answer: a 503 met on
 * the bearer is never masked by a cookie's "missing" 401, and no outcome has to be kept for the
 * other schemes. The credential each handler is given is not used: the search reads it, along
 * with the others.
 */
export const schemeHandlers = <I, S>(
  security: SessionSecurity,
  service: Context.Key<I, S>,
  search: Effect.Effect<S, Unauthenticated | AuthenticationUnavailable, HttpServerRequest.HttpServerRequest>
): Record<string, SchemeHandler<I>> => {
  const names = Object.keys(security)
  const last = names.length - 1
  const stepAside: SchemeHandler<I> = () => Effect.fail(new Unauthenticated({ reason: "missing_credentials" }))
  const run: SchemeHandler<I> = (httpEffect) =>
    Effect.flatMap(search, (found) => Effect.provideService(httpEffect, service, found))
  return Object.fromEntries(names.map((name, index) => [name, index === last ? run : stepAside]))
}
