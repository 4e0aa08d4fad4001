/**
 * The B2B Passwords endpoints on the wire, as plain data: for each call (an endpoint by its
 * place in `B2BPasswords.endpoints`, a request), the exact JSON body it must POST. Fields named
 * in `redacted` are passed as Redacted values (each line wraps them with its own) and go out as
 * plain strings; header fields (requireReset's `authorization`) never reach the body. Read by
 * the root's test/b2b/wire.test.ts and packages/effect4/test/conformance/b2bWire.test.ts.
 *
 * No Effect import here.
 */
import { intermediateSessionToken, memberId, organizationId, sessionJwt, sessionToken } from "../b2b/samples.js"

export interface B2BWireCase {
  readonly label: string
  /** The endpoint's place in `B2BPasswords.endpoints`, dotted (`discovery.email.reset`). */
  readonly endpoint: string
  readonly request: Readonly<Record<string, unknown>>
  readonly redacted: ReadonlyArray<string>
  /** The JSON body that must go out. */
  readonly body: Readonly<Record<string, unknown>>
}

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
    request: {
      organization_id: "acme",
      email_address: email,
      password: "correct horse battery staple",
      ...sessionFields,
      locale: "pt-br",
      intermediate_session_token: intermediateSessionToken
    },
    redacted: ["password"],
    body: {
      organization_id: "acme",
      email_address: email,
      password: "correct horse battery staple",
      ...sessionFields,
      locale: "pt-br",
      intermediate_session_token: intermediateSessionToken
    }
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
    request: { password: "s3cret-pw", email_address: email },
    redacted: ["password"],
    body: { password: "s3cret-pw", email_address: email }
  },
  {
    label: "strengthCheck, password only",
    endpoint: "strengthCheck",
    request: { password: "s3cret-pw" },
    redacted: [],
    body: { password: "s3cret-pw" }
  },
  {
    label: "migrate, every field (scrypt with its config)",
    endpoint: "migrate",
    request: {
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
    },
    redacted: [],
    body: {
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
    }
  },
  {
    label: "migrate, bcrypt with required fields only",
    endpoint: "migrate",
    request: { email_address: email, hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", organization_id: "acme" },
    redacted: [],
    body: { email_address: email, hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt", organization_id: "acme" }
  },
  {
    label: "email.resetStart, every field",
    endpoint: "email.resetStart",
    request: {
      organization_id: "acme",
      email_address: email,
      reset_password_redirect_url: "https://example.com/reset",
      reset_password_expiration_minutes: 30,
      code_challenge: pkceChallenge,
      login_redirect_url: "https://example.com/login",
      locale: "fr",
      reset_password_template_id: "reset-template",
      verify_email_template_id: "verify-template"
    },
    redacted: [],
    body: {
      organization_id: "acme",
      email_address: email,
      reset_password_redirect_url: "https://example.com/reset",
      reset_password_expiration_minutes: 30,
      code_challenge: pkceChallenge,
      login_redirect_url: "https://example.com/login",
      locale: "fr",
      reset_password_template_id: "reset-template",
      verify_email_template_id: "verify-template"
    }
  },
  {
    label: "email.resetStart, required fields only",
    endpoint: "email.resetStart",
    request: { organization_id: "acme", email_address: email },
    redacted: [],
    body: { organization_id: "acme", email_address: email }
  },
  {
    label: "email.reset, every field",
    endpoint: "email.reset",
    request: {
      password_reset_token: "reset-token-1",
      password: "a new, long and unusual passphrase",
      ...sessionFields,
      code_verifier: pkceVerifier,
      locale: "en",
      intermediate_session_token: intermediateSessionToken
    },
    redacted: ["password"],
    body: {
      password_reset_token: "reset-token-1",
      password: "a new, long and unusual passphrase",
      ...sessionFields,
      code_verifier: pkceVerifier,
      locale: "en",
      intermediate_session_token: intermediateSessionToken
    }
  },
  {
    label: "email.reset, required fields only",
    endpoint: "email.reset",
    request: { password_reset_token: "reset-token-1", password: "pw" },
    redacted: [],
    body: { password_reset_token: "reset-token-1", password: "pw" }
  },
  {
    label: "email.requireReset, by organization and member id",
    endpoint: "email.requireReset",
    request: { email_address: email, organization_id: "acme", member_id: memberId },
    redacted: [],
    body: { email_address: email, organization_id: "acme", member_id: memberId }
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
    request: {
      email_address: email,
      existing_password: "the old passphrase",
      new_password: "a new, long and unusual passphrase",
      organization_id: "acme",
      ...sessionFields,
      locale: "es"
    },
    redacted: ["existing_password", "new_password"],
    body: {
      email_address: email,
      existing_password: "the old passphrase",
      new_password: "a new, long and unusual passphrase",
      organization_id: "acme",
      ...sessionFields,
      locale: "es"
    }
  },
  {
    label: "existingPassword.reset, required fields only",
    endpoint: "existingPassword.reset",
    request: { email_address: email, existing_password: "old", new_password: "new", organization_id: "acme" },
    redacted: [],
    body: { email_address: email, existing_password: "old", new_password: "new", organization_id: "acme" }
  },
  {
    label: "sessions.reset, every field",
    endpoint: "sessions.reset",
    request: {
      organization_id: "acme",
      password: "a new, long and unusual passphrase",
      ...sessionFields,
      locale: "en"
    },
    redacted: ["password"],
    body: { organization_id: "acme", password: "a new, long and unusual passphrase", ...sessionFields, locale: "en" }
  },
  {
    label: "sessions.reset, a session token only",
    endpoint: "sessions.reset",
    request: { organization_id: "acme", password: "pw", session_token: sessionToken },
    redacted: [],
    body: { organization_id: "acme", password: "pw", session_token: sessionToken }
  },
  {
    label: "discovery.authenticate",
    endpoint: "discovery.authenticate",
    request: { email_address: email, password: "correct horse battery staple" },
    redacted: ["password"],
    body: { email_address: email, password: "correct horse battery staple" }
  },
  {
    label: "discovery.email.resetStart, every field (pkce_code_challenge)",
    endpoint: "discovery.email.resetStart",
    request: {
      email_address: email,
      reset_password_redirect_url: "https://example.com/reset",
      discovery_redirect_url: "https://example.com/discover",
      reset_password_template_id: "reset-template",
      reset_password_expiration_minutes: 10080,
      pkce_code_challenge: pkceChallenge,
      locale: "es",
      verify_email_template_id: "verify-template"
    },
    redacted: [],
    body: {
      email_address: email,
      reset_password_redirect_url: "https://example.com/reset",
      discovery_redirect_url: "https://example.com/discover",
      reset_password_template_id: "reset-template",
      reset_password_expiration_minutes: 10080,
      pkce_code_challenge: pkceChallenge,
      locale: "es",
      verify_email_template_id: "verify-template"
    }
  },
  {
    label: "discovery.email.resetStart, required fields only",
    endpoint: "discovery.email.resetStart",
    request: { email_address: email },
    redacted: [],
    body: { email_address: email }
  },
  {
    label: "discovery.email.reset, every field (pkce_code_verifier)",
    endpoint: "discovery.email.reset",
    request: {
      password_reset_token: "reset-token-1",
      password: "a new, long and unusual passphrase",
      pkce_code_verifier: pkceVerifier
    },
    redacted: ["password"],
    body: { password_reset_token: "reset-token-1", password: "a new, long and unusual passphrase", pkce_code_verifier: pkceVerifier }
  },
  {
    label: "discovery.email.reset, required fields only",
    endpoint: "discovery.email.reset",
    request: { password_reset_token: "reset-token-1", password: "pw" },
    redacted: [],
    body: { password_reset_token: "reset-token-1", password: "pw" }
  }
]
