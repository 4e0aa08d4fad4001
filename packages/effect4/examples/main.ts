/**
 * The whole story on an in-process emulator: no network, no Stytch account.
 *
 *   npm run example
 *
 * Sign up; a weak password refused with its feedback; log in with a session; the session
 * JWT checked locally against the JWKS; a reset through the emailed link, bound with PKCE; the old
 * sessions revoked; a bcrypt user migrated and logged in with the old password.
 */
import { Console, Effect, Layer, Option, Redacted } from "effect"
import { bcrypt } from "hash-wasm"
import { Passwords, Pkce, Sessions } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"

const step = (n: number, text: string) => Console.log(`\n${n}. ${text}`)
const show = (text: string) => Console.log(`   ${text}`)

const program = Effect.gen(function* () {
  const passwords = yield* Passwords
  const sessions = yield* Sessions
  const emulator = yield* StytchEmulator
  const email = "ada@example.com"
  const password = Redacted.make("correct horse battery staple 42")

  yield* step(1, "Sign up")
  const created = yield* passwords.create({ email, password, name: { first_name: "Ada" } })
  yield* show(`user ${created.user_id}, email ${created.user.emails[0]?.email} (verified: ${created.user.emails[0]?.verified})`)

  yield* step(2, "A weak password is refused, with feedback")
  const check = yield* passwords.strengthCheck({ password: "qwerty2024", email: "bob@example.com" })
  yield* show(`strength_check: score ${check.score}, valid ${check.valid_password}, breached ${check.breached_password}`)
  yield* show(`warning: "${check.feedback?.warning}"; suggestions: ${check.feedback?.suggestions.join(" ")}`)
  const refused = yield* passwords.create({ email: "bob@example.com", password: "qwerty2024" }).pipe(
    Effect.as("accepted?!"),
    Effect.catchTag("WeakPassword", (error) => Effect.succeed(`${error._tag}: ${error.error_message}`))
  )
  yield* show(`create: ${refused}`)

  yield* step(3, "Log in with a session")
  const login = yield* passwords.authenticate({ email, password, session_duration_minutes: 60, session_custom_claims: { plan: "pro" } })
  const jwt = Option.getOrThrow(login.session_jwt)
  yield* show(`session ${login.session?.session_id}, factor ${login.session?.authentication_factors[0]?.type}, expires ${login.session?.expires_at}`)

  yield* step(4, "Check the session JWT locally, against the project's JWKS")
  const local = yield* sessions.authenticateJwtLocal({ session_jwt: jwt })
  yield* show(`session ${local.session.session_id} of ${local.session.user_id}, plan ${String(local.session.custom_claims?.["plan"])}, checked without a call to Stytch`)

  yield* step(5, "Reset the password through the emailed link, bound with PKCE")
  const pkce = yield* Pkce.make
  yield* passwords.email.resetStart({ email, reset_password_redirect_url: "https://app.example.com/reset", code_challenge: pkce.code_challenge })
  const [message] = (yield* emulator.outbox).slice(-1)
  const link = new URL(message?.reset_link ?? "")
  yield* show(`outbox: "${message?.subject}" to ${message?.to}: ${link.origin}${link.pathname}?stytch_token_type=${link.searchParams.get("stytch_token_type")}&token=…`)
  const reset = yield* passwords.email.reset({
    token: link.searchParams.get("token") ?? "",
    password: Redacted.make("an entirely new passphrase 7"),
    code_verifier: pkce.code_verifier,
    session_duration_minutes: 30
  })
  yield* show(`reset done for ${reset.user_id}; new session ${Option.isSome(reset.session_token) ? "issued" : "none"}`)

  yield* step(6, "The sessions from before the reset are revoked")
  const old = yield* sessions.authenticate({ session_token: Option.getOrThrow(login.session_token) }).pipe(
    Effect.as("still valid?!"),
    Effect.catchTag("SessionNotFound", (error) => Effect.succeed(`${error._tag} (${error.http_status})`))
  )
  yield* show(`old session: ${old}`)
  yield* show(`live sessions now: ${(yield* emulator.sessions).length}`)

  yield* step(7, "Migrate a bcrypt user and log in with the old password")
  const legacy = yield* Effect.promise(() =>
    bcrypt({ password: "hunter2 but longer, from 2014", salt: new Uint8Array(16).fill(7), costFactor: 10 })
  )
  const migrated = yield* passwords.migrate({ email: "alan@example.com", hash: legacy, hash_type: "bcrypt", set_email_verified: true })
  yield* show(`migrated ${migrated.user_id} (user_created: ${migrated.user_created}) from ${legacy.slice(0, 7)}…`)
  const legacyLogin = yield* passwords.authenticate({ email: "alan@example.com", password: "hunter2 but longer, from 2014" })
  yield* show(`logged in as ${legacyLogin.user_id}; the bcrypt hash is now rehashed by the emulator`)

  yield* Console.log("\nDone.")
})

Effect.runPromise(
  program.pipe(Effect.provide(Layer.mergeAll(Passwords.layer, Sessions.layer).pipe(Layer.provideMerge(StytchEmulator.layer()))))
)
