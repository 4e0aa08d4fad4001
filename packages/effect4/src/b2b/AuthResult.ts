/**
 * The two outcomes of a B2B call that logs a member in (`authenticate`, `email.reset`,
 * `existingPassword.reset`, `sessions.reset`), as a union the type system can tell apart.
 *
 * Stytch answers both outcomes with one flat object and a `member_authenticated` flag:
 * when it is `true` there is a session (`session_token`, `session_jwt`, `member_session`)
 * and `intermediate_session_token` is `""`; when it is `false` (the organization wants MFA
 * or another primary factor) there is an `intermediate_session_token` and `mfa_required` /
 * `primary_required`, and the session fields are `""` or absent. Decoded, each outcome has
 * only its own fields:
 *
 * - authenticated: `session_token` and `session_jwt` are non-empty strings and
 *   `member_session` is always there. Stytch always makes a B2B session when a login
 *   completes (60 minutes when no duration is given), so there is no "no session" case to
 *   carry in an `Option`; an authenticated answer without one fails to decode
 *   (`StytchDecodeError`) instead of handing out an empty credential.
 * - pending: `intermediate_session_token` is a non-empty string, with `mfa_required` and
 *   (where the endpoint has it) `primary_required`; the session fields are absent from the
 *   type (`?: never`), so a pending result cannot be used as a session by mistake.
 *
 * On the wire (the Encoded side) both branches are exactly the one object Stytch describes,
 * so the emulator encodes its answers with the same schemas.
 *
 * @since 0.1.0
 */
import * as Function from "effect/Function"
import * as Option from "effect/Option"
import * as Schema from "effect/Schema"
import * as SchemaGetter from "effect/SchemaGetter"
import { MemberSession, MfaRequired, PrimaryRequired } from "../models/MemberSession.js"

/** A token field of a response that is never `""` in its branch. */
const Token = Schema.NonEmptyString

/** A string Stytch sends as `""` in this branch: absent once decoded, `""` when encoded. */
const emptyOnWire = Schema.String.pipe(
  Schema.decodeTo(Schema.optionalKey(Schema.Never), {
    decode: SchemaGetter.omit(),
    encode: SchemaGetter.transformOptional(() => Option.some(""))
  })
)

/** An optional object that never belongs to this branch: absent once decoded and encoded. */
const notInBranch = <S extends Schema.Top>(schema: S) =>
  Schema.optionalKey(schema).pipe(
    Schema.decodeTo(Schema.optionalKey(Schema.Never), {
      decode: SchemaGetter.omit(),
      encode: SchemaGetter.omit()
    })
  )

/**
 * The fields only an authenticated result has, and those it has empty on the wire.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberAuthenticatedFields } from "effect4-stytch"
 * const Mine = Schema.Struct({ ...MemberAuthenticatedFields, member_id: Schema.String })
 * ```
 * @since 0.1.0
 */
export const MemberAuthenticatedFields = {
  member_authenticated: Schema.Literal(true),
  session_token: Token,
  session_jwt: Token,
  member_session: Schema.optional(MemberSession),
  intermediate_session_token: emptyOnWire,
  mfa_required: notInBranch(MfaRequired)
}

/**
 * The fields only a pending result (MFA or another primary factor still to do) has, and
 * the session fields it has empty on the wire.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberPendingFields } from "effect4-stytch"
 * const Mine = Schema.Struct({ ...MemberPendingFields, member_id: Schema.String })
 * ```
 * @since 0.1.0
 */
export const MemberPendingFields = {
  member_authenticated: Schema.Literal(false),
  session_token: emptyOnWire,
  session_jwt: emptyOnWire,
  member_session: notInBranch(MemberSession),
  intermediate_session_token: Token,
  mfa_required: Schema.optional(MfaRequired)
}

/**
 * The schema of an authenticated outcome with the branch fields `Fields`: their struct, with
 * `member_session` required once decoded.
 *
 * @example
 * ```ts
 * import type { AuthenticatedOutcome, MemberAuthenticatedFields } from "effect4-stytch"
 * type Branch = AuthenticatedOutcome<typeof MemberAuthenticatedFields>
 * ```
 * @since 0.1.0
 */
export type AuthenticatedOutcome<Fields extends Schema.Struct.Fields> = Schema.refine<
  Schema.Struct.Type<Fields> & { readonly member_session: MemberSession },
  Schema.Struct<Fields>
>

const hasMemberSession = <A>(result: A): result is A & { readonly member_session: MemberSession } =>
  typeof result === "object" && result !== null && "member_session" in result && result.member_session !== undefined

const requireMemberSession = <Fields extends Schema.Struct.Fields>(self: Schema.Struct<Fields>): AuthenticatedOutcome<Fields> =>
  self
    .check(
      // This check names the field in the failure, and stops there (`abort`); the refinement
      // after it only narrows the type.
      Schema.makeFilter<Schema.Struct.Type<Fields>>(
        (result) =>
          hasMemberSession(result) || { path: ["member_session"], issue: "is required when member_authenticated is true" },
        undefined,
        true
      )
    )
    .pipe(Schema.refine<Schema.Struct<Fields>, Schema.Struct.Type<Fields> & { readonly member_session: MemberSession }>(hasMemberSession))

/** The authenticated branch of `AuthResult`: never a `primary_required`. */
const AuthenticatedBranchFields = { primary_required: notInBranch(PrimaryRequired), ...MemberAuthenticatedFields }

/** The pending branch of `AuthResult`: `primary_required` when another primary factor is due. */
const PendingBranchFields = { primary_required: Schema.optional(PrimaryRequired), ...MemberPendingFields }

/** The endpoint's fields and a branch's own, as one fields object whose type is exactly `A & B`. */
const merge = <A extends Schema.Struct.Fields, B extends Schema.Struct.Fields>(fields: A, branch: B): A & B => ({ ...fields, ...branch })

/**
 * The response schema {@link AuthResult} builds for an endpoint's `Fields`: the union of its
 * authenticated and its pending outcome.
 *
 * @example
 * ```ts
 * import type { AuthResultSchema, MemberResultFields } from "effect4-stytch"
 * type LoginResponse = AuthResultSchema<typeof MemberResultFields>
 * ```
 * @since 0.1.0
 */
export type AuthResultSchema<Fields extends Schema.Struct.Fields> = Schema.Union<
  readonly [
    AuthenticatedOutcome<Fields & typeof AuthenticatedBranchFields>,
    Schema.Struct<Fields & typeof PendingBranchFields>
  ]
>

/**
 * The response schema {@link AuthResultWithoutPrimaryRequired} builds for an endpoint's
 * `Fields`: like {@link AuthResultSchema}, without `primary_required`.
 *
 * @example
 * ```ts
 * import type { AuthResultWithoutPrimaryRequiredSchema, MemberResultFields } from "effect4-stytch"
 * type SessionResetResponse = AuthResultWithoutPrimaryRequiredSchema<typeof MemberResultFields>
 * ```
 * @since 0.1.0
 */
export type AuthResultWithoutPrimaryRequiredSchema<Fields extends Schema.Struct.Fields> = Schema.Union<
  readonly [AuthenticatedOutcome<Fields & typeof MemberAuthenticatedFields>, Schema.Struct<Fields & typeof MemberPendingFields>]
>

const description = "a B2B auth result: member_authenticated true with a session, or false with an intermediate_session_token"

/**
 * The response schema of a B2B login call whose pending outcome can carry
 * `primary_required` (`authenticate`, `email.reset`, `existingPassword.reset`): a union of
 * the authenticated and the pending outcome, each with the endpoint's own `fields`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { AuthResult, Member } from "effect4-stytch"
 * const Response = AuthResult({ request_id: Schema.String, status_code: Schema.Number, member: Member })
 * ```
 * @since 0.1.0
 */
export const AuthResult = <const Fields extends Schema.Struct.Fields>(fields: Fields): AuthResultSchema<Fields> =>
  Schema.Union([
    requireMemberSession(Schema.Struct(merge(fields, AuthenticatedBranchFields))),
    Schema.Struct(merge(fields, PendingBranchFields))
  ]).annotate({ description })

/**
 * Like {@link AuthResult}, for `sessions.reset`, whose answer has no `primary_required`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { AuthResultWithoutPrimaryRequired } from "effect4-stytch"
 * const Response = AuthResultWithoutPrimaryRequired({ request_id: Schema.String })
 * ```
 * @since 0.1.0
 */
export const AuthResultWithoutPrimaryRequired = <const Fields extends Schema.Struct.Fields>(
  fields: Fields
): AuthResultWithoutPrimaryRequiredSchema<Fields> =>
  Schema.Union([
    requireMemberSession(Schema.Struct(merge(fields, MemberAuthenticatedFields))),
    Schema.Struct(merge(fields, MemberPendingFields))
  ]).annotate({ description })

/**
 * What every B2B login outcome has: the `member_authenticated` discriminant.
 *
 * @example
 * ```ts
 * import type { AuthOutcome } from "effect4-stytch"
 * const label = (result: AuthOutcome) => (result.member_authenticated ? "logged in" : "MFA pending")
 * ```
 * @since 0.1.0
 */
export interface AuthOutcome {
  readonly member_authenticated: boolean
}

/**
 * The authenticated outcome of a login result type `R`.
 *
 * @example
 * ```ts
 * import type { Authenticated, B2BPasswords, Endpoint } from "effect4-stytch"
 * type LoggedIn = Authenticated<Endpoint.Success<typeof B2BPasswords.endpoints.authenticate>>
 * ```
 * @since 0.1.0
 */
export type Authenticated<R extends AuthOutcome> = Extract<R, { readonly member_authenticated: true }>

/**
 * The pending outcome (MFA or another primary factor still to do) of a login result type `R`.
 *
 * @example
 * ```ts
 * import type { B2BPasswords, Endpoint, Pending } from "effect4-stytch"
 * type NeedsMfa = Pending<Endpoint.Success<typeof B2BPasswords.endpoints.authenticate>>
 * ```
 * @since 0.1.0
 */
export type Pending<R extends AuthOutcome> = Extract<R, { readonly member_authenticated: false }>

/**
 * Whether a login result is the authenticated outcome; narrows it.
 *
 * @example
 * ```ts
 * import { type B2BPasswordsAuthenticateResponse, isMemberAuthenticated } from "effect4-stytch"
 *
 * const expiresAt = (result: B2BPasswordsAuthenticateResponse) =>
 *   isMemberAuthenticated(result) ? result.member_session.expires_at : undefined
 * ```
 * @since 0.1.0
 */
export const isMemberAuthenticated = <R extends AuthOutcome>(result: R): result is Authenticated<R> =>
  result.member_authenticated

/**
 * Handles both outcomes of a B2B login: `authenticated` gets the result with its session,
 * `pending` the result with its intermediate session token and what is still required.
 * Data-first or data-last.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords, matchAuthResult } from "effect4-stytch"
 *
 * const login = (email_address: string, password: string) => Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   const result = yield* b2b.authenticate({ organization_id: "acme", email_address, password })
 *   return matchAuthResult(result, {
 *     authenticated: ({ session_token }) => ({ _tag: "LoggedIn" as const, session_token }),
 *     pending: ({ intermediate_session_token, mfa_required }) =>
 *       ({ _tag: "NeedsMfa" as const, intermediate_session_token, sms_sent: mfa_required?.secondary_auth_initiated === "sms_otp" })
 *   })
 * })
 * ```
 * @since 0.1.0
 */
export const matchAuthResult: {
  <R extends AuthOutcome, A, B>(cases: {
    readonly authenticated: (result: Authenticated<R>) => A
    readonly pending: (result: Pending<R>) => B
  }): (result: R) => A | B
  <R extends AuthOutcome, A, B>(
    result: R,
    cases: {
      readonly authenticated: (result: Authenticated<R>) => A
      readonly pending: (result: Pending<R>) => B
    }
  ): A | B
} = Function.dual(
  2,
  <R extends AuthOutcome, A, B>(
    result: R,
    cases: {
      readonly authenticated: (result: Authenticated<R>) => A
      readonly pending: (result: Pending<R>) => B
    }
  ): A | B =>
    // TS narrows a generic only in the true branch of a guard; the false branch is the other outcome.
    isMemberAuthenticated(result) ? cases.authenticated(result) : cases.pending(result as Pending<R>)
)
