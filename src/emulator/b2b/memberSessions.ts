/**
 * Member sessions, their JWTs (with the `https://stytch.com/organization` claim), and
 * intermediate sessions for logins that still need MFA or an organization.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import type { JsonObject } from "../../models/Json.js"
import type { AuthenticationFactor } from "../../models/Session.js"
import { EmulatorConfig } from "../EmulatorConfig.js"
import { type EmulatorError, stytchError } from "../EmulatorError.js"
import { iso, newId, newToken, now, sha256Hex } from "../runtime.js"
import { readSessionJwt, reservedClaims, signSessionJwt } from "../sessions/Jwt.js"
import type { SessionRequest } from "../sessions/Sessions.js"
import type { StoredIntermediateSession, StoredMember, StoredMemberSession, StoredOrganization } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"

/** How long an intermediate session lasts, as Stytch documents: 10 minutes. */
const intermediateMinutes = 10

const notFound = () => stytchError(404, "session_not_found", "No live member session matches the session_token or session_jwt.")

const sessionIdOf = (claims: Option.Option<Record<string, unknown>>): Option.Option<string> =>
  Option.flatMap(claims, (payload) => {
    const claim = payload["https://stytch.com/session"]
    return typeof claim === "object" && claim !== null && "id" in claim && typeof claim.id === "string"
      ? Option.some(claim.id)
      : Option.none()
  })

/** The live member session a request names, none when it names none, else `session_not_found`. */
export const findLiveMemberSession = (
  request: Pick<SessionRequest, "session_token" | "session_jwt">
): Effect.Effect<Option.Option<StoredMemberSession>, EmulatorError, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const config = yield* EmulatorConfig
    const at = yield* now
    const live = (session: StoredMemberSession | undefined) =>
      session !== undefined && Date.parse(session.expires_at) > at ? Option.some(session) : Option.none()
    if (request.session_token !== undefined) {
      const session = live(store.memory.b2b.memberSessionByTokenHash(sha256Hex(request.session_token)))
      return Option.isSome(session) ? session : yield* notFound()
    }
    if (request.session_jwt !== undefined) {
      const claims = yield* readSessionJwt(yield* store.memory.signingKeys, config.projectId, request.session_jwt)
      const id = sessionIdOf(claims)
      const session = live(Option.isSome(id) ? store.memory.b2b.memberSessionById(id.value) : undefined)
      return Option.isSome(session) ? session : yield* notFound()
    }
    return Option.none()
  })

/** A member session's JWT, valid for 5 minutes from now. */
export const memberSessionJwt = (
  session: StoredMemberSession,
  organization: StoredOrganization
): Effect.Effect<string, never, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const config = yield* EmulatorConfig
    return yield* signSessionJwt(yield* store.memory.signingKeys, {
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

const claimsOf = (claims: JsonObject | undefined): JsonObject =>
  Object.fromEntries(Object.entries(claims ?? {}).filter(([name]) => !reservedClaims.has(name)))

/** A member session handed back to the caller. */
export interface IssuedMemberSession {
  readonly session: StoredMemberSession
  readonly token: string
  readonly jwt: string
}

/**
 * Starts a member session (60 minutes when no duration is given, as B2B always makes one),
 * or extends the live session the request names, adding the factor.
 */
export const issueMemberSession = (
  member: StoredMember,
  organization: StoredOrganization,
  factor: AuthenticationFactor,
  request: SessionRequest,
  existing: Option.Option<StoredMemberSession>
): Effect.Effect<IssuedMemberSession, never, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const duration = request.session_duration_minutes
    const token = request.session_token !== undefined && Option.isSome(existing) ? request.session_token : newToken(32)
    const session: StoredMemberSession = Option.match(existing, {
      onNone: () => ({
        member_session_id: newId("member-session"),
        member_id: member.member_id,
        organization_id: organization.organization_id,
        token_hashes: [sha256Hex(token)],
        started_at: iso(at),
        last_accessed_at: iso(at),
        expires_at: iso(at + (duration ?? 60) * 60_000),
        authentication_factors: [factor],
        custom_claims: claimsOf(request.session_custom_claims),
        roles: ["stytch_member", ...member.roles]
      }),
      onSome: (live) => ({
        ...live,
        token_hashes: live.token_hashes.includes(sha256Hex(token)) ? live.token_hashes : [...live.token_hashes, sha256Hex(token)],
        last_accessed_at: iso(at),
        expires_at: duration === undefined ? live.expires_at : iso(at + duration * 60_000),
        authentication_factors: [
          ...live.authentication_factors.filter((f) => !(f.type === factor.type && f.delivery_method === factor.delivery_method)),
          factor
        ],
        custom_claims: { ...live.custom_claims, ...claimsOf(request.session_custom_claims) }
      })
    })
    store.memory.b2b.putMemberSession(session)
    return { session, token, jwt: yield* memberSessionJwt(session, organization) }
  })

/** Opens an intermediate session; its token is returned once and kept only as a hash. */
export const openIntermediateSession = (
  email: string,
  factor: AuthenticationFactor,
  member?: StoredMember
): Effect.Effect<string, never, EmulatorStore> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const token = newToken(32)
    const session: StoredIntermediateSession = {
      token_hash: sha256Hex(token),
      email_address: email,
      ...(member === undefined ? {} : { member_id: member.member_id, organization_id: member.organization_id }),
      expires_at: iso(at + intermediateMinutes * 60_000),
      authentication_factors: [factor]
    }
    store.memory.b2b.putIntermediateSession(session)
    return token
  })

/** The live intermediate session of a token, or `intermediate_session_not_found`. */
export const findIntermediateSession = (
  token: string
): Effect.Effect<StoredIntermediateSession, EmulatorError, EmulatorStore> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const session = store.memory.b2b.intermediateSession(sha256Hex(token))
    if (session === undefined || Date.parse(session.expires_at) <= (yield* now)) {
      return yield* stytchError(404, "intermediate_session_not_found", "intermediate_session_token: no live intermediate session matches it.")
    }
    return session
  })
