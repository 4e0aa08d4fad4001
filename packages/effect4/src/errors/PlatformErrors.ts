/**
 * Errors any endpoint can return: bad requests, rate limits, outages, project credentials.
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
 * `bad_request`: The request is malformed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { BadRequest, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `bad_request`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === BadRequest.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class BadRequest extends knownErrorClass("bad_request", Schema.TaggedError<BadRequest>()("BadRequest", ApiErrorFields)) {}

/**
 * `invalid_argument`: An argument is missing or has the wrong type.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidArgument, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_argument`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidArgument.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidArgument extends knownErrorClass("invalid_argument", Schema.TaggedError<InvalidArgument>()("InvalidArgument", ApiErrorFields)) {}

/**
 * `invalid_request_value`: A request value is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidRequestValue, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_request_value`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidRequestValue.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidRequestValue extends knownErrorClass("invalid_request_value", Schema.TaggedError<InvalidRequestValue>()("InvalidRequestValue", ApiErrorFields)) {}

/**
 * `too_many_requests`: Too many requests; retry after the delay the server gave.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.migrate({ email: "ada@example.com", hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy", hash_type: "bcrypt" })
 * }).pipe(Effect.catchTag("TooManyRequests", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class TooManyRequests extends knownErrorClass("too_many_requests", Schema.TaggedError<TooManyRequests>()("TooManyRequests", ApiErrorFields)) {}

/**
 * `internal_server_error`: Stytch failed to handle the request.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InternalServerError, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `internal_server_error`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InternalServerError.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InternalServerError extends knownErrorClass("internal_server_error", Schema.TaggedError<InternalServerError>()("InternalServerError", ApiErrorFields)) {}

/**
 * `server_unavailable`: Stytch is unavailable for now.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, ServerUnavailable } from "effect4-stytch"
 *
 * // No endpoint lists `server_unavailable`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === ServerUnavailable.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class ServerUnavailable extends knownErrorClass("server_unavailable", Schema.TaggedError<ServerUnavailable>()("ServerUnavailable", ApiErrorFields)) {}

/**
 * `client_closed_request`: The client closed the request before Stytch answered.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { ClientClosedRequest, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `client_closed_request`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === ClientClosedRequest.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class ClientClosedRequest extends knownErrorClass("client_closed_request", Schema.TaggedError<ClientClosedRequest>()("ClientClosedRequest", ApiErrorFields)) {}

/**
 * `route_not_found`: No endpoint matches the path.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, RouteNotFound } from "effect4-stytch"
 *
 * // No endpoint lists `route_not_found`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === RouteNotFound.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class RouteNotFound extends knownErrorClass("route_not_found", Schema.TaggedError<RouteNotFound>()("RouteNotFound", ApiErrorFields)) {}

/**
 * `method_not_allowed`: The endpoint does not accept this HTTP method.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { MethodNotAllowed, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `method_not_allowed`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === MethodNotAllowed.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class MethodNotAllowed extends knownErrorClass("method_not_allowed", Schema.TaggedError<MethodNotAllowed>()("MethodNotAllowed", ApiErrorFields)) {}

/**
 * `use_https`: Requests must use HTTPS.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, UseHttps } from "effect4-stytch"
 *
 * // No endpoint lists `use_https`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === UseHttps.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class UseHttps extends knownErrorClass("use_https", Schema.TaggedError<UseHttps>()("UseHttps", ApiErrorFields)) {}

/**
 * `deprecated_endpoint`: The endpoint is deprecated.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { DeprecatedEndpoint, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `deprecated_endpoint`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === DeprecatedEndpoint.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class DeprecatedEndpoint extends knownErrorClass("deprecated_endpoint", Schema.TaggedError<DeprecatedEndpoint>()("DeprecatedEndpoint", ApiErrorFields)) {}

/**
 * `unavailable_endpoint`: The endpoint is not available to the project.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, UnavailableEndpoint } from "effect4-stytch"
 *
 * // No endpoint lists `unavailable_endpoint`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === UnavailableEndpoint.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class UnavailableEndpoint extends knownErrorClass("unavailable_endpoint", Schema.TaggedError<UnavailableEndpoint>()("UnavailableEndpoint", ApiErrorFields)) {}

/**
 * `unauthorized_credentials_homepage`: The credentials are not authorized.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, UnauthorizedCredentialsHomepage } from "effect4-stytch"
 *
 * // No endpoint lists `unauthorized_credentials_homepage`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === UnauthorizedCredentialsHomepage.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class UnauthorizedCredentialsHomepage extends knownErrorClass("unauthorized_credentials_homepage", Schema.TaggedError<UnauthorizedCredentialsHomepage>()("UnauthorizedCredentialsHomepage", ApiErrorFields)) {}

/**
 * `unauthorized_project_id_live`: The live project id is not authorized.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, UnauthorizedProjectIdLive } from "effect4-stytch"
 *
 * // No endpoint lists `unauthorized_project_id_live`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === UnauthorizedProjectIdLive.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class UnauthorizedProjectIdLive extends knownErrorClass("unauthorized_project_id_live", Schema.TaggedError<UnauthorizedProjectIdLive>()("UnauthorizedProjectIdLive", ApiErrorFields)) {}

/**
 * `unauthorized_project_id_test`: The test project id is not authorized.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, UnauthorizedProjectIdTest } from "effect4-stytch"
 *
 * // No endpoint lists `unauthorized_project_id_test`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === UnauthorizedProjectIdTest.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class UnauthorizedProjectIdTest extends knownErrorClass("unauthorized_project_id_test", Schema.TaggedError<UnauthorizedProjectIdTest>()("UnauthorizedProjectIdTest", ApiErrorFields)) {}

/**
 * `invalid_secret_authentication`: The project secret is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidSecretAuthentication, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_secret_authentication`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidSecretAuthentication.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidSecretAuthentication extends knownErrorClass("invalid_secret_authentication", Schema.TaggedError<InvalidSecretAuthentication>()("InvalidSecretAuthentication", ApiErrorFields)) {}

/**
 * `invalid_project_id_authentication`: The project id is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidProjectIdAuthentication, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_project_id_authentication`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidProjectIdAuthentication.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidProjectIdAuthentication extends knownErrorClass("invalid_project_id_authentication", Schema.TaggedError<InvalidProjectIdAuthentication>()("InvalidProjectIdAuthentication", ApiErrorFields)) {}

/**
 * `invalid_authorization_header`: The Authorization header is malformed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { InvalidAuthorizationHeader, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `invalid_authorization_header`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === InvalidAuthorizationHeader.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class InvalidAuthorizationHeader extends knownErrorClass("invalid_authorization_header", Schema.TaggedError<InvalidAuthorizationHeader>()("InvalidAuthorizationHeader", ApiErrorFields)) {}

/**
 * `test_id_used_in_live_environment`: A test project id was used against the live environment.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, TestIdUsedInLiveEnvironment } from "effect4-stytch"
 *
 * // No endpoint lists `test_id_used_in_live_environment`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === TestIdUsedInLiveEnvironment.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class TestIdUsedInLiveEnvironment extends knownErrorClass("test_id_used_in_live_environment", Schema.TaggedError<TestIdUsedInLiveEnvironment>()("TestIdUsedInLiveEnvironment", ApiErrorFields)) {}

/**
 * `live_id_used_in_test_environment`: A live project id was used against the test environment.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { LiveIdUsedInTestEnvironment, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `live_id_used_in_test_environment`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === LiveIdUsedInTestEnvironment.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class LiveIdUsedInTestEnvironment extends knownErrorClass("live_id_used_in_test_environment", Schema.TaggedError<LiveIdUsedInTestEnvironment>()("LiveIdUsedInTestEnvironment", ApiErrorFields)) {}

/**
 * `wrong_stack_live`: The request reached the live stack with a test project.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, WrongStackLive } from "effect4-stytch"
 *
 * // No endpoint lists `wrong_stack_live`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === WrongStackLive.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class WrongStackLive extends knownErrorClass("wrong_stack_live", Schema.TaggedError<WrongStackLive>()("WrongStackLive", ApiErrorFields)) {}

/**
 * `wrong_stack_test`: The request reached the test stack with a live project.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, WrongStackTest } from "effect4-stytch"
 *
 * // No endpoint lists `wrong_stack_test`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === WrongStackTest.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class WrongStackTest extends knownErrorClass("wrong_stack_test", Schema.TaggedError<WrongStackTest>()("WrongStackTest", ApiErrorFields)) {}

/**
 * `user_not_found`: No user matches.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Users } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const users = yield* Users
 *   return yield* users.get({ user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6" })
 * }).pipe(Effect.catchTag("UserNotFound", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class UserNotFound extends knownErrorClass("user_not_found", Schema.TaggedError<UserNotFound>()("UserNotFound", ApiErrorFields)) {}

/**
 * `invalid_user_id`: The user id is not valid.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Users } from "effect4-stytch"
 *
 * const program = Effect.gen(function* () {
 *   const users = yield* Users
 *   return yield* users.delete({ user_id: "not-a-user-id" })
 * }).pipe(Effect.catchTag("InvalidUserId", (e) => Effect.logWarning(e.error_message)))
 * ```
 * @since 0.1.0
 */
export class InvalidUserId extends knownErrorClass("invalid_user_id", Schema.TaggedError<InvalidUserId>()("InvalidUserId", ApiErrorFields)) {}

/**
 * `email_in_denylist`: The email is on the project's deny list.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { EmailInDenylist, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `email_in_denylist`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === EmailInDenylist.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class EmailInDenylist extends knownErrorClass("email_in_denylist", Schema.TaggedError<EmailInDenylist>()("EmailInDenylist", ApiErrorFields)) {}

/**
 * `email_not_in_allowlist`: The email is not on the project's allow list.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { EmailNotInAllowlist, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `email_not_in_allowlist`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === EmailNotInAllowlist.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class EmailNotInAllowlist extends knownErrorClass("email_not_in_allowlist", Schema.TaggedError<EmailNotInAllowlist>()("EmailNotInAllowlist", ApiErrorFields)) {}

/**
 * `captcha_required`: A CAPTCHA is required.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CaptchaRequired, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `captcha_required`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === CaptchaRequired.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class CaptchaRequired extends knownErrorClass("captcha_required", Schema.TaggedError<CaptchaRequired>()("CaptchaRequired", ApiErrorFields)) {}

/**
 * `captcha_failed`: The CAPTCHA check failed.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CaptchaFailed, Passwords } from "effect4-stytch"
 *
 * // No endpoint lists `captcha_failed`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.create({ email: "ada@example.com", password: "correct horse battery staple" })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === CaptchaFailed.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class CaptchaFailed extends knownErrorClass("captcha_failed", Schema.TaggedError<CaptchaFailed>()("CaptchaFailed", ApiErrorFields)) {}

/**
 * `unknown`: Stytch reported an unknown error.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { Passwords, Unknown } from "effect4-stytch"
 *
 * // No endpoint lists `unknown`, so a call fails with it as a `StytchApiError` of that `error_type`.
 * const program = Effect.gen(function* () {
 *   const passwords = yield* Passwords
 *   return yield* passwords.authenticate({ email: "ada@example.com", password: "correct horse battery staple", session_duration_minutes: 60 })
 * }).pipe(
 *   Effect.catchTag("StytchApiError", (e) =>
 *     e.error_type === Unknown.errorType ? Effect.logWarning(e.error_message) : Effect.fail(e)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export class Unknown extends knownErrorClass("unknown", Schema.TaggedError<Unknown>()("Unknown", ApiErrorFields)) {}
