/**
 * The one step that asks Stytch whether a session credential is good.
 *
 * When `sessions.authenticateJwt` lands (local JWT verification against the JWKS, with the API
 * as fallback), the `session_jwt` branches below call it instead, so a JWT is checked without a
 * round trip; nothing else in the middlewares changes.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import type { B2BSessionsAuthenticateError, B2BSessionsAuthenticateResponse } from "../b2b/sessions/authenticate.js"
import type { B2BSessionsService } from "../b2b/sessions/B2BSessionsService.js"
import type { SessionsAuthenticateError, SessionsAuthenticateResponse } from "../sessions/authenticate.js"
import type { SessionsService } from "../sessions/SessionsService.js"
import type { SessionCredential } from "./credentials.js"

/** The fields of a consumer session the middleware keeps, whatever checked the credential. */
export type AuthenticatedConsumerSession = Pick<SessionsAuthenticateResponse, "session">

/** The fields of a member session the middleware keeps, whatever checked the credential. */
export type AuthenticatedMemberSession = Pick<B2BSessionsAuthenticateResponse, "member_session">

/** Checks a consumer credential with Stytch. */
export const authenticateCredential = (
  sessions: SessionsService,
  credential: SessionCredential
): Effect.Effect<AuthenticatedConsumerSession, SessionsAuthenticateError> =>
  credential.kind === "session_jwt"
    ? sessions.authenticate({ session_jwt: Redacted.value(credential.value) })
    : sessions.authenticate({ session_token: Redacted.value(credential.value) })

/** Checks a B2B member credential with Stytch. */
export const authenticateMemberCredential = (
  sessions: B2BSessionsService,
  credential: SessionCredential
): Effect.Effect<AuthenticatedMemberSession, B2BSessionsAuthenticateError> =>
  credential.kind === "session_jwt"
    ? sessions.authenticate({ session_jwt: Redacted.value(credential.value) })
    : sessions.authenticate({ session_token: Redacted.value(credential.value) })
