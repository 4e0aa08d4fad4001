/**
 * `GET /v1/sessions?user_id=`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { InvalidUserId, UserNotFound } from "../errors/PlatformErrors.js"
import { UserIdInput } from "../models/ids.js"
import { Session } from "../models/Session.js"
import { ResponseEnvelope } from "../passwords/shared.js"

const requestFields = {
  user_id: UserIdInput
}

const request = Schema.Struct(requestFields)

const responseFields = {
  ...ResponseEnvelope,
  sessions: Schema.Array(Session)
}

const response = Schema.Struct(responseFields)

const errors = [UserNotFound, InvalidUserId] as const

/**
 * What `sessions.get` takes: the user whose sessions to list (sent in the query string).
 *
 * @example
 * ```ts
 * import type { SessionsGetRequest } from "effect4-stytch"
 * const request: SessionsGetRequest = { user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6" }
 * ```
 * @since 0.1.0
 */
export interface SessionsGetRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The fields `sessions.get` sends (as `?user_id=`: a `GET` has no body).
 *
 * @example
 * ```ts
 * import type { SessionsGetRequestEncoded } from "effect4-stytch"
 * const sent: SessionsGetRequestEncoded = { user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6" }
 * ```
 * @since 0.1.0
 */
export type SessionsGetRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `sessions.get` succeeds with: the user's live sessions.
 *
 * @example
 * ```ts
 * import type { SessionsGetResponse } from "effect4-stytch"
 * const ids = (response: SessionsGetResponse) => response.sessions.map((session) => session.session_id)
 * ```
 * @since 0.1.0
 */
export interface SessionsGetResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `sessions.get` with.
 *
 * @example
 * ```ts
 * import type { SessionsGetResponseEncoded } from "effect4-stytch"
 * const requestId = (body: SessionsGetResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type SessionsGetResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `sessions.get` can fail with: its known errors, and every {@link StytchFailure}.
 *
 * @example
 * ```ts
 * import type { SessionsGetError } from "effect4-stytch"
 * const isKnown = (error: SessionsGetError) => error._tag === "UserNotFound"
 * ```
 * @since 0.1.0
 */
export type SessionsGetError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Lists a user's live sessions (expired and revoked ones are not listed). A `GET`: safe to
 * retry.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const signedInDevices = (user_id: string) =>
 *   Effect.gen(function* () {
 *     const sessions = yield* Sessions
 *     const listed = yield* sessions.get({ user_id })
 *     return listed.sessions.map((session) => session.attributes?.user_agent ?? "unknown")
 *   })
 * ```
 * @since 0.1.0
 */
export const SessionsGet: Endpoint.Endpoint<
  Schema.Codec<SessionsGetRequest, SessionsGetRequestEncoded>,
  Schema.Codec<SessionsGetResponse, SessionsGetResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "sessions.get",
  method: "GET",
  path: "/v1/sessions",
  query: ["user_id"],
  request,
  response,
  errors,
  retrySafe: true
})
