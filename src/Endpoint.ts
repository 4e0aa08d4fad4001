/**
 * How one Stytch endpoint is described: once, as data. The client's method, its span name,
 * its error union, its retry rule and the emulator's route all come from this description.
 *
 * @since 0.1.0
 */
import type * as Schema from "effect/Schema"
import type { ApiErrorClass, StytchFailure } from "./StytchError.js"

/**
 * One endpoint: where it lives, what it takes and returns, which Stytch errors it is known
 * to answer with, and whether repeating it is harmless.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Endpoint, WeakPassword } from "effect-stytch"
 *
 * const Example = Endpoint.make({
 *   name: "example.check",
 *   path: "/v1/example/check",
 *   request: Schema.Struct({ value: Schema.String }),
 *   response: Schema.Struct({ request_id: Schema.String, status_code: Schema.Number }),
 *   errors: [WeakPassword],
 *   retrySafe: true
 * })
 * ```
 * @since 0.1.0
 */
export interface Endpoint<
  Request extends Schema.Schema.AnyNoContext = Schema.Schema.AnyNoContext,
  Response extends Schema.Schema.AnyNoContext = Schema.Schema.AnyNoContext,
  Errors extends ReadonlyArray<ApiErrorClass> = ReadonlyArray<ApiErrorClass>
> {
  /** Dotted name under the Stytch API (`passwords.email.resetStart`); the span is `Stytch.<name>`. */
  readonly name: string
  /** Path from the origin root; every Passwords endpoint is a `POST` with a JSON body. */
  readonly path: `/${string}`
  /** The request: its Type is what callers pass, its Encoded form is the JSON sent. */
  readonly request: Request
  /** The success body. */
  readonly response: Response
  /** The Stytch error types this endpoint is known to return, as classes. */
  readonly errors: Errors
  /**
   * Whether the call may be repeated after a 500/502/504, a timeout or a lost connection
   * without acting twice. Only true for reads and checks.
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
 * Describes an endpoint, keeping the exact types of its schemas and errors.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Endpoint } from "effect-stytch"
 *
 * const Ping = Endpoint.make({
 *   name: "example.ping",
 *   path: "/v1/example/ping",
 *   request: Schema.Struct({}),
 *   response: Schema.Struct({ request_id: Schema.String, status_code: Schema.Number }),
 *   errors: [],
 *   retrySafe: true
 * })
 * ```
 * @since 0.1.0
 */
export const make = <
  const Request extends Schema.Schema.AnyNoContext,
  const Response extends Schema.Schema.AnyNoContext,
  const Errors extends ReadonlyArray<ApiErrorClass>
>(endpoint: Endpoint<Request, Response, Errors>): Endpoint<Request, Response, Errors> => endpoint

/**
 * Whether a value is an endpoint description (as opposed to a group of them).
 *
 * @example
 * ```ts
 * import { Endpoint, Passwords } from "effect-stytch"
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
 * import type { Endpoint, Passwords } from "effect-stytch"
 * type CreateInput = Endpoint.Input<typeof Passwords.endpoints.create>
 * ```
 * @since 0.1.0
 */
export type Input<E extends Endpoint> = Schema.Schema.Type<E["request"]>

/**
 * What an endpoint succeeds with.
 *
 * @example
 * ```ts
 * import type { Endpoint, Passwords } from "effect-stytch"
 * type CreateResult = Endpoint.Success<typeof Passwords.endpoints.create>
 * ```
 * @since 0.1.0
 */
export type Success<E extends Endpoint> = Schema.Schema.Type<E["response"]>

/**
 * The Stytch errors an endpoint is known to return, as a union of their classes' instances.
 *
 * @example
 * ```ts
 * import type { Endpoint, Passwords } from "effect-stytch"
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
 * import type { Endpoint, Passwords } from "effect-stytch"
 * type CreateFailure = Endpoint.Failure<typeof Passwords.endpoints.create>
 * ```
 * @since 0.1.0
 */
export type Failure<E extends Endpoint> = KnownError<E> | StytchFailure
