/**
 * The consumer `Session` a Passwords call returns, and the factors that made it.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import {
  AuthenticatorAppFactor,
  BiometricFactor,
  CryptoWalletFactor,
  EmailFactor,
  EmbeddableMagicLinkFactor,
  ImpersonatedFactor,
  OAuthAccessTokenExchangeFactor,
  OAuthExchangeFactor,
  OAuthFactor,
  PhoneNumberFactor,
  RecoveryCodeFactor,
  SSOFactor,
  TrustedAuthTokenFactor,
  WebAuthnFactor
} from "./factors.js"
import { JsonObject } from "./Json.js"

const AttributesFields = {
  ip_address: Schema.optional(Schema.String),
  user_agent: Schema.optional(Schema.String)
}

/**
 * Where a request came from: sent with `email/reset/start` and `email/reset`, stored on
 * sessions. Both parts are optional.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Attributes } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(Attributes)({ ip_address: "203.0.113.7", user_agent: "Mozilla/5.0" })
 * ```
 * @since 0.1.0
 */
export const Attributes: Schema.Codec<Attributes, AttributesEncoded> = Schema.Struct(AttributesFields).annotate({ identifier: "Attributes" })

/**
 * @example
 * ```ts
 * import type { Attributes } from "effect4-stytch"
 * const describe = (a: Attributes) => `${a.ip_address ?? "?"} (${a.user_agent ?? "?"})`
 * ```
 * @since 0.1.0
 */
export interface Attributes extends Schema.Struct.Type<typeof AttributesFields> {}

/**
 * `Attributes` as JSON, before decoding: what `Schema.encodeSync(Attributes)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Attributes, type AttributesEncoded } from "effect4-stytch"
 * const toJson = (value: Attributes): AttributesEncoded => Schema.encodeSync(Attributes)(value)
 * ```
 * @since 0.1.0
 */
export type AttributesEncoded = Schema.Struct.Encoded<typeof AttributesFields>

const AuthenticationFactorFields = {
  /** `"password"`, `"magic_link"`, `"otp"`, ...; unknown values decode as they are. */
  type: Schema.String,
  /** `"knowledge"` for passwords, `"email"`, `"sms"`, ...; unknown values decode as they are. */
  delivery_method: Schema.String,
  /** RFC 3339. */
  last_authenticated_at: Schema.optional(Schema.String),
  /** RFC 3339. */
  created_at: Schema.optional(Schema.String),
  /** RFC 3339. */
  updated_at: Schema.optional(Schema.String),
  email_factor: Schema.optional(EmailFactor),
  phone_number_factor: Schema.optional(PhoneNumberFactor),
  google_oauth_factor: Schema.optional(OAuthFactor),
  microsoft_oauth_factor: Schema.optional(OAuthFactor),
  apple_oauth_factor: Schema.optional(OAuthFactor),
  webauthn_factor: Schema.optional(WebAuthnFactor),
  authenticator_app_factor: Schema.optional(AuthenticatorAppFactor),
  github_oauth_factor: Schema.optional(OAuthFactor),
  recovery_code_factor: Schema.optional(RecoveryCodeFactor),
  facebook_oauth_factor: Schema.optional(OAuthFactor),
  crypto_wallet_factor: Schema.optional(CryptoWalletFactor),
  amazon_oauth_factor: Schema.optional(OAuthFactor),
  bitbucket_oauth_factor: Schema.optional(OAuthFactor),
  coinbase_oauth_factor: Schema.optional(OAuthFactor),
  discord_oauth_factor: Schema.optional(OAuthFactor),
  figma_oauth_factor: Schema.optional(OAuthFactor),
  git_lab_oauth_factor: Schema.optional(OAuthFactor),
  instagram_oauth_factor: Schema.optional(OAuthFactor),
  linked_in_oauth_factor: Schema.optional(OAuthFactor),
  shopify_oauth_factor: Schema.optional(OAuthFactor),
  slack_oauth_factor: Schema.optional(OAuthFactor),
  snapchat_oauth_factor: Schema.optional(OAuthFactor),
  spotify_oauth_factor: Schema.optional(OAuthFactor),
  steam_oauth_factor: Schema.optional(OAuthFactor),
  tik_tok_oauth_factor: Schema.optional(OAuthFactor),
  twitch_oauth_factor: Schema.optional(OAuthFactor),
  twitter_oauth_factor: Schema.optional(OAuthFactor),
  embeddable_magic_link_factor: Schema.optional(EmbeddableMagicLinkFactor),
  biometric_factor: Schema.optional(BiometricFactor),
  saml_sso_factor: Schema.optional(SSOFactor),
  oidc_sso_factor: Schema.optional(SSOFactor),
  salesforce_oauth_factor: Schema.optional(OAuthFactor),
  yahoo_oauth_factor: Schema.optional(OAuthFactor),
  hubspot_oauth_factor: Schema.optional(OAuthFactor),
  slack_oauth_exchange_factor: Schema.optional(OAuthExchangeFactor),
  hubspot_oauth_exchange_factor: Schema.optional(OAuthExchangeFactor),
  github_oauth_exchange_factor: Schema.optional(OAuthExchangeFactor),
  google_oauth_exchange_factor: Schema.optional(OAuthExchangeFactor),
  impersonated_factor: Schema.optional(ImpersonatedFactor),
  oauth_access_token_exchange_factor: Schema.optional(OAuthAccessTokenExchangeFactor),
  trusted_auth_token_factor: Schema.optional(TrustedAuthTokenFactor)
}

/**
 * One way the user proved who they are. A password login is `type: "password"`,
 * `delivery_method: "knowledge"`. At most one of the `*_factor` objects is set, the one that
 * matches the delivery method.
 *
 * Known `type` values: `magic_link`, `otp`, `oauth`, `webauthn`, `totp`, `crypto`, `password`,
 * `signature_challenge`, `sso`, `imported`, `recovery_codes`, `email_otp`, `impersonated`,
 * `trusted_auth_token`. Known `delivery_method` values: `email`, `sms`, `whatsapp`,
 * `embedded`, `oauth_<provider>`, `webauthn_registration`, `authenticator_app`,
 * `recovery_code`, `crypto_wallet`, `knowledge`, `biometric`, `sso_saml`, `sso_oidc`,
 * `imported_auth0`, `oauth_exchange_<provider>`, `impersonation`,
 * `oauth_access_token_exchange`, `trusted_token_exchange`. Both grow: other values decode as
 * they are.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { AuthenticationFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(AuthenticationFactor)({
 *   type: "password", delivery_method: "knowledge", last_authenticated_at: "2024-05-01T12:00:00Z"
 * })
 * ```
 * @since 0.1.0
 */
export const AuthenticationFactor: Schema.Codec<AuthenticationFactor, AuthenticationFactorEncoded> = Schema.Struct(AuthenticationFactorFields).annotate({ identifier: "AuthenticationFactor" })

/**
 * @example
 * ```ts
 * import type { AuthenticationFactor } from "effect4-stytch"
 * const byPassword = (factors: ReadonlyArray<AuthenticationFactor>) =>
 *   factors.some((f) => f.type === "password" && f.delivery_method === "knowledge")
 * ```
 * @since 0.1.0
 */
export interface AuthenticationFactor extends Schema.Struct.Type<typeof AuthenticationFactorFields> {}

/**
 * `AuthenticationFactor` as JSON, before decoding: what `Schema.encodeSync(AuthenticationFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { AuthenticationFactor, type AuthenticationFactorEncoded } from "effect4-stytch"
 * const toJson = (value: AuthenticationFactor): AuthenticationFactorEncoded => Schema.encodeSync(AuthenticationFactor)(value)
 * ```
 * @since 0.1.0
 */
export type AuthenticationFactorEncoded = Schema.Struct.Encoded<typeof AuthenticationFactorFields>

const SessionFields = {
  session_id: Schema.String,
  user_id: Schema.String,
  authentication_factors: Schema.Array(AuthenticationFactor),
  roles: Schema.Array(Schema.String),
  /** RFC 3339. */
  started_at: Schema.optional(Schema.String),
  /** RFC 3339. */
  last_accessed_at: Schema.optional(Schema.String),
  /** RFC 3339. */
  expires_at: Schema.optional(Schema.String),
  attributes: Schema.optional(Attributes),
  custom_claims: Schema.optional(JsonObject)
}

/**
 * A consumer session. Timestamps are RFC 3339 strings; `custom_claims` is whatever was set
 * with `session_custom_claims`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Session } from "effect4-stytch"
 *
 * const session = Schema.decodeUnknownSync(Session)({
 *   session_id: "session-test-1", user_id: "user-test-1", roles: ["stytch_user"],
 *   authentication_factors: [{ type: "password", delivery_method: "knowledge" }],
 *   started_at: "2024-05-01T12:00:00Z", expires_at: "2024-05-01T13:00:00Z"
 * })
 * ```
 * @since 0.1.0
 */
export const Session: Schema.Codec<Session, SessionEncoded> = Schema.Struct(SessionFields).annotate({ identifier: "Session" })

/**
 * @example
 * ```ts
 * import type { Session } from "effect4-stytch"
 * const expired = (s: Session, now: Date) => s.expires_at !== undefined && new Date(s.expires_at) <= now
 * ```
 * @since 0.1.0
 */
export interface Session extends Schema.Struct.Type<typeof SessionFields> {}

/**
 * `Session` as JSON, before decoding: what `Schema.encodeSync(Session)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Session, type SessionEncoded } from "effect4-stytch"
 * const toJson = (value: Session): SessionEncoded => Schema.encodeSync(Session)(value)
 * ```
 * @since 0.1.0
 */
export type SessionEncoded = Schema.Struct.Encoded<typeof SessionFields>
