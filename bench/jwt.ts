/**
 * Part 5 — local session JWT verification.
 *
 * The emulator's HTTP server runs as its own process (bench/lib/emulatorServer.ts); both
 * clients fetch its JWKS once, then verify the same session JWTs in this process, alternating
 * in rounds, the order rotating:
 *
 *   ours      Sessions.authenticateJwtLocal (Web Crypto), one `runPromise` per call
 *   node SDK  the official `stytch` Client, sessions.authenticateJwtLocal (jose)
 *
 * at concurrency 1 and 32, over two sets of JWTs: `repeat`, 8 JWTs in turn (a server sees the
 * same user's JWT on every request for its 5 minutes: ours keeps a JWT's parse from its second
 * sighting and checks a signature once per key), and `distinct`, 2,000 JWTs signed for the run
 * with the emulator's key, more than our memo holds (1,024), so every call of ours parses,
 * decodes and checks the RSA signature. No tracer is installed (the SDK has none either):
 * ours then makes no span. Verifications per second of wall time, and per second of CPU
 * (process CPU, every thread: the signature checks run on libuv's pool in both), which is the
 * rate one core sustains. Then the fallback's cost: `authenticateJwt` refused locally (too old,
 * after the full local check) and answered by Stytch, beside a plain `sessions.authenticate`
 * of the same JWTs.
 *
 *   npx tsx bench/jwt.ts [--rounds 5] [--segment-ms 1000] [--warmup 2000]
 *   npm run bench:jwt
 */
import { createPrivateKey, sign } from "node:crypto"
import { FetchHttpClient } from "@effect/platform"
import { Effect, Layer, ManagedRuntime, Option, Redacted } from "effect"
import { Passwords, Sessions, StytchClient } from "effect-stytch"
import { StytchEmulator } from "effect-stytch/emulator"
import * as stytch from "stytch"
import type { PartResult } from "./client.js"
import { startHelper } from "./lib/child.js"
import { rotatingRounds, type Totals } from "./lib/load.js"
import { int, isMain, machineLine, median, ms, numberFlag, percentile, printTable, ratio, type Table, verdict } from "./lib/report.js"

const goalPerCore = 10_000
const goalRatio = 1.0

interface Contender {
  readonly name: string
  readonly call: () => Promise<unknown>
}

interface Row {
  readonly scenario?: string
  readonly contender: string
  readonly concurrency: number
  readonly totals: Totals
}

/** Verifications per second of CPU: what one core sustains. */
const perCore = (totals: Totals): number => (totals.count / totals.cpuMs) * 1000
const perWall = (totals: Totals): number => (totals.count / totals.elapsedMs) * 1000

const measure = async (
  contenders: ReadonlyArray<Contender>,
  concurrency: number,
  options: { readonly rounds: number; readonly segmentMs: number; readonly warmup: number }
): Promise<ReadonlyArray<Row>> => {
  const totals = await rotatingRounds(contenders.map((contender) => contender.call), { ...options, concurrency })
  return contenders.map((contender, index) => ({ contender: contender.name, concurrency, totals: totals[index]! }))
}

/** The median over rounds of `row`'s rate over `base`'s in the same round. */
const roundRatio = (row: Row, base: Row): number =>
  median(row.totals.segmentRps.map((value, round) => value / (base.totals.segmentRps[round] ?? Number.NaN)))

/**
 * `count` JWTs like `template` (a different `jti` each), signed here with the emulator's own
 * newest key, read from its export: distinct strings, every one valid for the run.
 */
const distinctJwts = async (baseUrl: string, template: string, count: number): Promise<ReadonlyArray<string>> => {
  const exported = (await (await fetch(`${baseUrl}/emulator/v1/export`)).json()) as {
    readonly signing_keys: ReadonlyArray<{ readonly kid: string; readonly private_jwk: Record<string, unknown> }>
  }
  const key = exported.signing_keys[exported.signing_keys.length - 1]
  if (key === undefined) throw new Error("the emulator has no signing key")
  const privateKey = createPrivateKey({ key: { ...key.private_jwk, kty: "RSA" }, format: "jwk" })
  const claims = JSON.parse(Buffer.from(template.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>
  const header = Buffer.from(JSON.stringify({ alg: "RS256", kid: key.kid, typ: "JWT" })).toString("base64url")
  return Array.from({ length: count }, (_, i) => {
    const payload = Buffer.from(JSON.stringify({ ...claims, jti: `jwt-bench-${i}` })).toString("base64url")
    const signature = sign("sha256", Buffer.from(`${header}.${payload}`), privateKey).toString("base64url")
    return `${header}.${payload}.${signature}`
  })
}

export const run = async (): Promise<PartResult> => {
  const rounds = numberFlag("rounds", 5)
  const segmentMs = numberFlag("segment-ms", 1_000)
  const warmup = numberFlag("warmup", 2_000)
  const server = await startHelper("lib/emulatorServer.ts", ["fast"])
  try {
    const baseUrl = `http://127.0.0.1:${server.port}`
    const projectId = StytchEmulator.defaultProjectId
    const secret = StytchEmulator.defaultSecret
    const runtime = ManagedRuntime.make(
      Layer.mergeAll(Passwords.layer, Sessions.layer).pipe(
        Layer.provideMerge(StytchClient.layer({ projectId, secret: Redacted.make(secret), baseUrl, retry: false })),
        Layer.provide(FetchHttpClient.layer),
        Layer.orDie
      )
    )
    const sdk = new stytch.Client({ project_id: projectId, secret, env: `${baseUrl}/` })

    // A handful of users, each with a session and its JWT (valid 5 minutes: the run is shorter).
    const jwts = await runtime.runPromise(
      Effect.forEach(Array.from({ length: 8 }, (_, i) => i), (i) =>
        Effect.flatMap(Passwords, (passwords) =>
          passwords.create({ email: `bench-jwt-${i}-${Date.now()}@example.com`, password: `Qz-bench-${i}-Lantern-Harbor`, session_duration_minutes: 60 })
        ).pipe(Effect.map((created) => Option.getOrThrow(created.session_jwt)))
      )
    )
    let next = 0
    const jwt = () => jwts[next++ % jwts.length] ?? ""
    const verifyOurs = (session_jwt: string) => runtime.runPromise(Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwtLocal({ session_jwt })))

    // Both agree on every JWT before anything is timed.
    for (const token of jwts) {
      const [ours, theirs] = await Promise.all([verifyOurs(token), sdk.sessions.authenticateJwtLocal({ session_jwt: token })])
      if (ours.session.session_id !== theirs.session_id) throw new Error("ours and the SDK disagree on a JWT")
    }

    const distinct = await distinctJwts(baseUrl, jwts[0] ?? "", 2_000)
    let nextDistinct = 0
    const distinctJwt = () => distinct[nextDistinct++ % distinct.length] ?? ""
    for (const token of distinct.slice(0, 3)) {
      const [ours, theirs] = await Promise.all([verifyOurs(token), sdk.sessions.authenticateJwtLocal({ session_jwt: token })])
      if (ours.session.session_id !== theirs.session_id) throw new Error("ours and the SDK disagree on a JWT")
    }

    const repeat: ReadonlyArray<Contender> = [
      { name: "ours", call: () => verifyOurs(jwt()) },
      { name: "node SDK", call: () => sdk.sessions.authenticateJwtLocal({ session_jwt: jwt() }) }
    ]
    const fresh: ReadonlyArray<Contender> = [
      { name: "ours", call: () => verifyOurs(distinctJwt()) },
      { name: "node SDK", call: () => sdk.sessions.authenticateJwtLocal({ session_jwt: distinctJwt() }) }
    ]
    const scenario = (name: string, measured: ReadonlyArray<Row>) => measured.map((row) => ({ ...row, scenario: name }))
    const rows = [
      ...scenario("repeat", await measure(repeat, 1, { rounds, segmentMs, warmup })),
      ...scenario("repeat", await measure(repeat, 32, { rounds, segmentMs, warmup })),
      ...scenario("distinct", await measure(fresh, 1, { rounds, segmentMs, warmup })),
      ...scenario("distinct", await measure(fresh, 32, { rounds, segmentMs, warmup }))
    ]
    const base = (name: string, concurrency: number) =>
      rows.find((row) => row.scenario === name && row.contender === "node SDK" && row.concurrency === concurrency)
    const localTable: Table = {
      title: "== Local session JWT verification (authenticateJwtLocal) ==",
      header: ["JWTs", "contender", "concurrency", "verif/s (wall)", "verif/s per core", "µs CPU each", "p50 ms", "p99 ms", "vs SDK (wall)", "vs SDK (per core)"],
      textColumns: 2,
      rows: rows.map((row) => {
        const sdkRow = base(row.scenario, row.concurrency)
        return [
          row.scenario,
          row.contender,
          String(row.concurrency),
          int(perWall(row.totals)),
          int(perCore(row.totals)),
          ((row.totals.cpuMs * 1000) / row.totals.count).toFixed(1),
          ms(percentile(row.totals.latencies, 50)),
          ms(percentile(row.totals.latencies, 99)),
          sdkRow === undefined ? "-" : ratio(roundRatio(row, sdkRow)),
          sdkRow === undefined ? "-" : ratio(perCore(row.totals) / perCore(sdkRow.totals))
        ]
      }),
      notes: [
        `${rounds} rounds of ${segmentMs} ms per contender, set and concurrency, order rotating; repeat: ${jwts.length} JWTs in turn; distinct: ${distinct.length}.`,
        "per core = verifications per second of process CPU (all threads); vs SDK (wall) = median of per-round ratios."
      ]
    }
    printTable(localTable)

    // The fallback: refused locally as too old (after the signature check), then Stytch.
    await new Promise((done) => setTimeout(done, 1_100))
    const fallback: ReadonlyArray<Contender> = [
      {
        name: "sessions.authenticate",
        call: () => runtime.runPromise(Effect.flatMap(Sessions, (sessions) => sessions.authenticate({ session_jwt: jwt() })))
      },
      {
        name: "authenticateJwt (fallback)",
        call: () =>
          runtime.runPromise(Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwt({ session_jwt: jwt(), max_token_age_seconds: 1 })))
      },
      {
        name: "authenticateJwt (age 0)",
        call: () =>
          runtime.runPromise(Effect.flatMap(Sessions, (sessions) => sessions.authenticateJwt({ session_jwt: jwt(), max_token_age_seconds: 0 })))
      }
    ]
    const fallbackRows = await measure(fallback, 8, { rounds, segmentMs, warmup: 300 })
    const plain = fallbackRows[0]
    const fallbackTable: Table = {
      title: "== The fallback's cost (authenticateJwt answered by Stytch) ==",
      header: ["call", "concurrency", "calls/s", "p50 ms", "p99 ms", "µs CPU each (client + nothing else)", "vs authenticate"],
      rows: fallbackRows.map((row) => [
        row.contender,
        String(row.concurrency),
        int(perWall(row.totals)),
        ms(percentile(row.totals.latencies, 50)),
        ms(percentile(row.totals.latencies, 99)),
        ((row.totals.cpuMs * 1000) / row.totals.count).toFixed(1),
        plain === undefined ? "-" : ratio(roundRatio(row, plain))
      ]),
      notes: [
        "The emulator runs in its own process (fast hashing); CPU is this process's only.",
        "fallback: max_token_age_seconds 1 on JWTs over 1 s old, so the full local check runs and fails before the call."
      ]
    }
    printTable(fallbackTable)
    await runtime.dispose()

    const fallbackRow = fallbackRows[1]
    const targets: Array<readonly [string, string, boolean]> = []
    for (const name of ["repeat", "distinct"]) {
      for (const concurrency of [1, 32]) {
        const oursRow = rows.find((row) => row.scenario === name && row.contender === "ours" && row.concurrency === concurrency)
        const sdkRow = base(name, concurrency)
        if (oursRow === undefined || sdkRow === undefined) continue
        const core = perCore(oursRow.totals)
        targets.push([`${name}, c=${concurrency}: ours per core ≥ ${int(goalPerCore)}/s`, `${int(core)}/s`, core >= goalPerCore])
        const wall = roundRatio(oursRow, sdkRow)
        targets.push([`${name}, c=${concurrency}: ours vs SDK ≥ ${goalRatio.toFixed(1)}x (wall)`, ratio(wall), wall >= goalRatio])
        const cpu = core / perCore(sdkRow.totals)
        targets.push([`${name}, c=${concurrency}: ours vs SDK ≥ ${goalRatio.toFixed(1)}x (per core)`, ratio(cpu), cpu >= goalRatio])
      }
    }
    if (plain !== undefined && fallbackRow !== undefined) {
      targets.push(["fallback vs plain authenticate (calls/s, informational)", ratio(roundRatio(fallbackRow, plain)), true])
    }
    return { tables: [localTable, fallbackTable], targets }
  } finally {
    await server.stop()
  }
}

if (isMain(import.meta.url)) {
  console.log(`effect-stytch JWT benchmark\n${machineLine()}`)
  const result = await run()
  printTable({
    title: "== Targets ==",
    header: ["target", "measured", ""],
    rows: result.targets.map(([name, value, ok]) => [name, value, verdict(ok)])
  })
}
