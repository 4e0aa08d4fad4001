/**
 * `GET /v1/b2b/sessions/jwks/{project_id}`.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Endpoint from "../../Endpoint.js"
import type { StytchFailure } from "../../StytchError.js"
import { jwksErrors, jwksRequestFields, jwksResponseFields } from "../../sessions/jwksFields.js"

const requestFields = jwksRequestFields
const request = Schema.Struct(requestFields)
const responseFields = jwksResponseFields
const response = Schema.Struct(responseFields)
const errors = jwksErrors

/**
 * What `b2bSessions.getJWKS` takes: the project whose keys to fetch (sent in the path).
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetJWKSRequest } from "effect4-stytch"
 * const request: B2BSessionsGetJWKSRequest = { project_id: "project-test-00000000-0000-4000-8000-000000000000" }
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsGetJWKSRequest extends Schema.Struct.Type<typeof requestFields> {}

/**
 * The fields `b2bSessions.getJWKS` sends (in the path: a `GET` has no body).
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetJWKSRequestEncoded } from "effect4-stytch"
 * const sent: B2BSessionsGetJWKSRequestEncoded = { project_id: "project-test-00000000-0000-4000-8000-000000000000" }
 * ```
 * @since 0.1.0
 */
export type B2BSessionsGetJWKSRequestEncoded = Schema.Struct.Encoded<typeof requestFields>

/**
 * What `b2bSessions.getJWKS` succeeds with: the public keys that verify the project's member
 * session JWTs.
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetJWKSResponse } from "effect4-stytch"
 * const kids = (response: B2BSessionsGetJWKSResponse) => response.keys.map((key) => key.kid)
 * ```
 * @since 0.1.0
 */
export interface B2BSessionsGetJWKSResponse extends Schema.Struct.Type<typeof responseFields> {}

/**
 * The JSON body Stytch answers `b2bSessions.getJWKS` with.
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetJWKSResponseEncoded } from "effect4-stytch"
 * const requestId = (body: B2BSessionsGetJWKSResponseEncoded) => body.request_id
 * ```
 * @since 0.1.0
 */
export type B2BSessionsGetJWKSResponseEncoded = Schema.Struct.Encoded<typeof responseFields>

/**
 * What `b2bSessions.getJWKS` can fail with: every {@link StytchFailure} (another project's id is
 * a `StytchApiError` with `error_type` `project_not_found`).
 *
 * @example
 * ```ts
 * import type { B2BSessionsGetJWKSError } from "effect4-stytch"
 * const isOtherProject = (error: B2BSessionsGetJWKSError) => error._tag === "StytchApiError" && error.error_type === "project_not_found"
 * ```
 * @since 0.1.0
 */
export type B2BSessionsGetJWKSError = InstanceType<(typeof errors)[number]> | StytchFailure

/**
 * Fetches the project's JSON Web Key Set, to verify session JWTs locally (keys rotate about
 * every six months, with a month of overlap: pick the key by the JWT's `kid`). A `GET`: safe
 * to retry.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BSessions, StytchClient } from "effect4-stytch"
 *
 * const keys = Effect.gen(function* () {
 *   const { projectId } = yield* StytchClient
 *   const b2bSessions = yield* B2BSessions
 *   const jwks = yield* b2bSessions.getJWKS({ project_id: projectId })
 *   return jwks.keys
 * })
 * ```
 * @since 0.1.0
 */
export const B2BSessionsGetJWKS: Endpoint.Endpoint<
  Schema.Codec<B2BSessionsGetJWKSRequest, B2BSessionsGetJWKSRequestEncoded>,
  Schema.Codec<B2BSessionsGetJWKSResponse, B2BSessionsGetJWKSResponseEncoded>,
  typeof errors
> = Endpoint.make({
  name: "b2b.sessions.getJWKS",
  method: "GET",
  path: "/v1/b2b/sessions/jwks/{project_id}",
  request,
  response,
  errors,
  retrySafe: true
})
