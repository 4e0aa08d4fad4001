/**
 * The detail objects an `AuthenticationFactor` carries, one per kind of factor
 * (`email_factor`, `google_oauth_factor`, `trusted_auth_token_factor`, ...).
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"

const EmailFactorFields = {
  email_id: Schema.String,
  email_address: Schema.String
}

/**
 * `email_factor`: the email a magic link or email OTP was sent to.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmailFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(EmailFactor)({ email_id: "email-test-1", email_address: "ada@example.com" })
 * ```
 * @since 0.1.0
 */
export const EmailFactor: Schema.Codec<EmailFactor, EmailFactorEncoded> = Schema.Struct(EmailFactorFields).annotate({ identifier: "EmailFactor" })

/**
 * @example
 * ```ts
 * import type { EmailFactor } from "effect4-stytch"
 * const address = (f: EmailFactor) => f.email_address
 * ```
 * @since 0.1.0
 */
export interface EmailFactor extends Schema.Struct.Type<typeof EmailFactorFields> {}

/**
 * `EmailFactor` as JSON, before decoding: what `Schema.encodeSync(EmailFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmailFactor, type EmailFactorEncoded } from "effect4-stytch"
 * const toJson = (value: EmailFactor): EmailFactorEncoded => Schema.encodeSync(EmailFactor)(value)
 * ```
 * @since 0.1.0
 */
export type EmailFactorEncoded = Schema.Struct.Encoded<typeof EmailFactorFields>

const PhoneNumberFactorFields = {
  phone_id: Schema.String,
  phone_number: Schema.String
}

/**
 * `phone_number_factor`: the phone an OTP was sent to.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PhoneNumberFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(PhoneNumberFactor)({ phone_id: "phone-number-test-1", phone_number: "+12025550162" })
 * ```
 * @since 0.1.0
 */
export const PhoneNumberFactor: Schema.Codec<PhoneNumberFactor, PhoneNumberFactorEncoded> = Schema.Struct(PhoneNumberFactorFields).annotate({ identifier: "PhoneNumberFactor" })

/**
 * @example
 * ```ts
 * import type { PhoneNumberFactor } from "effect4-stytch"
 * const phone = (f: PhoneNumberFactor) => f.phone_number
 * ```
 * @since 0.1.0
 */
export interface PhoneNumberFactor extends Schema.Struct.Type<typeof PhoneNumberFactorFields> {}

/**
 * `PhoneNumberFactor` as JSON, before decoding: what `Schema.encodeSync(PhoneNumberFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PhoneNumberFactor, type PhoneNumberFactorEncoded } from "effect4-stytch"
 * const toJson = (value: PhoneNumberFactor): PhoneNumberFactorEncoded => Schema.encodeSync(PhoneNumberFactor)(value)
 * ```
 * @since 0.1.0
 */
export type PhoneNumberFactorEncoded = Schema.Struct.Encoded<typeof PhoneNumberFactorFields>

const OAuthFactorFields = {
  id: Schema.String,
  provider_subject: Schema.String,
  email_id: Schema.optional(Schema.String)
}

/**
 * Every `<provider>_oauth_factor` (Google, Microsoft, Apple, GitHub, ... Hubspot): the OAuth
 * registration, the provider's subject, and the email it proved when there was one.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(OAuthFactor)({ id: "oauth-user-test-1", provider_subject: "1076915035" })
 * ```
 * @since 0.1.0
 */
export const OAuthFactor: Schema.Codec<OAuthFactor, OAuthFactorEncoded> = Schema.Struct(OAuthFactorFields).annotate({ identifier: "OAuthFactor" })

/**
 * @example
 * ```ts
 * import type { OAuthFactor } from "effect4-stytch"
 * const subject = (f: OAuthFactor) => f.provider_subject
 * ```
 * @since 0.1.0
 */
export interface OAuthFactor extends Schema.Struct.Type<typeof OAuthFactorFields> {}

/**
 * `OAuthFactor` as JSON, before decoding: what `Schema.encodeSync(OAuthFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthFactor, type OAuthFactorEncoded } from "effect4-stytch"
 * const toJson = (value: OAuthFactor): OAuthFactorEncoded => Schema.encodeSync(OAuthFactor)(value)
 * ```
 * @since 0.1.0
 */
export type OAuthFactorEncoded = Schema.Struct.Encoded<typeof OAuthFactorFields>

const WebAuthnFactorFields = {
  webauthn_registration_id: Schema.String,
  domain: Schema.String,
  user_agent: Schema.optional(Schema.String)
}

/**
 * `webauthn_factor`: the WebAuthn registration used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { WebAuthnFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(WebAuthnFactor)({ webauthn_registration_id: "webauthn-registration-test-1", domain: "example.com" })
 * ```
 * @since 0.1.0
 */
export const WebAuthnFactor: Schema.Codec<WebAuthnFactor, WebAuthnFactorEncoded> = Schema.Struct(WebAuthnFactorFields).annotate({ identifier: "WebAuthnFactor" })

/**
 * @example
 * ```ts
 * import type { WebAuthnFactor } from "effect4-stytch"
 * const domain = (f: WebAuthnFactor) => f.domain
 * ```
 * @since 0.1.0
 */
export interface WebAuthnFactor extends Schema.Struct.Type<typeof WebAuthnFactorFields> {}

/**
 * `WebAuthnFactor` as JSON, before decoding: what `Schema.encodeSync(WebAuthnFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { WebAuthnFactor, type WebAuthnFactorEncoded } from "effect4-stytch"
 * const toJson = (value: WebAuthnFactor): WebAuthnFactorEncoded => Schema.encodeSync(WebAuthnFactor)(value)
 * ```
 * @since 0.1.0
 */
export type WebAuthnFactorEncoded = Schema.Struct.Encoded<typeof WebAuthnFactorFields>

const AuthenticatorAppFactorFields = {
  totp_id: Schema.String
}

/**
 * `authenticator_app_factor`: the TOTP registration used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { AuthenticatorAppFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(AuthenticatorAppFactor)({ totp_id: "totp-test-1" })
 * ```
 * @since 0.1.0
 */
export const AuthenticatorAppFactor: Schema.Codec<AuthenticatorAppFactor, AuthenticatorAppFactorEncoded> = Schema.Struct(AuthenticatorAppFactorFields).annotate({ identifier: "AuthenticatorAppFactor" })

/**
 * @example
 * ```ts
 * import type { AuthenticatorAppFactor } from "effect4-stytch"
 * const totpId = (f: AuthenticatorAppFactor) => f.totp_id
 * ```
 * @since 0.1.0
 */
export interface AuthenticatorAppFactor extends Schema.Struct.Type<typeof AuthenticatorAppFactorFields> {}

/**
 * `AuthenticatorAppFactor` as JSON, before decoding: what `Schema.encodeSync(AuthenticatorAppFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { AuthenticatorAppFactor, type AuthenticatorAppFactorEncoded } from "effect4-stytch"
 * const toJson = (value: AuthenticatorAppFactor): AuthenticatorAppFactorEncoded => Schema.encodeSync(AuthenticatorAppFactor)(value)
 * ```
 * @since 0.1.0
 */
export type AuthenticatorAppFactorEncoded = Schema.Struct.Encoded<typeof AuthenticatorAppFactorFields>

const RecoveryCodeFactorFields = {
  totp_recovery_code_id: Schema.String
}

/**
 * `recovery_code_factor`: the TOTP recovery code used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { RecoveryCodeFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(RecoveryCodeFactor)({ totp_recovery_code_id: "totp-recovery-code-test-1" })
 * ```
 * @since 0.1.0
 */
export const RecoveryCodeFactor: Schema.Codec<RecoveryCodeFactor, RecoveryCodeFactorEncoded> = Schema.Struct(RecoveryCodeFactorFields).annotate({ identifier: "RecoveryCodeFactor" })

/**
 * @example
 * ```ts
 * import type { RecoveryCodeFactor } from "effect4-stytch"
 * const codeId = (f: RecoveryCodeFactor) => f.totp_recovery_code_id
 * ```
 * @since 0.1.0
 */
export interface RecoveryCodeFactor extends Schema.Struct.Type<typeof RecoveryCodeFactorFields> {}

/**
 * `RecoveryCodeFactor` as JSON, before decoding: what `Schema.encodeSync(RecoveryCodeFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { RecoveryCodeFactor, type RecoveryCodeFactorEncoded } from "effect4-stytch"
 * const toJson = (value: RecoveryCodeFactor): RecoveryCodeFactorEncoded => Schema.encodeSync(RecoveryCodeFactor)(value)
 * ```
 * @since 0.1.0
 */
export type RecoveryCodeFactorEncoded = Schema.Struct.Encoded<typeof RecoveryCodeFactorFields>

const CryptoWalletFactorFields = {
  crypto_wallet_id: Schema.String,
  crypto_wallet_address: Schema.String,
  crypto_wallet_type: Schema.String
}

/**
 * `crypto_wallet_factor`: the wallet that signed the challenge.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CryptoWalletFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(CryptoWalletFactor)({
 *   crypto_wallet_id: "crypto-wallet-test-1", crypto_wallet_address: "0x6df2", crypto_wallet_type: "ethereum"
 * })
 * ```
 * @since 0.1.0
 */
export const CryptoWalletFactor: Schema.Codec<CryptoWalletFactor, CryptoWalletFactorEncoded> = Schema.Struct(CryptoWalletFactorFields).annotate({ identifier: "CryptoWalletFactor" })

/**
 * @example
 * ```ts
 * import type { CryptoWalletFactor } from "effect4-stytch"
 * const wallet = (f: CryptoWalletFactor) => `${f.crypto_wallet_type}:${f.crypto_wallet_address}`
 * ```
 * @since 0.1.0
 */
export interface CryptoWalletFactor extends Schema.Struct.Type<typeof CryptoWalletFactorFields> {}

/**
 * `CryptoWalletFactor` as JSON, before decoding: what `Schema.encodeSync(CryptoWalletFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CryptoWalletFactor, type CryptoWalletFactorEncoded } from "effect4-stytch"
 * const toJson = (value: CryptoWalletFactor): CryptoWalletFactorEncoded => Schema.encodeSync(CryptoWalletFactor)(value)
 * ```
 * @since 0.1.0
 */
export type CryptoWalletFactorEncoded = Schema.Struct.Encoded<typeof CryptoWalletFactorFields>

const EmbeddableMagicLinkFactorFields = {
  embedded_id: Schema.String
}

/**
 * `embeddable_magic_link_factor`: the embeddable magic link used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmbeddableMagicLinkFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(EmbeddableMagicLinkFactor)({ embedded_id: "embedded-test-1" })
 * ```
 * @since 0.1.0
 */
export const EmbeddableMagicLinkFactor: Schema.Codec<EmbeddableMagicLinkFactor, EmbeddableMagicLinkFactorEncoded> = Schema.Struct(EmbeddableMagicLinkFactorFields).annotate({ identifier: "EmbeddableMagicLinkFactor" })

/**
 * @example
 * ```ts
 * import type { EmbeddableMagicLinkFactor } from "effect4-stytch"
 * const embeddedId = (f: EmbeddableMagicLinkFactor) => f.embedded_id
 * ```
 * @since 0.1.0
 */
export interface EmbeddableMagicLinkFactor extends Schema.Struct.Type<typeof EmbeddableMagicLinkFactorFields> {}

/**
 * `EmbeddableMagicLinkFactor` as JSON, before decoding: what `Schema.encodeSync(EmbeddableMagicLinkFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { EmbeddableMagicLinkFactor, type EmbeddableMagicLinkFactorEncoded } from "effect4-stytch"
 * const toJson = (value: EmbeddableMagicLinkFactor): EmbeddableMagicLinkFactorEncoded => Schema.encodeSync(EmbeddableMagicLinkFactor)(value)
 * ```
 * @since 0.1.0
 */
export type EmbeddableMagicLinkFactorEncoded = Schema.Struct.Encoded<typeof EmbeddableMagicLinkFactorFields>

const BiometricFactorFields = {
  biometric_registration_id: Schema.String
}

/**
 * `biometric_factor`: the biometric registration used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { BiometricFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(BiometricFactor)({ biometric_registration_id: "biometric-registration-test-1" })
 * ```
 * @since 0.1.0
 */
export const BiometricFactor: Schema.Codec<BiometricFactor, BiometricFactorEncoded> = Schema.Struct(BiometricFactorFields).annotate({ identifier: "BiometricFactor" })

/**
 * @example
 * ```ts
 * import type { BiometricFactor } from "effect4-stytch"
 * const registration = (f: BiometricFactor) => f.biometric_registration_id
 * ```
 * @since 0.1.0
 */
export interface BiometricFactor extends Schema.Struct.Type<typeof BiometricFactorFields> {}

/**
 * `BiometricFactor` as JSON, before decoding: what `Schema.encodeSync(BiometricFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { BiometricFactor, type BiometricFactorEncoded } from "effect4-stytch"
 * const toJson = (value: BiometricFactor): BiometricFactorEncoded => Schema.encodeSync(BiometricFactor)(value)
 * ```
 * @since 0.1.0
 */
export type BiometricFactorEncoded = Schema.Struct.Encoded<typeof BiometricFactorFields>

const SSOFactorFields = {
  id: Schema.String,
  provider_id: Schema.String,
  external_id: Schema.String
}

/**
 * `saml_sso_factor` and `oidc_sso_factor`: the SSO registration, its connection and the
 * identity provider's id for the user.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SSOFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(SSOFactor)({ id: "sso-registration-test-1", provider_id: "saml-connection-test-1", external_id: "ada" })
 * ```
 * @since 0.1.0
 */
export const SSOFactor: Schema.Codec<SSOFactor, SSOFactorEncoded> = Schema.Struct(SSOFactorFields).annotate({ identifier: "SSOFactor" })

/**
 * @example
 * ```ts
 * import type { SSOFactor } from "effect4-stytch"
 * const connection = (f: SSOFactor) => f.provider_id
 * ```
 * @since 0.1.0
 */
export interface SSOFactor extends Schema.Struct.Type<typeof SSOFactorFields> {}

/**
 * `SSOFactor` as JSON, before decoding: what `Schema.encodeSync(SSOFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { SSOFactor, type SSOFactorEncoded } from "effect4-stytch"
 * const toJson = (value: SSOFactor): SSOFactorEncoded => Schema.encodeSync(SSOFactor)(value)
 * ```
 * @since 0.1.0
 */
export type SSOFactorEncoded = Schema.Struct.Encoded<typeof SSOFactorFields>

const OAuthExchangeFactorFields = {
  email_id: Schema.String
}

/**
 * Every `<provider>_oauth_exchange_factor` (Slack, Hubspot, GitHub, Google): the email proved.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthExchangeFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(OAuthExchangeFactor)({ email_id: "email-test-1" })
 * ```
 * @since 0.1.0
 */
export const OAuthExchangeFactor: Schema.Codec<OAuthExchangeFactor, OAuthExchangeFactorEncoded> = Schema.Struct(OAuthExchangeFactorFields).annotate({ identifier: "OAuthExchangeFactor" })

/**
 * @example
 * ```ts
 * import type { OAuthExchangeFactor } from "effect4-stytch"
 * const emailId = (f: OAuthExchangeFactor) => f.email_id
 * ```
 * @since 0.1.0
 */
export interface OAuthExchangeFactor extends Schema.Struct.Type<typeof OAuthExchangeFactorFields> {}

/**
 * `OAuthExchangeFactor` as JSON, before decoding: what `Schema.encodeSync(OAuthExchangeFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthExchangeFactor, type OAuthExchangeFactorEncoded } from "effect4-stytch"
 * const toJson = (value: OAuthExchangeFactor): OAuthExchangeFactorEncoded => Schema.encodeSync(OAuthExchangeFactor)(value)
 * ```
 * @since 0.1.0
 */
export type OAuthExchangeFactorEncoded = Schema.Struct.Encoded<typeof OAuthExchangeFactorFields>

const ImpersonatedFactorFields = {
  impersonator_id: Schema.String,
  impersonator_email_address: Schema.String
}

/**
 * `impersonated_factor`: who impersonated the user.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ImpersonatedFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(ImpersonatedFactor)({ impersonator_id: "member-test-1", impersonator_email_address: "support@example.com" })
 * ```
 * @since 0.1.0
 */
export const ImpersonatedFactor: Schema.Codec<ImpersonatedFactor, ImpersonatedFactorEncoded> = Schema.Struct(ImpersonatedFactorFields).annotate({ identifier: "ImpersonatedFactor" })

/**
 * @example
 * ```ts
 * import type { ImpersonatedFactor } from "effect4-stytch"
 * const by = (f: ImpersonatedFactor) => f.impersonator_email_address
 * ```
 * @since 0.1.0
 */
export interface ImpersonatedFactor extends Schema.Struct.Type<typeof ImpersonatedFactorFields> {}

/**
 * `ImpersonatedFactor` as JSON, before decoding: what `Schema.encodeSync(ImpersonatedFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ImpersonatedFactor, type ImpersonatedFactorEncoded } from "effect4-stytch"
 * const toJson = (value: ImpersonatedFactor): ImpersonatedFactorEncoded => Schema.encodeSync(ImpersonatedFactor)(value)
 * ```
 * @since 0.1.0
 */
export type ImpersonatedFactorEncoded = Schema.Struct.Encoded<typeof ImpersonatedFactorFields>

const OAuthAccessTokenExchangeFactorFields = {
  client_id: Schema.String
}

/**
 * `oauth_access_token_exchange_factor`: the connected app client that exchanged a token.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthAccessTokenExchangeFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(OAuthAccessTokenExchangeFactor)({ client_id: "connected-app-test-1" })
 * ```
 * @since 0.1.0
 */
export const OAuthAccessTokenExchangeFactor: Schema.Codec<OAuthAccessTokenExchangeFactor, OAuthAccessTokenExchangeFactorEncoded> = Schema.Struct(OAuthAccessTokenExchangeFactorFields).annotate({ identifier: "OAuthAccessTokenExchangeFactor" })

/**
 * @example
 * ```ts
 * import type { OAuthAccessTokenExchangeFactor } from "effect4-stytch"
 * const client = (f: OAuthAccessTokenExchangeFactor) => f.client_id
 * ```
 * @since 0.1.0
 */
export interface OAuthAccessTokenExchangeFactor extends Schema.Struct.Type<typeof OAuthAccessTokenExchangeFactorFields> {}

/**
 * `OAuthAccessTokenExchangeFactor` as JSON, before decoding: what `Schema.encodeSync(OAuthAccessTokenExchangeFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthAccessTokenExchangeFactor, type OAuthAccessTokenExchangeFactorEncoded } from "effect4-stytch"
 * const toJson = (value: OAuthAccessTokenExchangeFactor): OAuthAccessTokenExchangeFactorEncoded => Schema.encodeSync(OAuthAccessTokenExchangeFactor)(value)
 * ```
 * @since 0.1.0
 */
export type OAuthAccessTokenExchangeFactorEncoded = Schema.Struct.Encoded<typeof OAuthAccessTokenExchangeFactorFields>

const TrustedAuthTokenFactorFields = {
  token_id: Schema.String
}

/**
 * `trusted_auth_token_factor`: the trusted auth token profile used.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { TrustedAuthTokenFactor } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(TrustedAuthTokenFactor)({ token_id: "trusted-token-test-1" })
 * ```
 * @since 0.1.0
 */
export const TrustedAuthTokenFactor: Schema.Codec<TrustedAuthTokenFactor, TrustedAuthTokenFactorEncoded> = Schema.Struct(TrustedAuthTokenFactorFields).annotate({ identifier: "TrustedAuthTokenFactor" })

/**
 * @example
 * ```ts
 * import type { TrustedAuthTokenFactor } from "effect4-stytch"
 * const tokenId = (f: TrustedAuthTokenFactor) => f.token_id
 * ```
 * @since 0.1.0
 */
export interface TrustedAuthTokenFactor extends Schema.Struct.Type<typeof TrustedAuthTokenFactorFields> {}

/**
 * `TrustedAuthTokenFactor` as JSON, before decoding: what `Schema.encodeSync(TrustedAuthTokenFactor)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { TrustedAuthTokenFactor, type TrustedAuthTokenFactorEncoded } from "effect4-stytch"
 * const toJson = (value: TrustedAuthTokenFactor): TrustedAuthTokenFactorEncoded => Schema.encodeSync(TrustedAuthTokenFactor)(value)
 * ```
 * @since 0.1.0
 */
export type TrustedAuthTokenFactorEncoded = Schema.Struct.Encoded<typeof TrustedAuthTokenFactorFields>
