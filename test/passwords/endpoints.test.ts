import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import { Effect, Option, Redacted, Schema } from "effect"
import {
  type Endpoint,
  errorTag,
  Passwords,
  Pkce,
  StytchClient,
  type DuplicateEmail,
  type StytchFailure,
  type WeakPassword,
  type BreachedPassword,
  type InvalidEmail,
  type InvalidSessionDurationMinutes,
  type CustomClaimsTooLarge,
  type MetadataInvalidFormat
} from "../../src/index.js"
import { fullDevice, fullSession, fullUser } from "../models/samples.js"
import { stubClient } from "../support/client.js"
import { json, stubHttp, stytchError } from "../support/stubHttp.js"

const e = Passwords.endpoints
const envelope = { request_id: "request-id-test-full", status_code: 200 }
const authenticated = {
  ...envelope,
  user_id: fullUser.user_id,
  user: fullUser,
  session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q",
  session_jwt: "eyJhbGciOiJSUzI1NiIsImtpZCI6Imp3ay10ZXN0LTEifQ.e30.c2ln",
  session: fullSession,
  user_device: fullDevice
}

/** Each endpoint with a request using every field, the JSON that must go out, and a full response. */
const cases = [
  {
    endpoint: e.create,
    request: {
      email: "ada@example.com",
      password: Redacted.make("pw-1"),
      session_duration_minutes: 60,
      session_custom_claims: { plan: "pro" },
      trusted_metadata: { tier: 1 },
      untrusted_metadata: { theme: "dark" },
      name: { first_name: "Ada", last_name: "Lovelace" },
      telemetry_id: "telemetry-1"
    },
    wire: {
      email: "ada@example.com",
      password: "pw-1",
      session_duration_minutes: 60,
      session_custom_claims: { plan: "pro" },
      trusted_metadata: { tier: 1 },
      untrusted_metadata: { theme: "dark" },
      name: { first_name: "Ada", last_name: "Lovelace" },
      telemetry_id: "telemetry-1"
    },
    minimal: { email: "ada@example.com", password: "pw-1" },
    response: { ...authenticated, email_id: fullUser.emails[0]?.email_id }
  },
  {
    endpoint: e.authenticate,
    request: { email: "ada@example.com", password: "pw-1", session_token: "tok", session_jwt: "jwt", session_duration_minutes: 5, session_custom_claims: {}, telemetry_id: "t" },
    wire: { email: "ada@example.com", password: "pw-1", session_token: "tok", session_jwt: "jwt", session_duration_minutes: 5, session_custom_claims: {}, telemetry_id: "t" },
    minimal: { email: "ada@example.com", password: "pw-1" },
    response: authenticated
  },
  {
    endpoint: e.strengthCheck,
    request: { password: Redacted.make("pw-1"), email: "ada@example.com" },
    wire: { password: "pw-1", email: "ada@example.com" },
    minimal: { password: "pw-1" },
    response: {
      ...envelope,
      valid_password: false,
      score: 2,
      breached_password: false,
      strength_policy: "luds",
      breach_detection_on_create: true,
      feedback: {
        warning: "",
        suggestions: ["Add another word or two."],
        luds_requirements: { has_lower_case: true, has_upper_case: false, has_digit: true, has_symbol: false, missing_complexity: 1, missing_characters: 2 }
      }
    }
  },
  {
    endpoint: e.migrate,
    request: {
      email: "ada@example.com",
      hash: "c2NyeXB0aGFzaA==",
      hash_type: "scrypt" as const,
      scrypt_config: { salt: "c2FsdA==", n_parameter: 16384, r_parameter: 8, p_parameter: 1, key_length: 32 },
      md_5_config: { prepend_salt: "a", append_salt: "b" },
      trusted_metadata: { a: 1 },
      untrusted_metadata: { b: 2 },
      set_email_verified: true,
      name: { first_name: "Ada" },
      phone_number: "+12025550162",
      set_phone_number_verified: false,
      external_id: "legacy-42",
      roles: ["admin"]
    },
    wire: {
      email: "ada@example.com",
      hash: "c2NyeXB0aGFzaA==",
      hash_type: "scrypt",
      scrypt_config: { salt: "c2FsdA==", n_parameter: 16384, r_parameter: 8, p_parameter: 1, key_length: 32 },
      md_5_config: { prepend_salt: "a", append_salt: "b" },
      trusted_metadata: { a: 1 },
      untrusted_metadata: { b: 2 },
      set_email_verified: true,
      name: { first_name: "Ada" },
      phone_number: "+12025550162",
      set_phone_number_verified: false,
      external_id: "legacy-42",
      roles: ["admin"]
    },
    minimal: { email: "ada@example.com", hash: "$2a$10$abcdefghijklmnopqrstuu", hash_type: "bcrypt" as const },
    response: { ...envelope, user_id: fullUser.user_id, email_id: "email-test-1", user_created: true, user: fullUser }
  },
  {
    endpoint: e.email.resetStart,
    request: {
      email: "ada@example.com",
      reset_password_redirect_url: "https://example.com/reset",
      reset_password_expiration_minutes: 30,
      code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      attributes: { ip_address: "203.0.113.7", user_agent: "Mozilla/5.0" },
      login_redirect_url: "https://example.com/login",
      locale: "pt-br",
      reset_password_template_id: "template-1"
    },
    wire: {
      email: "ada@example.com",
      reset_password_redirect_url: "https://example.com/reset",
      reset_password_expiration_minutes: 30,
      code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      attributes: { ip_address: "203.0.113.7", user_agent: "Mozilla/5.0" },
      login_redirect_url: "https://example.com/login",
      locale: "pt-br",
      reset_password_template_id: "template-1"
    },
    minimal: { email: "ada@example.com" },
    response: { ...envelope, user_id: fullUser.user_id, email_id: "email-test-1" }
  },
  {
    endpoint: e.email.reset,
    request: {
      token: "reset-token",
      password: Redacted.make("pw-2"),
      session_duration_minutes: 60,
      code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
      attributes: { ip_address: "203.0.113.7" },
      options: { ip_match_required: true, user_agent_match_required: false }
    },
    wire: {
      token: "reset-token",
      password: "pw-2",
      session_duration_minutes: 60,
      code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
      attributes: { ip_address: "203.0.113.7" },
      options: { ip_match_required: true, user_agent_match_required: false }
    },
    minimal: { token: "reset-token", password: "pw-2" },
    response: authenticated
  },
  {
    endpoint: e.existingPassword.reset,
    request: { email: "ada@example.com", existing_password: Redacted.make("old"), new_password: Redacted.make("new"), session_token: "tok" },
    wire: { email: "ada@example.com", existing_password: "old", new_password: "new", session_token: "tok" },
    minimal: { email: "ada@example.com", existing_password: "old", new_password: "new" },
    response: authenticated
  },
  {
    endpoint: e.sessions.reset,
    request: { password: Redacted.make("new"), session_jwt: "jwt", session_duration_minutes: 10 },
    wire: { password: "new", session_jwt: "jwt", session_duration_minutes: 10 },
    minimal: { password: "new" },
    response: authenticated
  }
] as const

const call = <E extends Endpoint.Endpoint>(endpoint: E, request: Endpoint.Input<E>) =>
  Effect.flatMap(StytchClient, (stytch) => stytch.call(endpoint, request))

describe("consumer Passwords endpoints", () => {
  it("exposes the eight endpoints at Stytch's paths", () => {
    expect(cases.map((c) => `${c.endpoint.name} ${c.endpoint.path}`)).toEqual([
      "passwords.create /v1/passwords",
      "passwords.authenticate /v1/passwords/authenticate",
      "passwords.strengthCheck /v1/passwords/strength_check",
      "passwords.migrate /v1/passwords/migrate",
      "passwords.email.resetStart /v1/passwords/email/reset/start",
      "passwords.email.reset /v1/passwords/email/reset",
      "passwords.existingPassword.reset /v1/passwords/existing_password/reset",
      "passwords.sessions.reset /v1/passwords/session/reset"
    ])
    // Only the check is safe to repeat after a 5xx or a timeout.
    expect(cases.filter((c) => c.endpoint.retrySafe).map((c) => c.endpoint.name)).toEqual(["passwords.strengthCheck"])
  })

  for (const c of cases) {
    describe(c.endpoint.name, () => {
      it.effect("sends exactly the request's fields, Redacted passwords as plain strings", () => {
        const stub = stubHttp(() => json(200, c.response))
        return Effect.gen(function* () {
          yield* call(c.endpoint, c.request as Endpoint.Input<typeof c.endpoint>)
          yield* call(c.endpoint, c.minimal as Endpoint.Input<typeof c.endpoint>)
          expect(stub.recorded.map((r) => JSON.parse(r.body))).toEqual([c.wire, c.minimal])
          expect(stub.recorded.every((r) => r.url.endsWith(c.endpoint.path))).toBe(true)
        }).pipe(Effect.provide(stubClient(stub)))
      })

      it.effect("decodes a realistic full response", () => {
        const stub = stubHttp(() => json(200, c.response))
        return call(c.endpoint, c.minimal as Endpoint.Input<typeof c.endpoint>).pipe(
          Effect.provide(stubClient(stub)),
          Effect.map((result) => {
            expect(result).toMatchObject({ request_id: "request-id-test-full", status_code: 200 })
            // Every field decoded, none lost or changed: encoded back, it is the body that came in.
            const response: Schema.Schema.AnyNoContext = c.endpoint.response
            expect(Schema.encodeUnknownSync(response)(result)).toEqual(c.response)
          })
        )
      })

      it.effect("decodes each of its known errors into its class", () =>
        Effect.forEach(c.endpoint.errors, (ErrorClass) => {
          const type = ErrorClass.errorType ?? "(a class without an error type)"
          expect(errorTag(type)).toBe(ErrorClass._tag)
          const stub = stubHttp(() => stytchError(400, type))
          return call(c.endpoint, c.minimal as Endpoint.Input<typeof c.endpoint>).pipe(
            Effect.flip,
            Effect.provide(stubClient(stub, { retry: false })),
            Effect.map((error) => {
              expect(error).toBeInstanceOf(ErrorClass)
              expect(error).toMatchObject({ error_type: type, http_status: 400 })
            })
          )
        })
      )
    })
  }

  it.effect("decodes empty session_token and session_jwt as Option.none, and real ones as Option.some", () =>
    Effect.gen(function* () {
      const none = stubHttp(() => json(200, { ...authenticated, session_token: "", session_jwt: "", session: undefined }))
      const withoutSession = yield* call(e.authenticate, { email: "a@b.c", password: "pw" }).pipe(Effect.provide(stubClient(none)))
      expect(Option.isNone(withoutSession.session_token)).toBe(true)
      expect(Option.isNone(withoutSession.session_jwt)).toBe(true)
      expect(withoutSession.session).toBeUndefined()
      const some = stubHttp(() => json(200, authenticated))
      const withSession = yield* call(e.authenticate, { email: "a@b.c", password: "pw" }).pipe(Effect.provide(stubClient(some)))
      expect(withSession.session_token).toEqual(Option.some(authenticated.session_token))
    })
  )

  const invalid: ReadonlyArray<readonly [string, Endpoint.Endpoint, unknown, string]> = [
    ["a malformed email", e.create, { email: "ada.example.com", password: "pw" }, "email"],
    ["a session shorter than 5 minutes", e.authenticate, { email: "a@b.c", password: "pw", session_duration_minutes: 4 }, "session_duration_minutes"],
    ["a session longer than a year", e.create, { email: "a@b.c", password: "pw", session_duration_minutes: 527041 }, "session_duration_minutes"],
    ["a fractional session duration", e.sessions.reset, { password: "pw", session_token: "t", session_duration_minutes: 60.5 }, "session_duration_minutes"],
    ["custom claims over 4 KB", e.create, { email: "a@b.c", password: "pw", session_custom_claims: { blob: "x".repeat(4096) } }, "session_custom_claims"],
    ["a reset expiry under 5 minutes", e.email.resetStart, { email: "a@b.c", reset_password_expiration_minutes: 4 }, "reset_password_expiration_minutes"],
    ["a reset expiry over a week", e.email.resetStart, { email: "a@b.c", reset_password_expiration_minutes: 10081 }, "reset_password_expiration_minutes"],
    ["an unknown hash type", e.migrate, { email: "a@b.c", hash: "x", hash_type: "md4" }, "hash_type"],
    ["a scrypt hash not in PHC form without its config", e.migrate, { email: "a@b.c", hash: "c2NyeXB0", hash_type: "scrypt" }, "scrypt_config"],
    ["an Argon2 hex hash without its config", e.migrate, { email: "a@b.c", hash: "abcdef", hash_type: "argon_2id" }, "argon_2_config"],
    ["a PBKDF2 hash without its config", e.migrate, { email: "a@b.c", hash: "cGJrZGYy", hash_type: "pbkdf_2" }, "pbkdf_2_config"],
    ["a scrypt config with a fractional N", e.migrate, { email: "a@b.c", hash: "x", hash_type: "scrypt", scrypt_config: { salt: "s", n_parameter: 1.5, r_parameter: 8, p_parameter: 1, key_length: 32 } }, "scrypt_config.n_parameter"],
    ["a code challenge that is not base64url", e.email.resetStart, { email: "a@b.c", code_challenge: "abc+/=" }, "code_challenge"],
    ["a code verifier that is not base64url", e.email.reset, { token: "t", password: "pw", code_verifier: "has spaces" }, "code_verifier"],
    ["an empty session token", e.authenticate, { email: "a@b.c", password: "pw", session_token: "" }, "session_token"],
    ["a password that is not a string", e.strengthCheck, { password: 42 }, "password"]
  ]
  for (const [what, endpoint, request, field] of invalid) {
    it.effect(`rejects ${what} before sending anything`, () => {
      const stub = stubHttp(() => json(200, {}))
      return call(endpoint, request as Endpoint.Input<typeof endpoint>).pipe(
        Effect.flip,
        Effect.provide(stubClient(stub)),
        Effect.map((error) => {
          expect(error).toMatchObject({ _tag: "StytchInvalidRequest", field, path: endpoint.path })
          expect(stub.recorded).toHaveLength(0)
        })
      )
    })
  }

  it.effect("accepts PHC-form scrypt and Argon2 hashes without a config", () => {
    const stub = stubHttp(() => json(200, { ...envelope, user_id: "u", email_id: "e", user_created: true, user: fullUser }))
    return Effect.gen(function* () {
      yield* call(e.migrate, { email: "a@b.c", hash: "$scrypt$ln=14,r=8,p=1$c2FsdA$aGFzaA", hash_type: "scrypt" })
      yield* call(e.migrate, { email: "a@b.c", hash: "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA", hash_type: "argon_2id" })
      expect(stub.recorded).toHaveLength(2)
    }).pipe(Effect.provide(stubClient(stub)))
  })

  it("narrows the error channel with catchTag (type level)", () => {
    const create = (passwords: Passwords["Type"]) => passwords.create({ email: "a@b.c", password: "pw" })
    type CreateError = Effect.Effect.Error<ReturnType<typeof create>>
    expectTypeOf<CreateError>().toEqualTypeOf<
      | DuplicateEmail
      | WeakPassword
      | BreachedPassword
      | InvalidEmail
      | InvalidSessionDurationMinutes
      | CustomClaimsTooLarge
      | MetadataInvalidFormat
      | StytchFailure
    >()
    const handled = (passwords: Passwords["Type"]) => create(passwords).pipe(Effect.catchTag("DuplicateEmail", () => Effect.succeed(null)))
    type Remaining = Effect.Effect.Error<ReturnType<typeof handled>>
    expectTypeOf<Remaining>().toEqualTypeOf<
      WeakPassword | BreachedPassword | InvalidEmail | InvalidSessionDurationMinutes | CustomClaimsTooLarge | MetadataInvalidFormat | StytchFailure
    >()
  })

  it.effect("makes PKCE pairs whose challenge is the S256 of the verifier (RFC 7636 appendix B)", () =>
    Effect.gen(function* () {
      expect(yield* Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
      const pair = yield* Pkce.make
      expect(pair.code_verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(pair.code_challenge).toBe(yield* Pkce.challengeOf(pair.code_verifier))
      expect((yield* Pkce.make).code_verifier).not.toBe(pair.code_verifier)
    })
  )
})
