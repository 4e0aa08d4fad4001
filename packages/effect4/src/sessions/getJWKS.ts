/**
 * `GET /v1/sessions/jwks/{project_id}`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../Endpoint.js"
import type { StytchFailure } from "../StytchError.js"
import { jwksErrors, jwksRequestFields, jwksResponseFields } from "./jwksFields.js"

const requestFields = jwksRequestFields
const request = Schema.Struct(requestFields)
const responseFields = jwksResponseFields
const response = Schema.Struct(responseFields)
const errors = jwksErrors

/**
 * What `sessions.getJWKS` takes: the project whose keys to fetch (sent in the path).
 *
 * @example
 * ```ts
 * import type { SessionsGetJWKSRequest } from "effect4-stytch"
 * const request: SessionsGetJWKSRequest = { project_id: "project-test-00000000-0000-4000-8000-000000000000" }
 * ```
 * @since 0.1.0
 */
export interface SessionsGetJWKSRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The fields `sessions.getJWKS` sends (in the path: a `GET` has no body).
 *
 * @example
 * ```ts
 * import type { SessionsGetJWKSRequestEncoded } from "effect4-stytch"
 * const sent: SessionsGetJWKSRequestEncoded = { project_id: "project-test-00000000-0000-4000-8000-000000000000" }
 * ```
 * @since 0.1.0
 */
export type SessionsGetJWKSRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `sessions.getJWKS` succeeds with: the public keys that verify the project's session JWTs.
 *
 * @example
 * ```ts
 * import type { SessionsGetJWKSResponse } from "effect4-stytch"
 * const kids = (response: SessionsGetJWKSResponse) => response.keys.map((key) => key.kid)
 * ```
 * @since 0.1.0
 */
export interface SessionsGetJWKSResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `sessions.getJWKS` with.
 *
 * @example
 * ```ts
 * import type { SessionsGetJWKSResponseEncoded } from "effect4-stytch"
 * const requestId = (body: SessionsGetJWKSResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type SessionsGetJWKSResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `sessions.getJWKS` can fail with: every {@link StytchFailure} (another project's id is
 * a `StytchApiError` with `error_type` `project_not_found`).
 *
 * @example
 * ```ts
 * import type { SessionsGetJWKSError } from "effect4-stytch"
 * const isOtherProject = (error: SessionsGetJWKSError) => error._tag === "StytchApiError" && error.error_type === "project_not_found"
 * ```
 * @since 0.1.0
 */
export type SessionsGetJWKSError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Fetches the project's JSON Web Key Set, to verify session JWTs locally (keys rotate about
 * every six months, with a month of overlap: pick the key by the JWT's `kid`). A `GET`: safe
 * to retry.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions, StytchClient } from "effect4-stytch"
 *
 * const keys = Effect.gen(function* () {
 *   const { projectId } = yield* StytchClient
 *   const sessions = yield* Sessions
 *   const jwks = yield* sessions.getJWKS({ project_id: projectId })
 *   return jwks.keys
 * })
 * ```
 * @since 0.1.0
 */
export const SessionsGetJWKS: Endpoint.Endpoint<
  Schema.Codec<SessionsGetJWKSRequest, SessionsGetJWKSRequestEncoded>,
  Schema.Codec<SessionsGetJWKSResponse, SessionsGetJWKSResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "sessions.getJWKS",
  method: "GET",
  path: "/v1/sessions/jwks/{project_id}",
  request,
  response,
  errors,
  retrySafe: true
})
