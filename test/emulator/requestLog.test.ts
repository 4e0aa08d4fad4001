/**
 * The emulator's request log: the ring itself (ids, capacity, clear, listeners), what it keeps
 * of a body (credentials redacted, large bodies summarised), and what the emulator records in it
 * for real API calls: every Stytch request, oldest first, no control call, and no credential.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import { Passwords, Sessions } from "../../src/index.js"
import { type LoggedRequest, StytchEmulator } from "../../src/emulator/index.js"
import { makeRequestLog } from "../../src/emulator/requests/RequestLog.js"
import { loggedBody, maxLoggedBodyBytes, redactBody, redacted } from "../../src/emulator/requests/redact.js"
import { emulator, expectApiError, noRetry, raw, redirect, some, strong, strong2, strong3, weak } from "./support.js"

/** A logged request's fields, but the id; `path` tells them apart. */
const fields = (path: string): Omit<LoggedRequest, "id"> => ({
  at: "2026-01-01T00:00:00.000Z",
  method: "POST",
  path,
  status: 200,
  duration_ms: 1,
  request_id: `request-id-${path}`,
  response_body: {}
})

describe("makeRequestLog", () => {
  it("gives ids that count up from 1, and lists the requests oldest first", () => {
    const log = makeRequestLog(10)
    const logged = ["/a", "/b", "/c"].map((path) => log.record(fields(path)))
    expect(logged.map((entry) => entry.id)).toEqual([1, 2, 3])
    expect(log.entries().map((entry) => [entry.id, entry.path])).toEqual([[1, "/a"], [2, "/b"], [3, "/c"]])
    expect(log.entry(2)).toEqual({ id: 2, ...fields("/b") })
    for (const missing of [0, -1, 4, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(log.entry(missing)).toBeUndefined()
  })

  it("keeps the last `capacity` requests: 1,050 into a ring of 1,000 leaves ids 51 to 1,050", () => {
    const log = makeRequestLog()
    expect(log.capacity).toBe(1000)
    for (let n = 1; n <= 1050; n++) log.record(fields(`/r${n}`))
    const kept = log.entries()
    expect(kept).toHaveLength(1000)
    expect(kept[0]?.id).toBe(51)
    expect(kept[0]?.path).toBe("/r51")
    expect(kept[999]?.id).toBe(1050)
    expect(kept.every((entry, index) => entry.id === 51 + index && entry.path === `/r${entry.id}`)).toBe(true)
    expect(log.entry(50)).toBeUndefined()
    expect(log.entry(1)).toBeUndefined()
    expect(log.entry(51)?.path).toBe("/r51")
    expect(log.entry(1050)?.path).toBe("/r1050")
    expect(log.entry(1051)).toBeUndefined()
  })

  it("a small ring wraps over and over without losing its order", () => {
    const log = makeRequestLog(3)
    for (let n = 1; n <= 10; n++) log.record(fields(`/r${n}`))
    expect(log.entries().map((entry) => entry.id)).toEqual([8, 9, 10])
    expect(log.entry(7)).toBeUndefined()
  })

  it("clear empties it and ids go on increasing, never reused", () => {
    const log = makeRequestLog(5)
    for (let n = 1; n <= 7; n++) log.record(fields(`/r${n}`))
    log.clear()
    expect(log.entries()).toEqual([])
    for (let id = 0; id <= 8; id++) expect(log.entry(id)).toBeUndefined()
    const next = log.record(fields("/after"))
    expect(next.id).toBe(8)
    expect(log.entries()).toEqual([next])
    expect(log.entry(8)).toEqual(next)
    // What was logged before the clear does not come back as the ring fills again.
    for (let n = 0; n < 3; n++) log.record(fields(`/more${n}`))
    expect(log.entries().map((entry) => entry.id)).toEqual([8, 9, 10, 11])
    expect(log.entries().some((entry) => entry.path.startsWith("/r"))).toBe(false)
  })

  it("a listener hears each request from its subscription on, until it unsubscribes", () => {
    const log = makeRequestLog(10)
    log.record(fields("/before"))
    const heard: Array<LoggedRequest> = []
    const stop = log.subscribe((entry) => heard.push(entry))
    const first = log.record(fields("/one"))
    const second = log.record(fields("/two"))
    stop()
    log.record(fields("/three"))
    expect(heard).toEqual([first, second])
    // Unsubscribing twice is harmless.
    stop()
  })

  it("a listener that throws is dropped; the request is logged and the other listeners still hear it", () => {
    const log = makeRequestLog(10)
    let throwerCalls = 0
    const heard: Array<number> = []
    log.subscribe(() => {
      throwerCalls++
      throw new Error("listener broke")
    })
    log.subscribe((entry) => heard.push(entry.id))
    expect(() => log.record(fields("/one"))).not.toThrow()
    log.record(fields("/two"))
    log.record(fields("/three"))
    expect(throwerCalls).toBe(1)
    expect(heard).toEqual([1, 2, 3])
    expect(log.entries().map((entry) => entry.path)).toEqual(["/one", "/two", "/three"])
  })
})

describe("redactBody and loggedBody", () => {
  it("redacts passwords, tokens, JWTs and PKCE verifiers, at any depth and in any case", () => {
    const body = {
      email: "ada@example.com",
      password: "pw-1",
      existing_password: "pw-2",
      new_password: "pw-3",
      session_token: "tok-1",
      session_jwt: "jwt-1",
      intermediate_session_token: "tok-2",
      token: "tok-3",
      password_reset_token: "tok-4",
      code_verifier: "verifier-1",
      nested: { deeper: [{ Session_Token: "tok-5", SESSION_JWT: "jwt-2" }] },
      session_duration_minutes: 60
    }
    expect(redactBody(body)).toEqual({
      email: "ada@example.com",
      password: redacted,
      existing_password: redacted,
      new_password: redacted,
      session_token: redacted,
      session_jwt: redacted,
      intermediate_session_token: redacted,
      token: redacted,
      password_reset_token: redacted,
      code_verifier: redacted,
      nested: { deeper: [{ Session_Token: redacted, SESSION_JWT: redacted }] },
      session_duration_minutes: 60
    })
  })

  it("redacts a migrate's hash and every salt, keeping the algorithm and its parameters", () => {
    const body = {
      email: "ada@example.com",
      hash: "$2b$10$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234",
      hash_type: "scrypt",
      md_5_config: { prepend_salt: "pre", append_salt: "app" },
      sha_1_config: { prepend_salt: "pre1", append_salt: "app1" },
      scrypt_config: { salt: "c2FsdA==", n_parameter: 16384, r_parameter: 8, p_parameter: 1, key_length: 32 },
      argon_2_config: { salt: "argon-salt", iteration_amount: 3, memory: 65536, threads: 1, key_length: 32 },
      pbkdf_2_config: { salt: "pbkdf-salt", iteration_amount: 1000, key_length: 32, algorithm: "sha256" }
    }
    expect(redactBody(body)).toEqual({
      email: "ada@example.com",
      hash: redacted,
      hash_type: "scrypt",
      md_5_config: { prepend_salt: redacted, append_salt: redacted },
      sha_1_config: { prepend_salt: redacted, append_salt: redacted },
      scrypt_config: { salt: redacted, n_parameter: 16384, r_parameter: 8, p_parameter: 1, key_length: 32 },
      argon_2_config: { salt: redacted, iteration_amount: 3, memory: 65536, threads: 1, key_length: 32 },
      pbkdf_2_config: { salt: redacted, iteration_amount: 1000, key_length: 32, algorithm: "sha256" }
    })
  })

  it("redacts every item of an array under a credential key, and non-text values too", () => {
    expect(redactBody({ token_hashes: ["h1", "h2", "h3"], session_tokens: [["a"], ["b"]] })).toEqual({
      token_hashes: [redacted, redacted, redacted],
      session_tokens: [[redacted], [redacted]]
    })
    // A credential of the wrong type is still a credential.
    expect(redactBody({ password: 12345678, token: true, session_jwt: null })).toEqual({
      password: redacted,
      token: redacted,
      session_jwt: null
    })
  })

  it("keeps what is not a secret: ids, redirect URLs, emails, a user's password object", () => {
    const user = {
      user_id: "user-test-1",
      emails: [{ email_id: "email-test-1", email: "ada@example.com", verified: true }],
      password: { password_id: "password-test-1", requires_reset: true }
    }
    const body = {
      email: "ada@example.com",
      password_id: "password-test-1",
      reset_password_redirect_url: "https://app.example.com/reset",
      reset_password_expiration_minutes: 30,
      user,
      users: [user],
      status_code: 200,
      session_token: "tok"
    }
    expect(redactBody(body)).toEqual({ ...body, session_token: redacted })
    expect(redactBody(null)).toBeNull()
  })

  it("redacts other spellings of credential keys, and a body that names no field (it may be a bare password)", () => {
    expect(redactBody({ sessionToken: "S1", newPassword: "P1", "session-token": "S2", pasword: "P2", pwd: "P3", email: "ada@example.com" })).toEqual({
      sessionToken: redacted,
      newPassword: redacted,
      "session-token": redacted,
      pasword: redacted,
      pwd: redacted,
      email: "ada@example.com"
    })
    expect(redactBody("Sup3r-Secret-Passw0rd")).toBe(redacted)
    expect(redactBody(["P1", { email: "ada@example.com" }])).toEqual([redacted, { email: "ada@example.com" }])
  })

  it("leaves the body it is given unchanged", () => {
    const body = { password: "pw", nested: { token: "t" } }
    redactBody(body)
    expect(body).toEqual({ password: "pw", nested: { token: "t" } })
  })

  it("keeps a body up to 8 KB, redacted; summarises a larger one by its size alone", () => {
    expect(maxLoggedBodyBytes).toBe(8192)
    expect(loggedBody({ email: "a@example.com", password: "pw" }, maxLoggedBodyBytes)).toEqual({ email: "a@example.com", password: redacted })
    const large = loggedBody({ email: "a@example.com", password: "pw-large" }, maxLoggedBodyBytes + 1)
    expect(large).toBe(`<${maxLoggedBodyBytes + 1} bytes, not kept>`)
    expect(loggedBody({ password: "pw" }, 50_000)).toBe("<50000 bytes, not kept>")
  })
})

/** The emulator's log, through the control API. */
const requests = Effect.flatMap(StytchEmulator, (control) => control.requests)

describe("what the emulator logs", () => {
  it.live("real API calls are listed oldest first, matching their answers, with no credential anywhere", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const created = yield* passwords.create({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      const weakRefusal = expectApiError(
        yield* Effect.flip(passwords.create({ email: "bob@example.com", password: weak })),
        "WeakPassword",
        "weak_password",
        400
      )
      const authenticated = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      const resetStart = yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect })
      const resetToken = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      const reset = yield* passwords.email.reset({ token: resetToken, password: strong2, session_duration_minutes: 60 })
      const changed = yield* passwords.existingPassword.reset({ email: "ada@example.com", existing_password: strong2, new_password: strong3, session_duration_minutes: 60 })
      const checked = yield* sessions.authenticate({ session_token: some(changed.session_token) })

      const log = yield* requests
      expect(log.map((entry) => [entry.method, entry.path, entry.status, entry.error_type, entry.request_id])).toEqual([
        ["POST", "/v1/passwords", 200, undefined, created.request_id],
        ["POST", "/v1/passwords", 400, "weak_password", weakRefusal.request_id],
        ["POST", "/v1/passwords/authenticate", 200, undefined, authenticated.request_id],
        ["POST", "/v1/passwords/email/reset/start", 200, undefined, resetStart.request_id],
        ["POST", "/v1/passwords/email/reset", 200, undefined, reset.request_id],
        ["POST", "/v1/passwords/existing_password/reset", 200, undefined, changed.request_id],
        ["POST", "/v1/sessions/authenticate", 200, undefined, checked.request_id]
      ])
      const ids = log.map((entry) => entry.id)
      expect(ids).toEqual([...ids].sort((a, b) => a - b))
      expect(new Set(ids).size).toBe(ids.length)
      for (const entry of log) {
        expect(entry.duration_ms).toBeGreaterThanOrEqual(0)
        expect(Number.isNaN(Date.parse(entry.at))).toBe(false)
      }

      // The bodies are there, with what is not secret kept.
      const first = log[0]
      expect(first?.request_body).toMatchObject({ email: "ada@example.com", password: redacted, session_duration_minutes: 60 })
      expect(first?.response_body).toMatchObject({
        user_id: created.user_id,
        session_token: redacted,
        session_jwt: redacted,
        request_id: created.request_id
      })
      expect(log[1]?.response_body).toMatchObject({ status_code: 400, error_type: "weak_password", request_id: weakRefusal.request_id })
      expect(log[3]?.request_body).toEqual({ email: "ada@example.com", reset_password_redirect_url: redirect })
      expect(log[4]?.request_body).toMatchObject({ token: redacted, password: redacted })
      expect(log[5]?.request_body).toMatchObject({ email: "ada@example.com", existing_password: redacted, new_password: redacted })

      // No password, session token, JWT or reset token reached the log.
      const secrets = [
        strong,
        strong2,
        strong3,
        weak,
        resetToken,
        ...[created, authenticated, reset, changed].flatMap((answer) => [some(answer.session_token), some(answer.session_jwt)]),
        checked.session_token,
        checked.session_jwt
      ]
      const text = JSON.stringify(log)
      for (const secret of secrets) {
        expect(secret.length).toBeGreaterThan(5)
        expect(text).not.toContain(secret)
      }
      // The outbox did hold the reset token: it is the same secret the log left out.
      expect(JSON.stringify(yield* control.outbox)).toContain(resetToken)
    }).pipe(Effect.provide(emulator())))

  it.live("control calls are not logged, as Effects or over /emulator/v1; Stytch 401s and 404s are, without the body", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* passwords.create({ email: "ada@example.com", password: strong })
      yield* control.users
      yield* control.sessions
      yield* control.outbox
      yield* control.userAccounts
      yield* control.requests
      for (const path of ["/emulator/v1/users", "/emulator/v1/requests", "/emulator/v1/clock", "/emulator/v1/nowhere", "/emulator/ui"]) {
        yield* raw({ method: "GET", path, authorization: null })
      }
      yield* raw({ path: "/emulator/v1/force_reset", body: { email: "ada@example.com" }, authorization: null })
      expect((yield* requests).map((entry) => entry.path)).toEqual(["/v1/passwords"])

      // A Stytch request refused before its body is read: logged, its body not kept at all.
      const unauthorized = yield* raw({ path: "/v1/passwords/authenticate", body: { email: "ada@example.com", password: strong }, authorization: null })
      expect(unauthorized.status).toBe(401)
      const missing = yield* raw({ path: "/v1/no_such_endpoint", body: { password: strong } })
      expect(missing.status).toBe(404)
      const jwks = yield* raw({ method: "GET", path: `/v1/sessions/jwks/${control.projectId}`, authorization: null })
      expect(jwks.status).toBe(200)
      // A body that is not JSON is not kept either: it cannot be redacted.
      const broken = yield* raw({ path: "/v1/passwords/authenticate", body: `{"email":"ada@example.com","password":"${strong}"` })
      expect(broken.status).toBe(400)
      const log = yield* requests
      expect(log.slice(1).map((entry) => [entry.method, entry.path, entry.status, entry.error_type])).toEqual([
        ["POST", "/v1/passwords/authenticate", 401, "unauthorized_credentials"],
        ["POST", "/v1/no_such_endpoint", 404, "route_not_found"],
        ["GET", `/v1/sessions/jwks/${control.projectId}`, 200, undefined],
        ["POST", "/v1/passwords/authenticate", 400, "invalid_argument"]
      ])
      expect(log[1]?.request_body).toBeUndefined()
      expect(log[1]?.request_id).toBe((unauthorized.json as { request_id: string }).request_id)
      expect(log[3]?.request_body).toBeUndefined()
      expect(log[4]?.request_body).toBeUndefined()
      expect(JSON.stringify(log)).not.toContain(strong)
    }).pipe(Effect.provide(emulator())))

  it.live("a request body over 8 KB is summarised by its size, never kept", () =>
    Effect.gen(function* () {
      const padding = "p".repeat(9000)
      const body = JSON.stringify({ password: strong, padding })
      const answer = yield* raw({ path: "/v1/passwords/strength_check", body })
      expect(answer.status).not.toBeGreaterThanOrEqual(500)
      const [entry] = yield* requests
      expect(entry?.request_body).toBe(`<${Buffer.byteLength(body)} bytes, not kept>`)
      expect(JSON.stringify(entry)).not.toContain(strong)
      expect(JSON.stringify(entry)).not.toContain(padding)
    }).pipe(Effect.provide(emulator())))

  it.live("injected faults: a status fault shows as its status and error_type; a malformed answer as a note", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "status", status: 503, times: 1 })
      yield* Effect.flip(passwords.strengthCheck({ password: strong }))
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "status", status: 429, error_type: "too_many_requests", times: 1 })
      yield* Effect.flip(passwords.strengthCheck({ password: strong }))
      yield* control.injectFault({ path: "/v1/passwords", kind: "malformed", times: 1 })
      yield* Effect.flip(passwords.create({ email: "ada@example.com", password: strong, session_duration_minutes: 60 }))
      yield* control.injectFault({ path: "/v1/passwords/authenticate", kind: "truncated", times: 1 })
      yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 60 }))

      const log = yield* requests
      expect(log.map((entry) => [entry.path, entry.status, entry.error_type])).toEqual([
        ["/v1/passwords/strength_check", 503, "server_unavailable"],
        ["/v1/passwords/strength_check", 429, "too_many_requests"],
        ["/v1/passwords", 200, undefined],
        ["/v1/passwords/authenticate", 200, undefined]
      ])
      expect(log[0]?.response_body).toMatchObject({ status_code: 503, error_type: "server_unavailable", request_id: log[0]?.request_id })
      expect(log[2]?.response_body).toBe("<malformed JSON, by an injected fault>")
      expect(log[3]?.response_body).toBe("<JSON cut short, by an injected fault>")
      // The user was made all the same, and the request's password is still redacted.
      expect(yield* control.users).toHaveLength(1)
      expect(log[2]?.request_body).toMatchObject({ password: redacted })
      expect(JSON.stringify(log)).not.toContain(strong)
    }).pipe(Effect.provide(noRetry())))

  it.live("clearRequests empties the log; the ids after it keep counting up", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* passwords.strengthCheck({ password: strong })
      yield* passwords.strengthCheck({ password: strong2 })
      const before = yield* requests
      yield* control.clearRequests
      expect(yield* requests).toEqual([])
      yield* passwords.strengthCheck({ password: strong3 })
      const after = yield* requests
      expect(after).toHaveLength(1)
      expect(after[0]?.id).toBeGreaterThan(Math.max(...before.map((entry) => entry.id)))
    }).pipe(Effect.provide(emulator())))
})
