/** A Stytch failure no form expects (unreachable, rate limited, …): a problem to show, not a crash. */
import type { Problem } from "../pages.js"

export const unexpectedProblem = (error: { readonly _tag: string; readonly message: string }): Problem => ({
  message: "Stytch could not complete this request. Please try again.",
  details: [`${error._tag}: ${error.message}`]
})
