/**
 * Telling a refused credential (401) from a Stytch that could not judge it (503).
 *
 * @since 0.1.0
 */
import type { B2BSessionsAuthenticateError } from "../b2b/sessions/authenticate.js"
import type { SessionsAuthenticateError } from "../sessions/authenticate.js"

// Our own project credentials refused, or rate limited: Stytch did not judge the session.
const notAboutTheSession = new Set([401, 403, 429])

/**
 * Whether a failed `authenticate` means Stytch refused the credential. A 4xx answer is a
 * refusal (unknown, expired or revoked session, malformed token or JWT), except 401/403 (the
 * project's secret is wrong) and 429; a credential our client will not even send is one too.
 * Everything else (no connection, timeout, 5xx, an answer that is not Stytch's) means the
 * credential was not judged.
 */
export const isRefusal = (error: SessionsAuthenticateError | B2BSessionsAuthenticateError): boolean => {
  switch (error._tag) {
    case "StytchTransportError":
    case "StytchTimeout":
    case "StytchUnexpectedResponse":
    case "StytchDecodeError":
      return false
    case "StytchInvalidRequest":
      return true
    default:
      return error.http_status >= 400 && error.http_status < 500 && !notAboutTheSession.has(error.http_status)
  }
}
