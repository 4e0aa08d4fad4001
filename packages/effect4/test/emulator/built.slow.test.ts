/**
 * The package as `npm run build` makes it (scripts/build.mjs, built here into a temporary
 * folder whose node_modules holds effect 4 alone): no dependency of its own, declarations with
 * no Effect 3 in them, the bundled emulator working under Effect 4, and the `effect4-stytch
 * emulator` command serving over HTTP until it is stopped.
 *
 * EFFECT4_STYTCH_BUILT=<dist folder> runs these against a build made beforehand.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from "node:fs"
import { builtinModules, createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import { init, parse } from "es-module-lexer"
import * as Endpoint from "../../src/Endpoint.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { StytchClient } from "../../src/StytchClient.js"

const packageRoot = join(import.meta.dirname, "../..")
const manifest = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")) as {
  readonly name: string
  readonly version: string
  readonly bin: Record<string, string>
  readonly exports: Record<string, { readonly types: string; readonly import: string } | string>
  readonly dependencies?: Record<string, string>
  readonly peerDependencies: Record<string, string>
  readonly scripts: Record<string, string>
}
const effect4 = createRequire(join(packageRoot, "package.json"))

let folder = ""
let dist = ""

beforeAll(async () => {
  const prebuilt = process.env["EFFECT4_STYTCH_BUILT"]
  if (prebuilt !== undefined && prebuilt !== "") {
    dist = resolve(prebuilt)
    return
  }
  folder = mkdtempSync(join(tmpdir(), "effect4-stytch-built-"))
  // Only this package's node_modules: effect 4, never the root's effect 3.
  symlinkSync(join(packageRoot, "node_modules"), join(folder, "node_modules"), "dir")
  mkdirSync(join(folder, "package"))
  const { buildPackage } = (await import(pathToFileURL(join(packageRoot, "scripts/build.mjs")).href)) as {
    readonly buildPackage: (outdir: string) => Promise<string>
  }
  dist = await buildPackage(join(folder, "package", "dist"))
}, 300_000)

afterAll(() => {
  if (folder !== "") rmSync(folder, { recursive: true, force: true })
})

const filesUnder = (at: string): ReadonlyArray<string> =>
  readdirSync(at, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(at, entry.name)) : [join(at, entry.name)]
  )

const isBuiltin = (specifier: string) => specifier.startsWith("node:") || builtinModules.includes(specifier)

/** Whether effect 4 (this package's peer) has the module. */
const inEffect4 = (specifier: string) => {
  try {
    effect4.resolve(specifier)
    return true
  } catch {
    return false
  }
}

describe("the built package", () => {
  it("has no dependency: effect 4 is its only peer, and package.json points at what the build wrote", () => {
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.peerDependencies).toEqual({ effect: "^4.1.0" })
    expect(manifest.scripts).toMatchObject({ build: "node scripts/build.mjs", prepare: "node scripts/build.mjs" })
    expect(manifest.bin).toEqual({ "effect4-stytch": "./dist/cli/cli.js" })
    for (const target of Object.values(manifest.exports)) {
      const files = typeof target === "string" ? [] : [target.types, target.import]
      for (const file of files) expect(existsSync(join(dist, "..", file)), file).toBe(true)
    }
  })

  it("imports nothing but its own files, Node's modules and effect 4 (the bundles carry effect 3 inside)", async () => {
    await init
    const outside: Array<string> = []
    for (const file of filesUnder(dist).filter((name) => name.endsWith(".js"))) {
      const code = readFileSync(file, "utf8")
      const [imports] = parse(code)
      const specifiers = imports.flatMap((entry) => (entry.n === undefined ? [] : [entry.n]))
      const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].flatMap((match) => (match[1] === undefined ? [] : [match[1]]))
      for (const specifier of [...specifiers, ...required]) {
        if (specifier.startsWith(".")) {
          if (!existsSync(resolve(dirname(file), specifier))) outside.push(`${file}: ${specifier} (missing)`)
        } else if (!isBuiltin(specifier) && !((specifier === "effect" || specifier.startsWith("effect/")) && inEffect4(specifier))) {
          outside.push(`${file}: ${specifier}`)
        }
      }
    }
    expect(outside).toEqual([])
  })

  it("its declarations name effect 4 and themselves only: no @effect/platform, no Effect 3 module", () => {
    const found: Array<string> = []
    for (const file of filesUnder(dist).filter((name) => name.endsWith(".d.ts"))) {
      const text = readFileSync(file, "utf8")
      if (text.includes("@effect/")) found.push(`${file}: mentions @effect/`)
      for (const match of text.matchAll(/(?:from\s+|import\()\s*"([^"]+)"/g)) {
        const specifier = match[1] ?? ""
        if (specifier.startsWith(".")) {
          const target = resolve(dirname(file), specifier.replace(/\.js$/, ".d.ts"))
          if (!existsSync(target)) found.push(`${file}: ${specifier} (no declaration)`)
        } else if (!isBuiltin(specifier) && !inEffect4(specifier)) {
          found.push(`${file}: ${specifier}`)
        }
      }
    }
    expect(found).toEqual([])
    // The engine's declarations are the hand-written ones: plain JavaScript types.
    expect(readFileSync(join(dist, "emulator/standalone.d.ts"), "utf8")).toContain("createEmulator")
  })

  it("its emulator runs under effect 4: the built StytchEmulator.layerControl serves and answers", async () => {
    const built = (await import(pathToFileURL(join(dist, "emulator/index.js")).href)) as typeof import("../../src/emulator/index.js")
    const users = await Effect.runPromise(
      built.StytchEmulator.use((emulator) =>
        Effect.gen(function* () {
          const answer = yield* Effect.promise(() =>
            emulator.handler(
              new Request("http://emulator.local/v1/passwords", {
                method: "POST",
                headers: {
                  authorization: `Basic ${btoa(`${emulator.projectId}:${built.defaultSecret}`)}`,
                  "content-type": "application/json"
                },
                body: JSON.stringify({ email: "ada@example.com", password: "correct horse battery staple 42" })
              })
            )
          )
          expect(answer.status).toBe(200)
          return yield* emulator.users
        })
      ).pipe(Effect.provide(built.StytchEmulator.layerControl()))
    )
    expect(users.map((user) => user.emails[0]?.email)).toEqual(["ada@example.com"])
  })
})

interface Running {
  readonly child: ChildProcess
  readonly url: string
  readonly output: () => string
  readonly exit: Promise<number | null>
}

const cli = (args: ReadonlyArray<string>) => spawn(process.execPath, [join(dist, "cli/cli.js"), ...args], { stdio: ["ignore", "pipe", "pipe"] })

const start = (args: ReadonlyArray<string>): Promise<Running> =>
  new Promise((done, fail) => {
    const child = cli(["emulator", "--port", "0", ...args])
    let output = ""
    const exit = new Promise<number | null>((ended) => child.on("exit", (code) => ended(code)))
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match?.[1] !== undefined) done({ child, url: match[1], output: () => output, exit })
    })
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString()
    })
    void exit.then((code) => fail(new Error(`exited (${code}) before listening:\n${output}`)))
  })

const finished = (child: ChildProcess) =>
  new Promise<{ readonly code: number | null; readonly output: string }>((done) => {
    let output = ""
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()))
    child.on("exit", (code) => done({ code, output }))
  })

const create = Endpoint.make({
  name: "passwords.create",
  path: "/v1/passwords",
  request: Schema.Struct({ email: Schema.String, password: Schema.String }),
  response: Schema.Struct({ request_id: Schema.String, status_code: Schema.Number, user_id: Schema.String }),
  errors: [],
  retrySafe: false
})

describe("effect4-stytch emulator (the command)", () => {
  it("answers --help and --version as effect4-stytch", async () => {
    const help = await finished(cli(["--help"]))
    expect(help.code).toBe(0)
    expect(help.output).toMatch(/^usage: effect4-stytch emulator \[options\]/)
    expect(help.output).not.toContain("effect-stytch")
    const version = await finished(cli(["--version"]))
    expect(version).toEqual({ code: 0, output: `${manifest.version}\n` })
    const wrong = await finished(cli(["emulator", "--prot", "1"]))
    expect(wrong.code).toBe(2)
    expect(wrong.output).toContain("effect4-stytch:")
  })

  it("starts, serves the Stytch API and the control API (StytchEmulator.layerRemote), logs each request, and stops on SIGTERM", async () => {
    const running = await start(["--project-id", "project-test-cli", "--secret", "secret-test-cli"])
    try {
      expect(running.output()).toContain("project-test-cli")
      const remote = StytchEmulator.layerRemote(running.url, { projectId: "project-test-cli", secret: "secret-test-cli" })
      const result = await Effect.runPromise(
        Effect.gen(function* () {
          const stytch = yield* StytchClient
          const created = yield* stytch.call(create, { email: "ada@example.com", password: "correct horse battery staple 42" })
          const emulator = yield* StytchEmulator
          const users = yield* emulator.users
          yield* emulator.injectFault({ path: "/v1/passwords", kind: "status", status: 503, times: 1 })
          const faults = yield* Effect.promise(() => emulator.handler(new Request("http://anywhere/emulator/v1/faults")).then((r) => r.json()))
          return { created, users, faults }
        }).pipe(Effect.provide(Layer.merge(remote, Layer.empty)))
      )
      expect(result.users.map((user) => user.user_id)).toEqual([result.created.user_id])
      expect(result.faults).toMatchObject({ faults: [{ kind: "status", status: 503 }] })
    } finally {
      running.child.kill("SIGTERM")
    }
    expect(await running.exit).toBe(0)
    expect(running.output()).toMatch(/POST \/v1\/passwords 200 \d+ms/)
    expect(running.output()).not.toContain("correct horse battery staple")
  })

  it("--control-token: the control API and the dashboard need it (layerRemote's controlToken sends it), the Stytch API does not", async () => {
    const token = "t0k3n-of-the-built-command"
    const running = await start(["--control-token", token])
    try {
      expect(running.output()).toContain(`control token:   ${token}`)
      expect(running.output()).toContain(`${running.url}/?token=${token}`)
      const created = await fetch(`${running.url}/v1/passwords`, {
        method: "POST",
        headers: {
          authorization: `Basic ${btoa(`${StytchEmulator.defaultProjectId}:${StytchEmulator.defaultSecret}`)}`,
          "content-type": "application/json"
        },
        body: JSON.stringify({ email: "ada@example.com", password: "correct horse battery staple 42" })
      })
      expect(created.status).toBe(200)
      // Without the token: the control routes and the dashboard refuse.
      expect((await fetch(`${running.url}/emulator/v1/users`)).status).toBe(401)
      expect((await fetch(`${running.url}/`)).status).toBe(401)
      const without = await Effect.runPromiseExit(
        StytchEmulator.use((emulator) => emulator.users).pipe(Effect.provide(StytchEmulator.layerRemote(running.url)))
      )
      expect(String(without)).toContain("with 401")
      // With it: the whole control API, the dashboard's new operations included, and the page.
      const result = await Effect.runPromise(
        StytchEmulator.use((emulator) =>
          Effect.gen(function* () {
            const accounts = yield* emulator.userAccounts
            const requests = yield* emulator.requests
            yield* emulator.deleteUser(accounts[0]?.user.user_id ?? "")
            return { accounts, requests, users: yield* emulator.users }
          })
        ).pipe(Effect.provide(StytchEmulator.layerRemote(running.url, { controlToken: token })))
      )
      expect(result.accounts.map((account) => [account.user.emails[0]?.email, account.password?.algorithm])).toEqual([
        ["ada@example.com", "scrypt"]
      ])
      expect(result.requests.map((entry) => [entry.path, entry.status])).toEqual([["/v1/passwords", 200]])
      expect(JSON.stringify(result.requests)).not.toContain("correct horse battery staple")
      expect(result.users).toEqual([])
      const page = await fetch(`${running.url}/`, { headers: { "x-emulator-token": token } })
      expect(page.status).toBe(200)
      expect(page.headers.get("content-type")).toContain("text/html")
    } finally {
      running.child.kill("SIGTERM")
    }
    expect(await running.exit).toBe(0)
  })
})