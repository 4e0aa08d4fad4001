/**
 * Reset a forgotten password by email, bound to this client with PKCE: only the holder of
 * the verifier can use the link's token.
 *
 *   npx tsx examples/password-reset-with-pkce.ts
 */
import { Effect, Redacted } from "effect"
import { Passwords, Pkce } from "effect4-stytch"
import { ExampleLayer, exampleEmail, Inbox } from "./support/stytch.js"

const program = Effect.gen(function* () {
  const passwords = yield* Passwords
  const inbox = yield* Inbox
  const email = exampleEmail("margaret")
  yield* passwords.create({ email, password: Redacted.make("the first passphrase I chose 1") })

  const pkce = yield* Pkce.make
  yield* passwords.email.resetStart({
    email,
    reset_password_redirect_url: "https://example.com/reset",
    code_challenge: pkce.code_challenge
  })
  const token = yield* inbox.resetToken(email)

  const reset = yield* passwords.email.reset({
    token,
    password: Redacted.make("a brand new passphrase of mine 2"),
    code_verifier: pkce.code_verifier,
    session_duration_minutes: 30
  })
  yield* Effect.log(`password reset for ${reset.user_id}; email verified: ${reset.user.emails[0]?.verified}`)
})

Effect.runPromise(program.pipe(Effect.provide(ExampleLayer)))
