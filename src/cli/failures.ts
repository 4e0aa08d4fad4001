/**
 * How the CLI fails: one line on stderr and an exit code, never a stack trace for a failure it
 * understands (a port in use, a bad file). Anything else is a bug, and is printed whole.
 */
import { Cause, Data, Exit } from "effect"

/**
 * A failure the CLI explains in one line, printed as `effect-stytch: <message>`; exits 1.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { CliFailure } from "./failures.js"
 *
 * Effect.fail(new CliFailure({ message: "cannot read --import file state.json: no such file" }))
 * ```
 */
export class CliFailure extends Data.TaggedError("CliFailure")<{ readonly message: string }> {}

/**
 * The `code` of a Node system error (`EADDRINUSE`, `ENOENT`, ...), if it is one.
 *
 * @example
 * ```ts
 * import { errnoCode } from "./failures.js"
 *
 * errnoCode(Object.assign(new Error("listen EADDRINUSE"), { code: "EADDRINUSE" })) // "EADDRINUSE"
 * ```
 */
export const errnoCode = (cause: unknown): string | undefined =>
  cause instanceof Error && "code" in cause && typeof cause.code === "string" ? cause.code : undefined

/**
 * A message on one line: a system or parser message can hold newlines (V8 quotes the JSON).
 *
 * @example
 * ```ts
 * import { oneLine } from "./failures.js"
 *
 * oneLine(new Error("a\n  b")) // "a b"
 * ```
 */
export const oneLine = (cause: unknown): string =>
  (cause instanceof Error ? cause.message : String(cause)).replace(/\s*[\r\n]+\s*/g, " ").trim()

/**
 * Prints how the run ended and gives its exit code: 0 when it succeeded or was stopped by a
 * signal, 1 with one line per `CliFailure` (a finalizer cannot fail, so the export written at
 * exit carries its failure as a defect), 1 with the whole cause for anything else.
 *
 * @example
 * ```ts
 * import { NodeRuntime } from "@effect/platform-node"
 * import { defaults } from "./args.js"
 * import { reportExit } from "./failures.js"
 * import { serve } from "./serve.js"
 *
 * NodeRuntime.runMain(serve(defaults), { disableErrorReporting: true, teardown: (exit, onExit) => onExit(reportExit(exit)) })
 * ```
 */
export const reportExit = (exit: Exit.Exit<unknown, unknown>): number => {
  if (Exit.isSuccess(exit)) return 0
  const explained = [...Cause.failures(exit.cause), ...Cause.defects(exit.cause)].filter((e) => e instanceof CliFailure)
  for (const failure of explained) console.error(`effect-stytch: ${failure.message}`)
  if (explained.length > 0) return 1
  if (Cause.isInterruptedOnly(exit.cause)) return 0
  console.error(Cause.pretty(exit.cause))
  return 1
}
