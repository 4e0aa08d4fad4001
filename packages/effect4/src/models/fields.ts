/**
 * Request fields shared by many endpoints, with the checks Stytch applies to them, so a bad
 * value fails before anything is sent. Each check carries the Stytch `error_type` the API
 * answers with for that field, which the emulator uses to answer the same way.
 *
 * @since 0.1.0
 */
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"
import * as SchemaTransformation from "effect/SchemaTransformation"
import { JsonObject } from "./Json.js"

/**
 * The annotation naming the Stytch `error_type` for a value that fails a field's check.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ErrorTypeId } from "effect4-stytch"
 *
 * const Seats = Schema.Int.annotate({ [ErrorTypeId]: "invalid_argument" })
 * ```
 * @since 0.1.0
 */
export const ErrorTypeId: unique symbol = Symbol.for("effect4-stytch/ErrorType")

/**
 * Something that carries annotations: a schema node (`schema.ast`), or one of its checks.
 *
 * @example
 * ```ts
 * import { SessionDurationMinutes, type Annotated } from "effect4-stytch"
 * const node: Annotated = SessionDurationMinutes.ast
 * ```
 * @since 0.1.0
 */
export interface Annotated {
  readonly annotations?: Schema.Annotations.Annotations | undefined
  readonly checks?: ReadonlyArray<Annotated> | undefined
}

const ownErrorType = (node: Annotated): string | undefined => {
  const value: unknown = node.annotations === undefined ? undefined : Reflect.get(node.annotations, ErrorTypeId)
  return typeof value === "string" ? value : undefined
}

/**
 * The Stytch `error_type` a schema node or check is annotated with, if any. A checked schema
 * keeps its annotations on its last check (Effect 4), so a node's checks are read too, last first.
 *
 * @example
 * ```ts
 * import { getErrorType, SessionDurationMinutes } from "effect4-stytch"
 * getErrorType(SessionDurationMinutes.ast) // Option.some("invalid_session_duration_minutes")
 * ```
 * @since 0.1.0
 */
export const getErrorType = (node: Annotated | SchemaAST.AST): Option.Option<string> => {
  const own = ownErrorType(node)
  if (own !== undefined) return Option.some(own)
  const checks = node.checks ?? []
  for (let i = checks.length - 1; i >= 0; i--) {
    const check = checks[i]
    const found = check === undefined ? undefined : ownErrorType(check)
    if (found !== undefined) return Option.some(found)
  }
  return Option.none()
}

const rule =
  (description: string, errorType: string) =>
  <S extends Schema.Top>(self: S): S["Rebuild"] =>
    self.annotate({ description, expected: description, [ErrorTypeId]: errorType })

/**
 * An email address: something before and after one `@`, no spaces. Stytch checks the rest.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmailInput } from "effect4-stytch"
 * Schema.is(EmailInput)("ada@example.com") // true
 * ```
 * @since 0.1.0
 */
export const EmailInput = Schema.String.check(Schema.isPattern(/^[^\s@]+@[^\s@]+$/)).pipe(
  rule("an email address", "invalid_email")
)

/**
 * How long a session lasts, in whole minutes: 5 to 527040 (a year).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SessionDurationMinutes } from "effect4-stytch"
 * Schema.is(SessionDurationMinutes)(60) // true
 * Schema.is(SessionDurationMinutes)(4) // false
 * ```
 * @since 0.1.0
 */
export const SessionDurationMinutes = Schema.Int.check(Schema.isBetween({ minimum: 5, maximum: 527040 })).pipe(
  rule("an integer from 5 to 527040", "invalid_session_duration_minutes")
)

/**
 * How long a reset link stays valid, in whole minutes: 5 to 10080 (a week).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ResetExpirationMinutes } from "effect4-stytch"
 * Schema.is(ResetExpirationMinutes)(30) // true
 * ```
 * @since 0.1.0
 */
export const ResetExpirationMinutes = Schema.Int.check(Schema.isBetween({ minimum: 5, maximum: 10080 })).pipe(
  rule("an integer from 5 to 10080", "invalid_expiration")
)

/** How deep JSON may nest in metadata and claims: deeper input is refused, not crashed on. */
const maxJsonDepth = 32

// Iterative, so that hostile nesting cannot exhaust the stack while it is measured.
const withinDepth = (value: unknown, limit: number): boolean => {
  const pending: Array<readonly [unknown, number]> = [[value, 0]]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, depth] = next
    if (typeof current !== "object" || current === null) continue
    if (depth >= limit) return false
    for (const child of Object.values(current)) pending.push([child, depth + 1])
  }
  return true
}

const jsonSize = (value: unknown): number | undefined => {
  try {
    const text = JSON.stringify(value)
    return text === undefined ? undefined : new TextEncoder().encode(text).length
  } catch {
    return undefined
  }
}

/**
 * Custom claims for the session and its JWT: a JSON object of at most 4 KB once serialised.
 * Stytch ignores the reserved claims (`iss sub aud exp nbf iat jti`).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SessionCustomClaims } from "effect4-stytch"
 * Schema.is(SessionCustomClaims)({ plan: "pro" }) // true
 * ```
 * @since 0.1.0
 */
export const SessionCustomClaims = JsonObject.check(
  Schema.makeFilter((claims: JsonObject) => {
    const size = withinDepth(claims, maxJsonDepth) ? jsonSize(claims) : undefined
    return size !== undefined && size <= 4096
  })
).pipe(rule("a JSON object of at most 4096 bytes", "custom_claims_too_large"))

/**
 * A PKCE value (code challenge or code verifier): base64url characters only.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Base64Url } from "effect4-stytch"
 * Schema.is(Base64Url)("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM") // true
 * ```
 * @since 0.1.0
 */
export const Base64Url = Schema.String.check(Schema.isPattern(/^[A-Za-z0-9_-]+$/)).annotate({
  description: "a base64url string",
  expected: "a base64url string"
})

/**
 * A PKCE code challenge: base64url(SHA-256(code verifier)).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Pkce } from "effect4-stytch"
 *
 * const challenge = Effect.map(Pkce.make, ({ code_challenge }) => code_challenge)
 * ```
 * @since 0.1.0
 */
export const CodeChallenge = Base64Url.pipe(rule("a base64url string", "invalid_pkce_code_challenge"))

/**
 * A PKCE code verifier, kept by the client that started the flow.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Pkce } from "effect4-stytch"
 *
 * const verifier = Effect.map(Pkce.make, ({ code_verifier }) => code_verifier)
 * ```
 * @since 0.1.0
 */
export const CodeVerifier = Base64Url.pipe(rule("a base64url string", "invalid_pkce_code_verifier"))

/**
 * Free-form metadata stored on a user: a JSON object.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Metadata } from "effect4-stytch"
 * Schema.is(Metadata)({ plan: "pro" }) // true
 * ```
 * @since 0.1.0
 */
export const Metadata = JsonObject.check(Schema.makeFilter((metadata: JsonObject) => withinDepth(metadata, maxJsonDepth))).pipe(
  rule(`a JSON object nested at most ${maxJsonDepth} levels`, "metadata_invalid_format")
)

/**
 * A session credential: a session token, as returned by a previous call.
 *
 * @example
 * ```ts
 * import { Effect, Option } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * // logs in again on top of the session of a previous login, when it made one
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   const previous = yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple" })
 *   return yield* passwords.authenticate({
 *     email: "ada@example.com",
 *     password: "correct horse battery staple",
 *     ...Option.match(previous.session_token, { onNone: () => ({}), onSome: (session_token) => ({ session_token }) })
 *   })
 * })
 * ```
 * @since 0.1.0
 */
export const SessionToken = Schema.String.check(
  // Printable ASCII without spaces: B2B sends tokens as headers, which HTTP would trim or refuse.
  Schema.isPattern(/^[\x21-\x7e]+$/)
).pipe(rule("a session token", "invalid_session_token"))

/**
 * A session credential: a session JWT, as returned by a previous call.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const logInAgain = (session_jwt: string) =>
 *   Effect.flatMap(Passwords, (passwords) =>
 *     passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_jwt })
 *   )
 * ```
 * @since 0.1.0
 */
export const SessionJwt = Schema.String.check(Schema.isPattern(/^[\x21-\x7e]+$/)).pipe(
  rule("a session JWT", "unable_to_parse_session_jwt")
)

/**
 * The session part of a request that can start or extend a session: an existing session to
 * extend, how long the session lasts, its custom claims. Omit the duration and no session is
 * made (unless an existing one is given).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SessionRequestFields } from "effect4-stytch"
 *
 * const MyRequest = Schema.Struct({ ...SessionRequestFields, email: Schema.String })
 * ```
 * @since 0.1.0
 */
export const SessionRequestFields = {
  session_token: Schema.optional(SessionToken),
  session_jwt: Schema.optional(SessionJwt),
  session_duration_minutes: Schema.optional(SessionDurationMinutes),
  session_custom_claims: Schema.optional(SessionCustomClaims),
  telemetry_id: Schema.optional(Schema.String)
}

/**
 * A session token or JWT of a response: `Option.none()` when no session was made (the wire
 * has an empty string there), so an empty string can never be mistaken for a credential.
 *
 * @example
 * ```ts
 * import { Option, Schema } from "effect"
 * import { OptionalToken } from "effect4-stytch"
 *
 * Schema.decodeSync(OptionalToken)("") // Option.none()
 * Schema.decodeSync(OptionalToken)("mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q") // Option.some(...)
 * Schema.encodeSync(OptionalToken)(Option.none()) // ""
 * ```
 * @since 0.1.0
 */
export const OptionalToken = Schema.String.pipe(
  Schema.decodeTo(
    Schema.Option(Schema.String),
    SchemaTransformation.transform<Option.Option<string>, string>({
      decode: (token) => (token === "" ? Option.none() : Option.some(token)),
      encode: Option.getOrElse(() => "")
    })
  )
).annotate({ description: "a token, or none when the wire has an empty string" })
