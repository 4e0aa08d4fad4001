/**
 * How one Stytch endpoint is described: once, as data. The client's method, its span name,
 * its error union, its retry rule and the emulator's route all come from this description.
 *
 * @since 0.1.0
 */
import type * as Schema from "effect/Schema"
import type { ApiErrorClass, StytchFailure } from "./StytchError.js"

/**
 * The HTTP methods an endpoint description can use.
 *
 * @example
 * ```ts
 * import { Endpoint, Users } from "effect4-stytch"
 * const method: Endpoint.Method = Users.endpoints.get.method // "GET"
 * ```
 * @since 0.1.0
 */
export type Method = "POST" | "GET" | "DELETE"

/**
 * One endpoint: where it lives, how it is called, what it takes and returns, which Stytch
 * errors it is known to answer with, and whether repeating it is harmless.
 *
 * Where each request field goes is part of the description: a field named in the path
 * template (`/v1/users/{user_id}`) goes into the path, percent-encoded; a field listed in
 * `query` into the query string; a field listed in `headers` into a header; every other
 * field into the JSON body, which only a `POST` has.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Endpoint, UserNotFound } from "effect4-stytch"
 *
 * const Example: Endpoint.Endpoint = Endpoint.make({
 *   name: "example.get",
 *   method: "GET",
 *   path: "/v1/examples/{example_id}",
 *   query: ["expand"],
 *   request: Schema.Struct({ example_id: Schema.String, expand: Schema.optionalKey(Schema.String) }),
 *   response: Schema.Struct({ request_id: Schema.String, status_code: Schema.Number }),
 *   errors: [UserNotFound],
 *   retrySafe: true
 * })
 * ```
 * @since 0.1.0
 */
export interface Endpoint<
  Request extends Schema.Codec<unknown, unknown> = Schema.Codec<unknown, unknown>,
  Response extends Schema.Codec<unknown, unknown> = Schema.Codec<unknown, unknown>,
  Errors extends ReadonlyArray<ApiErrorClass> = ReadonlyArray<ApiErrorClass>,
  // The names in `query`, kept apart from `Request` so that an endpoint stays assignable to
  // `Endpoint` (a field list typed from the request would make the request type invariant).
  Query extends string = string
> {
  /** Dotted name under the Stytch API (`passwords.email.resetStart`); the span is `Stytch.<name>`. */
  readonly name: string
  /** The HTTP method: `POST` (with a JSON body), `GET` or `DELETE` (without one). */
  readonly method: Method
  /**
   * Path from the origin root. `{field}` segments are filled from the request's fields of
   * those names, percent-encoded (`/v1/users/{user_id}`).
   */
  readonly path: `/${string}`
  /** The request fields sent in the query string, in this order (`GET /v1/sessions?user_id=`). */
  readonly query?: ReadonlyArray<Query> | undefined
  /** The request: its Type is what callers pass, its Encoded form is what is sent. */
  readonly request: Request
  /** The success body. */
  readonly response: Response
  /** The Stytch error types this endpoint is known to return, as classes. */
  readonly errors: Errors
  /**
   * Whether the call may be repeated after a 500/502/504, a timeout or a lost connection
   * without acting twice. True for reads and checks (every `GET`), never for a `DELETE`.
   */
  readonly retrySafe: boolean
  /**
   * Request fields sent as headers instead of in the body, as `field: header name`
   * (B2B `require_reset` takes the caller's session this way). They are credentials, so
   * their headers are redacted in spans and logs.
   */
  readonly headers?: Readonly<Record<string, string>> | undefined
}

/**
 * The names of a request's fields, as they are sent (its Encoded side).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import type { Endpoint } from "effect4-stytch"
 *
 * const Request = Schema.Struct({ user_id: Schema.String })
 * const field: Endpoint.FieldOf<typeof Request> = "user_id"
 * ```
 * @since 0.1.0
 */
export type FieldOf<Request extends Schema.Codec<unknown, unknown>> = keyof Request["Encoded"] & string

/**
 * Whether an endpoint of a method may be repeated: a `GET` always, a `DELETE` never (Stytch
 * has no idempotency keys, and a repeated delete answers differently), a `POST` as described.
 *
 * @example
 * ```ts
 * import type { Endpoint } from "effect4-stytch"
 * const get: Endpoint.RetrySafeFor<"GET"> = true
 * ```
 * @since 0.1.0
 */
export type RetrySafeFor<M extends Method> = M extends "GET" ? true : M extends "DELETE" ? false : boolean

/**
 * What `make` takes: an {@link Endpoint} whose `method` may be left out (it is then `POST`),
 * and whose `retrySafe` must agree with the method.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import type { Endpoint } from "effect4-stytch"
 *
 * const description: Endpoint.Description<
 *   Schema.Struct<{ user_id: typeof Schema.String }>,
 *   Schema.Struct<{ request_id: typeof Schema.String; status_code: typeof Schema.Number }>,
 *   readonly [],
 *   "DELETE"
 * > = {
 *   name: "example.delete",
 *   method: "DELETE",
 *   path: "/v1/examples/{user_id}",
 *   request: Schema.Struct({ user_id: Schema.String }),
 *   response: Schema.Struct({ request_id: Schema.String, status_code: Schema.Number }),
 *   errors: [],
 *   retrySafe: false
 * }
 * ```
 * @since 0.1.0
 */
export interface Description<
  Request extends Schema.Codec<unknown, unknown>,
  Response extends Schema.Codec<unknown, unknown>,
  Errors extends ReadonlyArray<ApiErrorClass>,
  M extends Method,
  Query extends string = FieldOf<Request>
> extends Omit<Endpoint<Request, Response, Errors, Query>, "method" | "retrySafe"> {
  /** `POST` when left out. */
  readonly method?: M
  readonly retrySafe: RetrySafeFor<M>
}

/**
 * What `make` asks of a description's `query`: names of request fields. A list already typed
 * as `string[]` (taken from another endpoint's description) is accepted as it is.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import type { Endpoint } from "effect4-stytch"
 *
 * const Request = Schema.Struct({ user_id: Schema.String })
 * const fine: Endpoint.QueryOf<typeof Request, "user_id"> = {}
 * ```
 * @since 0.1.0
 */
export type QueryOf<Request extends Schema.Codec<unknown, unknown>, Query extends string> = string extends Query
  ? {}
  : [Exclude<Query, FieldOf<Request>>] extends [never]
    ? {}
    : { readonly query: ReadonlyArray<FieldOf<Request>> }

/**
 * Describes an endpoint, keeping the exact types of its schemas and errors. The method is
 * `POST` unless given; a `GET` must be `retrySafe: true` and a `DELETE` `retrySafe: false`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Endpoint } from "effect4-stytch"
 *
 * const Ping = Endpoint.make({
 *   name: "example.ping",
 *   path: "/v1/example/ping",
 *   request: Schema.Struct({}),
 *   response: Schema.Struct({ request_id: Schema.String, status_code: Schema.Number }),
 *   errors: [],
 *   retrySafe: true
 * })
 * Ping.method // "POST"
 * ```
 * @since 0.1.0
 */
export const make = <
  const Request extends Schema.Codec<unknown, unknown>,
  const Response extends Schema.Codec<unknown, unknown>,
  const Errors extends ReadonlyArray<ApiErrorClass>,
  const M extends Method = "POST",
  const Query extends string = never
>(
  endpoint: Description<Request, Response, Errors, M, Query> & QueryOf<Request, Query>
): Endpoint<Request, Response, Errors, Query> => ({
  ...endpoint,
  method: endpoint.method ?? "POST"
})

/**
 * The request fields an endpoint's path template names, in order (`/v1/b2b/organizations/{organization_id}/members/{member_id}`
 * names `organization_id` then `member_id`).
 *
 * @example
 * ```ts
 * import { Endpoint, Users } from "effect4-stytch"
 * Endpoint.pathFields(Users.endpoints.get) // ["user_id"]
 * ```
 * @since 0.1.0
 */
export const pathFields = (endpoint: Pick<Endpoint, "path">): ReadonlyArray<string> =>
  [...endpoint.path.matchAll(/\{([^{}/]+)\}/g)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]))

/**
 * Whether a value is an endpoint description (as opposed to a group of them).
 *
 * @example
 * ```ts
 * import { Endpoint, Passwords } from "effect4-stytch"
 * Endpoint.isEndpoint(Passwords.endpoints.create) // true
 * Endpoint.isEndpoint(Passwords.endpoints.email) // false
 * ```
 * @since 0.1.0
 */
export const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === "object" && value !== null && "path" in value && "request" in value && "response" in value

/**
 * What a caller passes to an endpoint.
 *
 * @example
 * ```ts
 * import type { Endpoint, Passwords } from "effect4-stytch"
 * type CreateInput = Endpoint.Input<typeof Passwords.endpoints.create>
 * ```
 * @since 0.1.0
 */
export type Input<E extends Endpoint> = E["request"]["Type"]

/**
 * What an endpoint succeeds with.
 *
 * @example
 * ```ts
 * import type { Endpoint, Passwords } from "effect4-stytch"
 * type CreateResult = Endpoint.Success<typeof Passwords.endpoints.create>
 * ```
 * @since 0.1.0
 */
export type Success<E extends Endpoint> = E["response"]["Type"]

/**
 * The Stytch errors an endpoint is known to return, as a union of their classes' instances.
 *
 * @example
 * ```ts
 * import type { Endpoint, Passwords } from "effect4-stytch"
 * type CreateErrors = Endpoint.KnownError<typeof Passwords.endpoints.create>
 * ```
 * @since 0.1.0
 */
export type KnownError<E extends Endpoint> = InstanceType<E["errors"][number]>

/**
 * Everything a call of the endpoint can fail with.
 *
 * @example
 * ```ts
 * import type { Endpoint, Passwords } from "effect4-stytch"
 * type CreateFailure = Endpoint.Failure<typeof Passwords.endpoints.create>
 * ```
 * @since 0.1.0
 */
export type Failure<E extends Endpoint> = KnownError<E> | StytchFailure
