/**
 * The CLI's failure messages and exit codes, for the failures a test process cannot provoke
 * (listening on a privileged port as root succeeds) and for how a run's end is reported.
 */
import { afterEach, describe, expect, it, vi } from "@effect/vitest"
import { Cause, Exit, FiberId } from "effect"
import { CliFailure, errnoCode, oneLine, reportExit } from "../../src/cli/failures.js"
import { listenFailure } from "../../src/cli/listen.js"

const systemError = (code: string, message: string) => Object.assign(new Error(message), { code })

const where = { host: "127.0.0.1", port: 80 }

describe("listenFailure", () => {
  it.each([
    ["EADDRINUSE", "port 80 on 127.0.0.1 is already in use; pick another with --port (0 picks a free one)"],
    ["EACCES", "no permission to listen on port 80 on 127.0.0.1; pick another with --port (ports below 1024 need privileges)"],
    ["EADDRNOTAVAIL", "cannot listen on 127.0.0.1: it is not an address of this machine; pick another with --host"],
    ["ENOTFOUND", "cannot listen on 127.0.0.1: no such host; pick another with --host"],
    ["EAI_AGAIN", "cannot listen on 127.0.0.1: the host name could not be looked up right now; pick another with --host"]
  ])("explains %s", (code, message) => {
    expect(listenFailure(systemError(code, `listen ${code}`), where)).toBe(message)
  })

  it("falls back to the system's own message, on one line", () => {
    expect(listenFailure(systemError("EINVAL", "listen EINVAL:\n  invalid argument"), where)).toBe(
      "cannot listen on port 80 on 127.0.0.1: listen EINVAL: invalid argument"
    )
    expect(listenFailure("not an error", where)).toBe("cannot listen on port 80 on 127.0.0.1: not an error")
  })
})

describe("errnoCode and oneLine", () => {
  it("reads a system error's code, and nothing else", () => {
    expect(errnoCode(systemError("ENOENT", "gone"))).toBe("ENOENT")
    expect(errnoCode(new Error("plain"))).toBeUndefined()
    expect(errnoCode({ code: "ENOENT" })).toBeUndefined()
  })

  it("joins the lines of a message", () => {
    expect(oneLine(new Error("a\n  b\r\nc"))).toBe("a b c")
  })
})

describe("reportExit", () => {
  const printed: Array<string> = []
  const spy = () => vi.spyOn(console, "error").mockImplementation((line: unknown) => void printed.push(String(line)))

  afterEach(() => {
    vi.restoreAllMocks()
    printed.length = 0
  })

  it("exits 0, silently, on success and on a stop by signal", () => {
    spy()
    expect(reportExit(Exit.succeed(undefined))).toBe(0)
    expect(reportExit(Exit.interrupt(FiberId.none))).toBe(0)
    expect(printed).toEqual([])
  })

  it("prints a CliFailure as one line and exits 1, whether failed or carried out of a finalizer", () => {
    spy()
    const failure = new CliFailure({ message: "cannot read --import file a.json: no such file" })
    expect(reportExit(Exit.fail(failure))).toBe(1)
    // A stop by signal whose export then failed: the finalizer died with the failure.
    expect(reportExit(Exit.failCause(Cause.sequential(Cause.interrupt(FiberId.none), Cause.die(failure))))).toBe(1)
    expect(printed).toEqual([
      "effect-stytch: cannot read --import file a.json: no such file",
      "effect-stytch: cannot read --import file a.json: no such file"
    ])
  })

  it("prints anything else whole, as the bug it is, and exits 1", () => {
    spy()
    expect(reportExit(Exit.die(new Error("boom")))).toBe(1)
    expect(printed.join("\n")).toContain("Error: boom")
  })
})
