/**
 * `POST /v1/sessions/authenticate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AuthorizationCheck, AuthorizationVerdict } from "./authorization.js"
import * as Endpoint from "../Endpoint.js"
import { SessionRequestErrors } from "../errors/groups.js"
import { NoSessionArguments } from "../errors/SessionErrors.js"
import { SessionCustomClaims, SessionDurationMinutes, SessionJwt, SessionToken } from "../models/fields.js"
import { Session } from "../models/Session.js"
import { User } from "../models/User.js"
import { ResponseEnvelope } from "../passwords/shared.js"

/**
 * Checks a session by token or JWT and returns it with its user; with a duration it also
 * extends the session. Safe to retry: authenticating twice has the same effect as once.
 *
 * @example
 * ```ts
 * const { session, user } = yield* sessions.authenticate({ session_token })
 * ```
 * @since 0.1.0
 */
export const SessionsAuthenticate = Endpoint.make({
  name: "sessions.authenticate",
  path: "/v1/sessions/authenticate",
  request: Schema.Struct({
    session_token: Schema.optional(SessionToken),
    session_jwt: Schema.optional(SessionJwt),
    session_duration_minutes: Schema.optional(SessionDurationMinutes),
    session_custom_claims: Schema.optional(SessionCustomClaims),
    authorization_check: Schema.optional(AuthorizationCheck)
  }),
  response: Schema.Struct({
    ...ResponseEnvelope,
    session: Session,
    session_token: Schema.String,
    session_jwt: Schema.String,
    user: User,
    verdict: Schema.optional(AuthorizationVerdict)
  }),
  errors: [NoSessionArguments, ...SessionRequestErrors],
  retrySafe: true
})
