/**
 * A B2B member changes their password given the current one, on an in-process emulator.
 *
 *   npx tsx examples/b2b-existing-password-reset.ts
 *
 * The refusals first (a wrong current password, the same password again, a weak one), then
 * the change: it answers like a login (a new member session), and the member's sessions
 * from before are revoked.
 */
import { Console, Effect, Layer, Redacted } from "effect"
import { B2BPasswords } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"

const step = (n: number, text: string) => Console.log(`\n${n}. ${text}`)
const show = (text: string) => Console.log(`   ${text}`)

const program = Effect.gen(function* () {
  const b2b = yield* B2BPasswords
  const emulator = yield* StytchEmulator
  const current = Redacted.make("correct horse battery staple 42")
  const next = Redacted.make("a brand new passphrase of mine 2")
  const member = { organization_id: "acme", email_address: "ada@acme.com" }

  yield* step(1, "Seed Acme and Ada, who logs in")
  yield* emulator.seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
  yield* emulator.seedMember({ ...member, password: Redacted.value(current) })
  const login = yield* b2b.authenticate({ ...member, password: current })
  if (!login.member_authenticated) return yield* Effect.die(new Error("Acme does not require MFA: expected a session"))
  yield* show(`member session ${login.member_session.member_session_id} (the default 60 minutes, until ${login.member_session.expires_at})`)

  yield* step(2, "What is refused")
  const refused = (existing_password: Redacted.Redacted<string>, new_password: Redacted.Redacted<string>) =>
    b2b.existingPassword.reset({ ...member, existing_password, new_password }).pipe(
      Effect.as("accepted?!"),
      Effect.catchTags({
        UnauthorizedCredentials: (error) => Effect.succeed(`${error._tag}: ${error.error_message}`),
        CannotResetPasswordWithExistingPassword: (error) => Effect.succeed(`${error._tag}: ${error.error_message}`),
        WeakPassword: (error) => Effect.succeed(`${error._tag}: ${error.error_message}`)
      })
    )
  yield* show(`a wrong current password -> ${yield* refused(Redacted.make("not my password at all 9"), next)}`)
  yield* show(`the same password again  -> ${yield* refused(current, current)}`)
  yield* show(`a weak new password      -> ${yield* refused(current, Redacted.make("password1"))}`)

  yield* step(3, "The change: it answers like a login, with a new member session")
  const changed = yield* b2b.existingPassword.reset({ ...member, existing_password: current, new_password: next, session_duration_minutes: 30 })
  if (!changed.member_authenticated) return yield* Effect.die(new Error("expected a session"))
  yield* show(`new member session ${changed.member_session.member_session_id}, until ${changed.member_session.expires_at}`)

  yield* step(4, "The session from before the change is revoked")
  const old = yield* b2b.authenticate({ ...member, password: next, session_token: login.session_token }).pipe(
    Effect.as("still live?!"),
    Effect.catchTag("SessionNotFound", (error) => Effect.succeed(`${error._tag} (${error.http_status})`))
  )
  yield* show(`logging in with the old session: ${old}`)

  yield* step(5, "The new password logs in; the old one no longer does")
  const fresh = yield* b2b.authenticate({ ...member, password: next })
  yield* show(`new password: member_authenticated ${fresh.member_authenticated}`)
  const stale = yield* b2b.authenticate({ ...member, password: current }).pipe(
    Effect.as("accepted?!"),
    Effect.catchTag("UnauthorizedCredentials", (error) => Effect.succeed(`${error._tag} (${error.http_status})`))
  )
  yield* show(`old password: ${stale}`)

  yield* Console.log("\nDone.")
})

Effect.runPromise(program.pipe(Effect.provide(B2BPasswords.layer.pipe(Layer.provideMerge(StytchEmulator.layer())))))
