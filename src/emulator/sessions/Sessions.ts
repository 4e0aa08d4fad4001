/**
 * Sessions: found by token or JWT, planned before a commit, written inside it, and their
 * JWTs signed after it.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { SessionNotFound } from "../../errors/SessionErrors.js"
import type { JsonObject } from "../../models/Json.js"
import type { Attributes, AuthenticationFactor, Session } from "../../models/Session.js"
import { EmulatorConfig } from "../EmulatorConfig.js"
import { raise, type RouteError } from "../http/RouteError.js"
import { iso, newId, newToken, now, sha256Hex } from "../runtime.js"
import type { StoredSession } from "../state/State.js"
import { EmulatorStore, type StoreReads, type StoreTransaction } from "../state/Store.js"
import { readSessionJwt, reservedClaims, signSessionJwt } from "./Jwt.js"

/** The session part of a request. */
export interface SessionRequest {
  readonly session_token?: string | undefined
  readonly session_jwt?: string | undefined
  readonly session_duration_minutes?: number | undefined
  readonly session_custom_claims?: JsonObject | undefined
}

/** The session id a verified session JWT names, if it names one. */
export const sessionIdOfClaims = (claims: Option.Option<Record<string, unknown>>): Option.Option<string> =>
  Option.flatMap(claims, (payload) => {
    const claim = payload["https://stytch.com/session"]
    return typeof claim === "object" && claim !== null && "id" in claim && typeof claim.id === "string"
      ? Option.some(claim.id)
      : Option.none()
  })

/**
 * The id of the session a request names by `session_token` or `session_jwt`, when the token
 * is known or the JWT verifies; none when it names none; `undefined` when it names one that
 * is unknown.
 */
export const namedSessionId = <S>(
  request: Pick<SessionRequest, "session_token" | "session_jwt">,
  byTokenHash: (read: StoreReads, tokenHash: string) => S | undefined,
  idOf: (session: S) => string
): Effect.Effect<Option.Option<string | undefined>, never, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    if (request.session_token !== undefined) {
      const session = byTokenHash(store.read, sha256Hex(request.session_token))
      return Option.some(session === undefined ? undefined : idOf(session))
    }
    if (request.session_jwt === undefined) return Option.none()
    const config = yield* EmulatorConfig
    const claims = yield* readSessionJwt(yield* store.signingKeys, config.projectId, request.session_jwt)
    return Option.some(Option.getOrUndefined(sessionIdOfClaims(claims)))
  })

const notFound = () => raise(SessionNotFound, 404, "session_token / session_jwt: no live session matches it.")

/** Whether a session has not expired at `at`. */
export const isLive = (session: { readonly expires_at: string }, at: number): boolean => Date.parse(session.expires_at) > at

/**
 * The live session a request names by `session_token` or `session_jwt`: none when it names
 * none, `session_not_found` when it names one that is unknown, expired or revoked.
 */
export const findLiveSession = (
  request: Pick<SessionRequest, "session_token" | "session_jwt">
): Effect.Effect<Option.Option<StoredSession>, RouteError<typeof SessionNotFound>, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const named = yield* namedSessionId(request, (read, hash) => read.sessionByTokenHash(hash), (session) => session.session_id)
    if (Option.isNone(named)) return Option.none()
    const session = named.value === undefined ? undefined : store.read.sessionById(named.value)
    return session !== undefined && isLive(session, at) ? Option.some(session) : yield* notFound()
  })

/** Custom claims without the reserved ones (`iss sub aud exp nbf iat jti`), which Stytch ignores. */
export const customClaimsOf = (claims: JsonObject | undefined): JsonObject =>
  Object.fromEntries(Object.entries(claims ?? {}).filter(([name]) => !reservedClaims.has(name)))

/** Adds a factor to a session's list, replacing one of the same kind. */
export const withFactor = (
  factors: ReadonlyArray<AuthenticationFactor>,
  factor: AuthenticationFactor
): ReadonlyArray<AuthenticationFactor> => [
  ...factors.filter((f) => !(f.type === factor.type && f.delivery_method === factor.delivery_method)),
  factor
]

/** What a request does to a live session it names: last access, expiry, claims, and a factor when it adds one. */
export const extendedBy = <S extends Omit<StoredSession, "session_id" | "user_id" | "attributes">>(
  live: S,
  request: SessionRequest,
  token: string,
  at: number,
  factor?: AuthenticationFactor
): S => ({
  ...live,
  token_hashes: live.token_hashes.includes(sha256Hex(token)) ? live.token_hashes : [...live.token_hashes, sha256Hex(token)],
  last_accessed_at: iso(at),
  expires_at: request.session_duration_minutes === undefined ? live.expires_at : iso(at + request.session_duration_minutes * 60_000),
  authentication_factors: factor === undefined ? live.authentication_factors : withFactor(live.authentication_factors, factor),
  custom_claims: { ...live.custom_claims, ...customClaimsOf(request.session_custom_claims) }
})

/**
 * What a flow will do about a session, decided before its commit: nothing, start one, or
 * extend the live one the request named.
 */
export type SessionPlan =
  | { readonly kind: "none" }
  | { readonly kind: "start"; readonly token: string; readonly session: StoredSession }
  | { readonly kind: "extend"; readonly token: string; readonly sessionId: string; readonly extend: (live: StoredSession) => StoredSession }

/** A new session for the user when the request asks for one (a duration), else none. */
export const planNewSession = (
  userId: string,
  factor: AuthenticationFactor,
  request: Pick<SessionRequest, "session_duration_minutes" | "session_custom_claims">,
  at: number,
  attributes: Attributes = {}
): SessionPlan => {
  if (request.session_duration_minutes === undefined) return { kind: "none" }
  const token = newToken(32)
  return {
    kind: "start",
    token,
    session: {
      session_id: newId("session"),
      user_id: userId,
      token_hashes: [sha256Hex(token)],
      started_at: iso(at),
      last_accessed_at: iso(at),
      expires_at: iso(at + request.session_duration_minutes * 60_000),
      authentication_factors: [factor],
      custom_claims: customClaimsOf(request.session_custom_claims),
      attributes,
      roles: ["stytch_user"]
    }
  }
}

/**
 * The plan for a login that may name a session: extend that one (it must be the user's),
 * else start one when asked.
 */
export const planSession = (
  userId: string,
  factor: AuthenticationFactor,
  request: SessionRequest,
  at: number
): Effect.Effect<SessionPlan, RouteError<typeof SessionNotFound>, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const named = yield* findLiveSession(request)
    if (Option.isNone(named)) return planNewSession(userId, factor, request, at)
    if (named.value.user_id !== userId) {
      return yield* raise(SessionNotFound, 400, "session_token / session_jwt: the session belongs to another user.")
    }
    // A request that named its session by token gets that token back; otherwise a new one opens it.
    const token = request.session_token ?? newToken(32)
    return { kind: "extend", token, sessionId: named.value.session_id, extend: (live) => extendedBy(live, request, token, at, factor) }
  })

/** Inside a commit: whether the plan can still be carried out (a session to extend is still live). */
export const planHolds = (tx: StoreReads, plan: SessionPlan, at: number): boolean => {
  if (plan.kind !== "extend") return true
  const live = tx.sessionById(plan.sessionId)
  return live !== undefined && isLive(live, at)
}

/** Inside a commit, after {@link planHolds}: writes the planned session; the session as written. */
export const writePlannedSession = (tx: StoreTransaction, plan: SessionPlan): StoredSession | undefined => {
  switch (plan.kind) {
    case "none":
      return undefined
    case "start":
      tx.putSession(plan.session)
      return plan.session
    case "extend": {
      const live = tx.sessionById(plan.sessionId)
      if (live === undefined) return undefined
      const next = plan.extend(live)
      tx.putSession(next)
      return next
    }
  }
}

/** The session as the API returns it. */
export const sessionView = (session: StoredSession): Session => ({
  session_id: session.session_id,
  user_id: session.user_id,
  started_at: session.started_at,
  last_accessed_at: session.last_accessed_at,
  expires_at: session.expires_at,
  attributes: session.attributes,
  authentication_factors: session.authentication_factors,
  custom_claims: session.custom_claims,
  roles: session.roles
})

/** A fresh JWT for the session, valid for 5 minutes from now. */
export const sessionJwt = (
  session: StoredSession,
  extraClaims: JsonObject = {}
): Effect.Effect<string, never, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const config = yield* EmulatorConfig
    const at = yield* now
    return yield* signSessionJwt(yield* store.signingKeys, {
      projectId: config.projectId,
      subject: session.user_id,
      now: Math.floor(at / 1000),
      customClaims: session.custom_claims,
      stytchClaims: {
        "https://stytch.com/session": {
          id: session.session_id,
          started_at: session.started_at,
          last_accessed_at: session.last_accessed_at,
          expires_at: session.expires_at,
          attributes: session.attributes,
          authentication_factors: session.authentication_factors,
          roles: session.roles
        },
        ...extraClaims
      }
    })
  })

/** The wire fields of the session a flow committed (its JWT signed now), or of none. */
export const sessionFields = (session: StoredSession | undefined, plan: SessionPlan) =>
  session === undefined || plan.kind === "none"
    ? Effect.succeed({ session_token: Option.none<string>(), session_jwt: Option.none<string>() })
    : Effect.map(sessionJwt(session), (jwt) => ({
        session_token: Option.some(plan.token),
        session_jwt: Option.some(jwt),
        session: sessionView(session)
      }))
