/**
 * Races over loopback against the emulator server: many clients at once on one reset token,
 * one email, one session. Each check-and-write must happen once.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Exit, Fiber, Option } from "effect"
import { B2BPasswords, Passwords, Sessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { saltedDigest } from "../emulator/support.js"
import { ludsPassword, realPause, ServerArrivals, serverStack } from "./support.js"

const times = <A>(n: number, f: (i: number) => A): Array<A> => Array.from({ length: n }, (_, i) => f(i))
const redirect = "https://app.example.com/reset"
const password = ludsPassword("races")

const winnersOf = <A, E>(results: ReadonlyArray<Either.Either<A, E>>) =>
  results.flatMap((result, i) => (Either.isRight(result) ? [i] : []))
const losersOf = <A, E>(results: ReadonlyArray<Either.Either<A, E>>) =>
  results.flatMap((result) => (Either.isLeft(result) ? [result.left] : []))

const setUp = Effect.flatMap(StytchEmulator, (control) =>
  control.updateSettings({ strength_policy: "luds", cross_org_passwords_enabled: true, migrate_rate_limit_per_second: 10_000 })
)

const seedAcme = Effect.gen(function* () {
  const control = yield* StytchEmulator
  const organization = yield* control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
  const member = yield* control.seedMember({ organization_id: "acme", email_address: "ada@acme.com", password })
  return { organization, member }
}).pipe(Effect.orDie)

describe("one reset token, many concurrent uses: exactly one success", () => {
  it.live("consumer email.reset, 30 clients", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* setUp
      yield* passwords.create({ email: "ada@example.com", password, session_duration_minutes: 60 })
      yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      const candidates = times(30, (i) => ludsPassword(`reset-${i}`))
      const results = yield* Effect.all(
        candidates.map((next) => Effect.either(passwords.email.reset({ token, password: next, session_duration_minutes: 10 }))),
        { concurrency: "unbounded" }
      )
      const winners = winnersOf(results)
      expect(winners).toHaveLength(1)
      expect(losersOf(results).map((error) => error._tag)).toEqual(times(29, () => "UnableToAuthPasswordResetToken"))
      const winner = winners[0] ?? -1
      yield* passwords.authenticate({ email: "ada@example.com", password: candidates[winner] ?? "" })
      const other = yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: candidates[(winner + 1) % 30] ?? "" }))
      expect(other._tag).toBe("UnauthorizedCredentials")
      // The reset revoked the old session and made the winner's only.
      expect(yield* control.sessions).toHaveLength(1)
      expect(yield* Effect.map(ServerArrivals, (arrivals) => arrivals.on("/v1/passwords/email/reset").length)).toBe(30)
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  it.live("B2B email.reset (organization token), 30 clients", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* setUp
      yield* seedAcme
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com", reset_password_redirect_url: redirect })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@acme.com"))
      const candidates = times(30, (i) => ludsPassword(`b2b-reset-${i}`))
      const results = yield* Effect.all(
        candidates.map((next) => Effect.either(b2b.email.reset({ password_reset_token: token, password: next }))),
        { concurrency: "unbounded" }
      )
      const winners = winnersOf(results)
      expect(winners).toHaveLength(1)
      expect(losersOf(results).map((error) => error._tag)).toEqual(times(29, () => "UnableToAuthPasswordResetToken"))
      const result = yield* b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: candidates[winners[0] ?? -1] ?? "" })
      expect(result.member_authenticated).toBe(true)
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  it.live("B2B discovery email.reset, 20 clients", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* setUp
      yield* seedAcme
      yield* b2b.discovery.email.resetStart({ email_address: "ada@acme.com", reset_password_redirect_url: redirect })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@acme.com"))
      const candidates = times(20, (i) => ludsPassword(`discovery-${i}`))
      const results = yield* Effect.all(
        candidates.map((next) => Effect.either(b2b.discovery.email.reset({ password_reset_token: token, password: next }))),
        { concurrency: "unbounded" }
      )
      const winners = winnersOf(results)
      expect(winners).toHaveLength(1)
      expect(losersOf(results).map((error) => error._tag)).toEqual(times(19, () => "UnableToAuthPasswordResetToken"))
      const found = yield* b2b.discovery.authenticate({ email_address: "ada@acme.com", password: candidates[winners[0] ?? -1] ?? "" })
      expect(found.discovered_organizations.map((entry) => entry.member_authenticated)).toEqual([true])
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))
})

describe("one email, many concurrent creations: exactly one account", () => {
  it.live("consumer create, 40 clients, the email in two cases: one user, one session, 39 DuplicateEmail", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* setUp
      const results = yield* Effect.all(
        times(40, (i) =>
          Effect.either(
            passwords.create({ email: i % 2 === 0 ? "ada@example.com" : "ADA@Example.com", password, session_duration_minutes: 10 })
          )
        ),
        { concurrency: "unbounded" }
      )
      expect(winnersOf(results)).toHaveLength(1)
      expect(losersOf(results).map((error) => error._tag)).toEqual(times(39, () => "DuplicateEmail"))
      const users = yield* control.users
      expect(users).toHaveLength(1)
      expect(yield* control.sessions).toHaveLength(1)
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  it.live("consumer migrate of one new email, 20 clients: one success (user_created), 19 PasswordAlreadyExists, the winner's hash logs in", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* setUp
      const candidates = times(20, (i) => ludsPassword(`migrate-${i}`))
      const results = yield* Effect.all(
        candidates.map((candidate) =>
          Effect.either(passwords.migrate({ email: "bob@example.com", hash: saltedDigest("sha512", candidate), hash_type: "sha_512" }))
        ),
        { concurrency: "unbounded" }
      )
      const winners = winnersOf(results)
      expect(winners).toHaveLength(1)
      expect(losersOf(results).map((error) => error._tag)).toEqual(times(19, () => "PasswordAlreadyExists"))
      const winner = results[winners[0] ?? -1]
      expect(winner !== undefined && Either.isRight(winner) ? winner.right.user_created : undefined).toBe(true)
      expect(yield* control.users).toHaveLength(1)
      yield* passwords.authenticate({ email: "bob@example.com", password: candidates[winners[0] ?? -1] ?? "" })
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  it.live("B2B migrate of one new member email, 20 clients: one member_created, 19 PasswordAlreadyExists", () =>
    Effect.gen(function* () {
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      yield* setUp
      yield* seedAcme
      const candidates = times(20, (i) => ludsPassword(`b2b-migrate-${i}`))
      const results = yield* Effect.all(
        candidates.map((candidate) =>
          Effect.either(
            b2b.migrate({ organization_id: "acme", email_address: "grace@acme.com", hash: saltedDigest("sha1", candidate), hash_type: "sha_1" })
          )
        ),
        { concurrency: "unbounded" }
      )
      const winners = winnersOf(results)
      expect(winners).toHaveLength(1)
      expect(losersOf(results).map((error) => error._tag)).toEqual(times(19, () => "PasswordAlreadyExists"))
      const members = (yield* control.members).filter((member) => member.email_address === "grace@acme.com")
      expect(members).toHaveLength(1)
      const login = yield* b2b.authenticate({ organization_id: "acme", email_address: "grace@acme.com", password: candidates[winners[0] ?? -1] ?? "" })
      expect(login.member_id).toBe(members[0]?.member_id)
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))
})

/** Creates a user with a fresh password-factor session; its token. */
const signUp = (email: string) =>
  Effect.flatMap(Passwords, (passwords) => passwords.create({ email, password, session_duration_minutes: 60 })).pipe(
    Effect.map((created) => Option.getOrThrow(created.session_token))
  )

/** Whether `candidate` is the user's password now. */
const logsIn = (email: string, candidate: string) =>
  Effect.flatMap(Passwords, (passwords) => passwords.authenticate({ email, password: candidate })).pipe(
    Effect.as(true),
    Effect.catchTag("UnauthorizedCredentials", () => Effect.succeed(false))
  )

/** The stored password hash of a user, from the state. */
const storedHash = (email: string) =>
  Effect.map(Effect.flatMap(StytchEmulator, (control) => control.exportState), (state) => {
    const password = state.users.find((user) => user.emails.some((candidate) => candidate.email === email))?.password
    return JSON.stringify(password?.hash)
  })

describe("a session reset racing a revoke of the same session", () => {
  it.live("in either order, one after the other: reset then revoke (new password, session gone); revoke then reset (SessionNotFound, old password)", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      yield* setUp
      const first = yield* signUp("ada@example.com")
      yield* passwords.sessions.reset({ session_token: first, password: ludsPassword("ada-next") })
      yield* sessions.revoke({ session_token: first })
      expect(yield* logsIn("ada@example.com", ludsPassword("ada-next"))).toBe(true)
      expect(yield* logsIn("ada@example.com", password)).toBe(false)

      const second = yield* signUp("bob@example.com")
      yield* sessions.revoke({ session_token: second })
      const refused = yield* Effect.flip(passwords.sessions.reset({ session_token: second, password: ludsPassword("bob-next") }))
      expect(refused._tag).toBe("SessionNotFound")
      expect(yield* logsIn("bob@example.com", password)).toBe(true)
      expect(yield* logsIn("bob@example.com", ludsPassword("bob-next"))).toBe(false)
      expect(yield* control.sessions).toHaveLength(0)
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  it.live("8 concurrent trials: the revoke always succeeds, no session survives, and a reset that succeeded set the new password", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      yield* setUp
      for (let trial = 0; trial < 8; trial++) {
        const email = `trial-${trial}@example.com`
        const next = ludsPassword(`trial-${trial}-next`)
        const token = yield* signUp(email)
        const [reset, revoke] = yield* Effect.all(
          [
            Effect.either(passwords.sessions.reset({ session_token: token, password: next })),
            // Staggered by 0..3 ms so that the revoke lands before, during and after the reset.
            Effect.zipRight(realPause(trial % 4), Effect.either(sessions.revoke({ session_token: token })))
          ],
          { concurrency: "unbounded" }
        )
        expect(Either.isRight(revoke)).toBe(true)
        if (Either.isRight(reset)) {
          expect(yield* logsIn(email, next)).toBe(true)
          expect(yield* logsIn(email, password)).toBe(false)
        } else {
          expect(reset.left._tag).toBe("SessionNotFound")
        }
        const user = (yield* control.users).find((candidate) => candidate.emails[0]?.email === email)
        expect((yield* control.sessions).filter((session) => session.user_id === user?.user_id)).toEqual([])
      }
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  // A session reset re-checks the session in the step that writes the password: a revoke that
  // lands while it hashes leaves the password as it was. Deterministic here: production hashing
  // keeps the reset hashing for hundreds of milliseconds, and the revoke is sent 40 ms after the
  // reset reached the server.
  it.live("a revoke landing while the reset hashes: the reset either succeeds or changes nothing (never fails after changing the password)", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      yield* control.updateSettings({ strength_policy: "luds" })
      const token = yield* signUp("ada@example.com")
      const before = yield* storedHash("ada@example.com")
      const next = ludsPassword("ada-during")
      const reset = yield* Effect.fork(passwords.sessions.reset({ session_token: token, password: next }))
      const arrivals = yield* ServerArrivals
      for (let i = 0; i < 500 && arrivals.on("/v1/passwords/session/reset").length === 0; i++) yield* realPause(2)
      yield* realPause(40)
      yield* sessions.revoke({ session_token: token })
      const exit = yield* Fiber.await(reset)
      // Read from the state rather than by logging in: a production-cost verification takes long.
      const after = yield* storedHash("ada@example.com")
      const changed = after !== before
      // Consistent: a success changed the password, a failure left it alone.
      expect({ succeeded: Exit.isSuccess(exit), changed }).toEqual({ succeeded: Exit.isSuccess(exit), changed: Exit.isSuccess(exit) })
    }).pipe(Effect.provide(serverStack({ client: { retry: false }, emulator: { hashing: "production" } }))), 30_000)
})
