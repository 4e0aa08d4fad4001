/**
 * The detail objects an `AuthenticationFactor` carries, one per kind of factor
 * (`email_factor`, `google_oauth_factor`, `trusted_auth_token_factor`, ...).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

/**
 * `email_factor`: the email a magic link or email OTP was sent to.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmailFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(EmailFactor)({ email_id: "email-test-1", email_address: "ada@example.com" })
 * ```
 * @since 0.1.0
 */
export const EmailFactor = Schema.Struct({
  email_id: Schema.String,
  email_address: Schema.String
}).annotations({ identifier: "EmailFactor" })

/**
 * @example
 * ```ts
 * import type { EmailFactor } from "effect-stytch"
 * const address = (f: EmailFactor) => f.email_address
 * ```
 * @since 0.1.0
 */
export interface EmailFactor extends Schema.Schema.Type<typeof EmailFactor> {}

/**
 * `phone_number_factor`: the phone an OTP was sent to.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PhoneNumberFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(PhoneNumberFactor)({ phone_id: "phone-number-test-1", phone_number: "+12025550162" })
 * ```
 * @since 0.1.0
 */
export const PhoneNumberFactor = Schema.Struct({
  phone_id: Schema.String,
  phone_number: Schema.String
}).annotations({ identifier: "PhoneNumberFactor" })

/**
 * @example
 * ```ts
 * import type { PhoneNumberFactor } from "effect-stytch"
 * const phone = (f: PhoneNumberFactor) => f.phone_number
 * ```
 * @since 0.1.0
 */
export interface PhoneNumberFactor extends Schema.Schema.Type<typeof PhoneNumberFactor> {}

/**
 * Every `<provider>_oauth_factor` (Google, Microsoft, Apple, GitHub, ... Hubspot): the OAuth
 * registration, the provider's subject, and the email it proved when there was one.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(OAuthFactor)({ id: "oauth-user-test-1", provider_subject: "1076915035" })
 * ```
 * @since 0.1.0
 */
export const OAuthFactor = Schema.Struct({
  id: Schema.String,
  provider_subject: Schema.String,
  email_id: Schema.optional(Schema.String)
}).annotations({ identifier: "OAuthFactor" })

/**
 * @example
 * ```ts
 * import type { OAuthFactor } from "effect-stytch"
 * const subject = (f: OAuthFactor) => f.provider_subject
 * ```
 * @since 0.1.0
 */
export interface OAuthFactor extends Schema.Schema.Type<typeof OAuthFactor> {}

/**
 * `webauthn_factor`: the WebAuthn registration used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { WebAuthnFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(WebAuthnFactor)({ webauthn_registration_id: "webauthn-registration-test-1", domain: "example.com" })
 * ```
 * @since 0.1.0
 */
export const WebAuthnFactor = Schema.Struct({
  webauthn_registration_id: Schema.String,
  domain: Schema.String,
  user_agent: Schema.optional(Schema.String)
}).annotations({ identifier: "WebAuthnFactor" })

/**
 * @example
 * ```ts
 * import type { WebAuthnFactor } from "effect-stytch"
 * const domain = (f: WebAuthnFactor) => f.domain
 * ```
 * @since 0.1.0
 */
export interface WebAuthnFactor extends Schema.Schema.Type<typeof WebAuthnFactor> {}

/**
 * `authenticator_app_factor`: the TOTP registration used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { AuthenticatorAppFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(AuthenticatorAppFactor)({ totp_id: "totp-test-1" })
 * ```
 * @since 0.1.0
 */
export const AuthenticatorAppFactor = Schema.Struct({
  totp_id: Schema.String
}).annotations({ identifier: "AuthenticatorAppFactor" })

/**
 * @example
 * ```ts
 * import type { AuthenticatorAppFactor } from "effect-stytch"
 * const totpId = (f: AuthenticatorAppFactor) => f.totp_id
 * ```
 * @since 0.1.0
 */
export interface AuthenticatorAppFactor extends Schema.Schema.Type<typeof AuthenticatorAppFactor> {}

/**
 * `recovery_code_factor`: the TOTP recovery code used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { RecoveryCodeFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(RecoveryCodeFactor)({ totp_recovery_code_id: "totp-recovery-code-test-1" })
 * ```
 * @since 0.1.0
 */
export const RecoveryCodeFactor = Schema.Struct({
  totp_recovery_code_id: Schema.String
}).annotations({ identifier: "RecoveryCodeFactor" })

/**
 * @example
 * ```ts
 * import type { RecoveryCodeFactor } from "effect-stytch"
 * const codeId = (f: RecoveryCodeFactor) => f.totp_recovery_code_id
 * ```
 * @since 0.1.0
 */
export interface RecoveryCodeFactor extends Schema.Schema.Type<typeof RecoveryCodeFactor> {}

/**
 * `crypto_wallet_factor`: the wallet that signed the challenge.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CryptoWalletFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(CryptoWalletFactor)({
 *   crypto_wallet_id: "crypto-wallet-test-1", crypto_wallet_address: "0x6df2", crypto_wallet_type: "ethereum"
 * })
 * ```
 * @since 0.1.0
 */
export const CryptoWalletFactor = Schema.Struct({
  crypto_wallet_id: Schema.String,
  crypto_wallet_address: Schema.String,
  crypto_wallet_type: Schema.String
}).annotations({ identifier: "CryptoWalletFactor" })

/**
 * @example
 * ```ts
 * import type { CryptoWalletFactor } from "effect-stytch"
 * const wallet = (f: CryptoWalletFactor) => `${f.crypto_wallet_type}:${f.crypto_wallet_address}`
 * ```
 * @since 0.1.0
 */
export interface CryptoWalletFactor extends Schema.Schema.Type<typeof CryptoWalletFactor> {}

/**
 * `embeddable_magic_link_factor`: the embeddable magic link used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmbeddableMagicLinkFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(EmbeddableMagicLinkFactor)({ embedded_id: "embedded-test-1" })
 * ```
 * @since 0.1.0
 */
export const EmbeddableMagicLinkFactor = Schema.Struct({
  embedded_id: Schema.String
}).annotations({ identifier: "EmbeddableMagicLinkFactor" })

/**
 * @example
 * ```ts
 * import type { EmbeddableMagicLinkFactor } from "effect-stytch"
 * const embeddedId = (f: EmbeddableMagicLinkFactor) => f.embedded_id
 * ```
 * @since 0.1.0
 */
export interface EmbeddableMagicLinkFactor extends Schema.Schema.Type<typeof EmbeddableMagicLinkFactor> {}

/**
 * `biometric_factor`: the biometric registration used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { BiometricFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(BiometricFactor)({ biometric_registration_id: "biometric-registration-test-1" })
 * ```
 * @since 0.1.0
 */
export const BiometricFactor = Schema.Struct({
  biometric_registration_id: Schema.String
}).annotations({ identifier: "BiometricFactor" })

/**
 * @example
 * ```ts
 * import type { BiometricFactor } from "effect-stytch"
 * const registration = (f: BiometricFactor) => f.biometric_registration_id
 * ```
 * @since 0.1.0
 */
export interface BiometricFactor extends Schema.Schema.Type<typeof BiometricFactor> {}

/**
 * `saml_sso_factor` and `oidc_sso_factor`: the SSO registration, its connection and the
 * identity provider's id for the user.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SSOFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(SSOFactor)({ id: "sso-registration-test-1", provider_id: "saml-connection-test-1", external_id: "ada" })
 * ```
 * @since 0.1.0
 */
export const SSOFactor = Schema.Struct({
  id: Schema.String,
  provider_id: Schema.String,
  external_id: Schema.String
}).annotations({ identifier: "SSOFactor" })

/**
 * @example
 * ```ts
 * import type { SSOFactor } from "effect-stytch"
 * const connection = (f: SSOFactor) => f.provider_id
 * ```
 * @since 0.1.0
 */
export interface SSOFactor extends Schema.Schema.Type<typeof SSOFactor> {}

/**
 * Every `<provider>_oauth_exchange_factor` (Slack, Hubspot, GitHub, Google): the email proved.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthExchangeFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(OAuthExchangeFactor)({ email_id: "email-test-1" })
 * ```
 * @since 0.1.0
 */
export const OAuthExchangeFactor = Schema.Struct({
  email_id: Schema.String
}).annotations({ identifier: "OAuthExchangeFactor" })

/**
 * @example
 * ```ts
 * import type { OAuthExchangeFactor } from "effect-stytch"
 * const emailId = (f: OAuthExchangeFactor) => f.email_id
 * ```
 * @since 0.1.0
 */
export interface OAuthExchangeFactor extends Schema.Schema.Type<typeof OAuthExchangeFactor> {}

/**
 * `impersonated_factor`: who impersonated the user.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ImpersonatedFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(ImpersonatedFactor)({ impersonator_id: "member-test-1", impersonator_email_address: "support@example.com" })
 * ```
 * @since 0.1.0
 */
export const ImpersonatedFactor = Schema.Struct({
  impersonator_id: Schema.String,
  impersonator_email_address: Schema.String
}).annotations({ identifier: "ImpersonatedFactor" })

/**
 * @example
 * ```ts
 * import type { ImpersonatedFactor } from "effect-stytch"
 * const by = (f: ImpersonatedFactor) => f.impersonator_email_address
 * ```
 * @since 0.1.0
 */
export interface ImpersonatedFactor extends Schema.Schema.Type<typeof ImpersonatedFactor> {}

/**
 * `oauth_access_token_exchange_factor`: the connected app client that exchanged a token.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthAccessTokenExchangeFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(OAuthAccessTokenExchangeFactor)({ client_id: "connected-app-test-1" })
 * ```
 * @since 0.1.0
 */
export const OAuthAccessTokenExchangeFactor = Schema.Struct({
  client_id: Schema.String
}).annotations({ identifier: "OAuthAccessTokenExchangeFactor" })

/**
 * @example
 * ```ts
 * import type { OAuthAccessTokenExchangeFactor } from "effect-stytch"
 * const client = (f: OAuthAccessTokenExchangeFactor) => f.client_id
 * ```
 * @since 0.1.0
 */
export interface OAuthAccessTokenExchangeFactor extends Schema.Schema.Type<typeof OAuthAccessTokenExchangeFactor> {}

/**
 * `trusted_auth_token_factor`: the trusted auth token profile used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { TrustedAuthTokenFactor } from "effect-stytch"
 *
 * Schema.decodeUnknownSync(TrustedAuthTokenFactor)({ token_id: "trusted-token-test-1" })
 * ```
 * @since 0.1.0
 */
export const TrustedAuthTokenFactor = Schema.Struct({
  token_id: Schema.String
}).annotations({ identifier: "TrustedAuthTokenFactor" })

/**
 * @example
 * ```ts
 * import type { TrustedAuthTokenFactor } from "effect-stytch"
 * const tokenId = (f: TrustedAuthTokenFactor) => f.token_id
 * ```
 * @since 0.1.0
 */
export interface TrustedAuthTokenFactor extends Schema.Schema.Type<typeof TrustedAuthTokenFactor> {}
