/**
 * Local stand-ins for what the benchmark's app imports from `effect-stytch`: the same names
 * and the same shape (tagged error classes on Schema, services as Context tags with a layer,
 * hand-written request and response interfaces), without the package. The baseline run of
 * `bench/types.ts` type-checks the app against this file instead of the package.
 */
import type { HttpClient } from "@effect/platform"
import { Config, Context, Effect, Layer, type ConfigError, type Option, type Redacted, Schema } from "effect"

const ApiErrorFields = {
  status_code: Schema.Number,
  request_id: Schema.String,
  error_type: Schema.String,
  error_message: Schema.String,
  error_url: Schema.String,
  http_status: Schema.Number,
  retry_after_ms: Schema.optional(Schema.Number)
}

export class DuplicateEmail extends Schema.TaggedError<DuplicateEmail>()("DuplicateEmail", ApiErrorFields) {}
export class WeakPassword extends Schema.TaggedError<WeakPassword>()("WeakPassword", ApiErrorFields) {}
export class BreachedPassword extends Schema.TaggedError<BreachedPassword>()("BreachedPassword", ApiErrorFields) {}
export class InvalidEmail extends Schema.TaggedError<InvalidEmail>()("InvalidEmail", ApiErrorFields) {}
export class InvalidSessionDurationMinutes extends Schema.TaggedError<InvalidSessionDurationMinutes>()("InvalidSessionDurationMinutes", ApiErrorFields) {}
export class CustomClaimsTooLarge extends Schema.TaggedError<CustomClaimsTooLarge>()("CustomClaimsTooLarge", ApiErrorFields) {}
export class MetadataInvalidFormat extends Schema.TaggedError<MetadataInvalidFormat>()("MetadataInvalidFormat", ApiErrorFields) {}
export class UnauthorizedCredentials extends Schema.TaggedError<UnauthorizedCredentials>()("UnauthorizedCredentials", ApiErrorFields) {}
export class EmailNotFound extends Schema.TaggedError<EmailNotFound>()("EmailNotFound", ApiErrorFields) {}
export class ResetPassword extends Schema.TaggedError<ResetPassword>()("ResetPassword", ApiErrorFields) {}
export class NoUserPassword extends Schema.TaggedError<NoUserPassword>()("NoUserPassword", ApiErrorFields) {}
export class SessionNotFound extends Schema.TaggedError<SessionNotFound>()("SessionNotFound", ApiErrorFields) {}
export class InvalidSessionToken extends Schema.TaggedError<InvalidSessionToken>()("InvalidSessionToken", ApiErrorFields) {}
export class UnableToParseSessionJwt extends Schema.TaggedError<UnableToParseSessionJwt>()("UnableToParseSessionJwt", ApiErrorFields) {}
export class NoSessionArguments extends Schema.TaggedError<NoSessionArguments>()("NoSessionArguments", ApiErrorFields) {}
export class StytchApiError extends Schema.TaggedError<StytchApiError>()("StytchApiError", ApiErrorFields) {}
export class StytchTransportError extends Schema.TaggedError<StytchTransportError>()("StytchTransportError", {
  path: Schema.String,
  request_sent: Schema.Boolean,
  description: Schema.String
}) {}
export class StytchTimeout extends Schema.TaggedError<StytchTimeout>()("StytchTimeout", { path: Schema.String, timeout_ms: Schema.Number }) {}
export class StytchUnexpectedResponse extends Schema.TaggedError<StytchUnexpectedResponse>()("StytchUnexpectedResponse", {
  path: Schema.String,
  http_status: Schema.Number,
  content_type: Schema.String,
  excerpt: Schema.String
}) {}
export class StytchDecodeError extends Schema.TaggedError<StytchDecodeError>()("StytchDecodeError", {
  path: Schema.String,
  field: Schema.String,
  issue: Schema.String
}) {}
export class StytchInvalidRequest extends Schema.TaggedError<StytchInvalidRequest>()("StytchInvalidRequest", {
  path: Schema.String,
  field: Schema.String,
  issue: Schema.String
}) {}

export type StytchFailure = StytchApiError | StytchTransportError | StytchTimeout | StytchUnexpectedResponse | StytchDecodeError | StytchInvalidRequest
type SessionRequestError = SessionNotFound | InvalidSessionToken | UnableToParseSessionJwt | InvalidSessionDurationMinutes | CustomClaimsTooLarge

export interface UserEmail {
  readonly email_id: string
  readonly email: string
  readonly verified: boolean
}
export interface User {
  readonly user_id: string
  readonly emails: ReadonlyArray<UserEmail>
  readonly status: string
  readonly roles: ReadonlyArray<string>
  readonly is_locked: boolean
  readonly created_at?: string
  readonly trusted_metadata?: { readonly [key: string]: unknown }
}
export interface AuthenticationFactor {
  readonly type: string
  readonly delivery_method: string
  readonly last_authenticated_at?: string
  readonly email_factor?: { readonly email_id: string; readonly email_address: string }
}
export interface Session {
  readonly session_id: string
  readonly user_id: string
  readonly authentication_factors: ReadonlyArray<AuthenticationFactor>
  readonly roles: ReadonlyArray<string>
  readonly started_at?: string
  readonly expires_at?: string
  readonly custom_claims?: { readonly [key: string]: unknown }
}
interface SessionRequest {
  readonly session_token?: string
  readonly session_jwt?: string
  readonly session_duration_minutes?: number
  readonly session_custom_claims?: { readonly [key: string]: unknown }
}
interface AuthenticatedUser {
  readonly request_id: string
  readonly status_code: number
  readonly user_id: string
  readonly user: User
  readonly session_token: Option.Option<string>
  readonly session_jwt: Option.Option<string>
  readonly session?: Session
}
type Password = string | Redacted.Redacted<string>

export interface PasswordsService {
  readonly create: (request: {
    readonly email: string
    readonly password: Password
    readonly session_duration_minutes?: number
    readonly trusted_metadata?: { readonly [key: string]: unknown }
  }) => Effect.Effect<
    AuthenticatedUser & { readonly email_id: string },
    DuplicateEmail | WeakPassword | BreachedPassword | InvalidEmail | InvalidSessionDurationMinutes | CustomClaimsTooLarge | MetadataInvalidFormat | StytchFailure
  >
  readonly authenticate: (
    request: SessionRequest & { readonly email: string; readonly password: Password }
  ) => Effect.Effect<AuthenticatedUser, EmailNotFound | UnauthorizedCredentials | ResetPassword | NoUserPassword | InvalidEmail | SessionRequestError | StytchFailure>
  readonly strengthCheck: (request: { readonly password: Password; readonly email?: string }) => Effect.Effect<
    {
      readonly request_id: string
      readonly status_code: number
      readonly valid_password: boolean
      readonly score: number
      readonly breached_password: boolean
      readonly feedback?: { readonly warning: string; readonly suggestions: ReadonlyArray<string> }
    },
    InvalidEmail | StytchFailure
  >
  readonly existingPassword: {
    readonly reset: (
      request: SessionRequest & { readonly email: string; readonly existing_password: Password; readonly new_password: Password }
    ) => Effect.Effect<AuthenticatedUser, UnauthorizedCredentials | WeakPassword | BreachedPassword | EmailNotFound | InvalidEmail | SessionRequestError | StytchFailure>
  }
}

export interface SessionsService {
  readonly authenticate: (request: SessionRequest) => Effect.Effect<
    {
      readonly request_id: string
      readonly status_code: number
      readonly session: Session
      readonly session_token: string
      readonly session_jwt: string
      readonly user: User
    },
    NoSessionArguments | SessionRequestError | StytchFailure
  >
  readonly revoke: (request: {
    readonly session_id?: string
    readonly session_token?: string
    readonly session_jwt?: string
  }) => Effect.Effect<{ readonly request_id: string; readonly status_code: number }, SessionNotFound | InvalidSessionToken | UnableToParseSessionJwt | StytchFailure>
}

export interface StytchOptions {
  readonly projectId: string
  readonly secret: Redacted.Redacted<string>
}

const standIn = Effect.dieMessage("stand-in")

export class StytchClient extends Context.Tag("stand-in/StytchClient")<StytchClient, StytchOptions>() {
  static readonly layerConfig = (
    config: Config.Config<StytchOptions> = Config.all({ projectId: Config.string("STYTCH_PROJECT_ID"), secret: Config.redacted("STYTCH_SECRET") })
  ): Layer.Layer<StytchClient, ConfigError.ConfigError, HttpClient.HttpClient> => Layer.effect(StytchClient, config)
}

export class Passwords extends Context.Tag("stand-in/Passwords")<Passwords, PasswordsService>() {
  static readonly layer: Layer.Layer<Passwords, never, StytchClient> = Layer.effect(
    Passwords,
    Effect.as(StytchClient, {
      create: () => standIn,
      authenticate: () => standIn,
      strengthCheck: () => standIn,
      existingPassword: { reset: () => standIn }
    })
  )
}

export class Sessions extends Context.Tag("stand-in/Sessions")<Sessions, SessionsService>() {
  static readonly layer: Layer.Layer<Sessions, never, StytchClient> = Layer.effect(
    Sessions,
    Effect.as(StytchClient, { authenticate: () => standIn, revoke: () => standIn })
  )
}
