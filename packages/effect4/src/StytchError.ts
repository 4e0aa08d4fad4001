/**
 * The errors a Stytch call can fail with, as data.
 *
 * Stytch answers a failed request with a JSON body naming an `error_type`. Each known type
 * has its own `Schema.TaggedError` class (see `src/errors/`), whose tag is the PascalCase of
 * the type, so `Effect.catchTag("DuplicateEmail", ...)` works. A type the endpoint does not
 * list decodes into {@link StytchApiError} with the same fields. Failures that are not
 * Stytch answers have their own classes below. None of them ever holds a password, the
 * project secret or a request body.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { JsonObject } from "./models/Json.js"

/**
 * The fields every Stytch API error keeps: the body's fields, plus the HTTP status and the
 * `Retry-After` delay the response carried, if any.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ApiErrorFields } from "effect4-stytch"
 *
 * class MyCustomError extends Schema.TaggedError<MyCustomError>()("MyCustomError", ApiErrorFields) {}
 * ```
 * @since 0.1.0
 */
export const ApiErrorFields = {
  status_code: Schema.Number,
  request_id: Schema.String,
  error_type: Schema.String,
  error_message: Schema.String,
  error_url: Schema.String,
  error_details: Schema.optional(JsonObject),
  /** The status line of the HTTP response (the body's `status_code` normally agrees). */
  http_status: Schema.Number,
  /** The server's `Retry-After`, in milliseconds, when the response had one. */
  retry_after_ms: Schema.optional(Schema.Number)
}

/**
 * The constructor argument of every API error class.
 *
 * @example
 * ```ts
 * import type { ApiErrorProps } from "effect4-stytch"
 * const props: ApiErrorProps = {
 *   status_code: 400, request_id: "request-id-test-1", error_type: "duplicate_email",
 *   error_message: "A user with this email already exists.", error_url: "", http_status: 400
 * }
 * ```
 * @since 0.1.0
 */
export type ApiErrorProps = Schema.Struct.MakeIn<typeof ApiErrorFields>

/**
 * What an instance of any API error class looks like.
 *
 * @example
 * ```ts
 * import type { ApiError } from "effect4-stytch"
 * const describe = (e: ApiError) => `${e._tag} (${e.http_status}) ${e.request_id}`
 * ```
 * @since 0.1.0
 */
export interface ApiError extends Error, Schema.Struct.Type<typeof ApiErrorFields> {
  readonly _tag: string
}

/**
 * A class of API errors: what an endpoint lists as the errors it is known to return.
 *
 * @example
 * ```ts
 * import { DuplicateEmail, type ApiErrorClass } from "effect4-stytch"
 * const known: ReadonlyArray<ApiErrorClass> = [DuplicateEmail]
 * ```
 * @since 0.1.0
 */
export interface ApiErrorClass<E extends ApiError = ApiError> {
  /**
   * The class's tag. `knownError` and `knownErrorClass` set it (Effect 4's `Schema.TaggedError`
   * classes do not carry their tag as a static); without it the schema `identifier` stands in.
   */
  readonly _tag?: string
  /** The schema identifier of the class (its tag, unless given another). */
  readonly identifier: string
  /** The wire `error_type` the class stands for (`duplicate_email`), when it stands for one. */
  readonly errorType?: string
  readonly prototype: E
  new (props: ApiErrorProps): E
}

/**
 * Gives an API error class a readable `message`, `<error_type>: <error_message>`, in place of
 * Schema's dump of every field (the fields all stay on the error).
 */
const withReadableMessage = <Base extends ApiErrorClass>(base: Base): Base => {
  Object.defineProperty(base.prototype, "message", {
    get(this: ApiError): string {
      return this.error_message === "" ? this.error_type : `${this.error_type}: ${this.error_message}`
    },
    enumerable: false,
    configurable: true
  })
  return base
}

/**
 * Binds a `Schema.TaggedError` class built on {@link ApiErrorFields} to its wire
 * `error_type`, and gives its instances a readable `message` (`duplicate_email: A user with
 * this email already exists.`) instead of a dump of every field.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ApiErrorFields, knownError } from "effect4-stytch"
 *
 * class SeatLimitReached extends knownError(
 *   "seat_limit_reached",
 *   Schema.TaggedError<SeatLimitReached>()("SeatLimitReached", ApiErrorFields)
 * ) {}
 * SeatLimitReached.errorType // "seat_limit_reached"
 * ```
 * @since 0.1.0
 */
export const knownError = <const ErrorType extends string, Base extends ApiErrorClass>(
  errorType: ErrorType,
  base: Base
): Base & { readonly errorType: ErrorType; readonly _tag: string } => {
  return Object.assign(withReadableMessage(base), { errorType, _tag: errorTag(errorType) })
}

/**
 * A Stytch error whose `error_type` the endpoint does not list (a new type, or one that
 * can come from any endpoint, such as bad credentials). It keeps every field, so
 * `error.error_type` still tells what happened.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchApiError } from "effect4-stytch"
 *
 * const handled = <A, R>(self: Effect.Effect<A, StytchApiError, R>) =>
 *   self.pipe(Effect.catchTag("StytchApiError", (e) => Effect.logWarning(e.error_type)))
 * ```
 * @since 0.1.0
 */
export class StytchApiError extends withReadableMessage(
  Schema.TaggedError<StytchApiError>()("StytchApiError", ApiErrorFields)
) {
  /** The tag, as a static like the known error classes have. */
  static readonly _tag = "StytchApiError"
}

/**
 * The request could not be exchanged with Stytch: a refused or reset connection, a DNS
 * failure. `request_sent` is `false` only when the connection was never made, so the server
 * cannot have acted; otherwise it may have. The cause is kept as a description only (the
 * original error can hold the request and its body).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { StytchTransportError } from "effect4-stytch"
 *
 * const report = (e: StytchTransportError) => Effect.logError(`${e.path}: ${e.description}`)
 * ```
 * @since 0.1.0
 */
export class StytchTransportError extends Schema.TaggedError<StytchTransportError>()("StytchTransportError", {
  path: Schema.String,
  request_sent: Schema.Boolean,
  description: Schema.String
}) {}

/**
 * One attempt took longer than the configured timeout and was interrupted.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { StytchTimeout } from "effect4-stytch"
 *
 * const report = (e: StytchTimeout) => Effect.logWarning(`${e.path} timed out after ${e.timeout_ms} ms`)
 * ```
 * @since 0.1.0
 */
export class StytchTimeout extends Schema.TaggedError<StytchTimeout>()("StytchTimeout", {
  path: Schema.String,
  timeout_ms: Schema.Number
}) {}

/**
 * The server answered with something that is not a Stytch response: an HTML error page
 * from a proxy, a truncated or non-JSON body, a JSON body without an `error_type`. The HTTP
 * status is kept, the `Retry-After` delay when the response had one (a proxy's 503 page is
 * retried as Stytch's own), and for error statuses a short excerpt of the body: its first
 * characters, or for a JSON body the names of its fields only, never their values (success
 * bodies are never excerpted: they can hold session tokens, and so could a stray JSON body).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { StytchUnexpectedResponse } from "effect4-stytch"
 *
 * const report = (e: StytchUnexpectedResponse) => Effect.logError(`${e.http_status}: ${e.excerpt}`)
 * ```
 * @since 0.1.0
 */
export class StytchUnexpectedResponse extends Schema.TaggedError<StytchUnexpectedResponse>()(
  "StytchUnexpectedResponse",
  {
    path: Schema.String,
    http_status: Schema.Number,
    request_id: Schema.optional(Schema.String),
    content_type: Schema.String,
    excerpt: Schema.String,
    /** The server's `Retry-After`, in milliseconds, when the response had one. */
    retry_after_ms: Schema.optional(Schema.Number)
  }
) {}

/**
 * A success response that does not match the endpoint's response schema. `field` is the
 * path of the first bad field (`user.emails.0.verified`) and `issue` what was wrong with it,
 * without the value.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { StytchDecodeError } from "effect4-stytch"
 *
 * const report = (e: StytchDecodeError) => Effect.logError(`${e.request_id}: ${e.field} ${e.issue}`)
 * ```
 * @since 0.1.0
 */
export class StytchDecodeError extends Schema.TaggedError<StytchDecodeError>()("StytchDecodeError", {
  path: Schema.String,
  http_status: Schema.Number,
  request_id: Schema.String,
  field: Schema.String,
  issue: Schema.String
}) {}

/**
 * The request failed its own schema, so nothing was sent. `field` names the bad field and
 * `issue` the rule it broke, without the value.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { StytchInvalidRequest } from "effect4-stytch"
 *
 * const report = (e: StytchInvalidRequest) => Effect.logError(`${e.field}: ${e.issue}`)
 * ```
 * @since 0.1.0
 */
export class StytchInvalidRequest extends Schema.TaggedError<StytchInvalidRequest>()("StytchInvalidRequest", {
  path: Schema.String,
  field: Schema.String,
  issue: Schema.String
}) {}

/**
 * Every failure that is not a known API error of the endpoint.
 *
 * @example
 * ```ts
 * import type { StytchFailure } from "effect4-stytch"
 * const tagOf = (e: StytchFailure) => e._tag
 * ```
 * @since 0.1.0
 */
export type StytchFailure =
  | StytchApiError
  | StytchTransportError
  | StytchTimeout
  | StytchUnexpectedResponse
  | StytchDecodeError
  | StytchInvalidRequest

const StytchErrorBody = Schema.Struct({
  status_code: Schema.optional(Schema.Number),
  request_id: Schema.optional(Schema.String),
  error_type: Schema.String,
  error_message: Schema.optional(Schema.String),
  error_url: Schema.optional(Schema.String),
  error_details: Schema.optional(JsonObject)
})

const OAuth2ErrorBody = Schema.Struct({
  status_code: Schema.optional(Schema.Number),
  request_id: Schema.optional(Schema.String),
  error: Schema.String,
  error_description: Schema.optional(Schema.String),
  error_uri: Schema.optional(Schema.String)
})

/**
 * The body of a Stytch error as it is on the wire: the usual shape, or the OAuth2 shape
 * (`error`, `error_description`, `error_uri`) mapped onto the same fields.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ErrorBody } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(ErrorBody)({ error: "invalid_grant", error_description: "Expired" })
 * // { error_type: "invalid_grant", error_message: "Expired" }
 * ```
 * @since 0.1.0
 */
export const ErrorBody = Schema.Union([
  StytchErrorBody,
  OAuth2ErrorBody.pipe(
    Schema.decodeTo(
      Schema.toType(StytchErrorBody),
      SchemaTransformation.transform<typeof StytchErrorBody.Type, typeof OAuth2ErrorBody.Type>({
        decode: ({ error, error_description, error_uri, ...rest }) => ({
          ...rest,
          error_type: error,
          ...(error_description === undefined ? {} : { error_message: error_description }),
          ...(error_uri === undefined ? {} : { error_url: error_uri })
        }),
        encode: ({ error_type, error_message, error_url, error_details: _, ...rest }) => ({
          ...rest,
          error: error_type,
          ...(error_message === undefined ? {} : { error_description: error_message }),
          ...(error_url === undefined ? {} : { error_uri: error_url })
        })
      })
    )
  )
])

/**
 * The PascalCase tag of an `error_type`: `duplicate_email` is `DuplicateEmail`,
 * `invalid_md_5_hash` is `InvalidMd5Hash`.
 *
 * @example
 * ```ts
 * import { errorTag } from "effect4-stytch"
 * errorTag("pkce_mismatch") // "PkceMismatch"
 * ```
 * @since 0.1.0
 */
export const errorTag = (errorType: string): string =>
  errorType
    .split("_")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("")

/**
 * Builds the error for a decoded error body: an instance of the matching class among
 * `known`, else a {@link StytchApiError}.
 *
 * @example
 * ```ts
 * import { DuplicateEmail, fromErrorBody } from "effect4-stytch"
 *
 * const error = fromErrorBody([DuplicateEmail], { error_type: "duplicate_email" }, { http_status: 400 })
 * error._tag // "DuplicateEmail"
 * ```
 * @since 0.1.0
 */
export const fromErrorBody = <const Known extends ReadonlyArray<ApiErrorClass>>(
  known: Known,
  body: typeof ErrorBody.Type,
  response: { readonly http_status: number; readonly retry_after_ms?: number | undefined }
): InstanceType<Known[number]> | StytchApiError => {
  const props: ApiErrorProps = {
    status_code: body.status_code ?? response.http_status,
    request_id: body.request_id ?? "",
    error_type: body.error_type,
    error_message: body.error_message ?? "",
    error_url: body.error_url ?? "",
    ...(body.error_details === undefined ? {} : { error_details: body.error_details }),
    http_status: response.http_status,
    ...(response.retry_after_ms === undefined ? {} : { retry_after_ms: response.retry_after_ms })
  }
  const tag = errorTag(body.error_type)
  const Known = known.find(
    (candidate): candidate is Known[number] => candidate.errorType === body.error_type || (candidate._tag ?? candidate.identifier) === tag
  )
  // `find` narrows to the union of the listed classes, whose instances TS sees as ApiError.
  return Known === undefined ? new StytchApiError(props) : (new Known(props) as InstanceType<Known[number]>)
}

/**
 * The wire body of an API error, as Stytch sends it (no `_tag`, no HTTP metadata).
 *
 * @example
 * ```ts
 * import { DuplicateEmail, toErrorBody } from "effect4-stytch"
 *
 * toErrorBody(new DuplicateEmail({
 *   status_code: 400, request_id: "request-id-test-1", error_type: "duplicate_email",
 *   error_message: "A user with this email already exists.", error_url: "", http_status: 400
 * }))
 * ```
 * @since 0.1.0
 */
export const toErrorBody = (error: ApiError): typeof StytchErrorBody.Type => ({
  status_code: error.status_code,
  request_id: error.request_id,
  error_type: error.error_type,
  error_message: error.error_message,
  error_url: error.error_url,
  ...(error.error_details === undefined ? {} : { error_details: error.error_details })
})
