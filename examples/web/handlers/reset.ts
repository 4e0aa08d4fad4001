/**
 * Forgot password (`passwords.email.resetStart`, bound with PKCE) and the reset page the
 * emailed link opens (`passwords.email.reset`). The code verifier stays in an HttpOnly cookie
 * of the browser that asked, so a leaked link alone cannot reset the password.
 */
import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { Duration, Effect } from "effect"
import { Passwords, Pkce } from "effect-stytch"
import { WebApi } from "../api.js"
import { absolute, WebConfig } from "../config.js"
import { pkceVerifierCookie, resetLinkDuration, withoutPkceVerifier, withoutSession, withPkceVerifier } from "../cookies.js"
import { newPasswordProblem } from "../feedback.js"
import { forgotPage, type Problem, resetLinkProblemPage, resetPage } from "../pages.js"
import { page, seeOther } from "../respond.js"
import { unexpectedProblem } from "./unexpected.js"

/** The same words whether or not the email has an account. */
const linkSent = "If an account uses that email, a reset link is on its way. Open it in this browser."

const otherBrowser: Problem = {
  message: "This reset link was asked for in another browser (or that request has expired).",
  details: ["Ask for a new link here, then open it in this browser."]
}

const deadLink: Problem = { message: "This reset link has expired or was used already." }

export const ResetLive = HttpApiBuilder.group(WebApi, "reset", (handlers) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const config = yield* WebConfig
    return handlers
      .handle("forgotForm", () => Effect.succeed(forgotPage().markup))
      .handle("forgot", ({ payload: { email } }) =>
        Effect.gen(function* () {
          const pkce = yield* Pkce.make
          const sent = withPkceVerifier(page(forgotPage({ notice: linkSent })), pkce.code_verifier, config.secureCookies)
          return yield* passwords.email
            .resetStart({
              email,
              reset_password_redirect_url: absolute(config, "/reset"),
              reset_password_expiration_minutes: Duration.toMinutes(resetLinkDuration),
              code_challenge: pkce.code_challenge
            })
            .pipe(
              Effect.zipRight(sent),
              Effect.catchTags({
                EmailNotFound: () => sent,
                InvalidEmail: () => Effect.succeed(page(forgotPage({ problem: { message: "That is not an email address." } }), 400))
              }),
              Effect.catchAll((error) => Effect.succeed(page(forgotPage({ problem: unexpectedProblem(error) }), 502)))
            )
        })
      )
      .handle("resetForm", ({ urlParams: { token } }) =>
        Effect.gen(function* () {
          const { cookies } = yield* HttpServerRequest.HttpServerRequest
          if (token === undefined || token === "") return page(resetLinkProblemPage(deadLink), 400)
          if (!cookies[pkceVerifierCookie]) return page(resetLinkProblemPage(otherBrowser), 400)
          return page(resetPage({ token }))
        })
      )
      .handle("reset", ({ payload: { token, password } }) =>
        Effect.gen(function* () {
          const code_verifier = (yield* HttpServerRequest.HttpServerRequest).cookies[pkceVerifierCookie]
          if (!code_verifier) return page(resetLinkProblemPage(otherBrowser), 400)
          const refuse = (problem: Problem) => page(resetPage({ token, problem }), 400)
          const linkProblem = (problem: Problem) => Effect.succeed(page(resetLinkProblemPage(problem), 400))
          return yield* passwords.email.reset({ token, password, code_verifier }).pipe(
            // Stytch ends the user's sessions on a reset: this browser's cookies go too.
            Effect.as(withoutSession(withoutPkceVerifier(seeOther("/login?notice=password-changed"), config.secureCookies), config.secureCookies)),
            Effect.catchTags({
              WeakPassword: (error) => Effect.map(newPasswordProblem(error, password, undefined), refuse),
              BreachedPassword: (error) => Effect.map(newPasswordProblem(error, password, undefined), refuse),
              UnableToAuthPasswordResetToken: () => linkProblem(deadLink),
              PkceMismatch: () => linkProblem(otherBrowser),
              PkceExpectedCodeVerifier: () => linkProblem(otherBrowser),
              PkceDidNotExpectCodeVerifier: () => linkProblem(otherBrowser),
              InvalidPkceCodeVerifier: () => linkProblem(otherBrowser)
            }),
            Effect.catchAll((error) => Effect.succeed(page(resetLinkProblemPage(unexpectedProblem(error)), 502))),
            Effect.provideService(Passwords, passwords)
          )
        })
      )
  })
)
