/**
 * Part 2 — the emulator.
 *
 *   1. In-process (`StytchEmulator.layer()`, fast hashing): create + authenticate round trip.
 *   2. Password hashing per profile (scrypt hash and verify; bench/hashing.ts has the full table).
 *   3. CLI start-up: spawn `node dist/cli/cli.js emulator --port <free>` (the bundle `npm run build`
 *      writes; tsx when there is no dist) and time until the first successful HTTP answer; median
 *      of 5 starts. Beside it: the CLI unbundled (tsc's output), tsx, and a bare node:http server.
 *   4. Authenticate requests per second over loopback against the emulator's HTTP server
 *      (its own process), per hashing profile, concurrency 8, 2 s each.
 *
 *   npx tsx bench/emulator.ts [--starts 5] [--seconds 2] [--build] [--only inprocess,hashing,startup,imports,throughput]
 *
 * `--build` runs `npm run build` first, so that the CLI timed is the current source's.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs"
import { request } from "node:http"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { transform } from "esbuild"
import { Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { Passwords } from "effect-stytch"
import { StytchEmulator } from "effect-stytch/emulator"
import { fastProfile, hashPassword, type HashingProfile, productionProfile, verifyPassword } from "../src/emulator/hashing/index.js"
import type { PartResult } from "./client.js"
import { freePort, startHelper, stopChild } from "./lib/child.js"
import { closedLoop, timeEach } from "./lib/load.js"
import { flag, int, isMain, machineLine, median, ms, numberFlag, percentile, printTable, type Table, verdict } from "./lib/report.js"

const root = fileURLToPath(new URL("..", import.meta.url))
const strongPassword = "Qz-7f3a9c1e-Lantern"
const defaultAuth = `Basic ${Buffer.from(`${StytchEmulator.defaultProjectId}:${StytchEmulator.defaultSecret}`).toString("base64")}`

/** 1. In-process create + authenticate. */
const inProcess = async (): Promise<{ readonly table: Table; readonly roundTripP50: number }> => {
  const runtime = ManagedRuntime.make(
    Passwords.layer.pipe(Layer.provideMerge(StytchEmulator.layer({ hashing: "fast", client: { retry: false } })))
  )
  try {
    const passwords = await runtime.runPromise(Passwords)
    const creates: Array<number> = []
    const authenticates: Array<number> = []
    const roundTrips = await timeEach(
      async (index) => {
        const email = `user-${index < 0 ? `warm${-index}` : index}@example.com`
        const start = performance.now()
        await Effect.runPromise(passwords.create({ email, password: Redacted.make(strongPassword), session_duration_minutes: 60 }))
        const created = performance.now()
        const { session } = await Effect.runPromise(
          passwords.authenticate({ email, password: Redacted.make(strongPassword), session_duration_minutes: 60 })
        )
        if (session === undefined) throw new Error("authenticate made no session")
        if (index >= 0) {
          creates.push(created - start)
          authenticates.push(performance.now() - created)
        }
      },
      { warmup: 20, times: 300, maxMs: 5_000 }
    )
    // Probes through the public API that take one step away at a time.
    const failsWith = (tag: string) => (error: { readonly _tag: string }) =>
      error._tag === tag ? Effect.void : Effect.die(new Error(`expected ${tag}, got ${error._tag}`))
    const probe = <A, E>(effect: () => Effect.Effect<A, E>) =>
      timeEach(() => Effect.runPromise(effect()), { warmup: 5, times: 200, maxMs: 1_500 })
    const unknownEmail = await probe(() =>
      passwords.authenticate({ email: "nobody@example.com", password: Redacted.make(strongPassword) }).pipe(
        Effect.flip,
        Effect.flatMap(failsWith("EmailNotFound"))
      )
    )
    const wrongPassword = await probe(() =>
      passwords.authenticate({ email: "user-0@example.com", password: Redacted.make("Wrong-Password-42") }).pipe(
        Effect.flip,
        Effect.flatMap(failsWith("UnauthorizedCredentials"))
      )
    )
    const noSession = await probe(() => passwords.authenticate({ email: "user-0@example.com", password: Redacted.make(strongPassword) }))
    const strength = await probe(() => passwords.strengthCheck({ email: "user-0@example.com", password: Redacted.make(strongPassword) }))
    const row = (label: string, samples: ReadonlyArray<number>) => [
      label,
      ms(percentile(samples, 50)),
      ms(percentile(samples, 90)),
      ms(percentile(samples, 99)),
      int(samples.length)
    ]
    return {
      roundTripP50: median(roundTrips),
      table: {
        title: "Emulator in-process (StytchEmulator.layer(), fast hashing, through our client), ms",
        header: ["call", "p50", "p90", "p99", "samples"],
        rows: [
          row("passwords.create (new user, session 60 min)", creates),
          row("passwords.authenticate (session 60 min)", authenticates),
          row("create + authenticate round trip", roundTrips),
          row("  probe: authenticate, unknown email (no hashing, no strength check)", unknownEmail),
          row("  probe: authenticate, wrong password (+ scrypt verify)", wrongPassword),
          row("  probe: authenticate, right password, no session (+ strength/breach check)", noSession),
          row("  probe: strengthCheck with email (the strength estimator)", strength)
        ],
        notes: [
          "after 20 warm-up round trips; each round trip a new user; target: round trip p50 <= 5 ms",
          "probes: one step added per row, all through the public API; they show where the round trip goes."
        ]
      }
    }
  } finally {
    await runtime.dispose()
  }
}

/** 2. Storage hashing per profile. */
const hashing = async (): Promise<Table> => {
  const password = "correct horse battery staple"
  const rows: Array<Array<string>> = []
  for (const profile of [fastProfile, productionProfile] as ReadonlyArray<HashingProfile>) {
    const stored = await Effect.runPromise(hashPassword(profile, password))
    const budget = profile.name === "fast" ? 500 : 1_500
    const hashMs = await timeEach(() => Effect.runPromise(hashPassword(profile, password)), { warmup: 1, times: 500, maxMs: budget })
    const verifyMs = await timeEach(() => Effect.runPromise(verifyPassword(stored, password)), { warmup: 1, times: 500, maxMs: budget })
    rows.push([
      profile.name,
      `scrypt N=2^${profile.log2N} r=${profile.r} p=${profile.p}`,
      ms(median(hashMs)),
      ms(median(verifyMs)),
      `${hashMs.length}/${verifyMs.length}`
    ])
  }
  return {
    title: "Emulator password hashing per profile (median ms per call, one at a time)",
    header: ["profile", "parameters", "hash ms", "verify ms", "samples"],
    rows,
    notes: ["bench/hashing.ts has the full table, migrate hash types included: npx tsx bench/hashing.ts"]
  }
}

/** Resolves with the status of one request, or undefined when it could not connect. */
const probe = (port: number, method: string, path: string, body?: string): Promise<number | undefined> =>
  new Promise((resolve) => {
    const outgoing = request(
      {
        host: "127.0.0.1",
        port,
        method,
        path,
        agent: false,
        headers: { authorization: defaultAuth, "content-type": "application/json", ...(body === undefined ? {} : { "content-length": Buffer.byteLength(body) }) }
      },
      (response) => {
        response.resume()
        response.on("end", () => resolve(response.statusCode))
      }
    )
    outgoing.on("error", () => resolve(undefined))
    outgoing.end(body)
  })

/** Spawns `args`, then polls until a 200; ms from spawn to the first 200, and to a first real API answer. */
const timeStart = async (args: ReadonlyArray<string>, port: number, api: boolean): Promise<{ readonly ready: number; readonly api: number }> => {
  const start = performance.now()
  const child: ChildProcess = spawn(process.execPath, [...args], { cwd: root, stdio: ["ignore", "ignore", "pipe"] })
  let stderr = ""
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")))
  try {
    let ready = Number.NaN
    while (performance.now() - start < 20_000) {
      if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited with ${child.exitCode}: ${stderr.slice(0, 500)}`)
      if ((await probe(port, "GET", api ? "/emulator/v1/settings" : "/")) === 200) {
        ready = performance.now() - start
        break
      }
      await new Promise((done) => setTimeout(done, 2))
    }
    if (Number.isNaN(ready)) throw new Error(`${args.join(" ")} did not answer within 20 s`)
    let first = Number.NaN
    if (api) {
      const status = await probe(port, "POST", "/v1/passwords/strength_check", JSON.stringify({ password: strongPassword }))
      if (status !== 200) throw new Error(`strength_check answered ${status}`)
      first = performance.now() - start
    }
    return { ready, api: first }
  } finally {
    await stopChild(child)
  }
}

/** The newest modification time under a folder, ms. */
const newest = (folder: string): number =>
  readdirSync(folder, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(folder, entry.name)
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }, 0)

/** 3. CLI start-up to first answer. */
const startup = async (starts: number): Promise<{ readonly table: Table; readonly distMedian: number | undefined }> => {
  if (flag("build")) {
    console.log("  npm run build ...")
    const built = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" })
    if (built.status !== 0) throw new Error("npm run build failed")
  }
  const cli = join(root, "dist/cli/cli.js")
  const notes: Array<string> = []
  const rows: Array<Array<string>> = []
  const tsxCli = join(root, "node_modules/tsx/dist/cli.mjs")
  const cases: Array<{ readonly label: string; readonly args: (port: number) => ReadonlyArray<string>; readonly api: boolean; readonly starts: number }> = []
  let distMedian: number | undefined
  if (existsSync(cli)) {
    if (statSync(cli).mtimeMs < newest(join(root, "src"))) notes.push("dist/ is older than src/: run `npm run build` (or pass --build) to time the current source")
    cases.push({ label: "node dist/cli/cli.js emulator (the shipped bundle)", args: (port) => [cli, "emulator", "--port", String(port)], api: true, starts })
  } else {
    notes.push("no dist/cli/cli.js: run `npm run build` (or pass --build) to time what users get; tsx timed instead")
  }
  // For comparison, the CLI unbundled: src/cli/cli.ts compiled alone next to tsc's output, so that
  // its imports resolve to dist/emulator/*.js and node_modules, as the CLI shipped before bundling.
  const unbundled = join(root, `dist/cli/.bench-unbundled-cli-${process.pid}.js`)
  if (existsSync(join(root, "dist/emulator/server.js"))) {
    const compiled = await transform(readFileSync(join(root, "src/cli/cli.ts"), "utf8"), { loader: "ts", format: "esm", target: "node20" })
    writeFileSync(unbundled, compiled.code)
    cases.push({
      label: "unbundled: tsc output of src/cli/cli.ts (~1,100 modules)",
      args: (port) => [unbundled, "emulator", "--port", String(port)],
      api: true,
      starts
    })
  }
  cases.push({
    label: "tsx src/cli/cli.ts emulator (npm run emulator, minus npm)",
    args: (port) => [tsxCli, "src/cli/cli.ts", "emulator", "--port", String(port)],
    api: true,
    starts: Math.min(starts, 3)
  })
  cases.push({
    label: "floor: bare node:http server (node -e)",
    args: (port) => ["-e", `require("node:http").createServer((q, s) => s.end()).listen(${port}, "127.0.0.1")`],
    api: false,
    starts
  })
  try {
    for (const entry of cases) {
      const ready: Array<number> = []
      const api: Array<number> = []
      for (let index = 0; index < entry.starts; index++) {
        const port = await freePort()
        const timed = await timeStart(entry.args(port), port, entry.api)
        ready.push(timed.ready)
        api.push(timed.api)
      }
      if (entry.label.startsWith("node dist/cli/cli.js")) distMedian = median(ready)
      rows.push([entry.label, ms(median(ready)), ms(Math.min(...ready)), ms(Math.max(...ready)), entry.api ? ms(median(api)) : "-", String(entry.starts)])
    }
  } finally {
    rmSync(unbundled, { force: true })
  }
  return {
    distMedian,
    table: {
      title: "Emulator CLI start-up: spawn to first successful HTTP answer, ms",
      header: ["command", "median", "min", "max", "first strength_check 200", "starts"],
      rows,
      notes: [
        "first answer: GET /emulator/v1/settings answering 200 (polled every 2 ms); then one POST /v1/passwords/strength_check, timed from spawn too.",
        "target: the dist row's median <= 300 ms",
        ...notes
      ]
    }
  }
}

/** Where start-up goes: a fresh `node` importing one module, ms from just before the import to just after. */
const importTimes = async (runs: number): Promise<Table | undefined> => {
  if (!existsSync(join(root, "dist/cli/cli.js"))) return undefined
  const modules: ReadonlyArray<readonly [string, string]> = [
    ["effect", "effect (the package index)"],
    ["@effect/platform-node/NodeHttpServer", "@effect/platform-node/NodeHttpServer (with effect, @effect/platform)"],
    ["./dist/emulator/strength/index.js", "dist/emulator/strength/index.js (the strength estimator + dictionaries)"],
    ["./dist/emulator/sessions/Jwt.js", "dist/emulator/sessions/Jwt.js (node:crypto)"],
    ["./dist/emulator/hashing/index.js", "dist/emulator/hashing/index.js (scrypt + migrate hash verifiers)"],
    ["./dist/emulator/StytchEmulator.js", "dist/emulator/StytchEmulator.js (the in-process emulator; strength/ loads on first use)"],
    ["./dist/emulator/server.js", "dist/emulator/server.js (emulator + HTTP server)"]
  ]
  const rows: Array<Array<string>> = []
  for (const [specifier, label] of modules) {
    if (specifier.startsWith("./") && !existsSync(join(root, specifier))) continue
    const samples: Array<number> = []
    for (let index = 0; index < runs; index++) {
      const code = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t); process.exit(0)`
      const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8", timeout: 30_000 })
      const value = Number(result.stdout.trim().split("\n").at(-1))
      if (result.status !== 0 || !Number.isFinite(value)) throw new Error(`importing ${specifier} failed: ${result.stderr.slice(0, 300)}`)
      samples.push(value)
    }
    rows.push([label, ms(median(samples))])
  }
  return {
    title: `Where CLI start-up goes: a fresh node importing one module (median of ${runs}), ms`,
    header: ["module", "import ms"],
    rows,
    notes: ["each row includes the rows above it that it depends on; node's own start (~the floor row above) is not included"]
  }
}

/** 4. Authenticate throughput over loopback, per profile. */
const throughput = async (seconds: number): Promise<Table> => {
  const rows: Array<Array<string>> = []
  for (const profile of ["fast", "production"] as const) {
    const server = await startHelper("lib/emulatorServer.ts", [profile])
    try {
      const origin = `http://127.0.0.1:${server.port}`
      const headers = { authorization: defaultAuth, "content-type": "application/json" }
      const body = JSON.stringify({ email: "ada@example.com", password: strongPassword, session_duration_minutes: 60 })
      const created = await fetch(`${origin}/v1/passwords`, { method: "POST", headers, body })
      if (created.status !== 200) throw new Error(`create answered ${created.status}: ${await created.text()}`)
      const call = async () => {
        const response = await fetch(`${origin}/v1/passwords/authenticate`, { method: "POST", headers, body })
        const text = await response.text()
        if (response.status !== 200) throw new Error(`authenticate answered ${response.status}: ${text.slice(0, 200)}`)
      }
      await closedLoop(call, { concurrency: 8, maxRequests: profile === "fast" ? 200 : 8, maxMs: 10_000 })
      const segment = await closedLoop(call, { concurrency: 8, maxRequests: 100_000, maxMs: seconds * 1000 })
      rows.push([
        profile,
        int((segment.count / segment.elapsedMs) * 1000),
        ms(percentile(segment.latencies, 50)),
        ms(percentile(segment.latencies, 99)),
        int(segment.count)
      ])
    } finally {
      await server.stop()
    }
  }
  return {
    title: `Emulator HTTP server: authenticate over 127.0.0.1 (concurrency 8, ${seconds} s per profile, session 60 min)`,
    header: ["hashing", "req/s", "p50 ms", "p99 ms", "requests"],
    rows,
    notes: ["server in its own process (effect-stytch/emulator/server, no request logging); load from this process with fetch; after a warm-up"]
  }
}

/** `--only a,b`: the sections to run (inprocess, hashing, startup, imports, throughput); all when absent. */
const selected = (section: string): boolean => {
  const index = process.argv.indexOf("--only")
  const value = index < 0 ? undefined : process.argv[index + 1]
  return value === undefined || value.split(",").includes(section)
}

export const run = async (): Promise<PartResult> => {
  const starts = numberFlag("starts", 5)
  const seconds = numberFlag("seconds", 2)
  console.log(`\n== Part 2: emulator ==\n${machineLine()}`)
  const tables: Array<Table> = []
  const targets: Array<readonly [string, string, boolean]> = []
  if (selected("inprocess")) {
    const local = await inProcess()
    printTable(local.table)
    tables.push(local.table)
    targets.push(["in-process create + authenticate p50 <= 5 ms (fast)", `${ms(local.roundTripP50)} ms`, local.roundTripP50 <= 5])
  }
  if (selected("hashing")) {
    const hashes = await hashing()
    printTable(hashes)
    tables.push(hashes)
  }
  if (selected("startup")) {
    const started = await startup(starts)
    printTable(started.table)
    tables.push(started.table)
    if (started.distMedian !== undefined) {
      targets.push(["CLI (dist) start-up to first answer <= 300 ms", `${ms(started.distMedian)} ms`, started.distMedian <= 300])
    }
  }
  if (selected("imports")) {
    const imports = await importTimes(3)
    if (imports !== undefined) {
      printTable(imports)
      tables.push(imports)
    }
  }
  if (selected("throughput")) {
    const served = await throughput(seconds)
    printTable(served)
    tables.push(served)
  }
  printTable({ title: "Part 2 targets", header: ["target", "measured", ""], rows: targets.map(([name, value, ok]) => [name, value, verdict(ok)]) })
  return { tables, targets }
}

if (isMain(import.meta.url)) {
  await run()
}
