/**
 * Bad input over raw HTTP, straight to the emulator's handler: every answer is a
 * Stytch-shaped JSON 4xx, never a 500, and never repeats the password sent.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { B2BPasswords, B2BSessions, Endpoint, Passwords, Sessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { basic, emulator, expectStytchError, raw, signUp, strong } from "./support.js"

/** Every consumer route our client calls. */
const paths = [
  Passwords.endpoints.create.path,
  Passwords.endpoints.authenticate.path,
  Passwords.endpoints.strengthCheck.path,
  Passwords.endpoints.migrate.path,
  Passwords.endpoints.email.resetStart.path,
  Passwords.endpoints.email.reset.path,
  Passwords.endpoints.existingPassword.reset.path,
  Passwords.endpoints.sessions.reset.path,
  Sessions.endpoints.authenticate.path,
  Sessions.endpoints.revoke.path
]

/** Every B2B route. */
const b2bPaths = [...Object.values(B2BPasswords.endpoints), ...Object.values(B2BSessions.endpoints)].flatMap(function paths(value: unknown): ReadonlyArray<string> {
  if (Endpoint.isEndpoint(value)) return [value.path]
  return typeof value === "object" && value !== null ? Object.values(value).flatMap(paths) : []
})

/** A password no message may ever repeat. */
const secret = "Sup3r-Secret-Passw0rd-Do-Not-Echo"

/** Bodies no endpoint takes: broken JSON, or JSON that is not an object. */
const notObjects: ReadonlyArray<string> = [
  "{",
  "{\"email\": ",
  "not json at all",
  "null",
  "[]",
  "42",
  "\"a string\"",
  "true",
  "[".repeat(100_000),
  `{"password":"${secret}"`
]

/** Objects with ill-typed or odd fields: some endpoints ignore what others refuse. */
const oddObjects: ReadonlyArray<string> = [
  "{}",
  JSON.stringify({ email: null, password: null }),
  JSON.stringify({ email: ["a@example.com"], password: { value: secret } }),
  JSON.stringify({ email: secret, password: secret, token: 7, session_token: 1, session_jwt: {} }),
  JSON.stringify({ email: "a@example.com", password: secret, session_duration_minutes: "sixty" }),
  JSON.stringify({ email: "a@example.com", password: secret, session_duration_minutes: 1e308 }),
  JSON.stringify({ email: "a@example.com", password: secret, session_custom_claims: [1, 2, 3] }),
  JSON.stringify({ email: "a@example.com", password: secret, attributes: "x", options: [] }),
  JSON.stringify({ email: "a@example.com", hash: secret, hash_type: "bcrypt", scrypt_config: "x" }),
  JSON.stringify({ email: "a@example.com", hash: secret, hash_type: "scrypt", scrypt_config: { salt: 1 } }),
  JSON.stringify({ token: secret, password: secret, code_verifier: secret.repeat(3) }),
  JSON.stringify({ email: "a@example.com", existing_password: secret, new_password: 12 }),
  `{"__proto__":{"admin":true},"constructor":{"prototype":{}},"email":"a@example.com","password":"${secret}","session_duration_minutes":3}`,
  `{"email":"a@example.com","password":"${secret}","session_custom_claims":${"{\"a\":".repeat(2000)}1${"}".repeat(2000)}}`,
  `{"email":"a@example.com","password":"${secret}","session_custom_claims":${"{\"a\":".repeat(500)}1${"}".repeat(500)}}`,
  `{"password":"${"\\ud800".repeat(100)}"}`
]

describe("bad input over raw HTTP", () => {
  it.live("bodies that are not JSON objects, on every route: a Stytch-shaped 400", () =>
    Effect.gen(function* () {
      for (const path of paths) {
        for (const body of notObjects) {
          const answer = yield* raw({ path, body })
          expectStytchError(answer, 400)
          expect(answer.text).not.toContain(secret)
        }
      }
    }).pipe(Effect.provide(emulator())))

  it.live("ill-typed fields on every route: never a 500, never the password; refusals are Stytch-shaped 4xx", () =>
    Effect.gen(function* () {
      const seen = new Set<string>()
      let refused = 0
      for (const path of paths) {
        for (const body of oddObjects) {
          const answer = yield* raw({ path, body })
          expect(answer.status, `${path} ${body.slice(0, 80)}`).not.toBeGreaterThanOrEqual(500)
          expect(answer.text).not.toContain(secret)
          expect(answer.json).toMatchObject({ status_code: answer.status })
          if (answer.status >= 400) {
            refused++
            seen.add(expectStytchError(answer, answer.status).error_type)
          }
        }
      }
      expect(refused).toBeGreaterThan(paths.length * oddObjects.length * 0.8)
      // The types said what was wrong, not just "bad request".
      expect([...seen]).toEqual(
        expect.arrayContaining(["invalid_argument", "invalid_email", "invalid_session_duration_minutes", "custom_claims_too_large"])
      )
    }).pipe(Effect.provide(emulator())))

  it.live("every refusal says what was expected in plain words, never in schema syntax", () =>
    Effect.gen(function* () {
      const internals = /readonly|[{}|&<>]|=>|\bInt\b|Finite|refine|Struct|Schema|Union|undefined/
      const messages = new Set<string>()
      for (const path of [...paths, ...b2bPaths]) {
        for (const body of [...notObjects, ...oddObjects]) {
          const answer = yield* raw({ path, body })
          if (answer.status < 400) continue
          const { error_message } = expectStytchError(answer, answer.status)
          expect(error_message, `${path} ${body.slice(0, 60)}`).not.toMatch(internals)
          messages.add(error_message)
        }
      }
      // The body as a whole, and single fields, each named.
      expect([...messages]).toEqual(expect.arrayContaining(["request body: expected a JSON object.", "email: expected an email address."]))
    }).pipe(Effect.provide(emulator())))

  it.live("the control API refuses a negative, fractional or non-numeric advance_ms with a 400 naming the field", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      for (const value of ["-1", "1.5", "\"60000\"", "null", "1e400", "[60000]"]) {
        const answer = yield* raw({ path: "/emulator/v1/clock", body: `{"advance_ms":${value}}`, authorization: null })
        const error = expectStytchError(answer, 400, "invalid_argument")
        expect(error.error_message).toBe("advance_ms: expected a whole number of milliseconds, 0 or more.")
      }
      expect((yield* Effect.flip(control.advanceClock(-5)))._tag).toBe("EmulatorControlError")
      const moved = yield* raw({ path: "/emulator/v1/clock", body: { advance_ms: 60_000 }, authorization: null })
      expect(moved.json).toMatchObject({ offset_ms: 60_000 })
    }).pipe(Effect.provide(emulator())))

  it.live("malformed JSON: 400 invalid_argument", () =>
    Effect.gen(function* () {
      const answer = yield* raw({ path: "/v1/passwords", body: `{"email":"a@example.com","password":"${secret}"` })
      expectStytchError(answer, 400, "invalid_argument")
      expect(answer.text).not.toContain(secret)
    }).pipe(Effect.provide(emulator())))

  it.live("missing and ill-typed fields: 400 with the most specific type, naming the field", () =>
    Effect.gen(function* () {
      const cases = [
        { path: "/v1/passwords", body: { password: strong }, type: "invalid_argument", field: "email" },
        { path: "/v1/passwords", body: { email: "a@example.com" }, type: "invalid_argument", field: "password" },
        { path: "/v1/passwords", body: { email: 42, password: strong }, type: "invalid_email", field: "email" },
        { path: "/v1/passwords", body: { email: "a@example.com", password: 42 }, type: "invalid_argument", field: "password" },
        { path: "/v1/passwords", body: { email: "a@example.com", password: strong, session_duration_minutes: "60" }, type: "invalid_session_duration_minutes", field: "session_duration_minutes" },
        { path: "/v1/passwords/email/reset/start", body: { email: "a@example.com", reset_password_expiration_minutes: 3 }, type: "invalid_expiration", field: "reset_password_expiration_minutes" },
        { path: "/v1/passwords/email/reset/start", body: { email: "a@example.com", code_challenge: "not base64url!" }, type: "invalid_pkce_code_challenge", field: "code_challenge" },
        { path: "/v1/passwords/email/reset", body: { password: strong }, type: "invalid_argument", field: "token" },
        { path: "/v1/passwords/migrate", body: { email: "a@example.com", hash: "x", hash_type: "md4" }, type: "invalid_hash_type", field: "hash_type" },
        { path: "/v1/passwords/strength_check", body: {}, type: "invalid_argument", field: "password" }
      ]
      for (const { body, field, path, type } of cases) {
        const error = expectStytchError(yield* raw({ path, body }), 400, type)
        expect(error.error_message).toContain(field)
      }
    }).pipe(Effect.provide(emulator())))

  it.live("bodies over 1 MiB: 413, the user is not created", () =>
    Effect.gen(function* () {
      const huge = JSON.stringify({ email: "a@example.com", password: strong, untrusted_metadata: { blob: "x".repeat(1024 * 1024) } })
      expectStytchError(yield* raw({ path: "/v1/passwords", body: huge }), 413)
      // A declared length over the cap is refused without reading the body.
      expectStytchError(yield* raw({ path: "/v1/passwords", body: "{}", headers: { "content-length": String(2 * 1024 * 1024) } }), 413)
      expect(yield* Effect.flatMap(StytchEmulator, (control) => control.users)).toEqual([])
      // Just under the cap is read and judged on its merits.
      const big = JSON.stringify({ password: "y".repeat(1024 * 1024 - 100) })
      const answer = yield* raw({ path: "/v1/passwords/strength_check", body: big })
      expect(answer.status).toBe(200)
      expect(answer.json).toMatchObject({ valid_password: false, status_code: 200 })
    }).pipe(Effect.provide(emulator())))

  it.live("unknown paths: 404 route_not_found; wrong methods: 405 method_not_allowed", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      for (const path of ["/v1/passwords/nope", "/v1/magic_links/email/send", "/", "/v2/passwords", "/v1/passwords/"]) {
        const error = expectStytchError(yield* raw({ path, body: {} }), 404, "route_not_found")
        expect(error.error_message).toContain(path)
      }
      for (const method of ["GET", "PUT", "DELETE", "PATCH"]) {
        expectStytchError(yield* raw({ method, path: "/v1/passwords" }), 405, "method_not_allowed")
      }
      expectStytchError(yield* raw({ method: "POST", path: `/v1/sessions/jwks/${control.projectId}`, body: {} }), 405, "method_not_allowed")
      // A malformed escape in the JWKS project id is an unknown project, not a crash.
      for (const id of ["%E0%A4%A", "%", "%zz", ""]) {
        expectStytchError(yield* raw({ method: "GET", path: `/v1/sessions/jwks/${id}`, authorization: null }), 404, "project_not_found")
      }
      for (const method of ["HEAD", "OPTIONS"]) expect((yield* raw({ method, path: "/v1/passwords" })).status).toBe(405)
      // Query strings do not change the route.
      expectStytchError(yield* raw({ path: "/v1/passwords/strength_check?x=1", body: {} }), 400, "invalid_argument")
    }).pipe(Effect.provide(emulator())))

  it.live("wrong or missing auth: 401 unauthorized_credentials, before anything is done", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const body = { email: "a@example.com", password: strong }
      const wrongs = [
        null,
        "",
        "Basic",
        "Basic !!!not-base64",
        "Bearer secret-test-emulator-0000000000000000000000",
        basic(control.projectId, "secret-test-wrong"),
        basic(control.projectId, ""),
        basic("project-test-other", StytchEmulator.defaultSecret),
        basic(control.projectId, `${StytchEmulator.defaultSecret}x`),
        basic(control.projectId, StytchEmulator.defaultSecret.slice(0, -1)),
        `basic ${Buffer.from(`${control.projectId}:x`).toString("base64")}`
      ]
      for (const authorization of wrongs) {
        const answer = yield* raw({ path: "/v1/passwords", body, authorization })
        const error = expectStytchError(answer, 401, "unauthorized_credentials")
        expect(answer.text).not.toContain(StytchEmulator.defaultSecret)
        expect(error.error_message).not.toContain(strong)
      }
      expect(yield* control.users).toEqual([])
      // The right credentials work.
      expect((yield* raw({ path: "/v1/passwords", body })).status).toBe(200)
    }).pipe(Effect.provide(emulator())))

  it.live("a configured project id and secret are the ones required", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      expect(control.projectId).toBe("project-test-custom")
      expectStytchError(
        yield* raw({ path: "/v1/passwords/strength_check", body: { password: strong }, authorization: basic(StytchEmulator.defaultProjectId, StytchEmulator.defaultSecret) }),
        401,
        "unauthorized_credentials"
      )
      expect((yield* raw({ path: "/v1/passwords/strength_check", body: { password: strong } })).status).toBe(200)
      // Our client, configured by the layer, gets through.
      yield* Effect.flatMap(Passwords, (passwords) => passwords.strengthCheck({ password: strong }))
    }).pipe(Effect.provide(emulator({ projectId: "project-test-custom", secret: "secret-test-custom-123" }))))

  it.live("error messages never repeat the password, whatever went wrong", () =>
    Effect.gen(function* () {
      yield* signUp("ada@example.com")
      const requests = [
        { path: "/v1/passwords", body: { email: "b@example.com", password: "hunter2hunter2" }, password: "hunter2hunter2" },
        { path: "/v1/passwords", body: { email: "ada@example.com", password: secret }, password: secret },
        { path: "/v1/passwords", body: { email: secret, password: secret }, password: secret },
        { path: "/v1/passwords/authenticate", body: { email: "ada@example.com", password: secret }, password: secret },
        { path: "/v1/passwords/authenticate", body: { email: "nobody@example.com", password: secret }, password: secret },
        { path: "/v1/passwords/existing_password/reset", body: { email: "ada@example.com", existing_password: secret, new_password: secret }, password: secret },
        { path: "/v1/passwords/existing_password/reset", body: { email: "ada@example.com", existing_password: strong, new_password: "hunter2hunter2" }, password: "hunter2hunter2" },
        { path: "/v1/passwords/email/reset", body: { token: "nope", password: secret }, password: secret },
        { path: "/v1/passwords/session/reset", body: { password: secret }, password: secret },
        { path: "/v1/passwords/migrate", body: { email: "c@example.com", hash: secret, hash_type: "bcrypt" }, password: secret }
      ]
      for (const { body, password, path } of requests) {
        const answer = yield* raw({ path, body })
        expectStytchError(answer, answer.status)
        expect(answer.text).not.toContain(password)
      }
    }).pipe(Effect.provide(emulator())))
})
