/**
 * The one step that decides whether a session credential is good. A JWT is checked locally
 * against the project's JWKS (`authenticateJwt`), so most requests make no round trip; Stytch
 * is asked only when the local check cannot accept it (expired, older than the tag's
 * `maxTokenAgeSeconds`, unknown key, ...), and for a session token, which only Stytch can judge.
 *
 * @since 0.1.0
 */
import type * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import type { B2BSessionsAuthenticateError, B2BSessionsAuthenticateResponse } from "../b2b/sessions/authenticate.js"
import type { B2BSessionsService } from "../b2b/sessions/B2BSessionsService.js"
import type { SessionsAuthenticateError, SessionsAuthenticateResponse } from "../sessions/authenticate.js"
import type { SessionsService } from "../sessions/SessionsService.js"
import type { SessionCredential } from "./credentials.js"
import type { ResolvedSessionAuthOptions } from "./options.js"

/** The fields of a session the middleware keeps, whatever checked the credential. */
export type AuthenticatedConsumerSession = Pick<SessionsAuthenticateResponse, "session">

/** The fields of a member session the middleware keeps, whatever checked the credential. */
export type AuthenticatedMemberSession = Pick<B2BSessionsAuthenticateResponse, "member_session">

/** What `authenticateJwt` is asked for a JWT credential: the JWT and the tag's freshness rules. */
const jwtRequest = (credential: SessionCredential, options: ResolvedSessionAuthOptions) => ({
  session_jwt: Redacted.value(credential.value),
  max_token_age_seconds: options.maxTokenAgeSeconds,
  clock_tolerance_seconds: options.clockToleranceSeconds
})

/** Checks a consumer credential: a JWT locally first, a token with Stytch. */
export const authenticateCredential = (
  sessions: SessionsService,
  credential: SessionCredential,
  options: ResolvedSessionAuthOptions
): Effect.Effect<AuthenticatedConsumerSession, SessionsAuthenticateError> =>
  credential.kind === "session_jwt"
    ? sessions.authenticateJwt(jwtRequest(credential, options))
    : sessions.authenticate({ session_token: Redacted.value(credential.value) })

/** Checks a B2B member credential: a JWT locally first, a token with Stytch. */
export const authenticateMemberCredential = (
  sessions: B2BSessionsService,
  credential: SessionCredential,
  options: ResolvedSessionAuthOptions
): Effect.Effect<AuthenticatedMemberSession, B2BSessionsAuthenticateError> =>
  credential.kind === "session_jwt"
    ? sessions.authenticateJwt(jwtRequest(credential, options))
    : sessions.authenticate({ session_token: Redacted.value(credential.value) })
