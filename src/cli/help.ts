/**
 * The text of `effect-stytch --help`, written from the option table the parser reads, so
 * that every option is listed with what it expects and its default.
 */
import { switches, valueOptions } from "./args.js"

const column = 29

const row = (left: string, right: string): string => `  ${left}`.padEnd(column) + right

/**
 * What `effect-stytch --help` prints.
 *
 * @example
 * ```ts
 * import { helpText } from "./help.js"
 *
 * console.log(helpText) // "usage: effect-stytch emulator [options]\n..."
 * ```
 */
export const helpText: string = [
  "usage: effect-stytch emulator [options]",
  "",
  "Runs a local Stytch (the Passwords API and the emulator's control API) over HTTP, with a",
  "dashboard at / (beyond loopback, it and the control API require the token printed at start).",
  "Logs one line per Stytch API request; stops cleanly on SIGINT (Ctrl-C) or SIGTERM.",
  "",
  "options:",
  ...Object.values(valueOptions).flatMap((option) => [
    row(`${option.flag} ${option.placeholder}`, option.purpose),
    row("", `expects ${option.expects}`),
    row("", `default: ${option.default}`)
  ]),
  ...Object.values(switches).map((option) => row(option.flags.join(", "), option.purpose))
].join("\n")

/**
 * The line after a usage error, pointing at the help.
 *
 * @example
 * ```ts
 * import { helpHint } from "./help.js"
 *
 * console.error(`effect-stytch: unknown option --prot\n${helpHint}`)
 * ```
 */
export const helpHint = "Run 'effect-stytch --help' for usage."
