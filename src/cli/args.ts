/**
 * The command line of `effect-stytch`, read into what to do: a pure function from argv to the
 * command, or to the one line that says why it is refused, so it is tested without a process.
 */
import * as Either from "effect/Either"
import { defaultProjectId, defaultSecret } from "../emulator/EmulatorConfig.js"
import type { HashingProfileName } from "../emulator/hashing/index.js"

/**
 * What `effect-stytch emulator` runs with, every default filled in.
 *
 * @example
 * ```ts
 * import type { EmulatorArgs } from "./args.js"
 *
 * const args: EmulatorArgs = {
 *   port: 4010, host: "127.0.0.1", projectId: "project-test-1", secret: "secret-test-1",
 *   hashing: "fast", importFile: undefined, exportFile: "state.json", controlToken: undefined
 * }
 * ```
 */
export interface EmulatorArgs {
  readonly port: number
  readonly host: string
  readonly projectId: string
  readonly secret: string
  readonly hashing: HashingProfileName
  readonly importFile: string | undefined
  readonly exportFile: string | undefined
  /** Required by the control API and the dashboard; made up at start when the host is beyond loopback. */
  readonly controlToken: string | undefined
}

/**
 * What `effect-stytch emulator` runs with when given no option.
 *
 * @example
 * ```ts
 * import { defaults } from "./args.js"
 *
 * defaults.port // 4010
 * ```
 */
export const defaults: EmulatorArgs = {
  port: 4010,
  host: "127.0.0.1",
  projectId: defaultProjectId,
  secret: defaultSecret,
  hashing: "fast",
  importFile: undefined,
  exportFile: undefined,
  controlToken: undefined
}

/**
 * What the command line asks for.
 *
 * @example
 * ```ts
 * import type { CliCommand } from "./args.js"
 *
 * const command: CliCommand = { _tag: "Version" }
 * ```
 */
export type CliCommand =
  | { readonly _tag: "Help" }
  | { readonly _tag: "Version" }
  | { readonly _tag: "Emulator"; readonly args: EmulatorArgs }

/**
 * An option that takes a value: the help and the error messages are both written from it.
 *
 * @example
 * ```ts
 * import { defaults, type ValueOption } from "./args.js"
 *
 * const port: ValueOption = {
 *   flag: "--port", placeholder: "PORT", purpose: "the port to listen on",
 *   expects: "an integer from 0 to 65535", default: String(defaults.port)
 * }
 * ```
 */
export interface ValueOption {
  readonly flag: string
  readonly placeholder: string
  readonly purpose: string
  /** What the value must be: "--port expects an integer from 0 to 65535, got ...". */
  readonly expects: string
  readonly default: string
}

/**
 * The options that take a value, in the order the help lists them.
 *
 * @example
 * ```ts
 * import { valueOptions } from "./args.js"
 *
 * valueOptions.port.flag // "--port"
 * ```
 */
export const valueOptions: { readonly [K in keyof EmulatorArgs]: ValueOption } = {
  port: {
    flag: "--port",
    placeholder: "PORT",
    purpose: "the port to listen on; 0 picks a free one",
    expects: "an integer from 0 to 65535",
    default: String(defaults.port)
  },
  host: {
    flag: "--host",
    placeholder: "HOST",
    purpose: "the address to listen on",
    expects: "a host name or IP address",
    default: defaults.host
  },
  projectId: {
    flag: "--project-id",
    placeholder: "ID",
    purpose: "the project id clients authenticate with",
    expects: "a non-empty project id",
    default: defaults.projectId
  },
  secret: {
    flag: "--secret",
    placeholder: "SECRET",
    purpose: "the secret clients authenticate with",
    expects: "a non-empty secret",
    default: defaults.secret
  },
  hashing: {
    flag: "--hashing",
    placeholder: "fast|production",
    purpose: "fast: cheap scrypt, for tests; production: scrypt at OWASP cost",
    expects: "fast or production",
    default: defaults.hashing
  },
  importFile: {
    flag: "--import",
    placeholder: "FILE",
    purpose: "a state to start from, as --export-on-exit writes it",
    expects: "a path to a JSON state file",
    default: "none, start empty"
  },
  exportFile: {
    flag: "--export-on-exit",
    placeholder: "FILE",
    purpose: "where to write the state as JSON on SIGINT or SIGTERM",
    expects: "a path in an existing, writable folder",
    default: "none, no export"
  },
  controlToken: {
    flag: "--control-token",
    placeholder: "TOKEN",
    purpose: "what the control API and the dashboard require (x-emulator-token header)",
    expects: "letters, digits, '-', '_', '.' or '~' (it goes in a cookie)",
    default: "none on loopback; a random one, printed, beyond it"
  }
}

/**
 * The options that take no value.
 *
 * @example
 * ```ts
 * import { switches } from "./args.js"
 *
 * switches.help.flags // ["-h", "--help"]
 * ```
 */
export const switches = {
  help: { flags: ["-h", "--help"], purpose: "print this help and exit" },
  version: { flags: ["-v", "--version"], purpose: "print the version and exit" }
} as const

const command = "emulator"

/** Quotes what the user typed, so that an empty or odd value still reads as one. */
const quoted = (raw: string): string => JSON.stringify(raw)

/** No spaces, no control characters: what can be printed bare and stay one word on one line. */
const isOneWord = (text: string): boolean => /^[^\s\p{Cc}]+$/u.test(text)

/** A flag is printed bare unless it holds spaces or control characters. */
const printable = (flag: string): string => (isOneWord(flag) ? flag : quoted(flag))

/** The "got ..." of an error message. */
const got = (raw: string): string => (raw === "" ? "an empty value" : raw.trim() === "" ? "a blank value" : quoted(raw))

/** Refuses only a blank text, so the text itself is never shown back (it may be the secret). */
const nonBlank = (raw: string): Either.Either<string, string> => (raw.trim() === "" ? Either.left(got(raw)) : Either.right(raw))

/** Each option's value, or what was got instead. */
const readers: { readonly [K in keyof EmulatorArgs]: (raw: string) => Either.Either<EmulatorArgs[K], string> } = {
  port: (raw) => (/^\d{1,5}$/.test(raw) && Number(raw) <= 65535 ? Either.right(Number(raw)) : Either.left(got(raw))),
  // Neither a host name nor an address holds spaces; refusing them keeps the listen error on one line.
  host: (raw) => (isOneWord(raw) ? Either.right(raw) : Either.left(got(raw))),
  projectId: nonBlank,
  secret: nonBlank,
  hashing: (raw) => (raw === "fast" || raw === "production" ? Either.right(raw) : Either.left(got(raw))),
  importFile: nonBlank,
  exportFile: nonBlank,
  // Never shown back: it is a credential.
  controlToken: (raw) => (/^[\w.~-]+$/.test(raw) ? Either.right(raw) : Either.left(raw.trim() === "" ? got(raw) : "other characters"))
}

const isOptionKey = (key: string): key is keyof EmulatorArgs => key in valueOptions

const keyOfFlag = (flag: string): keyof EmulatorArgs | undefined =>
  Object.keys(valueOptions).filter(isOptionKey).find((key) => valueOptions[key].flag === flag)

const isHelp = (arg: string): boolean => switches.help.flags.some((flag) => flag === arg)
const isVersion = (arg: string): boolean => switches.version.flags.some((flag) => flag === arg)
const isSwitch = (arg: string): boolean => isHelp(arg) || isVersion(arg)

/** The next argument is the option's value unless it is itself an option: `--secret --port 1` lacks a secret. */
const isValue = (arg: string | undefined): arg is string => arg !== undefined && !arg.startsWith("--") && !isSwitch(arg)

type Given = { -readonly [K in keyof EmulatorArgs]?: EmulatorArgs[K] }

/**
 * Reads the arguments after `node cli.js`: the command to run, or why they are refused.
 * `--help` and `--version` win over everything else; otherwise the first problem, in the order
 * typed, is the answer. An option given twice keeps its last value.
 *
 * @example
 * ```ts
 * import { parseArgs } from "./args.js"
 *
 * parseArgs(["emulator", "--port", "0"])  // Either.right({ _tag: "Emulator", args: { port: 0, ... } })
 * parseArgs(["emulator", "--prot", "0"])  // Either.left("unknown option --prot")
 * parseArgs(["--help"])                   // Either.right({ _tag: "Help" })
 * ```
 */
export const parseArgs = (argv: ReadonlyArray<string>): Either.Either<CliCommand, string> => {
  const given: Given = {}
  let wanted: "Help" | "Version" | undefined
  let problem: string | undefined
  let commandSeen = false
  const refuse = (message: string) => {
    problem ??= message
  }
  const take = <K extends keyof EmulatorArgs>(key: K, raw: string | undefined) => {
    const { flag, expects } = valueOptions[key]
    if (raw === undefined) return refuse(`${flag} expects ${expects}, got no value`)
    Either.match(readers[key](raw), {
      onLeft: (got) => refuse(`${flag} expects ${expects}, got ${got}`),
      onRight: (value) => {
        given[key] = value
      }
    })
  }

  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]
    if (arg === undefined) continue
    if (isHelp(arg)) wanted ??= "Help"
    else if (isVersion(arg)) wanted ??= "Version"
    else if (arg.startsWith("-") && arg !== "-") {
      const equals = arg.startsWith("--") ? arg.indexOf("=") : -1
      const flag = equals < 0 ? arg : arg.slice(0, equals)
      const key = keyOfFlag(flag)
      // `--port=1` holds its value; `--port 1` takes the next argument, which is then skipped.
      if (key !== undefined) take(key, equals >= 0 ? arg.slice(equals + 1) : isValue(argv[index + 1]) ? argv[++index] : undefined)
      else if (isSwitch(flag)) refuse(`${flag} takes no value`)
      else refuse(`unknown option ${printable(flag)}`)
    } else if (commandSeen) refuse(`unexpected argument ${quoted(arg)}; ${command} takes options only`)
    else {
      commandSeen = true
      if (arg !== command) refuse(`unknown command ${quoted(arg)}; the only command is ${command}`)
    }
  }

  if (wanted !== undefined) return Either.right({ _tag: wanted })
  if (problem !== undefined) return Either.left(problem)
  if (!commandSeen) return Either.left(`no command given; the only command is ${command}`)
  return Either.right({
    _tag: "Emulator",
    args: { ...defaults, ...given }
  })
}
