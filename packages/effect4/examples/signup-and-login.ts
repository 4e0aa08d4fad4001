/**
 * Sign up with a password, then log in and get a session.
 *
 *   npx tsx examples/signup-and-login.ts
 */
import { Effect, Option, Redacted } from "effect"
import { Passwords } from "effect4-stytch"
import { ExampleLayer, exampleEmail } from "./support/stytch.js"

const program = Effect.gen(function* () {
  const passwords = yield* Passwords
  const email = exampleEmail("ada")
  const password = Redacted.make("correct horse battery staple 42")

  const created = yield* passwords.create({ email, password })
  yield* Effect.log(`created ${created.user_id}; session: ${Option.isSome(created.session_token) ? "yes" : "none asked"}`)

  const login = yield* passwords.authenticate({ email, password, session_duration_minutes: 60 })
  yield* Effect.log(`logged in; session ${login.session?.session_id} expires ${login.session?.expires_at}`)
})

Effect.runPromise(program.pipe(Effect.provide(ExampleLayer)))
