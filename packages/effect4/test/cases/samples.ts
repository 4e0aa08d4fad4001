/**
 * Realistic consumer `User` / `Session` / `DeviceInfo` bodies, full and minimal. Plain data,
 * shared by both lines' tests (the root's test/models and this package's).
 */

const userId = "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6"
const emailId = "email-test-81bf03a7-32ab-4d28-bf4c-3d3f6cd5a7a1"

/** Every field of `api_user_v1_User`, each array with one realistic entry. */
export const fullUser = {
  user_id: userId,
  emails: [{ email_id: emailId, email: "ada@example.com", verified: true }],
  status: "active",
  phone_numbers: [{ phone_id: "phone-number-test-d5a3b680-e8a3-40c0-b815-ab79986666d0", phone_number: "+12025550162", verified: false }],
  webauthn_registrations: [{
    webauthn_registration_id: "webauthn-registration-test-5c44cc6a-8af7-48d6-8da7-ea821342f5a6",
    domain: "example.com",
    user_agent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15",
    verified: true,
    authenticator_type: "platform",
    name: "MacBook Touch ID"
  }],
  providers: [{
    provider_type: "Google",
    provider_subject: "10769150350006150715113082367",
    profile_picture_url: "https://lh3.googleusercontent.com/a/default-user=s96-c",
    locale: "en",
    oauth_user_registration_id: "oauth-user-test-de86770c-911d-463f-80e7-f2a2f3b1ca0c"
  }],
  totps: [{ totp_id: "totp-test-41920359-8bbb-4fe8-8fa3-aaa83f35f02c", verified: true }],
  crypto_wallets: [{
    crypto_wallet_id: "crypto-wallet-test-dbbd372e-79b4-4a5a-ab1c-b5a3c1e0c8e0",
    crypto_wallet_address: "0x6df2dB4Fb3DA35d241901Bd53367770BF03123f1",
    crypto_wallet_type: "ethereum",
    verified: true
  }],
  biometric_registrations: [{ biometric_registration_id: "biometric-registration-test-5ca5a0b1-0a8f-4d2e-8a1b-0d1b1d3e8c2a", verified: true }],
  is_locked: false,
  roles: ["stytch_user", "admin"],
  name: { first_name: "Ada", middle_name: "King", last_name: "Lovelace" },
  created_at: "2024-03-01T09:30:00Z",
  password: { password_id: "password-test-0fa4b2a1-6bf1-4cd3-a8a1-9c3e6f0c1b2d", requires_reset: false },
  trusted_metadata: { plan: "pro", seats: 3, flags: { beta: true } },
  untrusted_metadata: { theme: "dark" },
  external_id: "crm-000042",
  lock_created_at: "2024-04-10T08:00:00Z",
  lock_expires_at: "2024-04-10T09:00:00Z"
}

/** Only the fields `api_user_v1_User` requires. */
export const minimalUser = {
  user_id: userId,
  emails: [],
  status: "pending",
  phone_numbers: [],
  webauthn_registrations: [],
  providers: [],
  totps: [],
  crypto_wallets: [],
  biometric_registrations: [],
  is_locked: false,
  roles: []
}

const at = { last_authenticated_at: "2024-05-01T12:00:00Z", created_at: "2024-05-01T12:00:00Z", updated_at: "2024-05-01T12:00:00Z" }
const oauth = (provider: string, field: string) => ({
  type: "oauth",
  delivery_method: `oauth_${provider}`,
  ...at,
  [field]: { id: `oauth-user-test-${provider}`, provider_subject: `${provider}-subject-1`, email_id: emailId }
})
const exchange = (provider: string) => ({
  type: "oauth",
  delivery_method: `oauth_exchange_${provider}`,
  ...at,
  [`${provider}_oauth_exchange_factor`]: { email_id: emailId }
})

/** One factor per kind, so that together they carry every `*_factor` object. */
export const allFactors = [
  { type: "password", delivery_method: "knowledge", ...at },
  { type: "magic_link", delivery_method: "email", ...at, email_factor: { email_id: emailId, email_address: "ada@example.com" } },
  { type: "otp", delivery_method: "sms", ...at, phone_number_factor: { phone_id: "phone-number-test-1", phone_number: "+12025550162" } },
  ...[
    ["google", "google_oauth_factor"], ["microsoft", "microsoft_oauth_factor"], ["apple", "apple_oauth_factor"],
    ["github", "github_oauth_factor"], ["facebook", "facebook_oauth_factor"], ["amazon", "amazon_oauth_factor"],
    ["bitbucket", "bitbucket_oauth_factor"], ["coinbase", "coinbase_oauth_factor"], ["discord", "discord_oauth_factor"],
    ["figma", "figma_oauth_factor"], ["gitlab", "git_lab_oauth_factor"], ["instagram", "instagram_oauth_factor"],
    ["linkedin", "linked_in_oauth_factor"], ["shopify", "shopify_oauth_factor"], ["slack", "slack_oauth_factor"],
    ["snapchat", "snapchat_oauth_factor"], ["spotify", "spotify_oauth_factor"], ["steam", "steam_oauth_factor"],
    ["tiktok", "tik_tok_oauth_factor"], ["twitch", "twitch_oauth_factor"], ["twitter", "twitter_oauth_factor"],
    ["salesforce", "salesforce_oauth_factor"], ["yahoo", "yahoo_oauth_factor"], ["hubspot", "hubspot_oauth_factor"]
  ].map(([provider = "", field = ""]) => oauth(provider, field)),
  ...["slack", "hubspot", "github", "google"].map(exchange),
  {
    type: "webauthn", delivery_method: "webauthn_registration", ...at,
    webauthn_factor: { webauthn_registration_id: "webauthn-registration-test-1", domain: "example.com", user_agent: "Mozilla/5.0" }
  },
  { type: "totp", delivery_method: "authenticator_app", ...at, authenticator_app_factor: { totp_id: "totp-test-1" } },
  { type: "recovery_codes", delivery_method: "recovery_code", ...at, recovery_code_factor: { totp_recovery_code_id: "totp-recovery-code-test-1" } },
  {
    type: "crypto", delivery_method: "crypto_wallet", ...at,
    crypto_wallet_factor: { crypto_wallet_id: "crypto-wallet-test-1", crypto_wallet_address: "0x6df2dB4Fb3DA35d241901Bd53367770BF03123f1", crypto_wallet_type: "ethereum" }
  },
  { type: "magic_link", delivery_method: "embedded", ...at, embeddable_magic_link_factor: { embedded_id: "embedded-test-1" } },
  { type: "signature_challenge", delivery_method: "biometric", ...at, biometric_factor: { biometric_registration_id: "biometric-registration-test-1" } },
  { type: "sso", delivery_method: "sso_saml", ...at, saml_sso_factor: { id: "sso-reg-1", provider_id: "saml-connection-test-1", external_id: "ada@idp" } },
  { type: "sso", delivery_method: "sso_oidc", ...at, oidc_sso_factor: { id: "sso-reg-2", provider_id: "oidc-connection-test-1", external_id: "ada@idp" } },
  {
    type: "impersonated", delivery_method: "impersonation", ...at,
    impersonated_factor: { impersonator_id: "member-test-1", impersonator_email_address: "support@example.com" }
  },
  { type: "oauth", delivery_method: "oauth_access_token_exchange", ...at, oauth_access_token_exchange_factor: { client_id: "connected-app-test-1" } },
  { type: "trusted_auth_token", delivery_method: "trusted_token_exchange", ...at, trusted_auth_token_factor: { token_id: "trusted-token-test-1" } }
]

/** Every field of `api_session_v1_Session`, with every kind of factor. */
export const fullSession = {
  session_id: "session-test-fe6c042b-6286-479f-8a4f-b046a6c46509",
  user_id: userId,
  authentication_factors: allFactors,
  roles: ["stytch_user"],
  started_at: "2024-05-01T12:00:00Z",
  last_accessed_at: "2024-05-01T12:05:00Z",
  expires_at: "2024-05-01T13:00:00Z",
  attributes: { ip_address: "203.0.113.7", user_agent: "Mozilla/5.0" },
  custom_claims: { "https://example.com/tier": "gold", nested: { a: [1, 2] } }
}

/** Only the fields `api_session_v1_Session` requires, and a password factor. */
export const minimalSession = {
  session_id: "session-test-fe6c042b-6286-479f-8a4f-b046a6c46509",
  user_id: userId,
  authentication_factors: [{ type: "password", delivery_method: "knowledge" }],
  roles: []
}

/** Every field of `api_device_history_v1_DeviceInfo`. */
export const fullDevice = {
  visitor_id: "visitor-test-1",
  visitor_id_details: { is_new: false, first_seen_at: "2024-01-01T00:00:00Z", last_seen_at: "2024-05-01T12:00:00Z" },
  ip_address: "203.0.113.7",
  ip_address_details: { is_new: true },
  ip_geo_city: "San Francisco",
  ip_geo_region: "California",
  ip_geo_country: "US",
  ip_geo_country_details: { is_new: false, first_seen_at: "2024-01-01T00:00:00Z", last_seen_at: "2024-05-01T12:00:00Z" }
}
