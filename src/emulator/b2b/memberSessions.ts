/**
 * Member sessions, their JWTs (with the `https://stytch.com/organization` claim), and
 * intermediate sessions for logins that still need MFA or an organization. As for consumer
 * sessions, a flow plans what it will write before its commit, writes inside it, and signs
 * JWTs after it.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { IntermediateSessionNotFound, SessionNotFound } from "../../errors/SessionErrors.js"
import type { AuthenticationFactor } from "../../models/Session.js"
import { EmulatorConfig } from "../EmulatorConfig.js"
import { raise, type RouteError } from "../http/RouteError.js"
import { iso, newId, newToken, now, sha256Hex } from "../runtime.js"
import { signSessionJwt } from "../sessions/Jwt.js"
import { customClaimsOf, extendedBy, isLive, namedSessionId, type SessionRequest } from "../sessions/Sessions.js"
import type { StoredIntermediateSession, StoredMember, StoredMemberSession, StoredOrganization } from "../state/State.js"
import { EmulatorStore, type StoreReads, type StoreTransaction } from "../state/Store.js"

/** How long an intermediate session lasts, as Stytch documents: 10 minutes. */
const intermediateMinutes = 10

const notFound = () => raise(SessionNotFound, 404, "session_token / session_jwt: no live member session matches it.")

/** The live member session a request names, none when it names none, else `session_not_found`. */
export const findLiveMemberSession = (
  request: Pick<SessionRequest, "session_token" | "session_jwt">
): Effect.Effect<Option.Option<StoredMemberSession>, RouteError<typeof SessionNotFound>, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const named = yield* namedSessionId(
      request,
      (read, hash) => read.b2b.memberSessionByTokenHash(hash),
      (session) => session.member_session_id
    )
    if (Option.isNone(named)) return Option.none()
    const session = named.value === undefined ? undefined : store.read.b2b.memberSessionById(named.value)
    return session !== undefined && isLive(session, at) ? Option.some(session) : yield* notFound()
  })

/** A member session's JWT, valid for 5 minutes from now. */
export const memberSessionJwt = (
  session: StoredMemberSession,
  organization: StoredOrganization
): Effect.Effect<string, never, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const config = yield* EmulatorConfig
    return yield* signSessionJwt(yield* store.signingKeys, {
      projectId: config.projectId,
      subject: session.member_id,
      now: Math.floor((yield* now) / 1000),
      customClaims: session.custom_claims,
      stytchClaims: {
        "https://stytch.com/session": {
          id: session.member_session_id,
          started_at: session.started_at,
          last_accessed_at: session.last_accessed_at,
          expires_at: session.expires_at,
          attributes: {},
          authentication_factors: session.authentication_factors,
          roles: session.roles
        },
        "https://stytch.com/organization": {
          organization_id: organization.organization_id,
          slug: organization.organization_slug
        }
      }
    })
  })

/** What a B2B login will write about its member session: a new one, or the named one extended. */
export type MemberSessionPlan =
  | { readonly kind: "start"; readonly token: string; readonly session: StoredMemberSession }
  | {
    readonly kind: "extend"
    readonly token: string
    readonly sessionId: string
    readonly extend: (live: StoredMemberSession) => StoredMemberSession
  }

/**
 * Plans a member session: the live session the request named, extended with the factor, or
 * a new one (60 minutes when no duration is given, as B2B always makes one).
 */
export const planMemberSession = (
  member: StoredMember,
  organization: StoredOrganization,
  factor: AuthenticationFactor,
  request: SessionRequest,
  existing: Option.Option<StoredMemberSession>,
  at: number
): MemberSessionPlan => {
  if (Option.isSome(existing)) {
    const token = request.session_token ?? newToken(32)
    return {
      kind: "extend",
      token,
      sessionId: existing.value.member_session_id,
      extend: (live) => extendedBy(live, request, token, at, factor)
    }
  }
  const token = newToken(32)
  return {
    kind: "start",
    token,
    session: {
      member_session_id: newId("member-session"),
      member_id: member.member_id,
      organization_id: organization.organization_id,
      token_hashes: [sha256Hex(token)],
      started_at: iso(at),
      last_accessed_at: iso(at),
      expires_at: iso(at + (request.session_duration_minutes ?? 60) * 60_000),
      authentication_factors: [factor],
      custom_claims: customClaimsOf(request.session_custom_claims),
      roles: ["stytch_member", ...member.roles]
    }
  }
}

/** Inside a commit: whether a member session plan still holds (a session to extend is still live). */
export const memberPlanHolds = (tx: StoreReads, plan: MemberSessionPlan, at: number): boolean => {
  if (plan.kind === "start") return true
  const live = tx.b2b.memberSessionById(plan.sessionId)
  return live !== undefined && isLive(live, at)
}

/** Inside a commit, after {@link memberPlanHolds}: writes the planned session. */
export const writeMemberSession = (tx: StoreTransaction, plan: MemberSessionPlan): StoredMemberSession => {
  const live = plan.kind === "extend" ? tx.b2b.memberSessionById(plan.sessionId) : undefined
  const session = plan.kind === "start" ? plan.session : live === undefined ? undefined : plan.extend(live)
  if (session === undefined) throw new Error("writeMemberSession: the plan no longer holds; check memberPlanHolds first")
  tx.b2b.putMemberSession(session)
  return session
}

/** A new intermediate session and the token that opens it (returned once, kept only as a hash). */
export const newIntermediateSession = (
  email: string,
  factor: AuthenticationFactor,
  at: number,
  member?: StoredMember
): { readonly token: string; readonly session: StoredIntermediateSession } => {
  const token = newToken(32)
  return {
    token,
    session: {
      token_hash: sha256Hex(token),
      email_address: email,
      ...(member === undefined ? {} : { member_id: member.member_id, organization_id: member.organization_id }),
      expires_at: iso(at + intermediateMinutes * 60_000),
      authentication_factors: [factor]
    }
  }
}

/** The live intermediate session of a token, or `intermediate_session_not_found`. */
export const findIntermediateSession = (
  token: string
): Effect.Effect<StoredIntermediateSession, RouteError<typeof IntermediateSessionNotFound>, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const session = store.read.b2b.intermediateSession(sha256Hex(token))
    if (session === undefined || !isLive(session, yield* now)) {
      return yield* raise(IntermediateSessionNotFound, 404, "intermediate_session_token: no live intermediate session matches it.")
    }
    return session
  })
