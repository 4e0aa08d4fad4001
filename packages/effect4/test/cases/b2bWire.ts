/**
 * The B2B Passwords endpoints on the wire, as plain data: for each call (an endpoint by its
 * place in `B2BPasswords.endpoints`, a request), the exact JSON body it must POST. Fields named
 * in `redacted` are passed as Redacted values (each line wraps them with its own) and go out as
 * plain strings; header fields (requireReset's `authorization`) never reach the body. Also the
 * error types each endpoint must know, and the requests refused before sending. Read by both
 * lines' test/b2b/wire.test.ts and by packages/effect4/test/conformance/b2bWire.test.ts.
 *
 * No Effect import here.
 */
import { intermediateSessionToken, memberId, organizationId, sessionJwt, sessionToken } from "./b2bSamples.js"

export interface B2BWireCase {
  readonly label: string
  /** The endpoint's place in `B2BPasswords.endpoints`, dotted (`discovery.email.reset`). */
  readonly endpoint: string
  readonly request: Readonly<Record<string, unknown>>
  readonly redacted: ReadonlyArray<string>
  /** The JSON body that must go out. */
  readonly body: Readonly<Record<string, unknown>>
}

/** A case whose request goes out as it is: the body is the request (Redacted fields as plain strings). */
const sameOnTheWire = (request: Readonly<Record<string, unknown>>) => ({ request, body: request })

const email = "ada@example.com"
const pkceChallenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
const pkceVerifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
const sessionFields = {
  session_token: sessionToken,
  session_jwt: sessionJwt,
  session_duration_minutes: 60,
  session_custom_claims: { plan: "enterprise", seats: 40 },
  telemetry_id: "telemetry-test-1"
}

export const b2bWireCases: ReadonlyArray<B2BWireCase> = [
  {
    label: "authenticate, every field",
    endpoint: "authenticate",
    redacted: ["password"],
    ...sameOnTheWire({
      organization_id: "acme",
      email_address: email,
      password: "correct horse battery staple",
      ...sessionFields,
      locale: "pt-br",
      intermediate_session_token: intermediateSessionToken
    })
  },
  {
    label: "authenticate, required fields only",
    endpoint: "authenticate",
    request: { organization_id: organizationId, email_address: email, password: "pw", locale: undefined },
    redacted: [],
    body: { organization_id: organizationId, email_address: email, password: "pw" }
  },
  {
    label: "strengthCheck, with the email",
    endpoint: "strengthCheck",
    redacted: ["password"],
    ...sameOnTheWire({ password: "s3cret-pw", email_address: email })
  },
  {
    label: "strengthCheck, password only",
    endpoint: "strengthCheck",
    redacted: [],
    ...sameOnTheWire({ password: "s3cret-pw" })
  },
  {
    label: "migrate, every field (scrypt with its config)",
    endpoint: "migrate",
    redacted: [],
    ...sameOnTheWire({
      email_address: email,
      hash: "c2NyeXB0LWhhc2g=",
      hash_type: "scrypt",
      scrypt_config: { salt: "c2FsdA==", n_parameter: 16384, r_parameter: 8, p_parameter: 1, key_length: 32 },
      organization_id: "acme",
      name: "Ada Lovelace",
      trusted_metadata: { plan: "enterprise" },
      untrusted_metadata: { theme: "dark" },
      roles: ["stytch_member", "editor"],
      preserve_existing_sessions: true,
      mfa_phone_number: "+12025550162",
      set_phone_number_verified: false,
      external_id: "crm-000042"
    })
  },
  {
    label: "migrate, bcrypt with required fields only",
    endpoint: "migrate",
    redacted: [],
    ...sameOnTheWire({ email_address: email, hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", organization_id: "acme" })
  },
  {
    label: "email.resetStart, every field",
    endpoint: "email.resetStart",
    redacted: [],
    ...sameOnTheWire({
      organization_id: "acme",
      email_address: email,
      reset_password_redirect_url: "https://example.com/reset",
      reset_password_expiration_minutes: 30,
      code_challenge: pkceChallenge,
      login_redirect_url: "https://example.com/login",
      locale: "fr",
      reset_password_template_id: "reset-template",
      verify_email_template_id: "verify-template"
    })
  },
  {
    label: "email.resetStart, required fields only",
    endpoint: "email.resetStart",
    redacted: [],
    ...sameOnTheWire({ organization_id: "acme", email_address: email })
  },
  {
    label: "email.reset, every field",
    endpoint: "email.reset",
    redacted: ["password"],
    ...sameOnTheWire({
      password_reset_token: "reset-token-1",
      password: "a new, long and unusual passphrase",
      ...sessionFields,
      code_verifier: pkceVerifier,
      locale: "en",
      intermediate_session_token: intermediateSessionToken
    })
  },
  {
    label: "email.reset, required fields only",
    endpoint: "email.reset",
    redacted: [],
    ...sameOnTheWire({ password_reset_token: "reset-token-1", password: "pw" })
  },
  {
    label: "email.requireReset, by organization and member id",
    endpoint: "email.requireReset",
    redacted: [],
    ...sameOnTheWire({ email_address: email, organization_id: "acme", member_id: memberId })
  },
  {
    label: "email.requireReset, with a member session: not in the body",
    endpoint: "email.requireReset",
    request: { email_address: email, authorization: { session_token: sessionToken, session_jwt: sessionJwt } },
    redacted: [],
    body: { email_address: email }
  },
  {
    label: "existingPassword.reset, every field",
    endpoint: "existingPassword.reset",
    redacted: ["existing_password", "new_password"],
    ...sameOnTheWire({
      email_address: email,
      existing_password: "the old passphrase",
      new_password: "a new, long and unusual passphrase",
      organization_id: "acme",
      ...sessionFields,
      locale: "es"
    })
  },
  {
    label: "existingPassword.reset, required fields only",
    endpoint: "existingPassword.reset",
    redacted: [],
    ...sameOnTheWire({ email_address: email, existing_password: "old", new_password: "new", organization_id: "acme" })
  },
  {
    label: "sessions.reset, every field",
    endpoint: "sessions.reset",
    redacted: ["password"],
    ...sameOnTheWire({
      organization_id: "acme",
      password: "a new, long and unusual passphrase",
      ...sessionFields,
      locale: "en"
    })
  },
  {
    label: "sessions.reset, a session token only",
    endpoint: "sessions.reset",
    redacted: [],
    ...sameOnTheWire({ organization_id: "acme", password: "pw", session_token: sessionToken })
  },
  {
    label: "discovery.authenticate",
    endpoint: "discovery.authenticate",
    redacted: ["password"],
    ...sameOnTheWire({ email_address: email, password: "correct horse battery staple" })
  },
  {
    label: "discovery.email.resetStart, every field (pkce_code_challenge)",
    endpoint: "discovery.email.resetStart",
    redacted: [],
    ...sameOnTheWire({
      email_address: email,
      reset_password_redirect_url: "https://example.com/reset",
      discovery_redirect_url: "https://example.com/discover",
      reset_password_template_id: "reset-template",
      reset_password_expiration_minutes: 10080,
      pkce_code_challenge: pkceChallenge,
      locale: "es",
      verify_email_template_id: "verify-template"
    })
  },
  {
    label: "discovery.email.resetStart, required fields only",
    endpoint: "discovery.email.resetStart",
    redacted: [],
    ...sameOnTheWire({ email_address: email })
  },
  {
    label: "discovery.email.reset, every field (pkce_code_verifier)",
    endpoint: "discovery.email.reset",
    redacted: ["password"],
    ...sameOnTheWire({
      password_reset_token: "reset-token-1",
      password: "a new, long and unusual passphrase",
      pkce_code_verifier: pkceVerifier
    })
  },
  {
    label: "discovery.email.reset, required fields only",
    endpoint: "discovery.email.reset",
    redacted: [],
    ...sameOnTheWire({ password_reset_token: "reset-token-1", password: "pw" })
  }
]

/** The error types each B2B Passwords endpoint must know, at least (spec 1.2, 2.2), by endpoint name. */
export const b2bKnownErrorTypes: Readonly<Record<string, ReadonlyArray<string>>> = {
  "b2b.passwords.authenticate": [
    "unauthorized_credentials", "member_reset_password", "member_not_found", "organization_not_found",
    "intermediate_session_not_found", "session_not_found", "invalid_email", "invalid_session_duration_minutes"
  ],
  "b2b.passwords.strengthCheck": ["invalid_email"],
  "b2b.passwords.migrate": [
    "password_already_exists", "too_many_requests", "invalid_hash", "invalid_hash_type", "invalid_bcrypt_hash",
    "invalid_md_5_hash", "scrypt_key_length_mismatch", "invalid_phpass_hash_prefix", "organization_not_found", "invalid_email"
  ],
  "b2b.passwords.email.resetStart": [
    "member_not_found", "organization_not_found", "invalid_email", "no_password_reset_redirect_url",
    "invalid_expiration", "invalid_pkce_code_challenge", "invalid_locale"
  ],
  "b2b.passwords.email.reset": [
    "unable_to_auth_password_reset_token", "pkce_mismatch", "pkce_expected_code_verifier",
    "pkce_did_not_expect_code_verifier", "weak_password", "breached_password", "session_not_found",
    "intermediate_session_not_found"
  ],
  "b2b.passwords.email.requireReset": [
    "member_not_found", "organization_not_found", "email_not_found", "cross_org_passwords_not_enabled", "invalid_email", "session_not_found"
  ],
  "b2b.passwords.existingPassword.reset": [
    "unauthorized_credentials", "member_not_found", "organization_not_found", "weak_password", "breached_password", "invalid_email", "session_not_found"
  ],
  "b2b.passwords.sessions.reset": [
    "session_not_found", "session_too_old_to_reset_password", "no_session_arguments", "weak_password",
    "breached_password", "organization_not_found"
  ],
  "b2b.passwords.discovery.authenticate": [
    "unauthorized_credentials", "email_not_found", "cross_org_passwords_not_enabled", "member_reset_password", "invalid_email"
  ],
  "b2b.passwords.discovery.email.resetStart": [
    "email_not_found", "cross_org_passwords_not_enabled", "invalid_email", "no_discovery_redirect_url",
    "invalid_discovery_redirect_url", "invalid_pkce_code_challenge", "invalid_expiration"
  ],
  "b2b.passwords.discovery.email.reset": [
    "unable_to_auth_password_reset_token", "pkce_mismatch", "pkce_expected_code_verifier",
    "pkce_did_not_expect_code_verifier", "weak_password", "breached_password", "cross_org_passwords_not_enabled"
  ]
}

const tooLargeClaims = { blob: "x".repeat(5000) }

/**
 * B2B requests refused before anything is sent: `[what, the endpoint's place in
 * B2BPasswords.endpoints, the request, the field named]`.
 */
export const invalidB2BRequests: ReadonlyArray<readonly [string, string, Readonly<Record<string, unknown>>, string]> = [
  ["an email_address without @", "authenticate", { organization_id: "acme", email_address: "ada", password: "pw" }, "email_address"],
  ["an empty organization_id", "authenticate", { organization_id: "", email_address: email, password: "pw" }, "organization_id"],
  ["a session duration under 5 minutes", "authenticate", { organization_id: "acme", email_address: email, password: "pw", session_duration_minutes: 4 }, "session_duration_minutes"],
  ["a fractional session duration", "sessions.reset", { organization_id: "acme", password: "pw", session_token: sessionToken, session_duration_minutes: 60.5 }, "session_duration_minutes"],
  ["custom claims over 4 KB", "email.reset", { password_reset_token: "t", password: "pw", session_custom_claims: tooLargeClaims }, "session_custom_claims"],
  ["an empty session_token", "existingPassword.reset", { email_address: email, existing_password: "a", new_password: "b", organization_id: "acme", session_token: "" }, "session_token"],
  ["an empty intermediate_session_token", "authenticate", { organization_id: "acme", email_address: email, password: "pw", intermediate_session_token: "" }, "intermediate_session_token"],
  ["a reset expiration over a week", "email.resetStart", { organization_id: "acme", email_address: email, reset_password_expiration_minutes: 10081 }, "reset_password_expiration_minutes"],
  ["a code_challenge that is not base64url", "email.resetStart", { organization_id: "acme", email_address: email, code_challenge: "not base64url!" }, "code_challenge"],
  ["a code_verifier that is not base64url", "email.reset", { password_reset_token: "t", password: "pw", code_verifier: "a+b/c=" }, "code_verifier"],
  ["a pkce_code_challenge that is not base64url", "discovery.email.resetStart", { email_address: email, pkce_code_challenge: "a b" }, "pkce_code_challenge"],
  ["a pkce_code_verifier that is not base64url", "discovery.email.reset", { password_reset_token: "t", password: "pw", pkce_code_verifier: "a/b" }, "pkce_code_verifier"],
  ["a discovery reset expiration under 5 minutes", "discovery.email.resetStart", { email_address: email, reset_password_expiration_minutes: 1 }, "reset_password_expiration_minutes"],
  ["a strength check email without @", "strengthCheck", { password: "pw", email_address: "nope" }, "email_address"],
  ["a discovery email without @", "discovery.authenticate", { email_address: "nope", password: "pw" }, "email_address"],
  ["an scrypt hash not in PHC form without scrypt_config", "migrate", { email_address: email, hash: "c2NyeXB0", hash_type: "scrypt", organization_id: "acme" }, "scrypt_config"],
  ["a pbkdf_2 hash without pbkdf_2_config", "migrate", { email_address: email, hash: "cGJrZGYy", hash_type: "pbkdf_2", organization_id: "acme" }, "pbkdf_2_config"],
  ["an unknown hash_type", "migrate", { email_address: email, hash: "x", hash_type: "sha_256", organization_id: "acme" }, "hash_type"],
  ["a migrate with an empty organization_id", "migrate", { email_address: email, hash: "x", hash_type: "bcrypt", organization_id: "" }, "organization_id"],
  ["an empty member session token in authorization", "email.requireReset", { email_address: email, authorization: { session_token: "" } }, "authorization.session_token"],
  ["a requireReset with an empty organization_id", "email.requireReset", { email_address: email, organization_id: "" }, "organization_id"]
]
