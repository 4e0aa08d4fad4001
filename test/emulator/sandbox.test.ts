/**
 * Stytch's test-environment sandbox values, which existing test suites rely on: answered the
 * same way every time, without touching state, in test projects, unless turned off.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import * as Jose from "jose"
import { Passwords, Sessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { emulator, noRetry, some } from "./support.js"

const sandboxToken = "WJtR5BCy38Szd5AfoDpf0iqFKEt4EE5JhjlWUY7l3FtY"
const missingToken = "59cnLELtq5cFVS6uYK9f-pAWzBkhqZl8AvLhbhOvKNWw"
const sandboxUserId = "user-test-e3795c81-f849-4167-bfda-e4a6e9c280fd"

describe("sandbox values (on by default in a test project)", () => {
  it.effect("sandbox@stytch.com: create and authenticate answer 200 whatever the password, and nothing is stored", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const created = yield* passwords.create({ email: "sandbox@stytch.com", password: "x" })
      expect(created.user_id).toBe(sandboxUserId)
      expect(created.user.emails).toEqual([{ email_id: created.email_id, email: "sandbox@stytch.com", verified: true }])
      expect(Option.isNone(created.session_token)).toBe(true)
      const again = yield* passwords.create({ email: "Sandbox@Stytch.com", password: "password" })
      expect(again.user_id).toBe(sandboxUserId)
      const login = yield* passwords.authenticate({ email: "sandbox@stytch.com", password: "anything at all" })
      expect(login.user_id).toBe(sandboxUserId)
      expect(yield* control.users).toEqual([])
      expect(yield* control.sessions).toEqual([])
    }).pipe(Effect.provide(noRetry())))

  it.effect("with a session asked for: the sandbox session token, and a JWT for that session the JWKS verifies", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const login = yield* passwords.authenticate({ email: "sandbox@stytch.com", password: "pw", session_duration_minutes: 60 })
      expect(some(login.session_token)).toBe(sandboxToken)
      const jwks = yield* Effect.promise(() =>
        control.handler(new Request(`http://emulator.local/v1/sessions/jwks/${control.projectId}`)).then((response) => response.json())
      )
      const verified = yield* Effect.promise(() =>
        Jose.jwtVerify(some(login.session_jwt), Jose.createLocalJWKSet(jwks as Jose.JSONWebKeySet), { issuer: `stytch.com/${control.projectId}`, audience: control.projectId })
      )
      expect(verified.payload.sub).toBe(sandboxUserId)
      expect(verified.payload["https://stytch.com/session"]).toMatchObject({ id: login.session?.session_id })
    }).pipe(Effect.provide(noRetry())))

  it.effect("sessions.authenticate: the sandbox token answers 200 with the sandbox user; the other one 404 session_not_found", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const ok = yield* sessions.authenticate({ session_token: sandboxToken })
      expect(ok.user.user_id).toBe(sandboxUserId)
      expect(ok.session_token).toBe(sandboxToken)
      const missing = yield* Effect.flip(sessions.authenticate({ session_token: missingToken }))
      expect(missing._tag).toBe("SessionNotFound")
      expect(missing._tag === "SessionNotFound" ? missing.http_status : 0).toBe(404)
    }).pipe(Effect.provide(noRetry())))

  it.effect("the sandbox_values setting turns them off: sandbox@stytch.com is an ordinary address again", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      yield* control.updateSettings({ sandbox_values: false })
      expect((yield* Effect.flip(passwords.authenticate({ email: "sandbox@stytch.com", password: "pw" })))._tag).toBe("EmailNotFound")
      expect((yield* Effect.flip(passwords.create({ email: "sandbox@stytch.com", password: "password" })))._tag).toBe("WeakPassword")
      expect((yield* Effect.flip(sessions.authenticate({ session_token: sandboxToken })))._tag).toBe("SessionNotFound")
    }).pipe(Effect.provide(noRetry())))

  it.effect("a live project has no sandbox values", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const error = yield* Effect.flip(passwords.authenticate({ email: "sandbox@stytch.com", password: "pw" }))
      expect(error._tag).toBe("EmailNotFound")
    }).pipe(Effect.provide(emulator({ projectId: "project-live-00000000-0000-4000-8000-000000000000", client: { retry: false } }))))
})
