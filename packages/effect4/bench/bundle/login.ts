/** `Passwords.authenticate` through effect4-stytch's client, on FetchHttpClient, as an app would call it. */
import { Effect, Layer, Redacted } from "effect"
import { FetchHttpClient } from "effect/http"
import { Passwords, StytchClient } from "../../src/index.js"

const StytchLive = Passwords.layer.pipe(
  Layer.provide(
    StytchClient.layer({
      projectId: "project-test-00000000-0000-4000-8000-000000000000",
      secret: Redacted.make("secret-test-0000000000000000000000000000")
    })
  ),
  Layer.provide(FetchHttpClient.layer)
)

export const login = (email: string, password: string) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const { session_token, user } = yield* passwords.authenticate({
      email,
      password: Redacted.make(password),
      session_duration_minutes: 60
    })
    return { user_id: user.user_id, session_token }
  }).pipe(Effect.provide(StytchLive))
