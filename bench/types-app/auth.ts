/**
 * The user app of the type-check benchmark (`bench/types.ts`): an `Auth` service composed on
 * `Passwords` and `Sessions`, the way an application would write it. The benchmark copies
 * this file twice into a temp folder: once as it is (importing `effect-stytch`), once with the
 * import pointed at `./stand-ins.js`, local stand-ins of the same shape.
 */
import { FetchHttpClient } from "@effect/platform"
import { Context, Data, Effect, Layer, Option, Redacted } from "effect"
import { Passwords, Sessions, StytchClient } from "effect-stytch"

export class SignUpRefused extends Data.TaggedError("SignUpRefused")<{ readonly reason: string }> {}
export class LogInRefused extends Data.TaggedError("LogInRefused")<{ readonly reason: string }> {}
export class NotLoggedIn extends Data.TaggedError("NotLoggedIn")<{}> {}
export class AuthUnavailable extends Data.TaggedError("AuthUnavailable")<{ readonly detail: string }> {}

export interface AppSession {
  readonly userId: string
  readonly token: string
  readonly expiresAt: string | undefined
}

export interface CurrentUser {
  readonly userId: string
  readonly email: string | undefined
  readonly roles: ReadonlyArray<string>
}

export interface AuthService {
  readonly signUp: (email: string, password: string) => Effect.Effect<AppSession, SignUpRefused | AuthUnavailable>
  readonly logIn: (email: string, password: string) => Effect.Effect<AppSession, LogInRefused | AuthUnavailable>
  readonly currentUser: (token: string) => Effect.Effect<CurrentUser, NotLoggedIn | AuthUnavailable>
  readonly changePassword: (email: string, current: string, next: string) => Effect.Effect<AppSession, LogInRefused | AuthUnavailable>
  readonly logOut: (token: string) => Effect.Effect<void, AuthUnavailable>
}

const unavailable = (error: { readonly _tag: string }) => new AuthUnavailable({ detail: error._tag })

const sessionOf = (
  userId: string,
  token: Option.Option<string>,
  session: { readonly expires_at?: string | undefined } | undefined
): Effect.Effect<AppSession, AuthUnavailable> =>
  Option.match(token, {
    onNone: () => Effect.fail(new AuthUnavailable({ detail: "no session" })),
    onSome: (value) => Effect.succeed({ userId, token: value, expiresAt: session?.expires_at })
  })

export class Auth extends Context.Tag("app/Auth")<Auth, AuthService>() {
  static readonly layer = Layer.effect(
    Auth,
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions

      const signUp = (email: string, password: string) =>
        Effect.gen(function* () {
          const strength = yield* passwords.strengthCheck({ password, email })
          if (!strength.valid_password) return yield* new SignUpRefused({ reason: "weak" })
          const created = yield* passwords.create({ email, password: Redacted.make(password), session_duration_minutes: 60 })
          yield* Effect.logInfo(`signed up ${created.user_id} (${created.user.emails.length} emails)`)
          return yield* sessionOf(created.user_id, created.session_token, created.session)
        }).pipe(
          Effect.catchTag("DuplicateEmail", () => new SignUpRefused({ reason: "taken" })),
          Effect.catchTag("WeakPassword", (e) => new SignUpRefused({ reason: e.error_message })),
          Effect.catchTag("BreachedPassword", () => new SignUpRefused({ reason: "breached" })),
          Effect.catchTag("InvalidEmail", () => new SignUpRefused({ reason: "email" })),
          Effect.catchTags({
            StytchApiError: unavailable,
            StytchTransportError: unavailable,
            StytchTimeout: unavailable,
            StytchUnexpectedResponse: unavailable,
            StytchDecodeError: unavailable,
            StytchInvalidRequest: unavailable,
            InvalidSessionDurationMinutes: unavailable,
            CustomClaimsTooLarge: unavailable,
            MetadataInvalidFormat: unavailable
          })
        )

      const logIn = (email: string, password: string) =>
        Effect.gen(function* () {
          const result = yield* passwords.authenticate({ email, password, session_duration_minutes: 60 })
          const factors = result.session?.authentication_factors.map((factor) => factor.delivery_method) ?? []
          yield* Effect.logDebug(`factors: ${factors.join(", ")}`)
          return yield* sessionOf(result.user_id, result.session_token, result.session)
        }).pipe(
          Effect.catchTag("UnauthorizedCredentials", () => new LogInRefused({ reason: "credentials" })),
          Effect.catchTag("EmailNotFound", () => new LogInRefused({ reason: "credentials" })),
          Effect.catchTag("ResetPassword", () => new LogInRefused({ reason: "reset required" })),
          Effect.catchAll((error): Effect.Effect<never, LogInRefused | AuthUnavailable> =>
            error._tag === "LogInRefused" ? Effect.fail(error) : Effect.fail(unavailable(error))
          )
        )

      const currentUser = (token: string) =>
        sessions.authenticate({ session_token: token }).pipe(
          Effect.map(({ user, session }) => ({ userId: user.user_id, email: user.emails[0]?.email, roles: session.roles })),
          Effect.catchTag("SessionNotFound", () => new NotLoggedIn()),
          Effect.catchTag("InvalidSessionToken", () => new NotLoggedIn()),
          Effect.catchAll((error): Effect.Effect<never, NotLoggedIn | AuthUnavailable> =>
            error._tag === "NotLoggedIn" ? Effect.fail(error) : Effect.fail(unavailable(error))
          )
        )

      const changePassword = (email: string, current: string, next: string) =>
        passwords.existingPassword
          .reset({ email, existing_password: current, new_password: next, session_duration_minutes: 60 })
          .pipe(
            Effect.flatMap((result) => sessionOf(result.user_id, result.session_token, result.session)),
            Effect.catchTag("UnauthorizedCredentials", () => new LogInRefused({ reason: "credentials" })),
            Effect.catchTag("WeakPassword", (e) => new LogInRefused({ reason: e.error_message })),
            Effect.catchAll((error): Effect.Effect<never, LogInRefused | AuthUnavailable> =>
            error._tag === "LogInRefused" ? Effect.fail(error) : Effect.fail(unavailable(error))
          )
          )

      const logOut = (token: string) =>
        sessions.revoke({ session_token: token }).pipe(
          Effect.asVoid,
          Effect.catchTag("SessionNotFound", () => Effect.void),
          Effect.mapError(unavailable)
        )

      return Auth.of({ signUp, logIn, currentUser, changePassword, logOut })
    })
  )
}

export const AppLive = Auth.layer.pipe(
  Layer.provide(Layer.mergeAll(Passwords.layer, Sessions.layer)),
  Layer.provide(StytchClient.layerConfig()),
  Layer.provide(FetchHttpClient.layer)
)

export const main = Effect.gen(function* () {
  const auth = yield* Auth
  const session = yield* auth.signUp("ada@example.com", "correct horse battery staple")
  const user = yield* auth.currentUser(session.token)
  yield* Effect.logInfo(`hello ${user.email ?? user.userId}`)
  yield* auth.logOut(session.token)
}).pipe(Effect.provide(AppLive))
