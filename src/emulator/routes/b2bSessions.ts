/**
 * The B2B Sessions routes: authenticate, revoke and list member sessions, and the B2B JWKS.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { endpoints } from "../../b2b/sessions/B2BSessions.js"
import { MemberNotFound } from "../../errors/OrganizationErrors.js"
import { NoSessionArguments, SessionNotFound } from "../../errors/SessionErrors.js"
import { memberNamed, organizationOf } from "../b2b/lookups.js"
import { findLiveMemberSession, memberSessionJwt } from "../b2b/memberSessions.js"
import { memberSessionView, memberView, organizationView } from "../b2b/views.js"
import { type Route, endpointRoute } from "../http/route.js"
import { raise } from "../http/RouteError.js"
import { newToken, now } from "../runtime.js"
import { extendedBy, isLive } from "../sessions/Sessions.js"
import { EmulatorStore } from "../state/Store.js"
import { jwksRoute } from "./jwks.js"

const notFound = () => raise(SessionNotFound, 404, "session_token / session_jwt: no live member session matches it.")

const authenticate = endpointRoute(endpoints.authenticate, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    if (request.session_token === undefined && request.session_jwt === undefined) {
      return yield* raise(NoSessionArguments, 400, "Give a session_token or a session_jwt.")
    }
    const live = Option.getOrUndefined(yield* findLiveMemberSession(request))
    if (live === undefined) return yield* notFound()
    const at = yield* now
    const token = request.session_token ?? newToken(32)
    // Extends the session as it is when the step runs: a revoke since the lookup wins.
    const committed = yield* store.commit((tx) => {
      const current = tx.b2b.memberSessionById(live.member_session_id)
      const member = current === undefined ? undefined : tx.b2b.member(current.member_id)
      const organization = current === undefined ? undefined : tx.b2b.organization(current.organization_id)
      if (current === undefined || !isLive(current, at) || member === undefined || organization === undefined) return undefined
      const session = extendedBy(current, request, token, at)
      tx.b2b.putMemberSession(session)
      return { session, member, organization }
    })
    if (committed === undefined) return yield* notFound()
    const { member, organization, session } = committed
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
      const memberId = request.member_id
      const revoked = yield* store.commit((tx) =>
        tx.b2b.member(memberId) === undefined ? undefined : tx.b2b.revokeMemberSessions(memberId)
      )
      if (revoked === undefined) return yield* raise(MemberNotFound, 404, "member_id: no member has this id.")
      return {}
    }
    const byId = request.member_session_id === undefined ? undefined : store.read.b2b.memberSessionById(request.member_session_id)
    const session = byId ?? Option.getOrUndefined(yield* findLiveMemberSession(request))
    if (session === undefined) return yield* notFound()
    yield* store.commit((tx) => tx.b2b.deleteMemberSession(session.member_session_id))
    return {}
  })
)

/** The member's live sessions in the organization, oldest first. */
const get = endpointRoute(endpoints.get, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const organization = yield* organizationOf(request.organization_id)
    const member = yield* memberNamed(organization, request.member_id)
    const at = yield* now
    const sessions = store.read.b2b
      .memberSessions()
      .filter((session) => session.member_id === member.member_id && session.organization_id === organization.organization_id)
      .filter((session) => isLive(session, at))
      .sort((a, b) => a.started_at.localeCompare(b.started_at))
    return { member_sessions: sessions.map((session) => memberSessionView(session, organization)) }
  })
)

/** The B2B Sessions routes and the B2B JWKS (the same keys as the consumer one). */
export const b2bSessionRoutes: ReadonlyArray<Route> = [authenticate, revoke, get, jwksRoute(endpoints.getJWKS)]
