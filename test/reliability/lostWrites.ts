/**
 * Races that could lose a write, as scenarios run both in-process (fast hashing) and against
 * the CLI server over loopback (production hashing). Each asserts the end state, not only the
 * status codes: which password logs in afterwards, which sessions are live, which flags hold.
 *
 * A scenario needs our client's services and a small control surface (`RaceControl`), which
 * is the emulator's Effect API in-process and its `/emulator/v1` routes over HTTP.
 */
import { expect } from "@effect/vitest"
import { Context, Effect, Either, Option } from "effect"
import { B2BOrganizations, B2BPasswords, B2BSessions, Passwords, Sessions, Users } from "../../src/index.js"
import { saltedDigest } from "../emulator/support.js"
import { ludsPassword } from "./support.js"

/** What the scenarios do to the emulator besides calling Stytch. */
export interface RaceControlService {
  readonly wipe: Effect.Effect<void>
  readonly updateSettings: (patch: Record<string, unknown>) => Effect.Effect<void>
  readonly seedOrganization: (slug: string) => Effect.Effect<void>
  readonly seedMember: (email: string, password: string) => Effect.Effect<void>
  readonly forceReset: (email: string) => Effect.Effect<void>
  readonly requiresReset: (email: string) => Effect.Effect<boolean>
  readonly liveSessionIds: Effect.Effect<ReadonlyArray<string>>
  readonly latestResetToken: (email: string) => Effect.Effect<string>
}

export class RaceControl extends Context.Tag("test/RaceControl")<RaceControl, RaceControlService>() {}

export const redirect = "https://app.example.com/reset"
const organization_id = "acme"

const times = <A>(n: number, f: (i: number) => A): Array<A> => Array.from({ length: n }, (_, i) => f(i))
const tagOf = <A, E extends { readonly _tag: string }>(result: Either.Either<A, E>) =>
  Either.match(result, { onLeft: (error) => error._tag, onRight: () => "ok" })
const countOf = (tags: ReadonlyArray<string>) =>
  tags.reduce<Record<string, number>>((counts, tag) => ({ ...counts, [tag]: (counts[tag] ?? 0) + 1 }), {})

/**
 * Every scenario's project, from empty: LUDS, so generated passwords pass; no rate limit in
 * the way; the organization the B2B scenarios use.
 */
export const setUp = Effect.flatMap(RaceControl, (control) =>
  Effect.all([
    control.wipe,
    control.updateSettings({ strength_policy: "luds", cross_org_passwords_enabled: true, migrate_rate_limit_per_second: 100_000 }),
    control.seedOrganization(organization_id)
  ])
)

/** Whether a consumer password logs in now. */
const logsIn = (email: string, password: string) =>
  Effect.flatMap(Passwords, (passwords) => Effect.either(passwords.authenticate({ email, password }))).pipe(Effect.map(tagOf))

/** Whether a member password logs in now. */
const memberLogsIn = (email: string, password: string) =>
  Effect.flatMap(B2BPasswords, (b2b) =>
    Effect.either(b2b.authenticate({ organization_id, email_address: email, password }))
  ).pipe(Effect.map(tagOf))

/** A member whose password is a migrated MD5 hash (cheap to verify; rehashed on the first login). */
const migratedMember = (email: string, password: string) =>
  Effect.flatMap(B2BPasswords, (b2b) =>
    b2b.migrate({ organization_id, email_address: email, hash: saltedDigest("md5", password), hash_type: "md_5" })
  )

/** A user whose password is a migrated MD5 hash. */
const migratedUser = (email: string, password: string) =>
  Effect.flatMap(Passwords, (passwords) => passwords.migrate({ email, hash: saltedDigest("md5", password), hash_type: "md_5" }))

/**
 * `n` existing-password resets from one old password at once: exactly one answers 200, the
 * others 401 `unauthorized_credentials`; only the winner's password logs in afterwards.
 */
export const existingResetsFromOnePassword = (n: number, label: string) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const email = `${label}@example.com`
    const old = ludsPassword(`${label}-old`)
    yield* passwords.create({ email, password: old })
    const candidates = times(n, (i) => ludsPassword(`${label}-${i}`))
    const results = yield* Effect.all(
      candidates.map((next) => Effect.either(passwords.existingPassword.reset({ email, existing_password: old, new_password: next }))),
      { concurrency: "unbounded" }
    )
    const tags = results.map(tagOf)
    expect(countOf(tags)).toEqual({ ok: 1, UnauthorizedCredentials: n - 1 })
    const winner = tags.indexOf("ok")
    expect(yield* logsIn(email, candidates[winner] ?? "")).toBe("ok")
    expect(yield* logsIn(email, old)).toBe("UnauthorizedCredentials")
    const losers = candidates.filter((_, i) => i !== winner).slice(0, 10)
    expect(yield* Effect.all(losers.map((loser) => logsIn(email, loser)))).toEqual(losers.map(() => "UnauthorizedCredentials"))
  })

/** The B2B form of {@link existingResetsFromOnePassword}. */
export const memberExistingResetsFromOnePassword = (n: number, label: string) =>
  Effect.gen(function* () {
    const b2b = yield* B2BPasswords
    const control = yield* RaceControl
    const email = `${label}@acme.com`
    const old = ludsPassword(`${label}-old`)
    yield* control.seedMember(email, old)
    const candidates = times(n, (i) => ludsPassword(`${label}-${i}`))
    const results = yield* Effect.all(
      candidates.map((next) =>
        Effect.either(b2b.existingPassword.reset({ organization_id, email_address: email, existing_password: old, new_password: next }))
      ),
      { concurrency: "unbounded" }
    )
    const tags = results.map(tagOf)
    expect(countOf(tags)).toEqual({ ok: 1, UnauthorizedCredentials: n - 1 })
    const winner = tags.indexOf("ok")
    expect(yield* memberLogsIn(email, candidates[winner] ?? "")).toBe("ok")
    expect(yield* memberLogsIn(email, old)).toBe("UnauthorizedCredentials")
    const losers = candidates.filter((_, i) => i !== winner).slice(0, 10)
    expect(yield* Effect.all(losers.map((loser) => memberLogsIn(email, loser)))).toEqual(losers.map(() => "UnauthorizedCredentials"))
  })

/**
 * The first logins with a migrated hash (which rehash it) racing a reset, consumer: an
 * existing-password reset and an email reset, `rounds` times each. Once a reset answered 200,
 * its password logs in and the old one does not, and the reset's session is the only one.
 */
export const migratedLoginsRaceResets = (logins: number, rounds: number, label: string) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const control = yield* RaceControl
    for (let round = 0; round < rounds; round++) {
      for (const kind of ["existing", "email"] as const) {
        const email = `${label}-${kind}-${round}@example.com`
        const old = ludsPassword(`${label}-old-${round}`)
        const next = ludsPassword(`${label}-new-${round}`)
        yield* migratedUser(email, old)
        const token = kind === "email"
          ? yield* passwords.email.resetStart({ email, reset_password_redirect_url: redirect }).pipe(
            Effect.zipRight(control.latestResetToken(email))
          )
          : ""
        const reset: Effect.Effect<{ readonly session?: { readonly session_id: string } | undefined }, { readonly _tag: string }> =
          kind === "email"
            ? passwords.email.reset({ token, password: next, session_duration_minutes: 30 })
            : passwords.existingPassword.reset({ email, existing_password: old, new_password: next, session_duration_minutes: 30 })
        const [resetResult, ...loginResults] = yield* Effect.all(
          [Effect.either(reset), ...times(logins, () => Effect.either(passwords.authenticate({ email, password: old, session_duration_minutes: 30 })))],
          { concurrency: "unbounded" }
        )
        expect(resetResult === undefined ? "missing" : tagOf(resetResult)).toBe("ok")
        for (const login of loginResults) expect(["ok", "UnauthorizedCredentials"]).toContain(tagOf(login))
        expect(yield* logsIn(email, next)).toBe("ok")
        expect(yield* logsIn(email, old)).toBe("UnauthorizedCredentials")
        // Logins that won before the reset had their sessions revoked by it; none came after.
        const resetSession = resetResult !== undefined && Either.isRight(resetResult) ? resetResult.right.session?.session_id : undefined
        const live = yield* control.liveSessionIds
        expect(live.filter((id) => id === resetSession)).toHaveLength(1)
        const sessions = yield* Sessions
        const others = loginResults.flatMap((login) => (Either.isRight(login) ? [login.right.session_token] : []))
        for (const token of others) {
          const check = yield* Effect.either(sessions.authenticate({ session_token: Option.getOrElse(token, () => "") }))
          expect(tagOf(check)).toBe("SessionNotFound")
        }
      }
    }
  })

/** The B2B form: first member logins with a migrated hash racing an existing-password reset. */
export const migratedMemberLoginsRaceReset = (logins: number, rounds: number, label: string) =>
  Effect.gen(function* () {
    const b2b = yield* B2BPasswords
    for (let round = 0; round < rounds; round++) {
      const email = `${label}-${round}@acme.com`
      const old = ludsPassword(`${label}-old-${round}`)
      const next = ludsPassword(`${label}-new-${round}`)
      yield* migratedMember(email, old)
      const [resetResult, ...loginResults] = yield* Effect.all(
        [
          Effect.either(b2b.existingPassword.reset({ organization_id, email_address: email, existing_password: old, new_password: next })),
          ...times(logins, () => Effect.either(b2b.authenticate({ organization_id, email_address: email, password: old })))
        ],
        { concurrency: "unbounded" }
      )
      expect(resetResult === undefined ? "missing" : tagOf(resetResult)).toBe("ok")
      for (const login of loginResults) expect(["ok", "UnauthorizedCredentials"]).toContain(tagOf(login))
      expect(yield* memberLogsIn(email, next)).toBe("ok")
      expect(yield* memberLogsIn(email, old)).toBe("UnauthorizedCredentials")
      const sessions = yield* B2BSessions
      for (const login of loginResults) {
        if (Either.isLeft(login) || !login.right.member_authenticated) continue
        const check = yield* Effect.either(sessions.authenticate({ session_token: login.right.session_token }))
        expect(tagOf(check)).toBe("SessionNotFound")
      }
    }
  })

/**
 * `n` email resets at once, each with its own token: each may succeed, but afterwards exactly
 * one of their passwords logs in, and that reset's session is the only live one.
 */
export const emailResetsRaceEachOther = (n: number, label: string) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const sessions = yield* Sessions
    const control = yield* RaceControl
    const email = `${label}@example.com`
    yield* passwords.create({ email, password: ludsPassword(`${label}-old`) })
    const tokens: Array<string> = []
    for (let i = 0; i < n; i++) {
      yield* passwords.email.resetStart({ email, reset_password_redirect_url: redirect })
      tokens.push(yield* control.latestResetToken(email))
    }
    const candidates = times(n, (i) => ludsPassword(`${label}-${i}`))
    const results = yield* Effect.all(
      tokens.map((token, i) => Effect.either(passwords.email.reset({ token, password: candidates[i] ?? "", session_duration_minutes: 30 }))),
      { concurrency: "unbounded" }
    )
    expect(results.map(tagOf)).toEqual(times(n, () => "ok"))
    const works = yield* Effect.all(candidates.map((candidate) => logsIn(email, candidate)))
    expect(works.filter((tag) => tag === "ok")).toHaveLength(1)
    const last = works.indexOf("ok")
    const live = yield* Effect.all(
      results.map((result) =>
        Either.isRight(result)
          ? Effect.map(Effect.either(sessions.authenticate({ session_token: Option.getOrElse(result.right.session_token, () => "") })), tagOf)
          : Effect.succeed("failed")
      )
    )
    expect(live.filter((tag) => tag === "ok")).toHaveLength(1)
    expect(live[last]).toBe("ok")
  })

/**
 * `require_reset` (consumer: the control API's force reset; B2B: the endpoint) racing first
 * logins that rehash a migrated password: the flag survives, and the next login must reset.
 */
export const requireResetRacesLogins = (logins: number, rounds: number, label: string) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const b2b = yield* B2BPasswords
    const control = yield* RaceControl
    for (let round = 0; round < rounds; round++) {
      const email = `${label}-${round}@example.com`
      const password = ludsPassword(`${label}-${round}`)
      yield* migratedUser(email, password)
      // The flag lands while the logins are verifying and rehashing: a little later each round.
      const later = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.delay(effect, round % 4)
      const [, ...results] = yield* Effect.all(
        [later(control.forceReset(email)), ...times(logins, () => Effect.either(passwords.authenticate({ email, password })))],
        { concurrency: "unbounded" }
      )
      for (const result of results) expect(["ok", "ResetPassword"]).toContain(result === undefined ? "missing" : tagOf(result))
      expect(yield* control.requiresReset(email)).toBe(true)
      expect(yield* logsIn(email, password)).toBe("ResetPassword")

      const memberEmail = `${label}-${round}@acme.com`
      yield* migratedMember(memberEmail, password)
      const [flagged, ...memberResults] = yield* Effect.all(
        [
          later(Effect.either(b2b.email.requireReset({ organization_id, email_address: memberEmail }))),
          ...times(logins, () => Effect.either(b2b.authenticate({ organization_id, email_address: memberEmail, password })))
        ],
        { concurrency: "unbounded" }
      )
      expect(flagged === undefined ? "missing" : tagOf(flagged)).toBe("ok")
      for (const result of memberResults) expect(["ok", "MemberResetPassword"]).toContain(tagOf(result))
      expect(yield* memberLogsIn(memberEmail, password)).toBe("MemberResetPassword")
    }
  })

/**
 * Creates and migrations of one new email at once: one account; the winner's password logs
 * in; every other call answers `duplicate_email` (create) or `password_already_exists` (migrate).
 */
export const createRacesMigrate = (n: number, label: string) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const email = `${label}@example.com`
    const created = ludsPassword(`${label}-created`)
    const migrated = ludsPassword(`${label}-migrated`)
    const calls = times(n, (i) =>
      i % 2 === 0
        ? Effect.map(Effect.either(passwords.create({ email, password: created })), (result) => ({ kind: "create", tag: tagOf(result) }))
        : Effect.map(Effect.either(migratedUser(email, migrated)), (result) => ({ kind: "migrate", tag: tagOf(result) }))
    )
    const results = yield* Effect.all(calls, { concurrency: "unbounded" })
    const winners = results.filter((result) => result.tag === "ok")
    expect(winners).toHaveLength(1)
    for (const result of results) {
      if (result.tag !== "ok") expect(result.tag).toBe(result.kind === "create" ? "DuplicateEmail" : "PasswordAlreadyExists")
    }
    const winner = winners[0]?.kind === "create" ? created : migrated
    const loser = winner === created ? migrated : created
    expect(yield* logsIn(email, winner)).toBe("ok")
    expect(yield* logsIn(email, loser)).toBe("UnauthorizedCredentials")
  })

/**
 * Session extensions (`sessions.authenticate`) racing a revoke of the same session: once the
 * revoke answered, the session stays revoked (an extension never brings it back).
 */
export const extensionsRaceRevoke = (n: number, label: string) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const sessions = yield* Sessions
    const email = `${label}@example.com`
    const created = yield* passwords.create({ email, password: ludsPassword(label), session_duration_minutes: 30 })
    const token = Option.getOrElse(created.session_token, () => "")
    yield* Effect.all(
      [
        sessions.revoke({ session_token: token }),
        ...times(n, () => Effect.either(sessions.authenticate({ session_token: token, session_duration_minutes: 60 })))
      ],
      { concurrency: "unbounded" }
    )
    expect(tagOf(yield* Effect.either(sessions.authenticate({ session_token: token })))).toBe("SessionNotFound")
  })

/**
 * A password delete racing first logins that rehash a migrated password (each rehash is
 * written back in its login's commit): the password stays deleted, and every login either
 * came first or answers `no_user_password`.
 */
export const deletePasswordRacesLogins = (logins: number, rounds: number, label: string) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const users = yield* Users
    for (let round = 0; round < rounds; round++) {
      const email = `${label}-${round}@example.com`
      const password = ludsPassword(`${label}-${round}`)
      const migrated = yield* migratedUser(email, password)
      const passwordId = migrated.user.password?.password_id ?? ""
      // The delete lands while the logins are verifying and rehashing: a little later each round.
      const [deleted, ...results] = yield* Effect.all(
        [
          Effect.either(Effect.delay(users.deletePassword({ password_id: passwordId }), round % 4)),
          ...times(logins, () => Effect.either(passwords.authenticate({ email, password })))
        ],
        { concurrency: "unbounded" }
      )
      expect(deleted === undefined ? "missing" : tagOf(deleted)).toBe("ok")
      for (const result of results) expect(["ok", "NoUserPassword"]).toContain(result === undefined ? "missing" : tagOf(result))
      expect((yield* users.get({ user_id: migrated.user_id })).password).toBeUndefined()
      expect(yield* logsIn(email, password)).toBe("NoUserPassword")
    }
  })

/**
 * A user delete racing logins that each make a session: the user stays deleted, every login
 * either came first or answers `email_not_found`, and no login's session outlives the user.
 */
export const deleteUserRacesLogins = (logins: number, rounds: number, label: string) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const sessions = yield* Sessions
    const users = yield* Users
    const control = yield* RaceControl
    for (let round = 0; round < rounds; round++) {
      const email = `${label}-${round}@example.com`
      const password = ludsPassword(`${label}-${round}`)
      const created = yield* passwords.create({ email, password })
      const [deleted, ...results] = yield* Effect.all(
        [
          Effect.either(Effect.delay(users.delete({ user_id: created.user_id }), round % 4)),
          ...times(logins, () => Effect.either(passwords.authenticate({ email, password, session_duration_minutes: 30 })))
        ],
        { concurrency: "unbounded" }
      )
      expect(deleted === undefined ? "missing" : tagOf(deleted)).toBe("ok")
      for (const result of results) expect(["ok", "EmailNotFound"]).toContain(result === undefined ? "missing" : tagOf(result))
      expect(yield* logsIn(email, password)).toBe("EmailNotFound")
      const made = results.flatMap((result) => (result !== undefined && Either.isRight(result) ? [result.right.session?.session_id ?? ""] : []))
      const live = new Set(yield* control.liveSessionIds)
      expect(made.filter((id) => live.has(id))).toEqual([])
      for (const result of results) {
        if (result === undefined || Either.isLeft(result)) continue
        const check = yield* Effect.either(sessions.authenticate({ session_token: Option.getOrElse(result.right.session_token, () => "") }))
        expect(tagOf(check)).toBe("SessionNotFound")
      }
    }
  })

/**
 * The B2B form: a member delete racing member logins. The member stays deleted, every login
 * either came first or answers `member_not_found`, and no login's member session outlives it.
 */
export const deleteMemberRacesLogins = (logins: number, rounds: number, label: string) =>
  Effect.gen(function* () {
    const b2b = yield* B2BPasswords
    const sessions = yield* B2BSessions
    const organizations = yield* B2BOrganizations
    for (let round = 0; round < rounds; round++) {
      const email = `${label}-${round}@acme.com`
      const password = ludsPassword(`${label}-${round}`)
      const migrated = yield* migratedMember(email, password)
      const [deleted, ...results] = yield* Effect.all(
        [
          Effect.either(Effect.delay(organizations.members.delete({ organization_id, member_id: migrated.member_id }), round % 4)),
          ...times(logins, () => Effect.either(b2b.authenticate({ organization_id, email_address: email, password })))
        ],
        { concurrency: "unbounded" }
      )
      expect(deleted === undefined ? "missing" : tagOf(deleted)).toBe("ok")
      for (const result of results) expect(["ok", "MemberNotFound"]).toContain(result === undefined ? "missing" : tagOf(result))
      expect(yield* memberLogsIn(email, password)).toBe("MemberNotFound")
      for (const result of results) {
        if (result === undefined || Either.isLeft(result) || !result.right.member_authenticated) continue
        const check = yield* Effect.either(sessions.authenticate({ session_token: result.right.session_token }))
        expect(tagOf(check)).toBe("SessionNotFound")
      }
    }
  })

/** How hard a run of the races pushes: in-process every race is 100-way; with production hashing some are smaller. */
export interface Scale {
  /** Concurrent existing-password resets from one old password. */
  readonly resets: number
  /** Concurrent first logins racing a reset or a flag. */
  readonly logins: number
  /** Rounds of the login races. */
  readonly rounds: number
  /** Concurrent email resets, each with its own token. */
  readonly tokens: number
  /** Concurrent creates and migrates of one email, in all. */
  readonly creates: number
  /** Concurrent session extensions racing one revoke. */
  readonly extensions: number
}

/** What a race needs: our client's services and the control surface. */
export type RaceServices = Passwords | Sessions | B2BPasswords | B2BSessions | Users | B2BOrganizations | RaceControl

/** Every race, named with its scale, for a test file to run. */
export const races = (
  scale: Scale,
  label: string
): ReadonlyArray<{ readonly name: string; readonly scenario: Effect.Effect<void, unknown, RaceServices> }> => [
  {
    name: `consumer existing_password.reset, ${scale.resets} from one old password: one 200, the rest unauthorized_credentials, only the winner's password logs in`,
    scenario: existingResetsFromOnePassword(scale.resets, `${label}-existing`)
  },
  {
    name: `B2B existing_password.reset, ${scale.resets} from one old password: one 200, the rest unauthorized_credentials, only the winner's password logs in`,
    scenario: memberExistingResetsFromOnePassword(scale.resets, `${label}-member-existing`)
  },
  {
    name: `consumer: ${scale.logins} first logins with a migrated hash racing a reset (existing and email), ${scale.rounds} rounds: the reset's password logs in, the old does not, no login's session survives`,
    scenario: migratedLoginsRaceResets(scale.logins, scale.rounds, `${label}-migrated`)
  },
  {
    name: `B2B: ${scale.logins} first logins with a migrated hash racing an existing-password reset, ${scale.rounds} rounds: the reset's password logs in, the old does not`,
    scenario: migratedMemberLoginsRaceReset(scale.logins, scale.rounds, `${label}-member-migrated`)
  },
  {
    name: `consumer: ${scale.tokens} email resets with as many tokens: exactly one password logs in afterwards, and its reset's session is the only live one`,
    scenario: emailResetsRaceEachOther(scale.tokens, `${label}-email-resets`)
  },
  {
    name: `require_reset racing ${scale.logins} first logins with a migrated hash (consumer force reset, B2B require_reset), ${scale.rounds * 2} rounds: the flag survives`,
    scenario: requireResetRacesLogins(scale.logins, scale.rounds * 2, `${label}-require-reset`)
  },
  {
    name: `${scale.creates} creates and migrates of one new email: one account, whose password logs in; the rest duplicate_email / password_already_exists`,
    scenario: createRacesMigrate(scale.creates, `${label}-create-migrate`)
  },
  {
    name: `${scale.extensions} session extensions racing a revoke: the session stays revoked`,
    scenario: extensionsRaceRevoke(scale.extensions, `${label}-extensions`)
  },
  {
    name: `a password delete racing ${scale.logins} first logins with a migrated hash, ${scale.rounds * 2} rounds: the password stays deleted (no rehash brings it back)`,
    scenario: deletePasswordRacesLogins(scale.logins, scale.rounds * 2, `${label}-delete-password`)
  },
  {
    name: `a user delete racing ${scale.logins} logins, ${scale.rounds * 2} rounds: the user stays deleted, no login's session survives it`,
    scenario: deleteUserRacesLogins(scale.logins, scale.rounds * 2, `${label}-delete-user`)
  },
  {
    name: `a member delete racing ${scale.logins} member logins with a migrated hash, ${scale.rounds * 2} rounds: the member stays deleted, no member session survives it`,
    scenario: deleteMemberRacesLogins(scale.logins, scale.rounds * 2, `${label}-delete-member`)
  }
]
