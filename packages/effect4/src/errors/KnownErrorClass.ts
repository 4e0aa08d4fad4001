/**
 * The declared type of the known error classes: what `class X extends knownErrorClass(...)`
 * compiles to in the `.d.ts`. A `Schema.TaggedError` class's declared type spells out every
 * field schema for every class and costs a user's type-checker (with `skipLibCheck: false`)
 * about a thousand type instantiations per class; these interfaces name the same shape once.
 *
 * @since 0.1.0
 */
import type * as Cause from "effect/Cause"
import type * as Schema from "effect/Schema"
import { type ApiError, type ApiErrorFields, type ApiErrorProps, knownError } from "../StytchError.js"

/**
 * An instance of the known error class tagged `Tag`: the API error fields, `_tag`, and
 * everything a `Schema.TaggedError` instance is (an `Error` that can be `yield*`ed).
 *
 * @example
 * ```ts
 * import type { TaggedApiError } from "effect4-stytch"
 * const describe = (e: TaggedApiError<"WeakPassword">) => `${e._tag}: ${e.error_message}`
 * ```
 * @since 0.1.0
 */
export interface TaggedApiError<Tag extends string> extends Cause.YieldableError, ApiError {
  readonly _tag: Tag
}

/**
 * The encoded form of a known error (its `Schema` Encoded side): the API error fields and `_tag`.
 *
 * @example
 * ```ts
 * import type { TaggedApiErrorEncoded } from "effect4-stytch"
 * const wire: TaggedApiErrorEncoded<"WeakPassword"> = {
 *   _tag: "WeakPassword", status_code: 400, request_id: "request-id-test-1", error_type: "weak_password",
 *   error_message: "", error_url: "", http_status: 400
 * }
 * ```
 * @since 0.1.0
 */
export interface TaggedApiErrorEncoded<Tag extends string> extends Schema.Struct.Encoded<typeof ApiErrorFields> {
  readonly _tag: Tag
}

/**
 * The field schemas of a known error class: {@link ApiErrorFields} and its `_tag`.
 *
 * @example
 * ```ts
 * import { WeakPassword } from "effect4-stytch"
 * Object.keys(WeakPassword.fields) // ["_tag", "status_code", "request_id", ...]
 * ```
 * @since 0.1.0
 */
export type TaggedApiErrorFields<Tag extends string> = { readonly _tag: Schema.tag<Tag> } & typeof ApiErrorFields

/**
 * A `Schema.TaggedError` class built on {@link ApiErrorFields}, as its users see it: a schema
 * of its instances, a constructor, its `_tag`, `identifier` and `fields`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ApiErrorFields, type ApiErrorSchemaClass } from "effect4-stytch"
 *
 * class SeatLimitReached extends Schema.TaggedError<SeatLimitReached>()("SeatLimitReached", ApiErrorFields) {}
 * const asDeclared: ApiErrorSchemaClass<SeatLimitReached, "SeatLimitReached"> = SeatLimitReached
 * ```
 * @since 0.1.0
 */
export interface ApiErrorSchemaClass<Self, Tag extends string>
  // The schema side as a constraint: `Schema.Codec` declares a construct signature of its own.
  extends Schema.ConstraintCodec<Self, TaggedApiErrorEncoded<Tag>> {
  new (props: ApiErrorProps, options?: Schema.MakeOptions): TaggedApiError<Tag>
  readonly identifier: string
  readonly fields: TaggedApiErrorFields<Tag>
}

/**
 * A known error class: a {@link ApiErrorSchemaClass} bound to its wire `error_type`.
 *
 * @example
 * ```ts
 * import { WeakPassword, type KnownErrorClass } from "effect4-stytch"
 * const known: KnownErrorClass<WeakPassword, "WeakPassword", "weak_password"> = WeakPassword
 * WeakPassword.errorType // "weak_password"
 * ```
 * @since 0.1.0
 */
export interface KnownErrorClass<Self, Tag extends string, ErrorType extends string> extends ApiErrorSchemaClass<Self, Tag> {
  /** The tag, as a static (Effect 4's `Schema.TaggedError` classes have none of their own). */
  readonly _tag: Tag
  readonly errorType: ErrorType
}

/**
 * Like `knownError`, with the lean declared type {@link KnownErrorClass}: binds a
 * `Schema.TaggedError` class built on {@link ApiErrorFields} to its wire `error_type` and gives
 * its instances a readable `message`. `_tag`, the fields, `instanceof` and `Effect.catchTag`
 * work as with `knownError`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ApiErrorFields, knownErrorClass } from "effect4-stytch"
 *
 * class SeatLimitReached extends knownErrorClass(
 *   "seat_limit_reached",
 *   Schema.TaggedError<SeatLimitReached>()("SeatLimitReached", ApiErrorFields)
 * ) {}
 * SeatLimitReached.errorType // "seat_limit_reached"
 * ```
 * @since 0.1.0
 */
export const knownErrorClass = <Self, const Tag extends string, const ErrorType extends string>(
  errorType: ErrorType,
  base: ApiErrorSchemaClass<Self, Tag>
): KnownErrorClass<Self, Tag, ErrorType> => {
  const known = knownError(errorType, base)
  // The tag is the class's own (its `_tag` field), which its identifier names unless given another.
  return Object.assign(known, { _tag: tagOf(base) })
}

const tagOf = <Tag extends string>(base: ApiErrorSchemaClass<unknown, Tag>): Tag => base.fields._tag.schema.literal
