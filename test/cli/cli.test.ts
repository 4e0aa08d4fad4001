/**
 * The `effect-stytch emulator` command as a user runs it: a real process on loopback that
 * prints where it listens, logs one line per request without bodies, and on SIGTERM or
 * SIGINT stops cleanly, writing its export first.
 *
 * The CLI run is the shipped bundle: `scripts/build-cli.mjs` (what `npm run build` runs to
 * write dist/bin/cli.js) bundles the current source into a temporary folder outside the
 * repository, so the bundle must also run without node_modules.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process"
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "@effect/vitest"
import * as Jose from "jose"

const root = join(import.meta.dirname, "../..")
let cli = ""

beforeAll(() => {
  const outdir = mkdtempSync(join(tmpdir(), "stytch-cli-bundle-"))
  execFileSync(process.execPath, [join(root, "scripts/build-cli.mjs"), "--outdir", outdir], { stdio: "pipe" })
  cli = join(outdir, "cli.js")
}, 60_000)

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
    expect(pkg).toMatchObject({ bin: { "effect-stytch": "./dist/bin/cli.js" } })
    expect(pkg).toMatchObject({ scripts: { build: expect.stringContaining("node scripts/build-cli.mjs") } })
    expect(readFileSync(join(root, "scripts/build-cli.mjs"), "utf8")).toContain(`join(root, "dist/bin")`)
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

  it("refuses bad arguments and a bad import file with a message and a non-zero exit", async () => {
    const dir = mkdtempSync(join(tmpdir(), "stytch-cli-"))
    const bad = join(dir, "bad.json")
    writeFileSync(bad, JSON.stringify({ format: "effect-stytch-emulator", version: 99 }))
    const run = (args: ReadonlyArray<string>) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] })
        let output = ""
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
        child.on("exit", (code) => resolve({ code, output }))
      })
    const usage = await run(["emulator", "--port", "not-a-port"])
    expect(usage.code).toBe(2)
    expect(usage.output).toContain("usage: effect-stytch emulator")
    const refused = await run(["emulator", "--port", "0", "--import", bad])
    expect(refused.code).not.toBe(0)
    expect(refused.output).toContain("version")
  })
})
