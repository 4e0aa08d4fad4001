/**
 * Why Stytch refused a new password, in words for the form. A `weak_password` error carries
 * only a message; the advice (zxcvbn's warning and suggestions, or what a LUDS policy still
 * misses) comes from `passwords.strengthCheck` on the same password, as Stytch recommends.
 */
import { Effect, type Redacted } from "effect"
import { type BreachedPassword, type LudsRequirements, Passwords, type WeakPassword } from "effect-stytch"
import type { Problem } from "./pages.js"

const ludsAdvice = (luds: LudsRequirements): ReadonlyArray<string> => [
  ...(luds.missing_characters > 0 ? [`Use ${luds.missing_characters} more character(s).`] : []),
  ...(luds.missing_complexity > 0
    ? [
        `Add ${luds.missing_complexity} more kind(s) of character:` +
          [
            luds.has_lower_case ? "" : " a lowercase letter",
            luds.has_upper_case ? "" : " an uppercase letter",
            luds.has_digit ? "" : " a digit",
            luds.has_symbol ? "" : " a symbol"
          ]
            .filter((kind) => kind !== "")
            .join(",") +
          "."
      ]
    : [])
]

/** The refusal and Stytch's advice on the password; the advice is left out if the check fails. */
export const newPasswordProblem = (
  error: WeakPassword | BreachedPassword,
  password: Redacted.Redacted<string>,
  email: string | undefined
): Effect.Effect<Problem, never, Passwords> =>
  Effect.gen(function* () {
    const passwords = yield* Passwords
    const check = yield* passwords.strengthCheck(email === undefined ? { password } : { password, email }).pipe(Effect.option)
    const feedback = check._tag === "Some" ? check.value.feedback : undefined
    const details = feedback
      ? [feedback.warning, ...feedback.suggestions, ...(feedback.luds_requirements ? ludsAdvice(feedback.luds_requirements) : [])]
      : []
    // The emulator's message repeats zxcvbn's warning: list each piece of advice once.
    return { message: error.error_message, details: details.filter((line) => line !== "" && !error.error_message.includes(line)) }
  })
