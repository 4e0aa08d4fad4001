/**
 * The app's cookies: the session as Stytch's frontend SDKs name it (`stytch_session` holds the
 * session token, `stytch_session_jwt` the JWT) and the PKCE code verifier of a reset in flight.
 * All are HttpOnly (no script reads them) and SameSite=Lax (a cross-site form cannot post with
 * them, a link from an email still opens the reset page with them); Secure over https.
 */
import { type Cookies, HttpServerResponse } from "@effect/platform"
import { Duration, Effect } from "effect"

export const sessionTokenCookie = "stytch_session"
export const sessionJwtCookie = "stytch_session_jwt"
export const pkceVerifierCookie = "stytch_pkce_verifier"

/** How long a session lasts: asked of Stytch and given to the cookies alike. */
export const sessionDuration = Duration.minutes(60)

/** How long a reset link works: asked of Stytch and given to the verifier's cookie alike. */
export const resetLinkDuration = Duration.minutes(30)

const attributes = (secure: boolean): NonNullable<Cookies.Cookie["options"]> => ({
  path: "/",
  httpOnly: true,
  sameSite: "lax",
  secure
})

/** Sets the session cookies on a response. */
export const withSession = (
  response: HttpServerResponse.HttpServerResponse,
  session: { readonly token: string; readonly jwt: string },
  secure: boolean
): Effect.Effect<HttpServerResponse.HttpServerResponse> =>
  HttpServerResponse.setCookies(response, [
    [sessionTokenCookie, session.token, { ...attributes(secure), maxAge: sessionDuration }],
    [sessionJwtCookie, session.jwt, { ...attributes(secure), maxAge: sessionDuration }]
  ]).pipe(Effect.orDie)

/** Expires the session cookies. */
export const withoutSession = (response: HttpServerResponse.HttpServerResponse, secure: boolean) =>
  response.pipe(
    HttpServerResponse.expireCookie(sessionTokenCookie, attributes(secure)),
    HttpServerResponse.expireCookie(sessionJwtCookie, attributes(secure))
  )

/** Keeps a reset's code verifier for the browser that asked for the reset. */
export const withPkceVerifier = (response: HttpServerResponse.HttpServerResponse, verifier: string, secure: boolean) =>
  HttpServerResponse.setCookie(response, pkceVerifierCookie, verifier, { ...attributes(secure), maxAge: resetLinkDuration }).pipe(
    Effect.orDie
  )

/** Forgets the code verifier once the reset is done. */
export const withoutPkceVerifier = (response: HttpServerResponse.HttpServerResponse, secure: boolean) =>
  HttpServerResponse.expireCookie(response, pkceVerifierCookie, attributes(secure))
