/**
 * The emulator's state: export, wipe, import; a bad import file is refused and changes nothing.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import { Passwords, Sessions } from "../../src/index.js"
import { type EmulatorState, StytchEmulator } from "../../src/emulator/index.js"
import { emulator, expectApiError, expectStytchError, raw, redirect, saltedDigest, signUp, strong, strong2 } from "./support.js"

/** A JSON round trip, as a file on disk would make. */
const throughJson = (state: EmulatorState): unknown => JSON.parse(JSON.stringify(state))

describe("export, wipe, import", () => {
  it.live("an export restores users, passwords, sessions, tokens, settings and breaches after a wipe", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const ada = yield* signUp("Ada@example.com")
      yield* passwords.migrate({ email: "bob@example.com", hash: saltedDigest("md5", strong2), hash_type: "md_5" })
      yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      yield* control.updateSettings({ strength_policy: "luds", luds_min_length: 10 })
      yield* control.markBreached("Breached-Passw0rd!")
      const file = throughJson(yield* control.exportState)

      yield* control.wipe
      expect(yield* control.users).toEqual([])
      expect(yield* control.sessions).toEqual([])
      expect(yield* control.outbox).toEqual([])
      expect((yield* control.settings).strength_policy).toBe("zxcvbn")
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "EmailNotFound", "email_not_found", 404)
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: ada.token })), "SessionNotFound", "session_not_found", 404)

      yield* control.importState(file)
      const users = yield* control.users
      expect(users.map((user) => user.emails[0]?.email).sort()).toEqual(["Ada@example.com", "bob@example.com"])
      yield* passwords.authenticate({ email: "ada@example.com", password: strong })
      // The migrated hash came back as a migrated hash, and still logs in.
      yield* passwords.authenticate({ email: "bob@example.com", password: strong2 })
      expect((yield* sessions.authenticate({ session_token: ada.token })).session.session_id).toBe(ada.session?.session_id)
      // JWTs signed before the wipe still verify: the signing keys are kept.
      yield* sessions.authenticate({ session_jwt: ada.jwt })
      expect((yield* control.settings).luds_min_length).toBe(10)
      expect((yield* passwords.strengthCheck({ password: "Breached-Passw0rd!", email: "x@example.com" })).breached_password).toBe(true)
      yield* passwords.email.reset({ token, password: "Another-Passw0rd" })
      yield* passwords.authenticate({ email: "ada@example.com", password: "Another-Passw0rd" })
    }).pipe(Effect.provide(emulator())))

  it.live("an export moves to another emulator instance", () =>
    Effect.gen(function* () {
      const file = yield* Effect.gen(function* () {
        yield* signUp("ada@example.com")
        return throughJson(yield* Effect.flatMap(StytchEmulator, (control) => control.exportState))
      }).pipe(Effect.provide(emulator()))
      yield* Effect.gen(function* () {
        const passwords = yield* Passwords
        expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "EmailNotFound", "email_not_found", 404)
        yield* Effect.flatMap(StytchEmulator, (control) => control.importState(file))
        yield* passwords.authenticate({ email: "ada@example.com", password: strong })
      }).pipe(Effect.provide(emulator()))
    }))

  it.live("malformed JSON, another version or format, a bad field: InvalidStateFile, and the state is untouched", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* signUp("ada@example.com")
      const good = yield* control.exportState
      const before = JSON.stringify(good)
      const firstUser = good.users[0]
      const bad: ReadonlyArray<{ readonly file: unknown; readonly field?: string }> = [
        { file: "{\"format\":\"effect-stytch-emulator\",\"version\":1," },
        { file: null },
        { file: [] },
        { file: {} },
        { file: { ...good, version: 2 }, field: "version" },
        { file: { ...good, version: "1" }, field: "version" },
        { file: { ...good, format: "something-else" }, field: "format" },
        { file: { ...good, users: "ada" }, field: "users" },
        { file: { ...good, users: [{ ...firstUser, emails: [{ email: "x@example.com" }] }] }, field: "users.0.emails.0.email_id" },
        { file: { ...good, users: [{ ...firstUser, password: { password_id: "p", hash: { kind: "plaintext", value: strong }, requires_reset: false } }] }, field: "users.0.password.hash.kind" },
        { file: { ...good, settings: { ...good.settings, migrate_rate_limit_per_second: 0 } }, field: "settings.migrate_rate_limit_per_second" },
        { file: { ...good, settings: { ...good.settings, strength_policy: "none" } }, field: "settings.strength_policy" },
        { file: { ...good, surprise: true }, field: "surprise" }
      ]
      for (const { field, file } of bad) {
        const error = yield* Effect.flip(control.importState(file))
        expect(error._tag).toBe("InvalidStateFile")
        expect(error.message).toMatch(/^Invalid emulator state file: /)
        if (field !== undefined) expect(error.field).toBe(field)
        expect(error.message).not.toContain(strong)
      }
      expect(JSON.stringify(yield* control.exportState)).toBe(before)
      yield* passwords.authenticate({ email: "ada@example.com", password: strong })
    }).pipe(Effect.provide(emulator())))

  it.live("the same over the control routes: export, wipe, import; a bad file is a 400", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      yield* signUp("ada@example.com")
      const exported = yield* raw({ method: "GET", path: "/emulator/v1/export", authorization: null })
      expect(exported.status).toBe(200)
      expect(exported.json).toMatchObject({ format: "effect-stytch-emulator", version: 1 })
      expectStytchError(yield* raw({ path: "/emulator/v1/import", body: "{\"format\":", authorization: null }), 400, "invalid_argument")
      expectStytchError(yield* raw({ path: "/emulator/v1/import", body: { ...Object(exported.json), version: 9 }, authorization: null }), 400, "invalid_state_file")
      yield* passwords.authenticate({ email: "ada@example.com", password: strong })
      expect((yield* raw({ path: "/emulator/v1/wipe", authorization: null })).status).toBe(200)
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "EmailNotFound", "email_not_found", 404)
      expect((yield* raw({ path: "/emulator/v1/import", body: exported.text, authorization: null })).status).toBe(200)
      yield* passwords.authenticate({ email: "ada@example.com", password: strong })
    }).pipe(Effect.provide(emulator())))
})
