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
 * at concurrency 1 and 32. Verifications per second of wall time, and per second of CPU
 * (process CPU, every thread: the signature checks run on libuv's pool in both), which is the
 * rate one core sustains. Then the fallback's cost: `authenticateJwt` refused locally (too old,
 * after the full local check) and answered by Stytch, beside a plain `sessions.authenticate`
 * of the same JWTs.
 *
 *   npx tsx bench/jwt.ts [--rounds 5] [--segment-ms 1000] [--warmup 2000]
 *   npm run bench:jwt
 */
import { FetchHttpClient } from "@effect/platform"
import { Effect, Layer, ManagedRuntime, Option, Redacted } from "effect"
import { Passwords, Sessions, StytchClient } from "effect-stytch"
import { StytchEmulator } from "effect-stytch/emulator"
import * as stytch from "stytch"
import type { PartResult } from "./client.js"
import { startHelper } from "./lib/child.js"
import { addSegment, closedLoop, emptyTotals, type Totals } from "./lib/load.js"
import { int, isMain, machineLine, median, ms, numberFlag, percentile, printTable, ratio, type Table, verdict } from "./lib/report.js"

const goalPerCore = 10_000
const goalRatio = 1.0

interface Contender {
  readonly name: string
  readonly call: () => Promise<unknown>
}

interface Row {
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
  for (const contender of contenders) {
    await closedLoop(contender.call, { concurrency, maxRequests: options.warmup, maxMs: 30_000 })
  }
  const totals = new Map(contenders.map((contender) => [contender.name, emptyTotals()]))
  for (let round = 0; round < options.rounds; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(round + i) % contenders.length]
      if (contender === undefined) continue
      const segment = await closedLoop(contender.call, { concurrency, maxRequests: Number.MAX_SAFE_INTEGER, maxMs: options.segmentMs })
      const total = totals.get(contender.name)
      if (total !== undefined) addSegment(total, segment)
    }
  }
  return contenders.map((contender) => ({ contender: contender.name, concurrency, totals: totals.get(contender.name) ?? emptyTotals() }))
}

/** The median over rounds of `row`'s rate over `base`'s in the same round. */
const roundRatio = (row: Row, base: Row): number =>
  median(row.totals.segmentRps.map((value, round) => value / (base.totals.segmentRps[round] ?? Number.NaN)))

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

    const local: ReadonlyArray<Contender> = [
      { name: "ours", call: () => verifyOurs(jwt()) },
      { name: "node SDK", call: () => sdk.sessions.authenticateJwtLocal({ session_jwt: jwt() }) }
    ]
    const rows = [
      ...(await measure(local, 1, { rounds, segmentMs, warmup })),
      ...(await measure(local, 32, { rounds, segmentMs, warmup }))
    ]
    const base = (concurrency: number) => rows.find((row) => row.contender === "node SDK" && row.concurrency === concurrency)
    const localTable: Table = {
      title: "== Local session JWT verification (authenticateJwtLocal) ==",
      header: ["contender", "concurrency", "verif/s (wall)", "verif/s per core", "µs CPU each", "p50 ms", "p99 ms", "vs SDK (wall)", "vs SDK (per core)"],
      rows: rows.map((row) => {
        const sdkRow = base(row.concurrency)
        return [
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
        `${rounds} rounds of ${segmentMs} ms per contender and concurrency, order rotating; ${jwts.length} JWTs in turn.`,
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

    const ours32 = rows.find((row) => row.contender === "ours" && row.concurrency === 32)
    const sdk32 = base(32)
    const ours1 = rows.find((row) => row.contender === "ours" && row.concurrency === 1)
    const sdk1 = base(1)
    const fallbackRow = fallbackRows[1]
    const targets: Array<readonly [string, string, boolean]> = []
    if (ours32 !== undefined && sdk32 !== undefined && ours1 !== undefined && sdk1 !== undefined) {
      const corePerCore = perCore(ours32.totals)
      targets.push([`local verifications per core ≥ ${int(goalPerCore)}/s (c=32)`, `${int(corePerCore)}/s`, corePerCore >= goalPerCore])
      const vsSdk = roundRatio(ours32, sdk32)
      targets.push([`local vs SDK ≥ ${goalRatio.toFixed(1)}x (wall, c=32)`, ratio(vsSdk), vsSdk >= goalRatio])
      const vsSdkCore = perCore(ours32.totals) / perCore(sdk32.totals)
      targets.push([`local vs SDK ≥ ${goalRatio.toFixed(1)}x (per core, c=32)`, ratio(vsSdkCore), vsSdkCore >= goalRatio])
      const vsSdk1 = roundRatio(ours1, sdk1)
      targets.push([`local vs SDK ≥ ${goalRatio.toFixed(1)}x (wall, c=1)`, ratio(vsSdk1), vsSdk1 >= goalRatio])
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
