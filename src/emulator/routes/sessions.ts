/**
 * The consumer Sessions routes the password flows rely on, and the JWKS.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { endpoints } from "../../sessions/Sessions.js"
import { EmulatorConfig } from "../EmulatorConfig.js"
import { stytchError } from "../EmulatorError.js"
import { type Route, endpointRoute } from "../http/route.js"
import { iso, newToken, now, sha256Hex } from "../runtime.js"
import { jwks } from "../sessions/Jwt.js"
import { customClaimsOf, findLiveSession, sessionJwt, sessionView } from "../sessions/Sessions.js"
import { EmulatorStore } from "../state/Store.js"
import { userView } from "../users.js"

const notFound = () => stytchError(404, "session_not_found", "No live session matches the session_token or session_jwt.")

const authenticate = endpointRoute(endpoints.authenticate, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    if (request.session_token === undefined && request.session_jwt === undefined) {
      return yield* stytchError(400, "no_session_arguments", "Give a session_token or a session_jwt.")
    }
    const live = yield* findLiveSession(request).pipe(Effect.map(Option.getOrUndefined))
    const user = live === undefined ? undefined : store.memory.userById(live.user_id)
    if (live === undefined || user === undefined) return yield* notFound()
    const at = yield* now
    const token = request.session_token ?? newToken(32)
    const session = {
      ...live,
      last_accessed_at: iso(at),
      token_hashes: live.token_hashes.includes(sha256Hex(token)) ? live.token_hashes : [...live.token_hashes, sha256Hex(token)],
      ...(request.session_duration_minutes === undefined ? {} : { expires_at: iso(at + request.session_duration_minutes * 60_000) }),
      custom_claims: { ...live.custom_claims, ...customClaimsOf(request.session_custom_claims) }
    }
    store.memory.putSession(session)
    return {
      session: sessionView(session),
      session_token: token,
      session_jwt: yield* sessionJwt(session),
      user: userView(user)
    }
  })
)

const revoke = endpointRoute(endpoints.revoke, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const byId = request.session_id === undefined ? undefined : store.memory.sessionById(request.session_id)
    const session = byId ?? (yield* findLiveSession(request).pipe(Effect.map(Option.getOrUndefined)))
    if (session === undefined) return yield* notFound()
    store.memory.deleteSession(session.session_id)
    return {}
  })
)

/** A percent-decoded path segment; a malformed escape (`%E0%A4%A`) is kept as it is. */
const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** The JWKS of the project, at a consumer or a B2B path: the same keys sign both kinds of session. */
const jwksRoute = (prefix: string): Route => ({
  method: "GET",
  path: prefix,
  prefix: true,
  authenticated: false,
  handle: (_, context) =>
    Effect.gen(function* () {
      const config = yield* EmulatorConfig
      const store = yield* EmulatorStore
      const projectId = decodeSegment(context.url.pathname.slice(prefix.length))
      if (projectId !== config.projectId) {
        return yield* stytchError(404, "project_not_found", `No project ${projectId === "" ? "was named" : "has this id"}.`)
      }
      return { status: 200, body: { ...jwks(yield* store.memory.signingKeys), request_id: context.requestId, status_code: 200 } }
    })
})

/** The Sessions routes and the JWKS. */
export const sessionRoutes: ReadonlyArray<Route> = [authenticate, revoke, jwksRoute("/v1/sessions/jwks/"), jwksRoute("/v1/b2b/sessions/jwks/")]
