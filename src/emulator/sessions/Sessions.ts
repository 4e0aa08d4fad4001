/**
 * Sessions: made, extended, found by token or JWT, revoked; and their JWTs.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import type { JsonObject } from "../../models/Json.js"
import type { Attributes, AuthenticationFactor, Session } from "../../models/Session.js"
import { EmulatorConfig } from "../EmulatorConfig.js"
import { type EmulatorError, stytchError } from "../EmulatorError.js"
import { iso, newId, newToken, now, sha256Hex } from "../runtime.js"
import type { StoredSession } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"
import { readSessionJwt, reservedClaims, signSessionJwt } from "./Jwt.js"

/** The session part of a request. */
export interface SessionRequest {
  readonly session_token?: string | undefined
  readonly session_jwt?: string | undefined
  readonly session_duration_minutes?: number | undefined
  readonly session_custom_claims?: JsonObject | undefined
}

/** A session handed back to the caller: the stored session, a token that opens it, its JWT. */
export interface IssuedSession {
  readonly session: StoredSession
  readonly token: string
  readonly jwt: string
}

const notFound = () => stytchError(404, "session_not_found", "No live session matches the session_token or session_jwt.")

/**
 * The live session a request names by `session_token` or `session_jwt`: none when it names
 * none, `session_not_found` when it names one that is unknown, expired or revoked.
 */
export const findLiveSession = (
  request: Pick<SessionRequest, "session_token" | "session_jwt">
): Effect.Effect<Option.Option<StoredSession>, EmulatorError, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const config = yield* EmulatorConfig
    const at = yield* now
    const live = (session: StoredSession | undefined) =>
      session !== undefined && Date.parse(session.expires_at) > at ? Option.some(session) : Option.none()
    if (request.session_token !== undefined) {
      const session = live(store.memory.sessionByTokenHash(sha256Hex(request.session_token)))
      return Option.isSome(session) ? session : yield* notFound()
    }
    if (request.session_jwt !== undefined) {
      const claims = yield* readSessionJwt(yield* store.memory.signingKeys, config.projectId, request.session_jwt)
      const sessionClaim = Option.flatMap(claims, (payload) => Option.fromNullable(payload["https://stytch.com/session"]))
      const id = Option.flatMap(sessionClaim, (claim) =>
        typeof claim === "object" && claim !== null && "id" in claim && typeof claim.id === "string"
          ? Option.some(claim.id)
          : Option.none()
      )
      const session = live(Option.isSome(id) ? store.memory.sessionById(id.value) : undefined)
      return Option.isSome(session) ? session : yield* notFound()
    }
    return Option.none()
  })

/** Custom claims without the reserved ones (`iss sub aud exp nbf iat jti`), which Stytch ignores. */
export const customClaimsOf = (claims: JsonObject | undefined): JsonObject =>
  Object.fromEntries(Object.entries(claims ?? {}).filter(([name]) => !reservedClaims.has(name)))

const sameFactor = (a: AuthenticationFactor, b: AuthenticationFactor) =>
  a.type === b.type && a.delivery_method === b.delivery_method

/**
 * Starts a session for the user with the factor, or extends the one the request names.
 * With neither a session credential nor a duration, no session is made.
 */
export const issueSession = (
  userId: string,
  factor: AuthenticationFactor,
  request: SessionRequest,
  attributes: Attributes = {}
): Effect.Effect<Option.Option<IssuedSession>, EmulatorError, EmulatorStore | EmulatorConfig> =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const existing = yield* findLiveSession(request)
    const duration = request.session_duration_minutes
    const claims = customClaimsOf(request.session_custom_claims)
    if (Option.isSome(existing) && existing.value.user_id !== userId) {
      return yield* stytchError(400, "session_not_found", "The session given belongs to another user.")
    }
    if (Option.isNone(existing) && duration === undefined) return Option.none()
    // A request that named its session by token gets that token back; otherwise a new one opens it.
    const token = request.session_token !== undefined && Option.isSome(existing) ? request.session_token : newToken(32)
    const session: StoredSession = Option.match(existing, {
      onNone: () => ({
        session_id: newId("session"),
        user_id: userId,
        token_hashes: [sha256Hex(token)],
        started_at: iso(at),
        last_accessed_at: iso(at),
        expires_at: iso(at + (duration ?? 60) * 60_000),
        authentication_factors: [factor],
        custom_claims: claims,
        attributes,
        roles: ["stytch_user"]
      }),
      onSome: (live) => ({
        ...live,
        token_hashes: live.token_hashes.includes(sha256Hex(token)) ? live.token_hashes : [...live.token_hashes, sha256Hex(token)],
        last_accessed_at: iso(at),
        expires_at: duration === undefined ? live.expires_at : iso(at + duration * 60_000),
        authentication_factors: [...live.authentication_factors.filter((f) => !sameFactor(f, factor)), factor],
        custom_claims: { ...live.custom_claims, ...claims }
      })
    })
    store.memory.putSession(session)
    const jwt = yield* sessionJwt(session)
    return Option.some({ session, token, jwt })
  })

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
    return yield* signSessionJwt(yield* store.memory.signingKeys, {
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

/** The wire fields of an issued session, or of none. */
export const sessionFields = (issued: Option.Option<IssuedSession>) =>
  Option.match(issued, {
    onNone: () => ({ session_token: Option.none<string>(), session_jwt: Option.none<string>() }),
    onSome: ({ jwt, session, token }) => ({
      session_token: Option.some(token),
      session_jwt: Option.some(jwt),
      session: sessionView(session)
    })
  })
