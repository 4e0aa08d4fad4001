/** Sign up (`passwords.create`) and delete my account (`users.delete`). */
import { HttpApiBuilder } from "@effect/platform"
import { Effect } from "effect"
import { CurrentSession, Passwords, Users } from "effect-stytch"
import { WebApi } from "../api.js"
import { WebConfig } from "../config.js"
import { withoutSession } from "../cookies.js"
import { newPasswordProblem } from "../feedback.js"
import { accountDeletedPage, type Problem, signupPage } from "../pages.js"
import { page, seeOther } from "../respond.js"
import { unexpectedProblem } from "./unexpected.js"

export const AccountLive = HttpApiBuilder.group(WebApi, "account", (handlers) =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const users = yield* Users
    const config = yield* WebConfig
    return handlers
      .handle("signupForm", () => Effect.succeed(signupPage().markup))
      .handle("signup", ({ payload: { email, password } }) => {
        const refuse = (problem: Problem) => page(signupPage({ email, problem }), 400)
        return passwords.create({ email, password }).pipe(
          Effect.as(seeOther("/login?notice=created")),
          Effect.catchTags({
            WeakPassword: (error) => Effect.map(newPasswordProblem(error, password, email), refuse),
            BreachedPassword: (error) => Effect.map(newPasswordProblem(error, password, email), refuse),
            DuplicateEmail: () =>
              Effect.succeed(refuse({ message: "An account with this email exists already: log in, or reset its password." })),
            InvalidEmail: () => Effect.succeed(refuse({ message: "That is not an email address Stytch accepts." }))
          }),
          Effect.catchAll((error) => Effect.succeed(refuse(unexpectedProblem(error)))),
          Effect.provideService(Passwords, passwords)
        )
      })
      .handle("deleteAccount", () =>
        Effect.gen(function* () {
          const { user_id } = yield* CurrentSession
          // Deleting the user ends its sessions at Stytch; the cookies go with them.
          yield* users.delete({ user_id }).pipe(Effect.catchTag("UserNotFound", () => Effect.void), Effect.orDie)
          return withoutSession(page(accountDeletedPage()), config.secureCookies)
        })
      )
  })
)
