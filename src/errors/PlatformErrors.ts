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
 * Effect.catchTag("BadRequest", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class BadRequest extends knownErrorClass("bad_request", Schema.TaggedError<BadRequest>()("BadRequest", ApiErrorFields)) {}

/**
 * `invalid_argument`: An argument is missing or has the wrong type.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidArgument", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidArgument extends knownErrorClass("invalid_argument", Schema.TaggedError<InvalidArgument>()("InvalidArgument", ApiErrorFields)) {}

/**
 * `invalid_request_value`: A request value is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidRequestValue", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidRequestValue extends knownErrorClass("invalid_request_value", Schema.TaggedError<InvalidRequestValue>()("InvalidRequestValue", ApiErrorFields)) {}

/**
 * `too_many_requests`: Too many requests; retry after the delay the server gave.
 *
 * @example
 * ```ts
 * Effect.catchTag("TooManyRequests", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class TooManyRequests extends knownErrorClass("too_many_requests", Schema.TaggedError<TooManyRequests>()("TooManyRequests", ApiErrorFields)) {}

/**
 * `internal_server_error`: Stytch failed to handle the request.
 *
 * @example
 * ```ts
 * Effect.catchTag("InternalServerError", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InternalServerError extends knownErrorClass("internal_server_error", Schema.TaggedError<InternalServerError>()("InternalServerError", ApiErrorFields)) {}

/**
 * `server_unavailable`: Stytch is unavailable for now.
 *
 * @example
 * ```ts
 * Effect.catchTag("ServerUnavailable", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class ServerUnavailable extends knownErrorClass("server_unavailable", Schema.TaggedError<ServerUnavailable>()("ServerUnavailable", ApiErrorFields)) {}

/**
 * `client_closed_request`: The client closed the request before Stytch answered.
 *
 * @example
 * ```ts
 * Effect.catchTag("ClientClosedRequest", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class ClientClosedRequest extends knownErrorClass("client_closed_request", Schema.TaggedError<ClientClosedRequest>()("ClientClosedRequest", ApiErrorFields)) {}

/**
 * `route_not_found`: No endpoint matches the path.
 *
 * @example
 * ```ts
 * Effect.catchTag("RouteNotFound", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class RouteNotFound extends knownErrorClass("route_not_found", Schema.TaggedError<RouteNotFound>()("RouteNotFound", ApiErrorFields)) {}

/**
 * `method_not_allowed`: The endpoint does not accept this HTTP method.
 *
 * @example
 * ```ts
 * Effect.catchTag("MethodNotAllowed", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class MethodNotAllowed extends knownErrorClass("method_not_allowed", Schema.TaggedError<MethodNotAllowed>()("MethodNotAllowed", ApiErrorFields)) {}

/**
 * `use_https`: Requests must use HTTPS.
 *
 * @example
 * ```ts
 * Effect.catchTag("UseHttps", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class UseHttps extends knownErrorClass("use_https", Schema.TaggedError<UseHttps>()("UseHttps", ApiErrorFields)) {}

/**
 * `deprecated_endpoint`: The endpoint is deprecated.
 *
 * @example
 * ```ts
 * Effect.catchTag("DeprecatedEndpoint", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class DeprecatedEndpoint extends knownErrorClass("deprecated_endpoint", Schema.TaggedError<DeprecatedEndpoint>()("DeprecatedEndpoint", ApiErrorFields)) {}

/**
 * `unavailable_endpoint`: The endpoint is not available to the project.
 *
 * @example
 * ```ts
 * Effect.catchTag("UnavailableEndpoint", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class UnavailableEndpoint extends knownErrorClass("unavailable_endpoint", Schema.TaggedError<UnavailableEndpoint>()("UnavailableEndpoint", ApiErrorFields)) {}

/**
 * `unauthorized_credentials_homepage`: The credentials are not authorized.
 *
 * @example
 * ```ts
 * Effect.catchTag("UnauthorizedCredentialsHomepage", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class UnauthorizedCredentialsHomepage extends knownErrorClass("unauthorized_credentials_homepage", Schema.TaggedError<UnauthorizedCredentialsHomepage>()("UnauthorizedCredentialsHomepage", ApiErrorFields)) {}

/**
 * `unauthorized_project_id_live`: The live project id is not authorized.
 *
 * @example
 * ```ts
 * Effect.catchTag("UnauthorizedProjectIdLive", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class UnauthorizedProjectIdLive extends knownErrorClass("unauthorized_project_id_live", Schema.TaggedError<UnauthorizedProjectIdLive>()("UnauthorizedProjectIdLive", ApiErrorFields)) {}

/**
 * `unauthorized_project_id_test`: The test project id is not authorized.
 *
 * @example
 * ```ts
 * Effect.catchTag("UnauthorizedProjectIdTest", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class UnauthorizedProjectIdTest extends knownErrorClass("unauthorized_project_id_test", Schema.TaggedError<UnauthorizedProjectIdTest>()("UnauthorizedProjectIdTest", ApiErrorFields)) {}

/**
 * `invalid_secret_authentication`: The project secret is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidSecretAuthentication", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidSecretAuthentication extends knownErrorClass("invalid_secret_authentication", Schema.TaggedError<InvalidSecretAuthentication>()("InvalidSecretAuthentication", ApiErrorFields)) {}

/**
 * `invalid_project_id_authentication`: The project id is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidProjectIdAuthentication", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidProjectIdAuthentication extends knownErrorClass("invalid_project_id_authentication", Schema.TaggedError<InvalidProjectIdAuthentication>()("InvalidProjectIdAuthentication", ApiErrorFields)) {}

/**
 * `invalid_authorization_header`: The Authorization header is malformed.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidAuthorizationHeader", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidAuthorizationHeader extends knownErrorClass("invalid_authorization_header", Schema.TaggedError<InvalidAuthorizationHeader>()("InvalidAuthorizationHeader", ApiErrorFields)) {}

/**
 * `test_id_used_in_live_environment`: A test project id was used against the live environment.
 *
 * @example
 * ```ts
 * Effect.catchTag("TestIdUsedInLiveEnvironment", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class TestIdUsedInLiveEnvironment extends knownErrorClass("test_id_used_in_live_environment", Schema.TaggedError<TestIdUsedInLiveEnvironment>()("TestIdUsedInLiveEnvironment", ApiErrorFields)) {}

/**
 * `live_id_used_in_test_environment`: A live project id was used against the test environment.
 *
 * @example
 * ```ts
 * Effect.catchTag("LiveIdUsedInTestEnvironment", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class LiveIdUsedInTestEnvironment extends knownErrorClass("live_id_used_in_test_environment", Schema.TaggedError<LiveIdUsedInTestEnvironment>()("LiveIdUsedInTestEnvironment", ApiErrorFields)) {}

/**
 * `wrong_stack_live`: The request reached the live stack with a test project.
 *
 * @example
 * ```ts
 * Effect.catchTag("WrongStackLive", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class WrongStackLive extends knownErrorClass("wrong_stack_live", Schema.TaggedError<WrongStackLive>()("WrongStackLive", ApiErrorFields)) {}

/**
 * `wrong_stack_test`: The request reached the test stack with a live project.
 *
 * @example
 * ```ts
 * Effect.catchTag("WrongStackTest", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class WrongStackTest extends knownErrorClass("wrong_stack_test", Schema.TaggedError<WrongStackTest>()("WrongStackTest", ApiErrorFields)) {}

/**
 * `user_not_found`: No user matches.
 *
 * @example
 * ```ts
 * Effect.catchTag("UserNotFound", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class UserNotFound extends knownErrorClass("user_not_found", Schema.TaggedError<UserNotFound>()("UserNotFound", ApiErrorFields)) {}

/**
 * `invalid_user_id`: The user id is not valid.
 *
 * @example
 * ```ts
 * Effect.catchTag("InvalidUserId", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class InvalidUserId extends knownErrorClass("invalid_user_id", Schema.TaggedError<InvalidUserId>()("InvalidUserId", ApiErrorFields)) {}

/**
 * `email_in_denylist`: The email is on the project's deny list.
 *
 * @example
 * ```ts
 * Effect.catchTag("EmailInDenylist", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class EmailInDenylist extends knownErrorClass("email_in_denylist", Schema.TaggedError<EmailInDenylist>()("EmailInDenylist", ApiErrorFields)) {}

/**
 * `email_not_in_allowlist`: The email is not on the project's allow list.
 *
 * @example
 * ```ts
 * Effect.catchTag("EmailNotInAllowlist", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class EmailNotInAllowlist extends knownErrorClass("email_not_in_allowlist", Schema.TaggedError<EmailNotInAllowlist>()("EmailNotInAllowlist", ApiErrorFields)) {}

/**
 * `captcha_required`: A CAPTCHA is required.
 *
 * @example
 * ```ts
 * Effect.catchTag("CaptchaRequired", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class CaptchaRequired extends knownErrorClass("captcha_required", Schema.TaggedError<CaptchaRequired>()("CaptchaRequired", ApiErrorFields)) {}

/**
 * `captcha_failed`: The CAPTCHA check failed.
 *
 * @example
 * ```ts
 * Effect.catchTag("CaptchaFailed", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class CaptchaFailed extends knownErrorClass("captcha_failed", Schema.TaggedError<CaptchaFailed>()("CaptchaFailed", ApiErrorFields)) {}

/**
 * `unknown`: Stytch reported an unknown error.
 *
 * @example
 * ```ts
 * Effect.catchTag("Unknown", (e) => Effect.logWarning(e.error_message))
 * ```
 * @since 0.1.0
 */
export class Unknown extends knownErrorClass("unknown", Schema.TaggedError<Unknown>()("Unknown", ApiErrorFields)) {}
