/**
 * Concurrent calls through our client: a reset token is spent once, an email makes one
 * user, a migration sets one password.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, Option } from "effect"
import { Passwords } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { noRetry, redirect, saltedDigest, signUp, strong, strong2, strong3 } from "./support.js"

const times = <A>(n: number, f: (i: number) => A): Array<A> => Array.from({ length: n }, (_, i) => f(i))

describe("concurrency", () => {
  it.live("100 simultaneous email.reset with one token: one success, 99 UnableToAuthPasswordResetToken", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* signUp("ada@example.com")
      // LUDS keeps the 100 strength checks cheap; each reset still hashes (asynchronously)
      // between checking the token and spending it, which is where a race would be.
      yield* control.updateSettings({ strength_policy: "luds" })
      yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      // Every caller sets a different password, so the winner is visible afterwards.
      const candidates = times(100, (i) => `${strong2}-${i}`)
      const results = yield* Effect.all(
        candidates.map((password) => Effect.either(passwords.email.reset({ token, password, session_duration_minutes: 10 }))),
        { concurrency: "unbounded" }
      )
      const winners = results.flatMap((result, i) => (Either.isRight(result) ? [i] : []))
      expect(winners).toHaveLength(1)
      const losers = results.flatMap((result) => (Either.isLeft(result) ? [result.left] : []))
      expect(losers).toHaveLength(99)
      for (const error of losers) expect(error._tag).toBe("UnableToAuthPasswordResetToken")
      // Only the winner's password works, and only the winner's session is alive.
      const winner = winners[0] ?? -1
      yield* passwords.authenticate({ email: "ada@example.com", password: candidates[winner] ?? "" })
      const other = candidates[(winner + 1) % 100] ?? ""
      const refused = yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: other }))
      expect(refused._tag).toBe("UnauthorizedCredentials")
      expect(yield* control.sessions).toHaveLength(1)
    }).pipe(Effect.provide(noRetry())))

  it.live("100 simultaneous create of one email (in any case): exactly one user", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.updateSettings({ strength_policy: "luds" })
      const results = yield* Effect.all(
        times(100, (i) =>
          Effect.either(
            passwords.create({ email: i % 2 === 0 ? "ada@example.com" : "ADA@example.com", password: strong, session_duration_minutes: 10 })
          )
        ),
        { concurrency: "unbounded" }
      )
      const created = results.filter(Either.isRight)
      expect(created).toHaveLength(1)
      for (const result of results) if (Either.isLeft(result)) expect(result.left._tag).toBe("DuplicateEmail")
      const users = yield* control.users
      expect(users).toHaveLength(1)
      expect(users[0]?.user_id).toBe(created[0]?.right.user_id)
      // The losers made no sessions either.
      expect(yield* control.sessions).toHaveLength(1)
      yield* passwords.authenticate({ email: "ada@example.com", password: strong })
    }).pipe(Effect.provide(noRetry())))

  it.live("20 simultaneous migrate of one email: one success, the rest PasswordAlreadyExists", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const candidates = times(20, (i) => `${strong3} ${i}`)
      const results = yield* Effect.all(
        candidates.map((password) =>
          Effect.either(passwords.migrate({ email: "ada@example.com", hash: saltedDigest("sha1", password), hash_type: "sha_1" }))
        ),
        { concurrency: "unbounded" }
      )
      const winners = results.flatMap((result, i) => (Either.isRight(result) ? [i] : []))
      expect(winners).toHaveLength(1)
      for (const result of results) if (Either.isLeft(result)) expect(result.left._tag).toBe("PasswordAlreadyExists")
      expect(yield* control.users).toHaveLength(1)
      yield* passwords.authenticate({ email: "ada@example.com", password: candidates[winners[0] ?? -1] ?? "" })
    }).pipe(Effect.provide(noRetry())))

  it.live("20 simultaneous migrate of one passwordless user's email: one password is set", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      // A user made by create then stripped of the password through an import file.
      yield* signUp("bob@example.com")
      const state = yield* control.exportState
      yield* control.importState({ ...state, users: state.users.map(({ password: _, ...user }) => user) })
      const candidates = times(20, (i) => `${strong3} ${i}`)
      const results = yield* Effect.all(
        candidates.map((password) =>
          Effect.either(passwords.migrate({ email: "bob@example.com", hash: saltedDigest("md5", password), hash_type: "md_5" }))
        ),
        { concurrency: "unbounded" }
      )
      const winners = results.flatMap((result, i) => (Either.isRight(result) ? [i] : []))
      expect(winners).toHaveLength(1)
      expect(results.filter(Either.isLeft).map((result) => result.left._tag)).toEqual(times(19, () => "PasswordAlreadyExists"))
      const winner = results[winners[0] ?? -1]
      expect(winner !== undefined && Either.isRight(winner) ? winner.right.user_created : undefined).toBe(false)
      yield* passwords.authenticate({ email: "bob@example.com", password: candidates[winners[0] ?? -1] ?? "" })
      const refused = yield* Effect.flip(passwords.authenticate({ email: "bob@example.com", password: strong }))
      expect(refused._tag).toBe("UnauthorizedCredentials")
    }).pipe(Effect.provide(noRetry())))
})
