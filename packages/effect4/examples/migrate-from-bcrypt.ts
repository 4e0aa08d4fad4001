/**
 * Move a user from your own database (a bcrypt hash) to Stytch, then log in with the
 * password they always had.
 *
 *   npx tsx examples/migrate-from-bcrypt.ts
 */
import { Effect } from "effect"
import { bcrypt } from "hash-wasm"
import { Passwords } from "effect4-stytch"
import { ExampleLayer, exampleEmail } from "./support/stytch.js"

// What your old database stored for this user.
const legacyHash = Effect.promise(() =>
  bcrypt({ password: "my old password, kept since 2014", salt: crypto.getRandomValues(new Uint8Array(16)), costFactor: 10 })
)

const program = Effect.gen(function* () {
  const passwords = yield* Passwords
  const email = exampleEmail("alan")
  const migrated = yield* passwords.migrate({ email, hash: yield* legacyHash, hash_type: "bcrypt", set_email_verified: true })
  yield* Effect.log(`migrated ${migrated.user_id} (new user: ${migrated.user_created})`)

  const login = yield* passwords.authenticate({ email, password: "my old password, kept since 2014" })
  yield* Effect.log(`logged in as ${login.user_id} with the old password`)
})

Effect.runPromise(program.pipe(Effect.provide(ExampleLayer)))
