/**
 * The `effect-stytch emulator` command as a user runs it: a real process on loopback that
 * prints where it listens, logs one line per request without bodies, and on SIGTERM or
 * SIGINT stops cleanly, writing its export first. Bad input gets one line on stderr, never a
 * stack trace: exit 2 for the command line, exit 1 for what fails at start-up.
 *
 * The CLI run is the shipped one: the package built by `scripts/build.mjs` (what `npm run
 * build` and `prepare` run) into a temporary folder, once for the slow suites
 * (test/support/builtPackage.ts).
 */
import { type ChildProcess, spawn } from "node:child_process"
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, inject, it } from "@effect/vitest"
import * as Jose from "jose"
import { helpHint, helpText } from "../../src/cli/help.js"
import { version } from "../../src/version.js"

const root = join(import.meta.dirname, "../..")
let cli = ""

beforeAll(() => {
  cli = join(inject("builtPackage"), "cli/cli.js")
})

interface Running {
  readonly child: ChildProcess
  readonly url: string
  readonly output: () => string
  readonly exit: Promise<number | null>
}

const start = (args: ReadonlyArray<string>): Promise<Running> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "emulator", "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    const exit = new Promise<number | null>((done) => child.on("exit", (code) => done(code)))
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match?.[1] !== undefined) resolve({ child, url: match[1], output: () => output, exit })
    })
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString()
    })
    void exit.then((code) => reject(new Error(`exited (${code}) before listening:\n${output}`)))
  })

const auth = `Basic ${Buffer.from("project-test-00000000-0000-4000-8000-000000000000:secret-test-emulator-0000000000000000000000").toString("base64")}`

describe("effect-stytch emulator (CLI)", () => {
  it("is shipped as the bundle this suite runs: package.json's bin is the build script's default output", () => {
    const pkg: unknown = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
    expect(pkg).toMatchObject({ bin: { "effect-stytch": "./dist/cli/cli.js" } })
    expect(pkg).toMatchObject({ scripts: { build: "node scripts/build.mjs", prepare: "node scripts/build.mjs" } })
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true)
  })

  it("answers the JWKS and session JWTs signed with it right after it starts listening", async () => {
    const running = await start([])
    const projectId = "project-test-00000000-0000-4000-8000-000000000000"
    // Straight away, while the signing key may still be being made.
    const [jwks, created] = await Promise.all([
      fetch(`${running.url}/v1/sessions/jwks/${projectId}`),
      fetch(`${running.url}/v1/passwords`, {
        method: "POST",
        headers: { authorization: auth, "content-type": "application/json" },
        body: JSON.stringify({ email: "ada@example.com", password: "correct horse battery staple 42", session_duration_minutes: 60 })
      })
    ])
    expect(jwks.status).toBe(200)
    expect(created.status).toBe(200)
    const set = (await jwks.json()) as Jose.JSONWebKeySet
    const { session_jwt } = (await created.json()) as { session_jwt: string }
    const { payload, protectedHeader } = await Jose.jwtVerify(session_jwt, Jose.createLocalJWKSet(set), {
      algorithms: ["RS256"],
      issuer: `stytch.com/${projectId}`,
      audience: projectId,
      typ: "JWT"
    })
    expect(protectedHeader).toEqual({ alg: "RS256", kid: set.keys[0]?.kid, typ: "JWT" })
    expect(payload["https://stytch.com/session"]).toMatchObject({ id: expect.stringMatching(/^session-test-/) })
    const byJwt = await fetch(`${running.url}/v1/sessions/authenticate`, {
      method: "POST",
      headers: { authorization: auth, "content-type": "application/json" },
      body: JSON.stringify({ session_jwt })
    })
    expect(byJwt.status).toBe(200)
    running.child.kill("SIGTERM")
    expect(await running.exit).toBe(0)
  })

  it("serves, logs one line per request without bodies, and exports on SIGTERM", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stytch-cli-"))
    const exportFile = join(dir, "state.json")
    const running = await start(["--export-on-exit", exportFile])
    expect(running.output()).toContain("project-test-00000000-0000-4000-8000-000000000000")
    expect(running.output()).toContain(`env: "${running.url}/"`)
    const password = "correct horse battery staple 42"
    const created = await fetch(`${running.url}/v1/passwords`, {
      method: "POST",
      headers: { authorization: auth, "content-type": "application/json" },
      body: JSON.stringify({ email: "ada@example.com", password })
    })
    expect(created.status).toBe(200)
    running.child.kill("SIGTERM")
    expect(await running.exit).toBe(0)
    expect(running.output()).toMatch(/POST \/v1\/passwords 200 \d+ms/)
    expect(running.output()).not.toContain(password)
    const state: unknown = JSON.parse(readFileSync(exportFile, "utf8"))
    expect(state).toMatchObject({ format: "effect-stytch-emulator", version: 1, users: [{ emails: [{ email: "ada@example.com" }] }] })
  })

  it("imports a state file, and stops on SIGINT", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stytch-cli-"))
    const first = await start(["--export-on-exit", join(dir, "a.json")])
    await fetch(`${first.url}/v1/passwords`, {
      method: "POST",
      headers: { authorization: auth, "content-type": "application/json" },
      body: JSON.stringify({ email: "grace@example.com", password: "correct horse battery staple 42" })
    })
    first.child.kill("SIGINT")
    expect(await first.exit).toBe(0)
    const second = await start(["--import", join(dir, "a.json")])
    const login = await fetch(`${second.url}/v1/passwords/authenticate`, {
      method: "POST",
      headers: { authorization: auth, "content-type": "application/json" },
      body: JSON.stringify({ email: "grace@example.com", password: "correct horse battery staple 42" })
    })
    expect(login.status).toBe(200)
    second.child.kill("SIGINT")
    expect(await second.exit).toBe(0)
  })

  /** Waits for the banner's last line: the whole banner is then in the output. */
  const bannerOf = async (running: Running): Promise<string> => {
    while (!running.output().includes("control API:")) await new Promise((resolve) => setTimeout(resolve, 20))
    return running.output()
  }

  it("prints the dashboard's address; on loopback it and the control API are open; an open live log does not hold up SIGINT", async () => {
    const running = await start([])
    const banner = await bannerOf(running)
    expect(banner).toContain(`dashboard:       ${running.url}/\n`)
    expect(banner).not.toContain("control token:")
    const page = await fetch(`${running.url}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get("content-type")).toMatch(/^text\/html/)
    expect((await fetch(`${running.url}/emulator/v1/users`)).status).toBe(200)
    // A dashboard left open: its live log is still streaming when the emulator is stopped.
    const stream = await fetch(`${running.url}/emulator/v1/requests/stream`)
    const reader = stream.body?.getReader()
    expect((await reader?.read())?.done).toBe(false)
    running.child.kill("SIGINT")
    expect(await running.exit).toBe(0)
    expect((await reader?.read().catch(() => ({ done: true })))?.done).toBe(true)
    // The control routes, which an open dashboard polls, are not logged line by line.
    expect(running.output()).not.toContain("/emulator/v1/users")
  })

  it("beyond loopback (--host 0.0.0.0): prints a token; the dashboard and the control API require it; /v1 keeps its Basic auth", async () => {
    const running = await start(["--host", "0.0.0.0"])
    const banner = await bannerOf(running)
    const token = /control token: +(\S+)/.exec(banner)?.[1] ?? ""
    expect(token).toMatch(/^[\w-]{32,}$/)
    expect(banner).toContain(`dashboard:       ${running.url}/?token=${token} `)
    expect(banner).not.toContain(`secret      ${token}`)
    expect((await fetch(`${running.url}/emulator/v1/users`)).status).toBe(401)
    expect((await fetch(`${running.url}/`)).status).toBe(401)
    expect((await fetch(`${running.url}/emulator/v1/users`, { headers: { "x-emulator-token": token } })).status).toBe(200)
    const link = await fetch(`${running.url}/?token=${token}`, { redirect: "manual" })
    expect(link.status).toBe(303)
    expect(link.headers.get("set-cookie")).toBe(`stytch_emulator_token=${token}; HttpOnly; SameSite=Strict; Path=/`)
    expect((await fetch(`${running.url}/`, { headers: { cookie: `stytch_emulator_token=${token}` } })).status).toBe(200)
    const signUp = (headers: Record<string, string>) =>
      fetch(`${running.url}/v1/passwords`, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ email: "ada@example.com", password: "correct horse battery staple 42" })
      })
    expect((await signUp({ "x-emulator-token": token })).status).toBe(401)
    expect((await signUp({ authorization: auth })).status).toBe(200)
    running.child.kill("SIGTERM")
    expect(await running.exit).toBe(0)
  })

  it("--control-token sets the token, required on loopback too", async () => {
    const running = await start(["--control-token", "team-token_1"])
    const banner = await bannerOf(running)
    expect(banner).toContain("control token:   team-token_1 ")
    expect((await fetch(`${running.url}/emulator/v1/users`)).status).toBe(401)
    expect((await fetch(`${running.url}/emulator/v1/users`, { headers: { "x-emulator-token": "team-token_1" } })).status).toBe(200)
    running.child.kill("SIGTERM")
    expect(await running.exit).toBe(0)
  })
})

interface Finished {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs the CLI to its end. */
/** When this runs as root (as CI does), the cases about permissions run the CLI as `nobody`: root may read and write anything. */
const unprivileged = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}

const run = (args: ReadonlyArray<string>, as: { readonly uid?: number; readonly gid?: number } = {}): Promise<Finished> =>
  new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"], ...as })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

/** Never printed back: every run below that takes a secret is given this one. */
const secret = "s3cr3t-given-on-the-command-line"

/** Exactly `effect-stytch: <message>` (and the hint, for a usage error) on stderr, nothing else. */
const expectRefusal = (finished: Finished, code: 1 | 2, message: string) => {
  expect(finished.code).toBe(code)
  expect(finished.stderr).toBe(code === 2 ? `effect-stytch: ${message}\n${helpHint}\n` : `effect-stytch: ${message}\n`)
  expect(finished.stdout).toBe("")
  expect(`${finished.stdout}${finished.stderr}`).not.toMatch(/^ {4}at /m)
  expect(`${finished.stdout}${finished.stderr}`).not.toContain(secret)
}

describe("effect-stytch --help and --version", () => {
  it.each([[["--help"]], [["-h"]], [["emulator", "--help"]], [["emulator", "-h"]]])("%j prints the usage on stdout and exits 0", async (args) => {
    const finished = await run(args)
    expect(finished.code).toBe(0)
    expect(finished.stderr).toBe("")
    expect(finished.stdout).toBe(`${helpText}\n`)
    expect(finished.stdout).toContain("  --port PORT ")
    expect(finished.stdout).toContain("default: 4010")
  })

  it.each([[["--version"]], [["-v"]], [["emulator", "--version"]]])("%j prints the package version and exits 0", async (args) => {
    const finished = await run(args)
    expect(finished.code).toBe(0)
    expect(finished.stderr).toBe("")
    expect(finished.stdout).toBe(`${version}\n`)
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8"))).toMatchObject({ version: finished.stdout.trim() })
  })
})

describe("effect-stytch with a bad command line (exit 2)", () => {
  const cases: ReadonlyArray<readonly [ReadonlyArray<string>, string]> = [
    [[], "no command given; the only command is emulator"],
    [["serve"], `unknown command "serve"; the only command is emulator`],
    [["emulator", "--prot", "4010"], "unknown option --prot"],
    [["emulator", "--port"], "--port expects an integer from 0 to 65535, got no value"],
    [["emulator", "--port", "abc"], `--port expects an integer from 0 to 65535, got "abc"`],
    [["emulator", "--port", "70000"], `--port expects an integer from 0 to 65535, got "70000"`],
    [["emulator", "--port", "-1"], `--port expects an integer from 0 to 65535, got "-1"`],
    [["emulator", "--port", "1.5"], `--port expects an integer from 0 to 65535, got "1.5"`],
    [["emulator", "--hashing", "slow"], `--hashing expects fast or production, got "slow"`],
    [["emulator", "--secret", ""], "--secret expects a non-empty secret, got an empty value"],
    [["emulator", "--project-id", ""], "--project-id expects a non-empty project id, got an empty value"],
    [["emulator", "--secret", secret, "--port", "abc"], `--port expects an integer from 0 to 65535, got "abc"`],
    [["emulator", `--secrte=${secret}`], "unknown option --secrte"]
  ]

  it.each(cases)("%j: %s", async (args, message) => {
    expectRefusal(await run(args), 2, message)
  })
})

describe("effect-stytch emulator failing to start (exit 1)", () => {
  it("says the port is in use when another emulator has it", async () => {
    const first = await start([])
    const port = new URL(first.url).port
    expectRefusal(
      await run(["emulator", "--port", port, "--secret", secret]),
      1,
      `port ${port} on 127.0.0.1 is already in use; pick another with --port (0 picks a free one)`
    )
    first.child.kill("SIGTERM")
    expect(await first.exit).toBe(0)
  })

  it("says a host that is not this machine's cannot be listened on", async () => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): documentation only, no machine's own address.
    expectRefusal(
      await run(["emulator", "--port", "0", "--host", "192.0.2.1", "--secret", secret]),
      1,
      "cannot listen on 192.0.2.1: it is not an address of this machine; pick another with --host"
    )
  })

  it("says a host name that does not resolve cannot be listened on", async () => {
    const finished = await run(["emulator", "--port", "0", "--host", "no-such-host.invalid", "--secret", secret])
    // `.invalid` never resolves (RFC 6761); without a resolver the lookup fails instead.
    const notFound = "cannot listen on no-such-host.invalid: no such host; pick another with --host"
    const noLookup = "cannot listen on no-such-host.invalid: the host name could not be looked up right now; pick another with --host"
    expectRefusal(finished, 1, finished.stderr.includes("looked up") ? noLookup : notFound)
  })

  describe("--import", () => {
    const dir = mkdtempSync(join(tmpdir(), "stytch-cli-import-"))
    chmodSync(dir, 0o755)
    const importing = (file: string, as = {}) => run(["emulator", "--port", "0", "--secret", secret, "--import", file], as)

    it("names a missing file", async () => {
      const file = join(dir, "missing.json")
      expectRefusal(await importing(file), 1, `cannot read --import file ${file}: no such file`)
    })

    it("names a folder given as the file", async () => {
      expectRefusal(await importing(dir), 1, `cannot read --import file ${dir}: it is a folder, not a file`)
    })

    it("names a file it may not read", async () => {
      const file = join(dir, "locked.json")
      writeFileSync(file, "{}", { mode: 0o000 })
      expectRefusal(await importing(file, unprivileged), 1, `cannot read --import file ${file}: permission denied`)
    })

    it.each([["hello"], ['{\n  "format": "effect-stytch-emulator",\n}'], [""]])("gives the JSON parser's reason for %j", async (text) => {
      const file = join(dir, "not-json.json")
      writeFileSync(file, text)
      const reason = (() => {
        try {
          JSON.parse(text)
          return "parsed"
        } catch (error) {
          return error instanceof Error ? error.message.replace(/\s*\n\s*/g, " ") : String(error)
        }
      })()
      expectRefusal(await importing(file), 1, `--import file ${file} is not JSON: ${reason}`)
    })

    it("prints why the emulator refuses the state, naming the field", async () => {
      const file = join(dir, "v99.json")
      writeFileSync(file, JSON.stringify({ format: "effect-stytch-emulator", version: 99 }))
      expectRefusal(await importing(file), 1, `--import file ${file} was refused: Invalid emulator state file: version expected 1`)
    })
  })

  describe("--export-on-exit", () => {
    const dir = mkdtempSync(join(tmpdir(), "stytch-cli-export-"))
    chmodSync(dir, 0o755)
    const exporting = (file: string, as = {}) => run(["emulator", "--port", "0", "--secret", secret, "--export-on-exit", file], as)

    it("names a folder that does not exist, before listening", async () => {
      const file = join(dir, "nowhere", "state.json")
      expectRefusal(await exporting(file), 1, `cannot write --export-on-exit file ${file}: folder ${join(dir, "nowhere")} does not exist`)
    })

    it("names a file standing where the folder should be", async () => {
      const notFolder = join(dir, "a-file")
      writeFileSync(notFolder, "")
      const file = join(notFolder, "state.json")
      expectRefusal(await exporting(file), 1, `cannot write --export-on-exit file ${file}: ${notFolder} is not a folder`)
    })

    it("names a folder given as the file", async () => {
      const folder = join(dir, "a-folder")
      mkdirSync(folder)
      expectRefusal(await exporting(folder), 1, `cannot write --export-on-exit file ${folder}: it is a folder, not a file`)
    })

    it("says so in one line, exit 1, when the export cannot be written at exit", async () => {
    const folder = join(dir, "removed-while-running")
    mkdirSync(folder)
    const file = join(folder, "state.json")
    const running = await start(["--secret", secret, "--export-on-exit", file])
    rmSync(folder, { recursive: true })
    running.child.kill("SIGTERM")
    expect(await running.exit).toBe(1)
    const output = running.output()
    expect(output.trimEnd().split("\n").at(-1)).toBe(`effect-stytch: cannot write --export-on-exit file ${file}: folder ${folder} does not exist`)
    expect(output).not.toMatch(/^ {4}at /m)
    expect(output).not.toContain("state exported")
  })

  it("names a folder it may not write to", async () => {
      const folder = join(dir, "read-only")
      mkdirSync(folder, { mode: 0o555 })
      const file = join(folder, "state.json")
      expectRefusal(await exporting(file, unprivileged), 1, `cannot write --export-on-exit file ${file}: folder ${folder} is not writable`)
    })
  })
})
