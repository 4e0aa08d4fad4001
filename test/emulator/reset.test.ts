/**
 * Resets against the emulator: email.resetStart, email.reset (tokens, PKCE, attributes),
 * existingPassword.reset and sessions.reset, with their errors and the revocation rules.
 */
import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import { Passwords, Pkce, Sessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { callUnchecked, emulator, expectApiError, redirect, signUp, some, strong, strong2, strong3, weak } from "./support.js"

/** Starts a reset for `email` and returns the token the emulator "sent". */
const startReset = (email: string, extra: { readonly code_challenge?: string; readonly attributes?: { ip_address?: string; user_agent?: string } } = {}) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const control = yield* StytchEmulator
    yield* passwords.email.resetStart({ email, reset_password_redirect_url: redirect, ...extra })
    return Option.getOrThrow(yield* control.latestResetToken(email))
  })

/** Whether a session token still opens a live session. */
const alive = (session_token: string) =>
  Effect.flatMap(Sessions, (sessions) => sessions.authenticate({ session_token })).pipe(
    Effect.as(true),
    Effect.catchTag("SessionNotFound", () => Effect.succeed(false))
  )

describe("passwords.email.resetStart", () => {
  it.live("sends a reset link in Stytch's format to the stored address", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const created = yield* passwords.create({ email: "Ada@Example.com", password: strong })
      const started = yield* passwords.email.resetStart({
        email: "ada@example.com",
        reset_password_redirect_url: redirect,
        login_redirect_url: "https://app.example.com/login",
        locale: "fr",
        reset_password_template_id: "tmpl-reset",
        reset_password_expiration_minutes: 45
      })
      expect(started.user_id).toBe(created.user_id)
      expect(started.email_id).toBe(created.email_id)
      const outbox = yield* control.outbox
      expect(outbox).toHaveLength(1)
      const message = outbox[0]
      expect(message?.kind).toBe("reset_password")
      expect(message?.to).toBe("Ada@Example.com")
      expect(message?.user_id).toBe(created.user_id)
      expect(message?.locale).toBe("fr")
      expect(message?.template_id).toBe("tmpl-reset")
      expect(message?.login_link).toBe("https://app.example.com/login")
      const token = message?.token ?? ""
      // At least 128 bits of randomness, base64url.
      expect(token).toMatch(/^[A-Za-z0-9_-]{22,}$/)
      expect(message?.reset_link).toBe(`${redirect}?stytch_token_type=reset_password&token=${token}`)
      expect(Date.parse(message?.expires_at ?? "") - Date.parse(message?.sent_at ?? "")).toBe(45 * 60_000)
      expect(Option.getOrThrow(yield* control.latestResetToken("ADA@example.com"))).toBe(token)
      // The token itself is stored only as its hash.
      const state = yield* control.exportState
      expect(state.reset_tokens.map((stored) => stored.token_hash)).toEqual([createHash("sha256").update(token).digest("hex")])
      expect(JSON.stringify(state.reset_tokens)).not.toContain(token)
      // Each start makes a new token.
      yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect })
      const newest = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      expect(newest).not.toBe(token)
    }).pipe(Effect.provide(emulator())))

  it.live("no_password_reset_redirect_url without one in the request or the project; the project default otherwise", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* signUp("ada@example.com")
      expectApiError(
        yield* Effect.flip(passwords.email.resetStart({ email: "ada@example.com" })),
        "NoPasswordResetRedirectUrl",
        "no_password_reset_redirect_url",
        400
      )
      expect(yield* control.outbox).toEqual([])
      yield* control.updateSettings({ reset_password_redirect_url: "https://default.example.com/r" })
      yield* passwords.email.resetStart({ email: "ada@example.com" })
      const [message] = yield* control.outbox
      expect(message?.reset_link).toBe(`https://default.example.com/r?stytch_token_type=reset_password&token=${message?.token}`)
    }).pipe(Effect.provide(emulator())))

  it.live("email_not_found, invalid_expiration, invalid_password_reset_redirect_url, invalid_email", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* signUp("ada@example.com")
      expectApiError(
        yield* Effect.flip(passwords.email.resetStart({ email: "bob@example.com", reset_password_redirect_url: redirect })),
        "EmailNotFound",
        "email_not_found",
        404
      )
      for (const minutes of [4, 10081]) {
        expectApiError(
          yield* Effect.flip(
            callUnchecked(Passwords.endpoints.email.resetStart, {
              email: "ada@example.com",
              reset_password_redirect_url: redirect,
              reset_password_expiration_minutes: minutes
            })
          ),
          "InvalidExpiration",
          "invalid_expiration",
          400
        )
      }
      // The bounds themselves are allowed.
      for (const minutes of [5, 10080]) {
        yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect, reset_password_expiration_minutes: minutes })
      }
      expectApiError(
        yield* Effect.flip(passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: "not a url" })),
        "InvalidPasswordResetRedirectUrl",
        "invalid_password_reset_redirect_url",
        400
      )
      expectApiError(
        yield* Effect.flip(callUnchecked(Passwords.endpoints.email.resetStart, { email: "ada", reset_password_redirect_url: redirect })),
        "InvalidEmail",
        "invalid_email",
        400
      )
      expect(yield* control.outbox).toHaveLength(2)
    }).pipe(Effect.provide(emulator())))
})

describe("passwords.email.reset", () => {
  it.live("sets the password, verifies the email, revokes every session, makes a new one if asked", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const first = yield* signUp("ada@example.com")
      const second = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      const token = yield* startReset("ada@example.com")
      const reset = yield* passwords.email.reset({ token, password: strong2, session_duration_minutes: 30, session_custom_claims: { via: "reset" } })
      expect(reset.user_id).toBe(first.user_id)
      expect(reset.user.emails[0]?.verified).toBe(true)
      expect(yield* alive(first.token)).toBe(false)
      expect(yield* alive(some(second.session_token))).toBe(false)
      const fresh = some(reset.session_token)
      expect(yield* alive(fresh)).toBe(true)
      expect(reset.session?.custom_claims).toEqual({ via: "reset" })
      const sessions = yield* Effect.flatMap(StytchEmulator, (control) => control.sessions)
      expect(sessions.map((session) => session.session_id)).toEqual([reset.session?.session_id])
      yield* passwords.authenticate({ email: "ada@example.com", password: strong2 })
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "UnauthorizedCredentials", "unauthorized_credentials", 401)
      // Without a duration, no new session.
      const again = yield* passwords.email.reset({ token: yield* startReset("ada@example.com"), password: strong3 })
      expect(Option.isNone(again.session_token)).toBe(true)
      expect(yield* Effect.flatMap(StytchEmulator, (control) => control.sessions)).toEqual([])
    }).pipe(Effect.provide(emulator())))

  it.live("unable_to_auth_password_reset_token: unknown, already used, expired", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* signUp("ada@example.com")
      const unable = (token: string, password = strong2) =>
        Effect.flip(passwords.email.reset({ token, password })).pipe(
          Effect.map((error) => expectApiError(error, "UnableToAuthPasswordResetToken", "unable_to_auth_password_reset_token", 401))
        )
      yield* unable("no-such-token")
      const token = yield* startReset("ada@example.com")
      yield* passwords.email.reset({ token, password: strong2 })
      yield* unable(token, strong3)
      // Expired: the default is 30 minutes.
      const old = yield* startReset("ada@example.com")
      yield* control.advanceClock("29 minutes")
      const stillGood = yield* startReset("ada@example.com")
      yield* control.advanceClock("2 minutes")
      yield* unable(old, strong3)
      yield* passwords.email.reset({ token: stillGood, password: strong3 })
      // A custom expiration.
      yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect, reset_password_expiration_minutes: 5 })
      const short = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      yield* control.advanceClock("6 minutes")
      yield* unable(short)
      // The password is still the last one set.
      yield* passwords.authenticate({ email: "ada@example.com", password: strong3 })
      expect(yield* control.sweep).toBeGreaterThanOrEqual(4)
    }).pipe(Effect.provide(emulator())))

  it.live("PKCE: expected verifier, mismatch, unexpected verifier; a failed check does not spend the token", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      yield* signUp("ada@example.com")
      const pkce = yield* Pkce.make
      const token = yield* startReset("ada@example.com", { code_challenge: pkce.code_challenge })
      expectApiError(yield* Effect.flip(passwords.email.reset({ token, password: strong2 })), "PkceExpectedCodeVerifier", "pkce_expected_code_verifier", 400)
      const other = yield* Pkce.make
      expectApiError(
        yield* Effect.flip(passwords.email.reset({ token, password: strong2, code_verifier: other.code_verifier })),
        "PkceMismatch",
        "pkce_mismatch",
        400
      )
      yield* passwords.email.reset({ token, password: strong2, code_verifier: pkce.code_verifier })
      yield* passwords.authenticate({ email: "ada@example.com", password: strong2 })

      const plain = yield* startReset("ada@example.com")
      expectApiError(
        yield* Effect.flip(passwords.email.reset({ token: plain, password: strong3, code_verifier: pkce.code_verifier })),
        "PkceDidNotExpectCodeVerifier",
        "pkce_did_not_expect_code_verifier",
        400
      )
      yield* passwords.email.reset({ token: plain, password: strong3 })
    }).pipe(Effect.provide(emulator())))

  it.live("attribute_mismatch when the IP or user agent must match and does not", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      yield* signUp("ada@example.com")
      const attributes = { ip_address: "203.0.113.7", user_agent: "Browser/1.0" }
      const token = yield* startReset("ada@example.com", { attributes })
      const strict = { ip_match_required: true, user_agent_match_required: true }
      expectApiError(
        yield* Effect.flip(passwords.email.reset({ token, password: strong2, options: strict, attributes: { ...attributes, ip_address: "198.51.100.1" } })),
        "AttributeMismatch",
        "attribute_mismatch",
        401
      )
      expectApiError(
        yield* Effect.flip(passwords.email.reset({ token, password: strong2, options: strict, attributes: { ...attributes, user_agent: "Other/2.0" } })),
        "AttributeMismatch",
        "attribute_mismatch",
        401
      )
      // Only what is required is compared.
      const lenient = yield* passwords.email.reset({
        token,
        password: strong2,
        options: { ip_match_required: true, user_agent_match_required: false },
        attributes: { ...attributes, user_agent: "Other/2.0" },
        session_duration_minutes: 10
      })
      expect(lenient.session?.attributes).toEqual({ ...attributes, user_agent: "Other/2.0" })
    }).pipe(Effect.provide(emulator())))

  it.live("weak_password for a weak or breached new password; the token stays usable", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* signUp("ada@example.com")
      yield* control.markBreached(strong3)
      const token = yield* startReset("ada@example.com")
      expectApiError(yield* Effect.flip(passwords.email.reset({ token, password: weak })), "WeakPassword", "weak_password", 400)
      expectApiError(yield* Effect.flip(passwords.email.reset({ token, password: strong3 })), "WeakPassword", "weak_password", 400)
      yield* passwords.email.reset({ token, password: strong2 })
    }).pipe(Effect.provide(emulator())))
})

describe("passwords.existingPassword.reset", () => {
  it.live("changes the password, revokes every session, makes a new one if asked", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const first = yield* signUp("ada@example.com")
      const reset = yield* passwords.existingPassword.reset({
        email: "ADA@example.com",
        existing_password: strong,
        new_password: strong2,
        session_duration_minutes: 15
      })
      expect(reset.user_id).toBe(first.user_id)
      expect(yield* alive(first.token)).toBe(false)
      expect(yield* alive(some(reset.session_token))).toBe(true)
      yield* passwords.authenticate({ email: "ada@example.com", password: strong2 })
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "UnauthorizedCredentials", "unauthorized_credentials", 401)
      const bare = yield* passwords.existingPassword.reset({ email: "ada@example.com", existing_password: strong2, new_password: strong3 })
      expect(Option.isNone(bare.session_token)).toBe(true)
      expect(yield* alive(some(reset.session_token))).toBe(false)
    }).pipe(Effect.provide(emulator())))

  it.live("unauthorized_credentials, weak_password, email_not_found", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const created = yield* signUp("ada@example.com")
      const wrong = expectApiError(
        yield* Effect.flip(passwords.existingPassword.reset({ email: "ada@example.com", existing_password: strong3, new_password: strong2 })),
        "UnauthorizedCredentials",
        "unauthorized_credentials",
        401
      )
      expect(wrong.error_message).not.toContain(strong3)
      expectApiError(
        yield* Effect.flip(passwords.existingPassword.reset({ email: "ada@example.com", existing_password: strong, new_password: weak })),
        "WeakPassword",
        "weak_password",
        400
      )
      expectApiError(
        yield* Effect.flip(passwords.existingPassword.reset({ email: "bob@example.com", existing_password: strong, new_password: strong2 })),
        "EmailNotFound",
        "email_not_found",
        404
      )
      // Nothing changed: the old password and session still work.
      yield* passwords.authenticate({ email: "ada@example.com", password: strong })
      expect(yield* alive(created.token)).toBe(true)
    }).pipe(Effect.provide(emulator())))
})

describe("passwords.sessions.reset", () => {
  it.live("sets the password, keeps the current session and revokes the others", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const current = yield* signUp("ada@example.com")
      const other = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      const bob = yield* signUp("bob@example.com", strong3)
      const reset = yield* passwords.sessions.reset({ session_token: current.token, password: strong2 })
      expect(reset.user_id).toBe(current.user_id)
      expect(reset.session?.session_id).toBe(current.session?.session_id)
      expect(some(reset.session_token)).toBe(current.token)
      expect(yield* alive(current.token)).toBe(true)
      expect(yield* alive(some(other.session_token))).toBe(false)
      // Another user's sessions are untouched.
      expect(yield* alive(bob.token)).toBe(true)
      yield* passwords.authenticate({ email: "ada@example.com", password: strong2 })
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "UnauthorizedCredentials", "unauthorized_credentials", 401)
    }).pipe(Effect.provide(emulator())))

  it.live("works by session_jwt, and extends the session when asked", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const current = yield* signUp("ada@example.com")
      const reset = yield* passwords.sessions.reset({ session_jwt: current.jwt, password: strong2, session_duration_minutes: 240 })
      expect(reset.session?.session_id).toBe(current.session?.session_id)
      const before = Date.parse(current.session?.expires_at ?? "")
      const after = Date.parse(reset.session?.expires_at ?? "")
      expect(after - before).toBeGreaterThanOrEqual(179 * 60_000)
    }).pipe(Effect.provide(emulator())))

  it.live("the 5-minute rule: session_too_old_to_reset_password after 6 minutes, fine after 4", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      yield* control.advanceClock("4 minutes")
      yield* passwords.sessions.reset({ session_token: ada.token, password: strong2 })
      const bob = yield* signUp("bob@example.com")
      yield* control.advanceClock("6 minutes")
      expectApiError(
        yield* Effect.flip(passwords.sessions.reset({ session_token: bob.token, password: strong2 })),
        "SessionTooOldToResetPassword",
        "session_too_old_to_reset_password",
        400
      )
      // A fresh password login on the same session makes it recent again.
      yield* passwords.authenticate({ email: "bob@example.com", password: strong, session_token: bob.token })
      yield* passwords.sessions.reset({ session_token: bob.token, password: strong2 })
    }).pipe(Effect.provide(emulator())))

  it.live("no_session_arguments, session_not_found, weak_password", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      expectApiError(yield* Effect.flip(passwords.sessions.reset({ password: strong2 })), "NoSessionArguments", "no_session_arguments", 400)
      expectApiError(yield* Effect.flip(passwords.sessions.reset({ session_token: "nope", password: strong2 })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(passwords.sessions.reset({ session_jwt: "not.a.jwt", password: strong2 })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(passwords.sessions.reset({ session_token: ada.token, password: weak })), "WeakPassword", "weak_password", 400)
      // An expired session is not found.
      yield* control.advanceClock("61 minutes")
      expectApiError(yield* Effect.flip(passwords.sessions.reset({ session_token: ada.token, password: strong2 })), "SessionNotFound", "session_not_found", 404)
    }).pipe(Effect.provide(emulator())))
})
