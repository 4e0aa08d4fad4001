/** Log in (`passwords.authenticate`), log out (`sessions.revoke`) and the private page. */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Duration, Effect, Option } from "effect"
import { CurrentSession, Passwords, Sessions, Users } from "effect-stytch"
import { WebApi } from "../api.js"
import { WebConfig } from "../config.js"
import { sessionDuration, sessionJwtCookie, sessionTokenCookie, withoutSession, withSession } from "../cookies.js"
import { loginPage, type Problem, privatePage } from "../pages.js"
import { noticeText, page, seeOther } from "../respond.js"
import { unexpectedProblem } from "./unexpected.js"

/** One answer for an unknown email and a wrong password: the form does not reveal who has an account. */
const wrongCredentials: Problem = { message: "Wrong email or password." }

export const SessionLive = HttpApiBuilder.group(WebApi, "session", (handlers) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const sessions = yield* Sessions
    const users = yield* Users
    const config = yield* WebConfig
    return handlers
      .handle("loginForm", ({ urlParams }) => Effect.succeed(loginPage({ notice: noticeText(urlParams.notice) }).markup))
      .handle("login", ({ payload: { email, password } }) => {
        const refuse = (problem: Problem) => Effect.succeed(page(loginPage({ email, problem }), 401))
        return passwords
          .authenticate({ email, password, session_duration_minutes: Duration.toMinutes(sessionDuration) })
          .pipe(
            Effect.flatMap(({ session_token, session_jwt }) =>
              withSession(
                seeOther("/private"),
                { token: Option.getOrElse(session_token, () => ""), jwt: Option.getOrElse(session_jwt, () => "") },
                config.secureCookies
              )
            ),
            Effect.catchTags({
              EmailNotFound: () => refuse(wrongCredentials),
              UnauthorizedCredentials: () => refuse(wrongCredentials),
              NoUserPassword: () => refuse(wrongCredentials),
              InvalidEmail: () => refuse(wrongCredentials),
              ResetPassword: () =>
                refuse({ message: "This account's password must be reset before it can log in: use “Forgot your password?”." })
            }),
            Effect.catchAll((error) => refuse(unexpectedProblem(error)))
          )
      })
      .handle("logout", () =>
        Effect.gen(function* () {
          const { cookies } = yield* HttpServerRequest.HttpServerRequest
          const token = cookies[sessionTokenCookie]
          const jwt = cookies[sessionJwtCookie]
          const credential = token ? { session_token: token } : jwt ? { session_jwt: jwt } : undefined
          // A session Stytch no longer knows is as good as revoked; the cookies go either way.
          if (credential !== undefined) {
            yield* sessions.revoke(credential).pipe(
              Effect.catchAll((error) => Effect.logWarning(`sessions.revoke failed: ${error._tag}`))
            )
          }
          return withoutSession(seeOther("/login?notice=logged-out"), config.secureCookies)
        })
      )
      .handle("private", () =>
        Effect.gen(function* () {
          const { session, user_id } = yield* CurrentSession
          const user = yield* users.get({ user_id }).pipe(Effect.orDie)
          return privatePage({ email: user.emails[0]?.email ?? "(no email)", userId: user_id, expiresAt: session.expires_at ?? "(no expiry given)" }).markup
        })
      )
  })
)
