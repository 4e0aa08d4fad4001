/**
 * `POST /v1/b2b/sessions/authenticate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AuthorizationVerdict, B2BAuthorizationCheck } from "../../sessions/authorization.js"
import * as Endpoint from "../../Endpoint.js"
import { SessionRequestErrors } from "../../errors/groups.js"
import { NoSessionArguments } from "../../errors/SessionErrors.js"
import { SessionCustomClaims, SessionDurationMinutes, SessionJwt, SessionToken } from "../../models/fields.js"
import { Member } from "../../models/Member.js"
import { MemberSession } from "../../models/MemberSession.js"
import { Organization } from "../../models/Organization.js"
import { ResponseEnvelope } from "../../passwords/shared.js"

/**
 * Checks a member session by token or JWT and returns it with its member and organization;
 * with a duration it also extends the session. Safe to retry.
 *
 * @example
 * ```ts
 * const { member_session, organization } = yield* b2bSessions.authenticate({ session_token })
 * ```
 * @since 0.1.0
 */
export const B2BSessionsAuthenticate = Endpoint.make({
  name: "b2b.sessions.authenticate",
  path: "/v1/b2b/sessions/authenticate",
  request: Schema.Struct({
    session_token: Schema.optional(SessionToken),
    session_jwt: Schema.optional(SessionJwt),
    session_duration_minutes: Schema.optional(SessionDurationMinutes),
    session_custom_claims: Schema.optional(SessionCustomClaims),
    authorization_check: Schema.optional(B2BAuthorizationCheck)
  }),
  response: Schema.Struct({
    ...ResponseEnvelope,
    member_session: MemberSession,
    session_token: Schema.String,
    session_jwt: Schema.String,
    member: Member,
    organization: Organization,
    verdict: Schema.optional(AuthorizationVerdict)
  }),
  errors: [NoSessionArguments, ...SessionRequestErrors],
  retrySafe: true
})
