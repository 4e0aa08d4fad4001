/**
 * Every failure is a tagged error: narrow the ones you handle with `Effect.catchTag`, let
 * the rest through with their type.
 *
 *   npx tsx examples/catching-errors.ts
 */
import { Effect } from "effect"
import { Passwords } from "effect4-stytch"
import { ExampleLayer, exampleEmail } from "./support/stytch.js"

const signUp = (email: string, password: string) =>
  Effect.flatMap(Passwords, (passwords) => passwords.create({ email, password })).pipe(
    Effect.as("created"),
    Effect.catchTags({
      DuplicateEmail: () => Effect.succeed("that email already has an account"),
      WeakPassword: (error) => Effect.succeed(`too weak: ${error.error_message}`),
      StytchInvalidRequest: (error) => Effect.succeed(`not sent, ${error.field} ${error.issue}`)
    })
  )

const program = Effect.gen(function* () {
  const email = exampleEmail("grace")
  yield* Effect.log(yield* signUp(email, "a long and unusual passphrase 17"))
  yield* Effect.log(yield* signUp(email, "a long and unusual passphrase 17"))
  yield* Effect.log(yield* signUp(exampleEmail("linus"), "password1"))
  yield* Effect.log(yield* signUp("not-an-email", "a long and unusual passphrase 17"))

  const passwords = yield* Passwords
  const outcome = yield* passwords.authenticate({ email, password: "wrong password" }).pipe(
    Effect.as("logged in"),
    Effect.catchTag("UnauthorizedCredentials", () => Effect.succeed("wrong password")),
    Effect.catchTag("EmailNotFound", () => Effect.succeed("no such user"))
  )
  yield* Effect.log(outcome)
})

Effect.runPromise(program.pipe(Effect.provide(ExampleLayer)))
