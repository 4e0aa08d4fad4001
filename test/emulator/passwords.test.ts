/**
 * Our client against the emulator: create, authenticate, strength_check, migrate, with
 * every documented error and the rules of the emulator's semantics.
 */
import { pbkdf2Sync, randomBytes, scryptSync } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import { Passwords } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import {
  callUnchecked,
  common,
  emulator,
  expectApiError,
  noRetry,
  saltedDigest,
  seedPasswordlessUser,
  signUp,
  some,
  strong,
  strong2,
  strong3,
  weak
} from "./support.js"

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

describe("passwords.create", () => {
  it.live("creates a user with an unverified email, a password and a session", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const created = yield* passwords.create({
        email: "Ada@Example.com",
        password: strong,
        session_duration_minutes: 60,
        name: { first_name: "Ada" },
        trusted_metadata: { plan: "pro" }
      })
      expect(created.status_code).toBe(200)
      expect(created.request_id).toMatch(new RegExp(`^request-id-test-${uuid}$`))
      expect(created.user_id).toMatch(new RegExp(`^user-test-${uuid}$`))
      expect(created.email_id).toMatch(new RegExp(`^email-test-${uuid}$`))
      expect(created.user.emails).toEqual([{ email_id: created.email_id, email: "Ada@Example.com", verified: false }])
      expect(created.user.password?.password_id).toMatch(new RegExp(`^password-test-${uuid}$`))
      expect(created.user.name?.first_name).toBe("Ada")
      expect(created.user.trusted_metadata).toEqual({ plan: "pro" })
      // Times are RFC 3339.
      const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
      for (const time of [created.user.created_at, created.session?.started_at, created.session?.expires_at, created.session?.last_accessed_at]) {
        expect(time).toMatch(rfc3339)
      }
      const token = some(created.session_token)
      expect(token.length).toBeGreaterThanOrEqual(43)
      const session = created.session
      expect(session?.session_id).toMatch(new RegExp(`^session-test-${uuid}$`))
      expect(session?.user_id).toBe(created.user_id)
      expect(session?.authentication_factors).toHaveLength(1)
      const factor = session?.authentication_factors[0]
      expect(factor?.type).toBe("password")
      expect(factor?.delivery_method).toBe("knowledge")
      expect(factor?.email_factor).toEqual({ email_id: created.email_id, email_address: "Ada@Example.com" })
      expect(Date.parse(factor?.last_authenticated_at ?? "")).not.toBeNaN()
      expect(Date.parse(session?.expires_at ?? "") - Date.parse(session?.started_at ?? "")).toBe(60 * 60_000)
      expect((yield* control.users).map((user) => user.user_id)).toEqual([created.user_id])
      expect((yield* control.sessions).map((s) => s.session_id)).toEqual([session?.session_id])
    }).pipe(Effect.provide(emulator())))

  it.live("makes no session without session_duration_minutes", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const created = yield* passwords.create({ email: "ada@example.com", password: strong })
      expect(Option.isNone(created.session_token)).toBe(true)
      expect(Option.isNone(created.session_jwt)).toBe(true)
      expect(created.session).toBeUndefined()
      expect(yield* Effect.flatMap(StytchEmulator, (control) => control.sessions)).toEqual([])
    }).pipe(Effect.provide(emulator())))

  it.live("duplicate_email, whatever the case of the email", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      yield* passwords.create({ email: "ada@example.com", password: strong })
      expectApiError(yield* Effect.flip(passwords.create({ email: "ada@example.com", password: strong2 })), "DuplicateEmail", "duplicate_email", 400)
      expectApiError(yield* Effect.flip(passwords.create({ email: "ADA@Example.COM", password: strong2 })), "DuplicateEmail", "duplicate_email", 400)
      expect(yield* Effect.flatMap(StytchEmulator, (control) => control.users)).toHaveLength(1)
    }).pipe(Effect.provide(emulator())))

  it.live("weak_password for a weak, a common or a breached password, and creates nothing", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      expectApiError(yield* Effect.flip(passwords.create({ email: "a@example.com", password: weak })), "WeakPassword", "weak_password", 400)
      expectApiError(yield* Effect.flip(passwords.create({ email: "b@example.com", password: common })), "WeakPassword", "weak_password", 400)
      // The user's own email is a user input to zxcvbn.
      expectApiError(
        yield* Effect.flip(passwords.create({ email: "xkq7vtzmplr9wqhb@example.com", password: "xkq7vtzmplr9wqhb@example.com" })),
        "WeakPassword",
        "weak_password",
        400
      )
      yield* control.markBreached(strong2)
      const breached = expectApiError(yield* Effect.flip(passwords.create({ email: "c@example.com", password: strong2 })), "WeakPassword", "weak_password", 400)
      expect(breached.error_message).toContain("breach")
      expect(breached.error_message).not.toContain(strong2)
      expect(yield* control.users).toEqual([])
    }).pipe(Effect.provide(emulator())))

  it.live("a breached password is accepted on create when breach detection is off", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.markBreached(strong2)
      yield* control.updateSettings({ breach_detection_on_create: false })
      const created = yield* passwords.create({ email: "c@example.com", password: strong2 })
      expect(created.user_id).toMatch(/^user-test-/)
    }).pipe(Effect.provide(emulator())))

  it.live("invalid_email, invalid_session_duration_minutes, custom_claims_too_large from the emulator", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const create = Passwords.endpoints.create
      expectApiError(yield* Effect.flip(callUnchecked(create, { email: "not an email", password: strong })), "InvalidEmail", "invalid_email", 400)
      expectApiError(yield* Effect.flip(callUnchecked(create, { email: 42, password: strong })), "InvalidEmail", "invalid_email", 400)
      for (const minutes of [4, 527041, 30.5]) {
        expectApiError(
          yield* Effect.flip(callUnchecked(create, { email: "ada@example.com", password: strong, session_duration_minutes: minutes })),
          "InvalidSessionDurationMinutes",
          "invalid_session_duration_minutes",
          400
        )
      }
      expectApiError(
        yield* Effect.flip(
          callUnchecked(create, {
            email: "ada@example.com",
            password: strong,
            session_duration_minutes: 60,
            session_custom_claims: { blob: "x".repeat(5000) }
          })
        ),
        "CustomClaimsTooLarge",
        "custom_claims_too_large",
        400
      )
      expect(yield* control.users).toEqual([])
    }).pipe(Effect.provide(emulator())))

  it.live("the client refuses an invalid email before sending it", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const error = yield* Effect.flip(passwords.create({ email: "not an email", password: strong }))
      expect(error._tag).toBe("StytchInvalidRequest")
      expect(yield* Effect.flatMap(StytchEmulator, (control) => control.users)).toEqual([])
    }).pipe(Effect.provide(emulator())))
})

describe("passwords.authenticate", () => {
  it.live("matches the email without regard to case and keeps the stored case", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const created = yield* passwords.create({ email: "Ada.Lovelace@Example.com", password: strong })
      const result = yield* passwords.authenticate({
        email: "ada.lovelace@EXAMPLE.COM",
        password: strong,
        session_duration_minutes: 30
      })
      expect(result.user_id).toBe(created.user_id)
      expect(result.user.emails.map((email) => email.email)).toEqual(["Ada.Lovelace@Example.com"])
      expect(result.session?.authentication_factors[0]?.email_factor?.email_address).toBe("Ada.Lovelace@Example.com")
      some(result.session_token)
      // Without a duration, no session.
      const bare = yield* passwords.authenticate({ email: "ADA.LOVELACE@example.com", password: strong })
      expect(Option.isNone(bare.session_token)).toBe(true)
      expect(bare.session).toBeUndefined()
    }).pipe(Effect.provide(emulator())))

  it.live("email_not_found, unauthorized_credentials, session_not_found", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      yield* signUp("ada@example.com")
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "bob@example.com", password: strong })), "EmailNotFound", "email_not_found", 404)
      const wrong = expectApiError(
        yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong2 })),
        "UnauthorizedCredentials",
        "unauthorized_credentials",
        401
      )
      expect(wrong.error_message).not.toContain(strong2)
      expectApiError(
        yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong, session_token: "no-such-session" })),
        "SessionNotFound",
        "session_not_found",
        404
      )
    }).pipe(Effect.provide(emulator())))

  it.live("no_user_password for a user without a password (from an import file), until a reset sets one", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* seedPasswordlessUser("nopass@example.com")
      expectApiError(
        yield* Effect.flip(passwords.authenticate({ email: "NoPass@example.com", password: strong })),
        "NoUserPassword",
        "no_user_password",
        400
      )
      // No existing password to prove.
      expectApiError(
        yield* Effect.flip(passwords.existingPassword.reset({ email: "nopass@example.com", existing_password: strong, new_password: strong2 })),
        "UnauthorizedCredentials",
        "unauthorized_credentials",
        401
      )
      yield* passwords.email.resetStart({ email: "nopass@example.com", reset_password_redirect_url: "https://app.example.com/reset" })
      const token = Option.getOrThrow(yield* control.latestResetToken("nopass@example.com"))
      yield* passwords.email.reset({ token, password: strong2 })
      yield* passwords.authenticate({ email: "nopass@example.com", password: strong2 })
    }).pipe(Effect.provide(emulator())))

  it.live("reset_password for a password breached after sign-up, even when it is right", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* signUp("ada@example.com")
      yield* signUp("bob@example.com", strong2)
      yield* control.markBreached(strong)
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "ResetPassword", "reset_password", 400)
      // A wrong password is still just wrong; other users are unaffected.
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong3 })), "UnauthorizedCredentials", "unauthorized_credentials", 401)
      yield* passwords.authenticate({ email: "bob@example.com", password: strong2 })
    }).pipe(Effect.provide(emulator())))

  it.live("reset_password after forceReset, until the password is reset", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* signUp("ada@example.com")
      yield* control.forceReset("ADA@example.com")
      expect((yield* control.users)[0]?.password?.requires_reset).toBe(true)
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "ResetPassword", "reset_password", 400)
      yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: "https://app.example.com/reset" })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      yield* passwords.email.reset({ token, password: strong2 })
      expect((yield* control.users)[0]?.password?.requires_reset).toBe(false)
      yield* passwords.authenticate({ email: "ada@example.com", password: strong2 })
      const refused = yield* Effect.flip(control.forceReset("nobody@example.com"))
      expect(refused._tag).toBe("EmulatorControlError")
    }).pipe(Effect.provide(emulator())))
})

describe("passwords.strengthCheck", () => {
  it.live("scores with zxcvbn by default, with feedback", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const good = yield* passwords.strengthCheck({ password: strong })
      expect(good).toMatchObject({ valid_password: true, breached_password: false, strength_policy: "zxcvbn", breach_detection_on_create: true })
      expect(good.score).toBeGreaterThanOrEqual(3)
      const bad = yield* passwords.strengthCheck({ password: weak })
      expect(bad.valid_password).toBe(false)
      expect(bad.score).toBeLessThan(3)
      expect((bad.feedback?.warning ?? "").length + (bad.feedback?.suggestions.length ?? 0)).toBeGreaterThan(0)
      expect(bad.feedback?.luds_requirements).toBeUndefined()
    }).pipe(Effect.provide(emulator())))

  it.live("uses the email as a user input", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const password = "xkq7vtzmplr9wqhb"
      const alone = yield* passwords.strengthCheck({ password })
      const withEmail = yield* passwords.strengthCheck({ password, email: `${password}@example.com` })
      expect(alone.valid_password).toBe(true)
      expect(withEmail.valid_password).toBe(false)
      expect(withEmail.score).toBeLessThan(alone.score)
    }).pipe(Effect.provide(emulator())))

  it.live("reports a breach only when an email is given", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.markBreached(strong2)
      const anonymous = yield* passwords.strengthCheck({ password: strong2 })
      expect(anonymous.breached_password).toBe(false)
      expect(anonymous.valid_password).toBe(true)
      const named = yield* passwords.strengthCheck({ password: strong2, email: "ada@example.com" })
      expect(named.breached_password).toBe(true)
      expect(named.valid_password).toBe(false)
      // Not at all with breach detection off.
      yield* control.updateSettings({ breach_detection_on_create: false })
      const off = yield* passwords.strengthCheck({ password: strong2, email: "ada@example.com" })
      expect(off).toMatchObject({ breached_password: false, valid_password: true, breach_detection_on_create: false })
      yield* control.updateSettings({ breach_detection_on_create: true })
      // The built-in list too.
      expect((yield* passwords.strengthCheck({ password: common })).breached_password).toBe(false)
      expect((yield* passwords.strengthCheck({ password: common, email: "ada@example.com" })).breached_password).toBe(true)
    }).pipe(Effect.provide(emulator())))

  it.live("LUDS policy: requirements as feedback, enforced on create", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const settings = yield* control.updateSettings({ strength_policy: "luds" })
      expect(settings.strength_policy).toBe("luds")
      const short = yield* passwords.strengthCheck({ password: "abc" })
      expect(short.strength_policy).toBe("luds")
      expect(short.valid_password).toBe(false)
      expect(short.feedback?.luds_requirements).toEqual({
        has_lower_case: true,
        has_upper_case: false,
        has_digit: false,
        has_symbol: false,
        missing_complexity: 2,
        missing_characters: 5
      })
      const fine = yield* passwords.strengthCheck({ password: "Abcdefg1" })
      expect(fine.valid_password).toBe(true)
      expect(fine.feedback?.luds_requirements).toMatchObject({ missing_complexity: 0, missing_characters: 0 })
      expectApiError(yield* Effect.flip(passwords.create({ email: "ada@example.com", password: "abcdefgh" })), "WeakPassword", "weak_password", 400)
      yield* passwords.create({ email: "ada@example.com", password: "Abcdefg1" })
      yield* control.updateSettings({ luds_min_length: 12, luds_min_complexity: 4 })
      const stricter = yield* passwords.strengthCheck({ password: "Abcdefg1" })
      expect(stricter.feedback?.luds_requirements).toMatchObject({ has_symbol: false, missing_complexity: 1, missing_characters: 4 })
      const refused = yield* Effect.flip(control.updateSettings({ luds_min_complexity: 5 }))
      expect(refused._tag).toBe("EmulatorControlError")
      expect((yield* control.settings).luds_min_complexity).toBe(4)
    }).pipe(Effect.provide(emulator())))

  it.live("invalid_email from the emulator", () =>
    Effect.gen(function* () {
      expectApiError(
        yield* Effect.flip(callUnchecked(Passwords.endpoints.strengthCheck, { password: strong, email: "nope" })),
        "InvalidEmail",
        "invalid_email",
        400
      )
    }).pipe(Effect.provide(emulator())))
})

/** The stored kind of the user's hash, read from an export. */
const hashKind = (email: string) =>
  Effect.gen(function* () {
    const state = yield* Effect.flatMap(StytchEmulator, (control) => control.exportState)
    const user = state.users.find((candidate) => candidate.emails.some((e) => e.email.toLowerCase() === email.toLowerCase()))
    return user?.password?.hash.kind
  })

describe("passwords.migrate", () => {
  it.live("imports salted digests, PBKDF2 and scrypt; each logs in and is rehashed on first login", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const salt = randomBytes(16)
      const cases = [
        { email: "md5@example.com", hash: saltedDigest("md5", strong, "pre-", "-post"), hash_type: "md_5" as const, md_5_config: { prepend_salt: "pre-", append_salt: "-post" } },
        { email: "sha1@example.com", hash: saltedDigest("sha1", strong, "s4lt", ""), hash_type: "sha_1" as const, sha_1_config: { prepend_salt: "s4lt", append_salt: "" } },
        { email: "sha512@example.com", hash: saltedDigest("sha512", strong), hash_type: "sha_512" as const },
        {
          email: "pbkdf2@example.com",
          hash: pbkdf2Sync(strong, salt, 1000, 32, "sha256").toString("base64"),
          hash_type: "pbkdf_2" as const,
          pbkdf_2_config: { salt: salt.toString("base64"), iteration_amount: 1000, key_length: 32, algorithm: "sha256" }
        },
        {
          email: "scrypt@example.com",
          hash: scryptSync(strong, salt, 32, { N: 1024, r: 8, p: 1 }).toString("base64"),
          hash_type: "scrypt" as const,
          scrypt_config: { salt: salt.toString("base64"), n_parameter: 1024, r_parameter: 8, p_parameter: 1, key_length: 32 }
        }
      ]
      for (const { email, ...hash } of cases) {
        const migrated = yield* passwords.migrate({ email, ...hash })
        expect(migrated.user_created).toBe(true)
        expect(migrated.user.emails[0]?.email).toBe(email)
        expect(migrated.user.emails[0]?.verified).toBe(false)
        expect(yield* hashKind(email)).toBe("migrated")
        expectApiError(yield* Effect.flip(passwords.authenticate({ email, password: strong2 })), "UnauthorizedCredentials", "unauthorized_credentials", 401)
        expect(yield* hashKind(email)).toBe("migrated")
        const first = yield* passwords.authenticate({ email, password: strong })
        expect(first.user_id).toBe(migrated.user_id)
        expect(yield* hashKind(email)).toBe("native")
        // The password id survives the rehash, and the new hash still logs in.
        expect(first.user.password?.password_id).toBe(migrated.user.password?.password_id)
        yield* passwords.authenticate({ email, password: strong })
        expectApiError(yield* Effect.flip(passwords.authenticate({ email, password: strong2 })), "UnauthorizedCredentials", "unauthorized_credentials", 401)
      }
    }).pipe(Effect.provide(emulator())))

  it.live("set_email_verified, and adding a password to a user without one", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const verified = yield* passwords.migrate({ email: "v@example.com", hash: saltedDigest("md5", strong), hash_type: "md_5", set_email_verified: true })
      expect(verified.user.emails[0]?.verified).toBe(true)
      const seeded = yield* seedPasswordlessUser("Seeded@example.com")
      const added = yield* passwords.migrate({ email: "seeded@EXAMPLE.com", hash: saltedDigest("sha1", strong2), hash_type: "sha_1" })
      expect(added.user_created).toBe(false)
      expect(added.user_id).toBe(seeded.user_id)
      expect(added.email_id).toBe(seeded.emails[0]?.email_id)
      yield* passwords.authenticate({ email: "seeded@example.com", password: strong2 })
    }).pipe(Effect.provide(emulator())))

  it.live("password_already_exists", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      yield* signUp("ada@example.com")
      expectApiError(
        yield* Effect.flip(passwords.migrate({ email: "ADA@example.com", hash: saltedDigest("md5", strong2), hash_type: "md_5" })),
        "PasswordAlreadyExists",
        "password_already_exists",
        400
      )
      // The existing password still works, the migrated one does not.
      yield* passwords.authenticate({ email: "ada@example.com", password: strong })
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong2 })), "UnauthorizedCredentials", "unauthorized_credentials", 401)
    }).pipe(Effect.provide(emulator())))

  it.live("malformed hashes and configs get their specific error types and create nothing", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const salt = randomBytes(16).toString("base64")
      const cases = [
        { request: { hash: "not-a-bcrypt-hash", hash_type: "bcrypt" as const }, tag: "InvalidBcryptHash", type: "invalid_bcrypt_hash" },
        { request: { hash: "abcdef", hash_type: "md_5" as const }, tag: "InvalidHash", type: "invalid_hash" },
        { request: { hash: "$X$not-phpass", hash_type: "phpass" as const }, tag: "InvalidPhpassHashPrefix", type: "invalid_phpass_hash_prefix" },
        {
          request: {
            hash: randomBytes(16).toString("base64"),
            hash_type: "scrypt" as const,
            scrypt_config: { salt, n_parameter: 1024, r_parameter: 8, p_parameter: 1, key_length: 32 }
          },
          tag: "ScryptKeyLengthMismatch",
          type: "scrypt_key_length_mismatch"
        },
        {
          request: {
            hash: randomBytes(32).toString("base64"),
            hash_type: "scrypt" as const,
            scrypt_config: { salt, n_parameter: 1000, r_parameter: 8, p_parameter: 1, key_length: 32 }
          },
          tag: "InvalidScryptNParameter",
          type: "invalid_scrypt_n_parameter"
        },
        {
          request: {
            hash: randomBytes(16).toString("base64"),
            hash_type: "pbkdf_2" as const,
            pbkdf_2_config: { salt, iteration_amount: 1000, key_length: 32, algorithm: "sha256" }
          },
          tag: "Pbkdf2KeyLengthMismatch",
          type: "pbkdf_2_key_length_mismatch"
        }
      ]
      for (const { request, tag, type } of cases) {
        const error = expectApiError(yield* Effect.flip(passwords.migrate({ email: "ada@example.com", ...request })), tag, type, 400)
        expect(error.error_message).not.toContain(request.hash)
      }
      expectApiError(
        yield* Effect.flip(callUnchecked(Passwords.endpoints.migrate, { email: "ada@example.com", hash: "x", hash_type: "rot13" })),
        "InvalidHashType",
        "invalid_hash_type",
        400
      )
      expectApiError(
        yield* Effect.flip(callUnchecked(Passwords.endpoints.migrate, { email: "ada@example.com", hash: "c2FsdA==", hash_type: "pbkdf_2" })),
        "InvalidHash",
        "invalid_hash",
        400
      )
      expectApiError(
        yield* Effect.flip(callUnchecked(Passwords.endpoints.migrate, { email: "nope", hash: saltedDigest("md5", strong), hash_type: "md_5" })),
        "InvalidEmail",
        "invalid_email",
        400
      )
      expect(yield* control.users).toEqual([])
    }).pipe(Effect.provide(emulator())))

  // TestClock: the emulator's clock stands still, so every call falls in the same second.
  it.effect("too_many_requests past the per-second limit, with Retry-After, until a second has passed", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.updateSettings({ migrate_rate_limit_per_second: 2 })
      const migrate = (n: number) => passwords.migrate({ email: `user${n}@example.com`, hash: saltedDigest("md5", strong), hash_type: "md_5" })
      yield* migrate(1)
      yield* migrate(2)
      const limited = yield* Effect.flip(migrate(3))
      expectApiError(limited, "TooManyRequests", "too_many_requests", 429)
      expect("retry_after_ms" in limited ? limited.retry_after_ms : undefined).toBe(1000)
      expect(yield* control.users).toHaveLength(2)
      yield* control.advanceClock("1 second")
      yield* migrate(3)
      expect(yield* control.users).toHaveLength(3)
    }).pipe(Effect.provide(noRetry())))
})
