/**
 * B2B login when the organization asks for MFA, on an in-process emulator.
 *
 *   npx tsx examples/b2b-login-with-mfa.ts
 *
 * Acme requires MFA of every member: Ada's right password ends "pending", with an
 * intermediate session to finish MFA with. At Globex MFA is optional: Grace logs in and gets
 * a session; once she has enrolled in MFA her next login is pending too, unless she presents
 * her live session (token or JWT), which skips the second factor.
 */
import { Console, Effect, Layer, Redacted } from "effect"
import { B2BPasswords, type Endpoint, matchAuthResult } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"

const step = (n: number, text: string) => Console.log(`\n${n}. ${text}`)
const show = (text: string) => Console.log(`   ${text}`)

type Login = Endpoint.Success<typeof B2BPasswords.endpoints.authenticate>

/** What a login came to, in one line, whichever way it ended. */
const outcome = (result: Login) =>
  matchAuthResult(result, {
    authenticated: (done) =>
      `logged in: member session ${done.member_session.member_session_id}, until ${done.member_session.expires_at}`,
    pending: (todo) =>
      `MFA pending: intermediate session ${todo.intermediate_session_token.slice(0, 10)}…, ` +
      `second factor to ${todo.mfa_required?.member_options?.mfa_phone_number || "(none set up yet)"}`
  })

const program = Effect.gen(function* () {
  const b2b = yield* B2BPasswords
  const emulator = yield* StytchEmulator
  const password = Redacted.make("correct horse battery staple 42")

  yield* step(1, "Seed Acme, which requires MFA of everyone, and its member Ada")
  const acme = yield* emulator.seedOrganization({ organization_name: "Acme", organization_slug: "acme", mfa_policy: "REQUIRED_FOR_ALL" })
  yield* emulator.seedMember({ organization_id: "acme", email_address: "ada@acme.com", password: Redacted.value(password), mfa_phone_number: "+12025550162" })
  yield* show(`organization ${acme.organization_id} (slug ${acme.organization_slug}, mfa_policy ${acme.mfa_policy})`)

  yield* step(2, "Ada logs in with the right password: the answer is pending")
  const ada = yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password })
  yield* show(`member_authenticated: ${ada.member_authenticated}`)
  yield* show(outcome(ada))

  yield* step(3, "At Globex MFA is optional: Grace logs in and gets a session")
  yield* emulator.seedOrganization({ organization_name: "Globex", organization_slug: "globex" })
  const grace = yield* emulator.seedMember({ organization_id: "globex", email_address: "grace@globex.com", password: Redacted.value(password) })
  const first = yield* b2b.authenticate({ organization_id: "globex", email_address: "grace@globex.com", password, session_duration_minutes: 120 })
  yield* show(outcome(first))
  if (!first.member_authenticated) return yield* Effect.die(new Error("expected a session at Globex"))

  yield* step(4, "Grace enrolls in MFA (the emulator has no MFA endpoints: the state is edited through an export)")
  const state = yield* emulator.exportState
  yield* emulator.importState({
    ...state,
    members: state.members.map((member) => (member.member_id === grace.member_id ? { ...member, mfa_enrolled: true, mfa_phone_number: "+12025550163" } : member))
  })
  const again = yield* b2b.authenticate({ organization_id: "globex", email_address: "grace@globex.com", password })
  yield* show(`without her session: ${outcome(again)}`)

  yield* step(5, "With her live session the password is enough: MFA was done for that session")
  const byToken = yield* b2b.authenticate({ organization_id: "globex", email_address: "grace@globex.com", password, session_token: first.session_token })
  yield* show(`with session_token: ${outcome(byToken)}`)
  const byJwt = yield* b2b.authenticate({ organization_id: "globex", email_address: "grace@globex.com", password, session_jwt: first.session_jwt })
  yield* show(`with session_jwt:   ${outcome(byJwt)}`)

  yield* step(6, "A session that is not live skips nothing: it is refused")
  const stale = yield* b2b.authenticate({ organization_id: "globex", email_address: "grace@globex.com", password, session_token: "not-a-live-session-token" }).pipe(
    Effect.map(outcome),
    Effect.catchTag("SessionNotFound", (error) => Effect.succeed(`${error._tag} (${error.http_status}): ${error.error_message}`))
  )
  yield* show(stale)

  yield* Console.log("\nDone.")
})

Effect.runPromise(program.pipe(Effect.provide(B2BPasswords.layer.pipe(Layer.provideMerge(StytchEmulator.layer())))))
