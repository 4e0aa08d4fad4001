/**
 * The consumer `User` a Passwords call returns, with its nested registrations.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { JsonObject } from "./Json.js"

const NameFields = {
  first_name: Schema.optional(Schema.String),
  middle_name: Schema.optional(Schema.String),
  last_name: Schema.optional(Schema.String)
}

/**
 * A person's name; every part is optional. Sent by `create`/`migrate`, returned on `User`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Name } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(Name)({ first_name: "Ada", last_name: "Lovelace" })
 * ```
 * @since 0.1.0
 */
export const Name: Schema.Codec<Name, NameEncoded> = Schema.Struct(NameFields).annotate({ identifier: "Name" })

/**
 * @example
 * ```ts
 * import type { Name } from "effect4-stytch"
 * const full = (n: Name) => [n.first_name, n.middle_name, n.last_name].filter(Boolean).join(" ")
 * ```
 * @since 0.1.0
 */
export interface Name extends Schema.Struct.Type<typeof NameFields> {}

/**
 * `Name` as JSON, before decoding: what `Schema.encodeSync(Name)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { Name, type NameEncoded } from "effect4-stytch"
 * const toJson = (value: Name): NameEncoded => Schema.encodeSync(Name)(value)
 * ```
 * @since 0.1.0
 */
export type NameEncoded = Schema.Struct.Encoded<typeof NameFields>

const UserEmailFields = {
  email_id: Schema.String,
  email: Schema.String,
  verified: Schema.Boolean
}

/**
 * One of the user's email addresses.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { UserEmail } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(UserEmail)({ email_id: "email-test-1", email: "ada@example.com", verified: true })
 * ```
 * @since 0.1.0
 */
export const UserEmail: Schema.Codec<UserEmail, UserEmailEncoded> = Schema.Struct(UserEmailFields).annotate({ identifier: "UserEmail" })

/**
 * @example
 * ```ts
 * import type { UserEmail } from "effect4-stytch"
 * const verifiedOnly = (emails: ReadonlyArray<UserEmail>) => emails.filter((e) => e.verified)
 * ```
 * @since 0.1.0
 */
export interface UserEmail extends Schema.Struct.Type<typeof UserEmailFields> {}

/**
 * `UserEmail` as JSON, before decoding: what `Schema.encodeSync(UserEmail)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { UserEmail, type UserEmailEncoded } from "effect4-stytch"
 * const toJson = (value: UserEmail): UserEmailEncoded => Schema.encodeSync(UserEmail)(value)
 * ```
 * @since 0.1.0
 */
export type UserEmailEncoded = Schema.Struct.Encoded<typeof UserEmailFields>

const UserPhoneNumberFields = {
  phone_id: Schema.String,
  phone_number: Schema.String,
  verified: Schema.Boolean
}

/**
 * One of the user's phone numbers (E.164).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { UserPhoneNumber } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(UserPhoneNumber)({ phone_id: "phone-number-test-1", phone_number: "+12025550162", verified: false })
 * ```
 * @since 0.1.0
 */
export const UserPhoneNumber: Schema.Codec<UserPhoneNumber, UserPhoneNumberEncoded> = Schema.Struct(UserPhoneNumberFields).annotate({ identifier: "UserPhoneNumber" })

/**
 * @example
 * ```ts
 * import type { UserPhoneNumber } from "effect4-stytch"
 * const numbers = (phones: ReadonlyArray<UserPhoneNumber>) => phones.map((p) => p.phone_number)
 * ```
 * @since 0.1.0
 */
export interface UserPhoneNumber extends Schema.Struct.Type<typeof UserPhoneNumberFields> {}

/**
 * `UserPhoneNumber` as JSON, before decoding: what `Schema.encodeSync(UserPhoneNumber)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { UserPhoneNumber, type UserPhoneNumberEncoded } from "effect4-stytch"
 * const toJson = (value: UserPhoneNumber): UserPhoneNumberEncoded => Schema.encodeSync(UserPhoneNumber)(value)
 * ```
 * @since 0.1.0
 */
export type UserPhoneNumberEncoded = Schema.Struct.Encoded<typeof UserPhoneNumberFields>

const WebAuthnRegistrationFields = {
  webauthn_registration_id: Schema.String,
  domain: Schema.String,
  user_agent: Schema.String,
  verified: Schema.Boolean,
  authenticator_type: Schema.String,
  name: Schema.String
}

/**
 * A WebAuthn (passkey / security key) registration. `authenticator_type` is e.g.
 * `"platform"` or `"cross-platform"` (other values decode as they are).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { WebAuthnRegistration } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(WebAuthnRegistration)({
 *   webauthn_registration_id: "webauthn-registration-test-1", domain: "example.com",
 *   user_agent: "Mozilla/5.0", verified: true, authenticator_type: "platform", name: "MacBook"
 * })
 * ```
 * @since 0.1.0
 */
export const WebAuthnRegistration: Schema.Codec<WebAuthnRegistration, WebAuthnRegistrationEncoded> = Schema.Struct(WebAuthnRegistrationFields).annotate({ identifier: "WebAuthnRegistration" })

/**
 * @example
 * ```ts
 * import type { WebAuthnRegistration } from "effect4-stytch"
 * const isPasskey = (r: WebAuthnRegistration) => r.authenticator_type === "platform"
 * ```
 * @since 0.1.0
 */
export interface WebAuthnRegistration extends Schema.Struct.Type<typeof WebAuthnRegistrationFields> {}

/**
 * `WebAuthnRegistration` as JSON, before decoding: what `Schema.encodeSync(WebAuthnRegistration)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { WebAuthnRegistration, type WebAuthnRegistrationEncoded } from "effect4-stytch"
 * const toJson = (value: WebAuthnRegistration): WebAuthnRegistrationEncoded => Schema.encodeSync(WebAuthnRegistration)(value)
 * ```
 * @since 0.1.0
 */
export type WebAuthnRegistrationEncoded = Schema.Struct.Encoded<typeof WebAuthnRegistrationFields>

const OAuthProviderFields = {
  provider_type: Schema.String,
  provider_subject: Schema.String,
  profile_picture_url: Schema.String,
  locale: Schema.String,
  oauth_user_registration_id: Schema.String
}

/**
 * An OAuth identity linked to the user. `provider_type` is e.g. `"Google"`, `"Microsoft"`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthProvider } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(OAuthProvider)({
 *   provider_type: "Google", provider_subject: "10769150350006150715113082367",
 *   profile_picture_url: "", locale: "en", oauth_user_registration_id: "oauth-user-test-1"
 * })
 * ```
 * @since 0.1.0
 */
export const OAuthProvider: Schema.Codec<OAuthProvider, OAuthProviderEncoded> = Schema.Struct(OAuthProviderFields).annotate({ identifier: "OAuthProvider" })

/**
 * @example
 * ```ts
 * import type { OAuthProvider } from "effect4-stytch"
 * const providers = (ps: ReadonlyArray<OAuthProvider>) => ps.map((p) => p.provider_type)
 * ```
 * @since 0.1.0
 */
export interface OAuthProvider extends Schema.Struct.Type<typeof OAuthProviderFields> {}

/**
 * `OAuthProvider` as JSON, before decoding: what `Schema.encodeSync(OAuthProvider)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { OAuthProvider, type OAuthProviderEncoded } from "effect4-stytch"
 * const toJson = (value: OAuthProvider): OAuthProviderEncoded => Schema.encodeSync(OAuthProvider)(value)
 * ```
 * @since 0.1.0
 */
export type OAuthProviderEncoded = Schema.Struct.Encoded<typeof OAuthProviderFields>

const TOTPFields = {
  totp_id: Schema.String,
  verified: Schema.Boolean
}

/**
 * A TOTP (authenticator app) registration.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { TOTP } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(TOTP)({ totp_id: "totp-test-1", verified: true })
 * ```
 * @since 0.1.0
 */
export const TOTP: Schema.Codec<TOTP, TOTPEncoded> = Schema.Struct(TOTPFields).annotate({ identifier: "TOTP" })

/**
 * @example
 * ```ts
 * import type { TOTP } from "effect4-stytch"
 * const hasTotp = (totps: ReadonlyArray<TOTP>) => totps.some((t) => t.verified)
 * ```
 * @since 0.1.0
 */
export interface TOTP extends Schema.Struct.Type<typeof TOTPFields> {}

/**
 * `TOTP` as JSON, before decoding: what `Schema.encodeSync(TOTP)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { TOTP, type TOTPEncoded } from "effect4-stytch"
 * const toJson = (value: TOTP): TOTPEncoded => Schema.encodeSync(TOTP)(value)
 * ```
 * @since 0.1.0
 */
export type TOTPEncoded = Schema.Struct.Encoded<typeof TOTPFields>

const CryptoWalletFields = {
  crypto_wallet_id: Schema.String,
  crypto_wallet_address: Schema.String,
  crypto_wallet_type: Schema.String,
  verified: Schema.Boolean
}

/**
 * A crypto wallet linked to the user. `crypto_wallet_type` is e.g. `"ethereum"` or `"solana"`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CryptoWallet } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(CryptoWallet)({
 *   crypto_wallet_id: "crypto-wallet-test-1", crypto_wallet_address: "0x6df2dB4Fb3DA35d241901Bd53367770BF03123f1",
 *   crypto_wallet_type: "ethereum", verified: true
 * })
 * ```
 * @since 0.1.0
 */
export const CryptoWallet: Schema.Codec<CryptoWallet, CryptoWalletEncoded> = Schema.Struct(CryptoWalletFields).annotate({ identifier: "CryptoWallet" })

/**
 * @example
 * ```ts
 * import type { CryptoWallet } from "effect4-stytch"
 * const addresses = (ws: ReadonlyArray<CryptoWallet>) => ws.map((w) => w.crypto_wallet_address)
 * ```
 * @since 0.1.0
 */
export interface CryptoWallet extends Schema.Struct.Type<typeof CryptoWalletFields> {}

/**
 * `CryptoWallet` as JSON, before decoding: what `Schema.encodeSync(CryptoWallet)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { CryptoWallet, type CryptoWalletEncoded } from "effect4-stytch"
 * const toJson = (value: CryptoWallet): CryptoWalletEncoded => Schema.encodeSync(CryptoWallet)(value)
 * ```
 * @since 0.1.0
 */
export type CryptoWalletEncoded = Schema.Struct.Encoded<typeof CryptoWalletFields>

const BiometricRegistrationFields = {
  biometric_registration_id: Schema.String,
  verified: Schema.Boolean
}

/**
 * A mobile biometric registration.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { BiometricRegistration } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(BiometricRegistration)({ biometric_registration_id: "biometric-registration-test-1", verified: true })
 * ```
 * @since 0.1.0
 */
export const BiometricRegistration: Schema.Codec<BiometricRegistration, BiometricRegistrationEncoded> = Schema.Struct(BiometricRegistrationFields).annotate({ identifier: "BiometricRegistration" })

/**
 * @example
 * ```ts
 * import type { BiometricRegistration } from "effect4-stytch"
 * const ids = (rs: ReadonlyArray<BiometricRegistration>) => rs.map((r) => r.biometric_registration_id)
 * ```
 * @since 0.1.0
 */
export interface BiometricRegistration extends Schema.Struct.Type<typeof BiometricRegistrationFields> {}

/**
 * `BiometricRegistration` as JSON, before decoding: what `Schema.encodeSync(BiometricRegistration)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { BiometricRegistration, type BiometricRegistrationEncoded } from "effect4-stytch"
 * const toJson = (value: BiometricRegistration): BiometricRegistrationEncoded => Schema.encodeSync(BiometricRegistration)(value)
 * ```
 * @since 0.1.0
 */
export type BiometricRegistrationEncoded = Schema.Struct.Encoded<typeof BiometricRegistrationFields>

const UserPasswordFields = {
  password_id: Schema.String,
  requires_reset: Schema.Boolean
}

/**
 * The user's password: its id and whether Stytch demands a reset before the next login.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { UserPassword } from "effect4-stytch"
 *
 * Schema.decodeUnknownSync(UserPassword)({ password_id: "password-test-1", requires_reset: false })
 * ```
 * @since 0.1.0
 */
export const UserPassword: Schema.Codec<UserPassword, UserPasswordEncoded> = Schema.Struct(UserPasswordFields).annotate({ identifier: "UserPassword" })

/**
 * @example
 * ```ts
 * import type { UserPassword } from "effect4-stytch"
 * const mustReset = (p: UserPassword | undefined) => p?.requires_reset === true
 * ```
 * @since 0.1.0
 */
export interface UserPassword extends Schema.Struct.Type<typeof UserPasswordFields> {}

/**
 * `UserPassword` as JSON, before decoding: what `Schema.encodeSync(UserPassword)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { UserPassword, type UserPasswordEncoded } from "effect4-stytch"
 * const toJson = (value: UserPassword): UserPasswordEncoded => Schema.encodeSync(UserPassword)(value)
 * ```
 * @since 0.1.0
 */
export type UserPasswordEncoded = Schema.Struct.Encoded<typeof UserPasswordFields>

/**
 * The fields of a {@link User}, for a response that holds them at its top level
 * (`users.get` answers with the user's fields next to `request_id`).
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { ResponseEnvelope, UserFields } from "effect4-stytch"
 *
 * const UserResponse = Schema.Struct({ ...ResponseEnvelope, ...UserFields })
 * ```
 * @since 0.1.0
 */
export const UserFields = {
  user_id: Schema.String,
  emails: Schema.Array(UserEmail),
  /** `"active"` or `"pending"`; unknown values decode as they are. */
  status: Schema.String,
  phone_numbers: Schema.Array(UserPhoneNumber),
  webauthn_registrations: Schema.Array(WebAuthnRegistration),
  providers: Schema.Array(OAuthProvider),
  totps: Schema.Array(TOTP),
  crypto_wallets: Schema.Array(CryptoWallet),
  biometric_registrations: Schema.Array(BiometricRegistration),
  is_locked: Schema.Boolean,
  roles: Schema.Array(Schema.String),
  name: Schema.optional(Name),
  /** RFC 3339. */
  created_at: Schema.optional(Schema.String),
  password: Schema.optional(UserPassword),
  trusted_metadata: Schema.optional(JsonObject),
  untrusted_metadata: Schema.optional(JsonObject),
  external_id: Schema.optional(Schema.String),
  /** RFC 3339. */
  lock_created_at: Schema.optional(Schema.String),
  /** RFC 3339. */
  lock_expires_at: Schema.optional(Schema.String)
}

/**
 * A consumer user. `status` is `"active"` or `"pending"` (other values decode as they are);
 * timestamps are RFC 3339 strings.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { User } from "effect4-stytch"
 *
 * const user = Schema.decodeUnknownSync(User)({
 *   user_id: "user-test-1", status: "active", is_locked: false, roles: ["stytch_user"],
 *   emails: [{ email_id: "email-test-1", email: "ada@example.com", verified: true }],
 *   phone_numbers: [], webauthn_registrations: [], providers: [], totps: [],
 *   crypto_wallets: [], biometric_registrations: []
 * })
 * ```
 * @since 0.1.0
 */
export const User: Schema.Codec<User, UserEncoded> = Schema.Struct(UserFields).annotate({ identifier: "User" })

/**
 * @example
 * ```ts
 * import type { User } from "effect4-stytch"
 * const primaryEmail = (user: User) => user.emails[0]?.email
 * ```
 * @since 0.1.0
 */
export interface User extends Schema.Struct.Type<typeof UserFields> {}

/**
 * `User` as JSON, before decoding: what `Schema.encodeSync(User)` gives.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { User, type UserEncoded } from "effect4-stytch"
 * const toJson = (value: User): UserEncoded => Schema.encodeSync(User)(value)
 * ```
 * @since 0.1.0
 */
export type UserEncoded = Schema.Struct.Encoded<typeof UserFields>
