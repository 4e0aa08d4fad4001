/**
 * The command line read without a process: what each argv runs with, and the exact line that
 * refuses a bad one. The CLI suite checks the same lines reach stderr with exit code 2.
 */
import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { type CliCommand, type EmulatorArgs, parseArgs } from "../../src/cli/args.js"
import { helpHint, helpText } from "../../src/cli/help.js"

const defaults: EmulatorArgs = {
  port: 4010,
  host: "127.0.0.1",
  projectId: "project-test-00000000-0000-4000-8000-000000000000",
  secret: "secret-test-emulator-0000000000000000000000",
  hashing: "fast",
  importFile: undefined,
  exportFile: undefined,
  controlToken: undefined
}

const emulator = (args: Partial<EmulatorArgs>): Either.Either<CliCommand, string> =>
  Either.right({ _tag: "Emulator", args: { ...defaults, ...args } })

describe("parseArgs", () => {
  it("fills every default for a bare `emulator`", () => {
    expect(parseArgs(["emulator"])).toEqual(emulator({}))
  })

  it("reads every option, spaced or with =, in any order around the command", () => {
    const spaced = [
      "--port", "0", "emulator", "--host", "0.0.0.0", "--project-id", "project-test-1", "--secret", "-starts-with-a-dash",
      "--hashing", "production", "--import", "in.json", "--export-on-exit", "out.json"
    ]
    const expected = emulator({
      port: 0,
      host: "0.0.0.0",
      projectId: "project-test-1",
      secret: "-starts-with-a-dash",
      hashing: "production",
      importFile: "in.json",
      exportFile: "out.json"
    })
    expect(parseArgs(spaced)).toEqual(expected)
    const inline = [
      "emulator", "--port=0", "--host=0.0.0.0", "--project-id=project-test-1", "--secret=-starts-with-a-dash",
      "--hashing=production", "--import=in.json", "--export-on-exit=out.json"
    ]
    expect(parseArgs(inline)).toEqual(expected)
    expect(parseArgs(["emulator", "--secret=a=b"])).toEqual(emulator({ secret: "a=b" }))
  })

  it("keeps the last value of an option given twice", () => {
    expect(parseArgs(["emulator", "--port", "1", "--port", "65535"])).toEqual(emulator({ port: 65535 }))
  })

  it("answers --help and --version, long or short, with or without the command", () => {
    for (const argv of [["--help"], ["-h"], ["emulator", "--help"], ["emulator", "-h"]]) {
      expect(parseArgs(argv)).toEqual(Either.right({ _tag: "Help" }))
    }
    for (const argv of [["--version"], ["-v"], ["emulator", "--version"], ["emulator", "-v"]]) {
      expect(parseArgs(argv)).toEqual(Either.right({ _tag: "Version" }))
    }
  })

  it("lets --help win over a bad argument, and the first of --help and --version win", () => {
    expect(parseArgs(["serve", "--prot", "1", "--help"])).toEqual(Either.right({ _tag: "Help" }))
    expect(parseArgs(["emulator", "--secret", "--help"])).toEqual(Either.right({ _tag: "Help" }))
    expect(parseArgs(["-v", "-h"])).toEqual(Either.right({ _tag: "Version" }))
  })

  const refusals: ReadonlyArray<readonly [ReadonlyArray<string>, string]> = [
    [[], "no command given; the only command is emulator"],
    [["--port", "0"], "no command given; the only command is emulator"],
    [["serve"], `unknown command "serve"; the only command is emulator`],
    [["emulator", "extra"], `unexpected argument "extra"; emulator takes options only`],
    [["emulator", "--prot", "4010"], "unknown option --prot"],
    [["emulator", "--prot=4010"], "unknown option --prot"],
    [["emulator", "-p", "4010"], "unknown option -p"],
    [["emulator", "--help=yes"], "--help takes no value"],
    [["emulator", "--port"], "--port expects an integer from 0 to 65535, got no value"],
    [["emulator", "--port", "--host", "x"], "--port expects an integer from 0 to 65535, got no value"],
    [["emulator", "--port", "abc"], `--port expects an integer from 0 to 65535, got "abc"`],
    [["emulator", "--port", "70000"], `--port expects an integer from 0 to 65535, got "70000"`],
    [["emulator", "--port", "65536"], `--port expects an integer from 0 to 65535, got "65536"`],
    [["emulator", "--port", "-1"], `--port expects an integer from 0 to 65535, got "-1"`],
    [["emulator", "--port", "1.5"], `--port expects an integer from 0 to 65535, got "1.5"`],
    [["emulator", "--port", "1e3"], `--port expects an integer from 0 to 65535, got "1e3"`],
    [["emulator", "--port", " 80"], `--port expects an integer from 0 to 65535, got " 80"`],
    [["emulator", "--port="], "--port expects an integer from 0 to 65535, got an empty value"],
    [["emulator", "--hashing", "slow"], `--hashing expects fast or production, got "slow"`],
    [["emulator", "--hashing"], "--hashing expects fast or production, got no value"],
    [["emulator", "--host", ""], "--host expects a host name or IP address, got an empty value"],
    [["emulator", "--host", "my host"], `--host expects a host name or IP address, got "my host"`],
    [["emulator", "--secret", ""], "--secret expects a non-empty secret, got an empty value"],
    [["emulator", "--secret= "], "--secret expects a non-empty secret, got a blank value"],
    [["emulator", "--secret"], "--secret expects a non-empty secret, got no value"],
    [["emulator", "--project-id", ""], "--project-id expects a non-empty project id, got an empty value"],
    [["emulator", "--import", ""], "--import expects a path to a JSON state file, got an empty value"],
    [["emulator", "--export-on-exit"], "--export-on-exit expects a path in an existing, writable folder, got no value"]
  ]

  it.each(refusals)("refuses %j: %s", (argv, message) => {
    expect(parseArgs(argv)).toEqual(Either.left(message))
  })

  it("reports the first problem in the order typed", () => {
    expect(parseArgs(["emulator", "--port", "x", "--prot"])).toEqual(Either.left(`--port expects an integer from 0 to 65535, got "x"`))
    expect(parseArgs(["emulator", "--prot", "--port", "x"])).toEqual(Either.left("unknown option --prot"))
    expect(parseArgs(["serve", "--prot"])).toEqual(Either.left(`unknown command "serve"; the only command is emulator`))
  })

  it("never shows the secret back, nor the value of an unknown option", () => {
    const secret = "s3cr3t-never-shown"
    const argvs = [
      ["emulator", "--secret", secret, "--port", "abc"],
      ["emulator", `--secret=${secret}`, "--hashing", "slow"],
      ["emulator", `--secrte=${secret}`],
      ["serve", "--secret", secret]
    ]
    for (const argv of argvs) {
      const refusal = Either.flip(parseArgs(argv))
      expect(Either.isRight(refusal)).toBe(true)
      expect(Either.getOrElse(refusal, () => "")).not.toContain(secret)
    }
  })

  it("keeps every refusal on one line, even for a flag holding a newline", () => {
    expect(parseArgs(["emulator", "--a\nb"])).toEqual(Either.left(`unknown option "--a\\nb"`))
    expect(parseArgs(["emulator", "--port", "1\n2"])).toEqual(Either.left(`--port expects an integer from 0 to 65535, got "1\\n2"`))
  })
})

describe("helpText", () => {
  it("lists every option with what it expects and its default", () => {
    const rows = [
      ["--port PORT", "expects an integer from 0 to 65535", "default: 4010"],
      ["--host HOST", "expects a host name or IP address", "default: 127.0.0.1"],
      ["--project-id ID", "expects a non-empty project id", "default: project-test-00000000-0000-4000-8000-000000000000"],
      ["--secret SECRET", "expects a non-empty secret", "default: secret-test-emulator-0000000000000000000000"],
      ["--hashing fast|production", "expects fast or production", "default: fast"],
      ["--import FILE", "expects a path to a JSON state file", "default: none, start empty"],
      ["--export-on-exit FILE", "expects a path in an existing, writable folder", "default: none, no export"]
    ]
    const lines = helpText.split("\n")
    expect(lines[0]).toBe("usage: effect-stytch emulator [options]")
    for (const [flag = "", expects = "", byDefault = ""] of rows) {
      const at = lines.findIndex((line) => line.startsWith(`  ${flag} `))
      expect(at, flag).toBeGreaterThan(0)
      expect(lines[at + 1]?.trim()).toBe(expects)
      expect(lines[at + 2]?.trim()).toBe(byDefault)
    }
    expect(lines).toContain("  -h, --help                 print this help and exit")
    expect(lines).toContain("  -v, --version              print the version and exit")
  })

  it("points at itself after a usage error", () => {
    expect(helpHint).toBe("Run 'effect-stytch --help' for usage.")
  })
})

describe("--control-token", () => {
  const expects = "--control-token expects letters, digits, '-', '_', '.' or '~' (it goes in a cookie)"

  it("reads a token of letters, digits and - _ . ~, spaced or with =", () => {
    expect(parseArgs(["emulator", "--control-token", "abc-DEF_1.2~"])).toEqual(emulator({ controlToken: "abc-DEF_1.2~" }))
    expect(parseArgs(["emulator", "--control-token=abc-DEF_1.2~"])).toEqual(emulator({ controlToken: "abc-DEF_1.2~" }))
    expect(parseArgs(["emulator", "--host", "0.0.0.0", "--control-token", "t"])).toEqual(emulator({ host: "0.0.0.0", controlToken: "t" }))
    // A token may start with a single dash: only `--` starts the next option.
    expect(parseArgs(["emulator", "--control-token", "-x"])).toEqual(emulator({ controlToken: "-x" }))
  })

  const refusals: ReadonlyArray<readonly [ReadonlyArray<string>, string]> = [
    [["emulator", "--control-token"], `${expects}, got no value`],
    [["emulator", "--control-token", "--port", "1"], `${expects}, got no value`],
    [["emulator", "--control-token", ""], `${expects}, got an empty value`],
    [["emulator", "--control-token="], `${expects}, got an empty value`],
    [["emulator", "--control-token", "   "], `${expects}, got a blank value`]
  ]

  it.each(refusals)("refuses %j: %s", (argv, message) => {
    expect(parseArgs(argv)).toEqual(Either.left(message))
  })

  it("refuses a token that would break the cookie or the line, without showing it back", () => {
    const tokens = ["s3cret token", "s3cret;token", "s3cret=token", "s3cret,token", "s3cret\ntoken", "s3cret\"token", "s3crét-token", " s3cret-token"]
    for (const token of tokens) {
      for (const argv of [["emulator", "--control-token", token], ["emulator", `--control-token=${token}`]]) {
        const refusal = Either.flip(parseArgs(argv))
        expect(Either.isRight(refusal), token).toBe(true)
        const message = Either.getOrElse(refusal, () => "")
        expect(message).toBe(`${expects}, got other characters`)
        expect(message).not.toContain("s3cret")
      }
    }
  })

  it("is listed in the help with what it expects and its default", () => {
    const lines = helpText.split("\n")
    const at = lines.findIndex((line) => line.startsWith("  --control-token TOKEN "))
    expect(at).toBeGreaterThan(0)
    expect(lines[at]).toContain("x-emulator-token")
    expect(lines[at + 1]?.trim()).toBe("expects letters, digits, '-', '_', '.' or '~' (it goes in a cookie)")
    expect(lines[at + 2]?.trim()).toBe("default: none on loopback; a random one, printed, beyond it")
  })
})
