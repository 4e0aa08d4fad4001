/**
 * `POST /v1/b2b/sessions/authenticate`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { AuthorizationVerdict, B2BAuthorizationCheck } from "../../sessions/authorization.js"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { SessionRequestErrors } from "../../errors/groups.js"
import { NoSessionArguments } from "../../errors/SessionErrors.js"
import { SessionCustomClaims, SessionDurationMinutes, SessionJwt, SessionToken } from "../../models/fields.js"
import { Member } from "../../models/Member.js"
import { MemberSession } from "../../models/MemberSession.js"
import { Organization } from "../../models/Organization.js"
import { ResponseEnvelope } from "../../passwords/shared.js"

const requestFields = {
  session_token: Schema.optional(SessionToken),
  session_jwt: Schema.optional(SessionJwt),
  session_duration_minutes: Schema.optional(SessionDurationMinutes),
  session_custom_claims: Schema.optional(SessionCustomClaims),
  authorization_check: Schema.optional(B2BAuthorizationCheck)
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  member_session: MemberSession,
  session_token: Schema.String,
  session_jwt: Schema.String,
  member: Member,
  organization: Organization,
  verdict: Schema.optional(AuthorizationVerdict)
}

const response = Schema.Struct(responseFields)

const errors = [NoSessionArguments, ...SessionRequestErrors] as const

/**
 * What `b2bSessions.authenticate` takes.
 *
 * @example
 * ```ts
 * import type { B2BSessionsAuthenticateRequest } from "effect4-stytch"
 * const request: B2BSessionsAuthenticateRequest = { session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsAuthenticateRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The JSON body `b2bSessions.authenticate` sends.
 *
 * @example
 * ```ts
 * import type { B2BSessionsAuthenticateRequestEncoded } from "effect4-stytch"
 * const body: B2BSessionsAuthenticateRequestEncoded = { session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q" }
 * ```
 * @since 0.1.0
 */
export type B2BSessionsAuthenticateRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2bSessions.authenticate` succeeds with.
 *
 * @example
 * ```ts
 * import type { B2BSessionsAuthenticateResponse } from "effect4-stytch"
 * const read = (response: B2BSessionsAuthenticateResponse) => response.member_session.expires_at
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsAuthenticateResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `b2bSessions.authenticate` with.
 *
 * @example
 * ```ts
 * import type { B2BSessionsAuthenticateResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BSessionsAuthenticateResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BSessionsAuthenticateResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `b2bSessions.authenticate` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { B2BSessionsAuthenticateError } from "effect4-stytch"
 * const isKnown = (error: B2BSessionsAuthenticateError) => error._tag === "SessionNotFound"
 * ```
 * @since 0.1.0
 */
export type B2BSessionsAuthenticateError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Checks a member session by token or JWT and returns it with its member and organization;
 * with a duration it also extends the session. Safe to retry.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BSessions } from "effect4-stytch"
 *
 * const whoIs = (session_token: string) =>
 *   Effect.gen(function* () {
 *     const b2bSessions = yield* B2BSessions
 *     const { member_session, organization } = yield* b2bSessions.authenticate({ session_token })
 *     return { member_id: member_session.member_id, organization: organization.organization_slug }
 *   })
 * ```
 * @since 0.1.0
 */
export const B2BSessionsAuthenticate: Endpoint.Endpoint<
  Schema.Codec<B2BSessionsAuthenticateRequest, B2BSessionsAuthenticateRequestEncoded>,
  Schema.Codec<B2BSessionsAuthenticateResponse, B2BSessionsAuthenticateResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.sessions.authenticate",
  path: "/v1/b2b/sessions/authenticate",
  request,
  response,
  errors,
  retrySafe: true
})
