/**
 * Errors of reset tokens, links, redirects and PKCE.
 *
 * Each class is the `Schema.TaggedError` for one Stytch `error_type`; its tag is the
 * PascalCase of the type.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { ApiErrorFields } from "../StytchError.js"
import { knownErrorClass } from "./KnownErrorClass.js"

/**
 * `unable_to_auth_password_reset_token`: The reset token is unknown, expired or already used.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" })
 * }).pipe(Effect.catchTag("UnableToAuthPasswordResetToken", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class UnableToAuthPasswordResetToken extends knownErrorClass("unable_to_auth_password_reset_token", Schema.TaggedError<UnableToAuthPasswordResetToken>()("UnableToAuthPasswordResetToken", ApiErrorFields)) {}

/**
 * `unable_to_auth_magic_link`: The magic link is unknown, expired or already used.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, UnableToAuthMagicLink } from "effect4-stytch"
 *
 * // No endpoint lists `unable_to_auth_magic_link`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === UnableToAuthMagicLink.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class UnableToAuthMagicLink extends knownErrorClass("unable_to_auth_magic_link", Schema.TaggedError<UnableToAuthMagicLink>()("UnableToAuthMagicLink", ApiErrorFields)) {}

/**
 * `magic_link_not_found`: The magic link was not found.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { MagicLinkNotFound, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `magic_link_not_found`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === MagicLinkNotFound.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class MagicLinkNotFound extends knownErrorClass("magic_link_not_found", Schema.TaggedError<MagicLinkNotFound>()("MagicLinkNotFound", ApiErrorFields)) {}

/**
 * `invalid_token`: The token is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidToken, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_token`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidToken.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidToken extends knownErrorClass("invalid_token", Schema.TaggedError<InvalidToken>()("InvalidToken", ApiErrorFields)) {}

/**
 * `pkce_mismatch`: The PKCE code verifier does not match the code challenge.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase", code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk" })
 * }).pipe(Effect.catchTag("PkceMismatch", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class PkceMismatch extends knownErrorClass("pkce_mismatch", Schema.TaggedError<PkceMismatch>()("PkceMismatch", ApiErrorFields)) {}

/**
 * `pkce_expected_code_verifier`: The flow started with a PKCE code challenge, so a code verifier is required.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" })
 * }).pipe(Effect.catchTag("PkceExpectedCodeVerifier", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class PkceExpectedCodeVerifier extends knownErrorClass("pkce_expected_code_verifier", Schema.TaggedError<PkceExpectedCodeVerifier>()("PkceExpectedCodeVerifier", ApiErrorFields)) {}

/**
 * `pkce_did_not_expect_code_verifier`: A code verifier was sent but the flow started without a code challenge.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase", code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk" })
 * }).pipe(Effect.catchTag("PkceDidNotExpectCodeVerifier", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class PkceDidNotExpectCodeVerifier extends knownErrorClass("pkce_did_not_expect_code_verifier", Schema.TaggedError<PkceDidNotExpectCodeVerifier>()("PkceDidNotExpectCodeVerifier", ApiErrorFields)) {}

/**
 * `invalid_pkce_code_challenge`: The PKCE code challenge is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.resetStart({ email: "ada@example.com", code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM" })
 * }).pipe(Effect.catchTag("InvalidPkceCodeChallenge", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPkceCodeChallenge extends knownErrorClass("invalid_pkce_code_challenge", Schema.TaggedError<InvalidPkceCodeChallenge>()("InvalidPkceCodeChallenge", ApiErrorFields)) {}

/**
 * `invalid_pkce_code_verifier`: The PKCE code verifier is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase", code_verifier: "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk" })
 * }).pipe(Effect.catchTag("InvalidPkceCodeVerifier", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPkceCodeVerifier extends knownErrorClass("invalid_pkce_code_verifier", Schema.TaggedError<InvalidPkceCodeVerifier>()("InvalidPkceCodeVerifier", ApiErrorFields)) {}

/**
 * `attribute_mismatch`: The request's IP address or user agent does not match the one that started the flow.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase", attributes: { ip_address: "203.0.113.7" } })
 * }).pipe(Effect.catchTag("AttributeMismatch", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class AttributeMismatch extends knownErrorClass("attribute_mismatch", Schema.TaggedError<AttributeMismatch>()("AttributeMismatch", ApiErrorFields)) {}

/**
 * `no_password_reset_redirect_url`: No reset redirect URL was given and the project has no default.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.resetStart({ email: "ada@example.com" })
 * }).pipe(Effect.catchTag("NoPasswordResetRedirectUrl", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class NoPasswordResetRedirectUrl extends knownErrorClass("no_password_reset_redirect_url", Schema.TaggedError<NoPasswordResetRedirectUrl>()("NoPasswordResetRedirectUrl", ApiErrorFields)) {}

/**
 * `invalid_password_reset_redirect_url`: The reset redirect URL is not valid or not allowed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: "https://example.com/reset" })
 * }).pipe(Effect.catchTag("InvalidPasswordResetRedirectUrl", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidPasswordResetRedirectUrl extends knownErrorClass("invalid_password_reset_redirect_url", Schema.TaggedError<InvalidPasswordResetRedirectUrl>()("InvalidPasswordResetRedirectUrl", ApiErrorFields)) {}

/**
 * `no_login_redirect_url`: No login redirect URL was given and the project has no default.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { NoLoginRedirectUrl, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `no_login_redirect_url`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.reset({ token: "reset-token-from-the-link", password: "a new, long and unusual passphrase" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === NoLoginRedirectUrl.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class NoLoginRedirectUrl extends knownErrorClass("no_login_redirect_url", Schema.TaggedError<NoLoginRedirectUrl>()("NoLoginRedirectUrl", ApiErrorFields)) {}

/**
 * `invalid_login_redirect_url`: The login redirect URL is not valid or not allowed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.resetStart({ email: "ada@example.com", login_redirect_url: "https://example.com/login" })
 * }).pipe(Effect.catchTag("InvalidLoginRedirectUrl", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidLoginRedirectUrl extends knownErrorClass("invalid_login_redirect_url", Schema.TaggedError<InvalidLoginRedirectUrl>()("InvalidLoginRedirectUrl", ApiErrorFields)) {}

/**
 * `no_discovery_redirect_url`: No discovery redirect URL was given and the project has no default.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.discovery.email.resetStart({ email_address: "ada@example.com" })
 * }).pipe(Effect.catchTag("NoDiscoveryRedirectUrl", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class NoDiscoveryRedirectUrl extends knownErrorClass("no_discovery_redirect_url", Schema.TaggedError<NoDiscoveryRedirectUrl>()("NoDiscoveryRedirectUrl", ApiErrorFields)) {}

/**
 * `invalid_discovery_redirect_url`: The discovery redirect URL is not valid or not allowed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.discovery.email.resetStart({ email_address: "ada@example.com", discovery_redirect_url: "https://example.com/discover" })
 * }).pipe(Effect.catchTag("InvalidDiscoveryRedirectUrl", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidDiscoveryRedirectUrl extends knownErrorClass("invalid_discovery_redirect_url", Schema.TaggedError<InvalidDiscoveryRedirectUrl>()("InvalidDiscoveryRedirectUrl", ApiErrorFields)) {}

/**
 * `invalid_locale`: The locale is not supported.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.resetStart({ email: "ada@example.com", locale: "pt-br" })
 * }).pipe(Effect.catchTag("InvalidLocale", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidLocale extends knownErrorClass("invalid_locale", Schema.TaggedError<InvalidLocale>()("InvalidLocale", ApiErrorFields)) {}

/**
 * `invalid_template_id`: The email template id is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@example.com", reset_password_template_id: "reset-password-acme" })
 * }).pipe(Effect.catchTag("InvalidTemplateId", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidTemplateId extends knownErrorClass("invalid_template_id", Schema.TaggedError<InvalidTemplateId>()("InvalidTemplateId", ApiErrorFields)) {}

/**
 * `email_template_not_found`: The email template was not found.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { B2BPasswords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const b2b = yield* B2BPasswords
 *   return yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@example.com", reset_password_template_id: "reset-password-acme" })
 * }).pipe(Effect.catchTag("EmailTemplateNotFound", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class EmailTemplateNotFound extends knownErrorClass("email_template_not_found", Schema.TaggedError<EmailTemplateNotFound>()("EmailTemplateNotFound", ApiErrorFields)) {}

/**
 * `invalid_expiration`: The expiration is out of range.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_expiration_minutes: 30 })
 * }).pipe(Effect.catchTag("InvalidExpiration", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidExpiration extends knownErrorClass("invalid_expiration", Schema.TaggedError<InvalidExpiration>()("InvalidExpiration", ApiErrorFields)) {}
