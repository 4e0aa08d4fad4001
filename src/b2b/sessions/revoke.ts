/**
 * `POST /v1/b2b/sessions/revoke`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import { MemberNotFound } from "../../errors/OrganizationErrors.js"
import { SessionCredentialErrors } from "../../errors/groups.js"
import { SessionJwt, SessionToken } from "../../models/fields.js"
import { ResponseEnvelope } from "../../passwords/shared.js"

/**
 * Revokes a member session by id, token or JWT, or every session of a member by
 * `member_id`. Safe to retry: revoking twice is revoking once.
 *
 * @example
 * ```ts
 * yield* b2bSessions.revoke({ member_id })
 * ```
 * @since 0.1.0
 */
export const B2BSessionsRevoke = Endpoint.make({
  name: "b2b.sessions.revoke",
  path: "/v1/b2b/sessions/revoke",
  request: Schema.Struct({
    member_session_id: Schema.optional(Schema.String),
    session_token: Schema.optional(SessionToken),
    session_jwt: Schema.optional(SessionJwt),
    member_id: Schema.optional(Schema.String)
  }),
  response: Schema.Struct(ResponseEnvelope),
  errors: [MemberNotFound, ...SessionCredentialErrors],
  retrySafe: true
})
