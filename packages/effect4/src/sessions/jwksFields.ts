/**
 * The fields both JWKS endpoints (consumer and B2B) share: the same request, the same key set.
 * Each endpoint file names its own types over them.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ProjectIdInput } from "../models/ids.js"
import { Jwk } from "../models/Jwks.js"
import { ResponseEnvelope } from "../passwords/shared.js"

/**
 * The project whose keys to fetch, sent in the path.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { jwksRequestFields } from "./jwksFields.js"
 * const JwksRequest = Schema.Struct(jwksRequestFields)
 * ```
 */
export const jwksRequestFields = {
  project_id: ProjectIdInput
}

/**
 * The public keys that verify the project's session JWTs.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { jwksResponseFields } from "./jwksFields.js"
 * const JwksResponse = Schema.Struct(jwksResponseFields)
 * ```
 */
export const jwksResponseFields = {
  ...ResponseEnvelope,
  keys: Schema.Array(Jwk)
}

/**
 * No declared error: Stytch answers another project's id with `project_not_found`, a type
 * without a class here, so it arrives as a `StytchApiError` of that `error_type`.
 *
 * @example
 * ```ts
 * import { jwksErrors } from "./jwksFields.js"
 * const declared: number = jwksErrors.length
 * ```
 */
export const jwksErrors = [] as const
