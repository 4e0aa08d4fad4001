/**
 * The consumer Sessions routes: authenticate, revoke, list a user's sessions, and the JWKS.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { NoSessionArguments, SessionNotFound } from "../../errors/SessionErrors.js"
import { endpoints } from "../../sessions/Sessions.js"
import { type Route, endpointRoute } from "../http/route.js"
import { raise } from "../http/RouteError.js"
import { newToken, now } from "../runtime.js"
import { sandboxMissingSessionToken, sandboxOn, sandboxSessionAnswer, sandboxSessionToken } from "../sandbox.js"
import { extendedBy, findLiveSession, isLive, sessionJwt, sessionView } from "../sessions/Sessions.js"
import { EmulatorStore } from "../state/Store.js"
import { userNamed } from "../userLookup.js"
import { userView } from "../users.js"
import { jwksRoute } from "./jwks.js"

const notFound = () => raise(SessionNotFound, 404, "session_token / session_jwt: no live session matches it.")

const authenticate = endpointRoute(endpoints.authenticate, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    if (request.session_token === undefined && request.session_jwt === undefined) {
      return yield* raise(NoSessionArguments, 400, "Give a session_token or a session_jwt.")
    }
    if (request.session_token === sandboxSessionToken && (yield* sandboxOn)) return yield* sandboxSessionAnswer
    if (request.session_token === sandboxMissingSessionToken && (yield* sandboxOn)) return yield* notFound()
    const live = Option.getOrUndefined(yield* findLiveSession(request))
    if (live === undefined) return yield* notFound()
    const at = yield* now
    const token = request.session_token ?? newToken(32)
    // Extends the session as it is when the step runs: a revoke since the lookup wins.
    const committed = yield* store.commit((tx) => {
      const current = tx.sessionById(live.session_id)
      const user = current === undefined ? undefined : tx.userById(current.user_id)
      if (current === undefined || !isLive(current, at) || user === undefined) return undefined
      const session = extendedBy(current, request, token, at)
      tx.putSession(session)
      return { session, user }
    })
    if (committed === undefined) return yield* notFound()
    return {
      session: sessionView(committed.session),
      session_token: token,
      session_jwt: yield* sessionJwt(committed.session),
      user: userView(committed.user)
    }
  })
)

const revoke = endpointRoute(endpoints.revoke, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const byId = request.session_id === undefined ? undefined : store.read.sessionById(request.session_id)
    const session = byId ?? Option.getOrUndefined(yield* findLiveSession(request))
    if (session === undefined) return yield* notFound()
    yield* store.commit((tx) => tx.deleteSession(session.session_id))
    return {}
  })
)

/** The user's live sessions, oldest first. */
const get = endpointRoute(endpoints.get, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const user = yield* userNamed(request.user_id)
    const at = yield* now
    const sessions = store.read
      .sessions()
      .filter((session) => session.user_id === user.user_id && isLive(session, at))
      .sort((a, b) => a.started_at.localeCompare(b.started_at))
    return { sessions: sessions.map(sessionView) }
  })
)

/** The Sessions routes and the consumer JWKS. */
export const sessionRoutes: ReadonlyArray<Route> = [authenticate, revoke, get, jwksRoute(endpoints.getJWKS)]
