/**
 * Why a session JWT was refused by local verification (`authenticateJwtLocal`). None of them
 * holds the JWT: only the facts needed to tell the cases apart (times, the key id).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * The JWT is not a well-formed RS256 session JWT of the shape Stytch issues: not three
 * base64url parts, not JSON, a header other than `alg: RS256, typ: JWT` with a key id, or a
 * missing or malformed claim (the session claim, `iat` when a maximum age is asked for).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const check = (session_jwt: string) =>
 *   Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt })).pipe(
 *     Effect.catchTag("JwtMalformed", (e) => Effect.logWarning(e.message))
 *   )
 * ```
 * @since 0.1.0
 */
export class JwtMalformed extends Schema.TaggedError<JwtMalformed>()("JwtMalformed", {
  /** What is wrong, in words that never quote the JWT. */
  reason: Schema.String
}) {
  override get message(): string {
    return `Malformed session JWT: ${this.reason}`
  }
}

/**
 * The signature does not match the header and claims under the key the JWT names: forged or
 * tampered with.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const check = (session_jwt: string) =>
 *   Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt })).pipe(
 *     Effect.catchTag("JwtBadSignature", () => Effect.succeed(undefined))
 *   )
 * ```
 * @since 0.1.0
 */
export class JwtBadSignature extends Schema.TaggedError<JwtBadSignature>()("JwtBadSignature", {
  kid: Schema.String
}) {
  override get message(): string {
    return `The session JWT's signature does not verify under key ${this.kid}`
  }
}

/**
 * The JWT names a key (`kid`) the project's JWKS does not hold, even after fetching the JWKS
 * again (at most once per 30-second cool-down).
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const check = (session_jwt: string) =>
 *   Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt })).pipe(
 *     Effect.catchTag("JwtUnknownKey", (e) => Effect.logWarning(`no key ${e.kid}`))
 *   )
 * ```
 * @since 0.1.0
 */
export class JwtUnknownKey extends Schema.TaggedError<JwtUnknownKey>()("JwtUnknownKey", {
  kid: Schema.String
}) {
  override get message(): string {
    return `The project's JWKS has no key ${this.kid}`
  }
}

/**
 * The `iss` claim is neither `stytch.com/<project_id>` nor the client's base URL.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const check = (session_jwt: string) =>
 *   Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt })).pipe(
 *     Effect.catchTag("JwtWrongIssuer", (e) => Effect.logWarning(e.message))
 *   )
 * ```
 * @since 0.1.0
 */
export class JwtWrongIssuer extends Schema.TaggedError<JwtWrongIssuer>()("JwtWrongIssuer", {
  /** The issuers accepted. */
  expected: Schema.Array(Schema.String)
}) {
  override get message(): string {
    return `The session JWT's issuer is not one of ${this.expected.join(", ")}`
  }
}

/**
 * The `aud` claim does not contain the project id.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const check = (session_jwt: string) =>
 *   Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt })).pipe(
 *     Effect.catchTag("JwtWrongAudience", (e) => Effect.logWarning(e.message))
 *   )
 * ```
 * @since 0.1.0
 */
export class JwtWrongAudience extends Schema.TaggedError<JwtWrongAudience>()("JwtWrongAudience", {
  /** The audience required: the project id. */
  expected: Schema.String
}) {
  override get message(): string {
    return `The session JWT's audience does not include ${this.expected}`
  }
}

/**
 * The JWT is outside its validity window: `exp` has passed (`reason: "expired"`) or `nbf` is
 * still ahead (`reason: "not_yet_valid"`), beyond the clock tolerance. Session JWTs live 5
 * minutes; an expired one may still name a live session, which `authenticateJwt` asks Stytch
 * about.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const check = (session_jwt: string) =>
 *   Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt })).pipe(
 *     Effect.catchTag("JwtExpired", (e) => Effect.logDebug(`${e.reason} at ${e.now}, bound ${e.bound}`))
 *   )
 * ```
 * @since 0.1.0
 */
export class JwtExpired extends Schema.TaggedError<JwtExpired>()("JwtExpired", {
  reason: Schema.Literals(["expired", "not_yet_valid"]),
  /** The claim crossed (`exp` or `nbf`), seconds since the epoch. */
  bound: Schema.Number,
  /** The time of the check, seconds since the epoch (from Effect's `Clock`). */
  now: Schema.Number
}) {
  override get message(): string {
    return this.reason === "expired"
      ? `The session JWT expired at ${this.bound} (now ${this.now})`
      : `The session JWT is not valid before ${this.bound} (now ${this.now})`
  }
}

/**
 * The JWT was issued (`iat`) `max_token_age_seconds` or more ago; with a maximum age of 0,
 * every JWT is too old.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Sessions } from "effect4-stytch"
 *
 * const fresh = (session_jwt: string) =>
 *   Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt, max_token_age_seconds: 60 })).pipe(
 *     Effect.catchTag("JwtTooOld", (e) => Effect.logDebug(e.message))
 *   )
 * ```
 * @since 0.1.0
 */
export class JwtTooOld extends Schema.TaggedError<JwtTooOld>()("JwtTooOld", {
  /** `iat`, seconds since the epoch. */
  issued_at: Schema.Number,
  max_token_age_seconds: Schema.Number
}) {
  override get message(): string {
    return `The session JWT was issued at ${this.issued_at}, ${this.max_token_age_seconds} seconds or more ago`
  }
}

/**
 * Every reason local verification refuses a session JWT (JWKS fetch failures aside).
 *
 * @example
 * ```ts
 * import type { JwtError } from "effect4-stytch"
 * const retryRemotely = (error: JwtError) => error._tag === "JwtExpired" || error._tag === "JwtTooOld"
 * ```
 * @since 0.1.0
 */
export type JwtError = JwtMalformed | JwtBadSignature | JwtUnknownKey | JwtWrongIssuer | JwtWrongAudience | JwtExpired | JwtTooOld
