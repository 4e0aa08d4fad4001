/**
 * `POST /v1/sessions/revoke`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import { SessionCredentialErrors } from "../errors/groups.js"
import { SessionJwt, SessionToken } from "../models/fields.js"
import { ResponseEnvelope } from "../passwords/shared.js"

/**
 * Revokes a session, named by id, token or JWT. Safe to retry: revoking twice is revoking once.
 *
 * @example
 * ```ts
 * yield* sessions.revoke({ session_id })
 * ```
 * @since 0.1.0
 */
export const SessionsRevoke = Endpoint.make({
  name: "sessions.revoke",
  path: "/v1/sessions/revoke",
  request: Schema.Struct({
    session_id: Schema.optional(Schema.String),
    session_token: Schema.optional(SessionToken),
    session_jwt: Schema.optional(SessionJwt)
  }),
  response: Schema.Struct(ResponseEnvelope),
  errors: [...SessionCredentialErrors],
  retrySafe: true
})
