/**
 * The B2B Sessions routes: authenticate and revoke member sessions.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { endpoints } from "../../b2b/sessions/B2BSessions.js"
import { findLiveMemberSession, memberSessionJwt } from "../b2b/memberSessions.js"
import { memberSessionView, memberView, organizationView } from "../b2b/views.js"
import { stytchError } from "../EmulatorError.js"
import { type Route, endpointRoute } from "../http/route.js"
import { iso, newToken, now, sha256Hex } from "../runtime.js"
import { reservedClaims } from "../sessions/Jwt.js"
import { EmulatorStore } from "../state/Store.js"

const notFound = () => stytchError(404, "session_not_found", "No live member session matches the session_token or session_jwt.")

const authenticate = endpointRoute(endpoints.authenticate, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    if (request.session_token === undefined && request.session_jwt === undefined) {
      return yield* stytchError(400, "no_session_arguments", "Give a session_token or a session_jwt.")
    }
    const live = yield* findLiveMemberSession(request).pipe(Effect.map(Option.getOrUndefined))
    const member = live === undefined ? undefined : store.memory.b2b.member(live.member_id)
    const organization = live === undefined ? undefined : store.memory.b2b.organization(live.organization_id)
    if (live === undefined || member === undefined || organization === undefined) return yield* notFound()
    const at = yield* now
    const token = request.session_token ?? newToken(32)
    const claims = Object.fromEntries(
      Object.entries(request.session_custom_claims ?? {}).filter(([name]) => !reservedClaims.has(name))
    )
    const session = {
      ...live,
      last_accessed_at: iso(at),
      token_hashes: live.token_hashes.includes(sha256Hex(token)) ? live.token_hashes : [...live.token_hashes, sha256Hex(token)],
      ...(request.session_duration_minutes === undefined ? {} : { expires_at: iso(at + request.session_duration_minutes * 60_000) }),
      custom_claims: { ...live.custom_claims, ...claims }
    }
    store.memory.b2b.putMemberSession(session)
    return {
      member_session: memberSessionView(session, organization),
      session_token: token,
      session_jwt: yield* memberSessionJwt(session, organization),
      member: memberView(member),
      organization: organizationView(organization)
    }
  })
)

const revoke = endpointRoute(endpoints.revoke, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    if (request.member_id !== undefined) {
      if (store.memory.b2b.member(request.member_id) === undefined) {
        return yield* stytchError(404, "member_not_found", "member_id: no member has this id.")
      }
      store.memory.b2b.revokeMemberSessions(request.member_id)
      return {}
    }
    const byId = request.member_session_id === undefined ? undefined : store.memory.b2b.memberSessionById(request.member_session_id)
    const session = byId ?? (yield* findLiveMemberSession(request).pipe(Effect.map(Option.getOrUndefined)))
    if (session === undefined) return yield* notFound()
    store.memory.b2b.deleteMemberSession(session.member_session_id)
    return {}
  })
)

/** The B2B Sessions routes. */
export const b2bSessionRoutes: ReadonlyArray<Route> = [authenticate, revoke]
