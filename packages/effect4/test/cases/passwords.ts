/**
 * The consumer Passwords endpoints on the wire, as plain data: what each line's client must
 * send for a request, and decode from a response. Read by the root's
 * test/passwords/endpoints.test.ts and by packages/effect4/test/conformance/wire.test.ts.
 *
 * No Effect import here.
 */
import { fullDevice, fullSession, fullUser } from "./samples.js"

/** One endpoint's wire case. */
export interface PasswordsCase {
  /** The endpoint's place in `Passwords.endpoints`, dotted (`email.resetStart`). */
  readonly endpoint: string
  /** Top-level request fields passed as Redacted values. */
  readonly redacted: ReadonlyArray<string>
  /** A request using every field. */
  readonly request: Readonly<Record<string, unknown>>
  /** The JSON body that must go out for `request`. */
  readonly wire: Readonly<Record<string, unknown>>
  /** A request with only the required fields; it goes out as it is. */
  readonly minimal: Readonly<Record<string, unknown>>
  /** A realistic full response, which must decode and encode back to itself. */
  readonly response: Readonly<Record<string, unknown>>
}

/** A case whose request goes out as it is: the wire body is the request (Redacted fields as plain strings). */
const sameOnTheWire = (request: Readonly<Record<string, unknown>>) => ({ request, wire: request })

export const envelope = { request_id: "request-id-test-full", status_code: 200 }

/** A login's success body: a user, a session and its tokens, the device. */
export const authenticated = {
  ...envelope,
  user_id: fullUser.user_id,
  user: fullUser,
  session_token: "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q",
  session_jwt: "eyJhbGciOiJSUzI1NiIsImtpZCI6Imp3ay10ZXN0LTEifQ.e30.c2ln",
  session: fullSession,
  user_device: fullDevice
}

/**
 * Each consumer Passwords endpoint (by its place in `Passwords.endpoints`) with a request using
 * every field, the JSON that must go out, a minimal request, and a full response. The fields
 * named in `redacted` are passed as `Redacted` values (each line wraps them with its own
 * Redacted) and must go out as plain strings.
 */
export const passwordsCases: ReadonlyArray<PasswordsCase> = [
  {
    endpoint: "create",
    redacted: ["password"],
    ...sameOnTheWire({
      email: "ada@example.com",
      password: "pw-1",
      session_duration_minutes: 60,
      session_custom_claims: { plan: "pro" },
      trusted_metadata: { tier: 1 },
      untrusted_metadata: { theme: "dark" },
      name: { first_name: "Ada", last_name: "Lovelace" },
      telemetry_id: "telemetry-1"
    }),
    minimal: { email: "ada@example.com", password: "pw-1" },
    response: { ...authenticated, email_id: fullUser.emails[0]?.email_id }
  },
  {
    endpoint: "authenticate",
    redacted: [],
    ...sameOnTheWire({ email: "ada@example.com", password: "pw-1", session_token: "tok", session_jwt: "jwt", session_duration_minutes: 5, session_custom_claims: {}, telemetry_id: "t" }),
    minimal: { email: "ada@example.com", password: "pw-1" },
    response: authenticated
  },
  {
    endpoint: "strengthCheck",
    redacted: ["password"],
    ...sameOnTheWire({ password: "pw-1", email: "ada@example.com" }),
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
    endpoint: "migrate",
    redacted: [],
    ...sameOnTheWire({
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
    }),
    minimal: { email: "ada@example.com", hash: "$2a$10$abcdefghijklmnopqrstuu", hash_type: "bcrypt" },
    response: { ...envelope, user_id: fullUser.user_id, email_id: "email-test-1", user_created: true, user: fullUser }
  },
  {
    endpoint: "email.resetStart",
    redacted: [],
    ...sameOnTheWire({
      email: "ada@example.com",
      reset_password_redirect_url: "https://example.com/reset",
      reset_password_expiration_minutes: 30,
      code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      attributes: { ip_address: "203.0.113.7", user_agent: "Mozilla/5.0" },
      login_redirect_url: "https://example.com/login",
      locale: "pt-br",
      reset_password_template_id: "template-1"
    }),
    minimal: { email: "ada@example.com" },
    response: { ...envelope, user_id: fullUser.user_id, email_id: "email-test-1" }
  },
  {
    endpoint: "email.reset",
    redacted: ["password"],
    ...sameOnTheWire({
      token: "reset-token",
      password: "pw-2",
      session_duration_minutes: 60,
      code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
      attributes: { ip_address: "203.0.113.7" },
      options: { ip_match_required: true, user_agent_match_required: false }
    }),
    minimal: { token: "reset-token", password: "pw-2" },
    response: authenticated
  },
  {
    endpoint: "existingPassword.reset",
    redacted: ["existing_password", "new_password"],
    ...sameOnTheWire({ email: "ada@example.com", existing_password: "old", new_password: "new", session_token: "tok" }),
    minimal: { email: "ada@example.com", existing_password: "old", new_password: "new" },
    response: authenticated
  },
  {
    endpoint: "sessions.reset",
    redacted: ["password"],
    ...sameOnTheWire({ password: "new", session_jwt: "jwt", session_duration_minutes: 10 }),
    minimal: { password: "new" },
    response: authenticated
  }
]

/**
 * Requests each line must refuse before sending anything: `[what, endpoint, request, the field
 * named in the StytchInvalidRequest]`.
 */
export const invalidPasswordsRequests: ReadonlyArray<readonly [string, string, unknown, string]> = [
  ["a malformed email", "create", { email: "ada.example.com", password: "pw" }, "email"],
  ["a session shorter than 5 minutes", "authenticate", { email: "a@b.c", password: "pw", session_duration_minutes: 4 }, "session_duration_minutes"],
  ["a session longer than a year", "create", { email: "a@b.c", password: "pw", session_duration_minutes: 527041 }, "session_duration_minutes"],
  ["a fractional session duration", "sessions.reset", { password: "pw", session_token: "t", session_duration_minutes: 60.5 }, "session_duration_minutes"],
  ["custom claims over 4 KB", "create", { email: "a@b.c", password: "pw", session_custom_claims: { blob: "x".repeat(4096) } }, "session_custom_claims"],
  ["a reset expiry under 5 minutes", "email.resetStart", { email: "a@b.c", reset_password_expiration_minutes: 4 }, "reset_password_expiration_minutes"],
  ["a reset expiry over a week", "email.resetStart", { email: "a@b.c", reset_password_expiration_minutes: 10081 }, "reset_password_expiration_minutes"],
  ["an unknown hash type", "migrate", { email: "a@b.c", hash: "x", hash_type: "md4" }, "hash_type"],
  ["a scrypt hash not in PHC form without its config", "migrate", { email: "a@b.c", hash: "c2NyeXB0", hash_type: "scrypt" }, "scrypt_config"],
  ["an Argon2 hex hash without its config", "migrate", { email: "a@b.c", hash: "abcdef", hash_type: "argon_2id" }, "argon_2_config"],
  ["a PBKDF2 hash without its config", "migrate", { email: "a@b.c", hash: "cGJrZGYy", hash_type: "pbkdf_2" }, "pbkdf_2_config"],
  ["a scrypt config with a fractional N", "migrate", { email: "a@b.c", hash: "x", hash_type: "scrypt", scrypt_config: { salt: "s", n_parameter: 1.5, r_parameter: 8, p_parameter: 1, key_length: 32 } }, "scrypt_config.n_parameter"],
  ["a code challenge that is not base64url", "email.resetStart", { email: "a@b.c", code_challenge: "abc+/=" }, "code_challenge"],
  ["a code verifier that is not base64url", "email.reset", { token: "t", password: "pw", code_verifier: "has spaces" }, "code_verifier"],
  ["an empty session token", "authenticate", { email: "a@b.c", password: "pw", session_token: "" }, "session_token"],
  ["a password that is not a string", "strengthCheck", { password: 42 }, "password"]
]
