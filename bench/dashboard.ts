/**
 * Does an open dashboard slow the emulator's API? (issue 15)
 *
 * The emulator's HTTP server (`layer` of src/emulator/server.ts, fast hashing) runs in this
 * process on 127.0.0.1 and a free port, with one user seeded. The load, from this process
 * with raw fetch (Node's undici, keep-alive), alternates `POST /v1/passwords/authenticate`
 * (right password, no session, so the state does not grow) and
 * `POST /v1/passwords/strength_check`, in a closed loop at concurrency 1 and 32, under each
 * condition (bench/lib/dashboardConditions.ts):
 *
 *   A  no dashboard (the baseline)
 *   B  one SSE subscriber reading /emulator/v1/requests/stream with fetch, events dropped
 *      (in a process of its own, as the browser is: its reading is not charged to the server)
 *   C  the dashboard in headless Chromium on /#/requests (the live log)
 *   D  the dashboard on /#/users (polls the control API every 3 s, refreshes after a burst)
 *
 * Per concurrency: a warm-up, then `--rounds` rounds of one `--seconds` segment per condition,
 * the order rotating from round to round (bench/lib/load.ts's rotatingRounds) so that load
 * drift and order effects hit every condition alike. Each condition is set up and checked
 * outside its segment. The ratio to A is taken within each round, then its median.
 *
 * CPU per segment: this process (server + load) from process.cpuUsage; the subscriber (every
 * process below this one: B's reader, Chromium and its renderers) and the rest of the machine
 * from /proc. The subscriber runs on the same 2 cores: its share (CPU it takes from the server)
 * and this process's CPU per request against A's (what a subscriber costs the server itself)
 * tell the two apart.
 *
 *   npx tsx bench/dashboard.ts [--rounds 5] [--seconds 2] [--warmup 300] [--no-users]
 */
import { HttpServer } from "@effect/platform"
import { Context, Effect, Exit, Layer, Redacted, Scope } from "effect"
import { dashboardPaths } from "../src/emulator/dashboard/paths.js"
import * as StytchEmulatorServer from "../src/emulator/server.js"
import { StytchEmulator } from "../src/emulator/StytchEmulator.js"
import { startBrowser } from "./lib/dashboardBrowser.js"
import { type CpuReading, cpuBetween, readCpu } from "./lib/dashboardCpu.js"
import { conditions as makeConditions, type SegmentCheck, startSubscriber } from "./lib/dashboardConditions.js"
import { rotatingRounds, type Totals } from "./lib/load.js"
import { flag, int, isMain, machineLine, median, ms, numberFlag, percentile, printTable, ratio, type Table } from "./lib/report.js"

const email = "dashboard-bench@example.com"
const password = "Qz-7f3a9c1e-Lantern"
/** Strength checks rotate over a few candidates, as sign-up forms send different ones. */
const candidates = ["Qz-7f3a9c1e-Lantern", "password123", "correct horse battery staple", "Tr0ub4dor&3"]

interface Served {
  readonly origin: string
  readonly control: Context.Tag.Service<StytchEmulator>
  readonly close: () => Promise<void>
}

/** The emulator's HTTP server in this process, on a free loopback port, until `close`. */
const serve = async (): Promise<Served> => {
  const scope = Effect.runSync(Scope.make())
  const close = () => Effect.runPromise(Scope.close(scope, Exit.void))
  try {
    const context = await Effect.runPromise(
      Layer.buildWithScope(StytchEmulatorServer.layer({ port: 0, host: "127.0.0.1", hashing: "fast" }), scope)
    )
    const origin = await Effect.runPromise(HttpServer.addressFormattedWith(Effect.succeed).pipe(Effect.provide(context)))
    return { origin, control: Context.get(context, StytchEmulator), close }
  } catch (error) {
    await close()
    throw error
  }
}

/** The API calls: `send` answers the status; `mixed` is the load (authenticate, strength check, in turn). */
const apiCalls = (served: Served) => {
  const headers = {
    authorization: `Basic ${Buffer.from(`${served.control.projectId}:${Redacted.value(served.control.secret)}`).toString("base64")}`,
    "content-type": "application/json"
  }
  const send = async (path: string, body: unknown): Promise<{ readonly status: number; readonly text: string }> => {
    const response = await fetch(`${served.origin}${path}`, { method: "POST", headers, body: JSON.stringify(body) })
    return { status: response.status, text: await response.text() }
  }
  const expectOk = async (path: string, body: unknown): Promise<void> => {
    const { status, text } = await send(path, body)
    if (status !== 200) throw new Error(`${path} answered ${status}: ${text.slice(0, 200)}`)
  }
  let turn = 0
  const mixed = (): Promise<void> => {
    const index = turn++
    return index % 2 === 0
      ? expectOk("/v1/passwords/authenticate", { email, password })
      : expectOk("/v1/passwords/strength_check", { password: candidates[(index >> 1) % candidates.length] })
  }
  return { send, expectOk, mixed }
}

/** The id of the last request logged. */
const lastLoggedId = (served: Served): Promise<number> =>
  Effect.runPromise(served.control.requests).then((requests) => requests.at(-1)?.id ?? 0)

interface SegmentRecord {
  readonly cpu: CpuReading & { readonly othersMs: number }
  readonly elapsedMs: number
  readonly count: number
  readonly check: SegmentCheck
}

interface Row {
  readonly condition: string
  readonly concurrency: number
  readonly totals: Totals
  readonly segments: ReadonlyArray<SegmentRecord>
}

const sum = (values: ReadonlyArray<number>): number => values.reduce((total, value) => total + value, 0)

/** What the checks of a condition's segments add up to, for the table. */
const checkSummary = (segments: ReadonlyArray<SegmentRecord>): string => {
  const checks = segments.map((segment) => segment.check)
  const parts: Array<string> = []
  const events = checks.flatMap((check) => (check.events === undefined ? [] : [check.events]))
  if (events.length > 0) parts.push(`events ${int(sum(events.map(([got]) => got)))}/${int(sum(events.map(([, logged]) => logged)))}`)
  const rows = checks.flatMap((check) => (check.rows === undefined ? [] : [check.rows]))
  if (rows.length > 0) {
    const contiguous = rows.filter((row) => row.contiguous).length
    parts.push(`live, last row shown, ${Math.min(...rows.map((row) => row.count))}+ rows, no gap ${contiguous}/${rows.length}`)
  } else if (checks.some((check) => check.pageFetches !== undefined)) {
    parts.push("live, users drawn")
  }
  const fetches = checks.flatMap((check) => (check.pageFetches === undefined ? [] : [check.pageFetches]))
  if (fetches.length > 0) parts.push(`${sum(fetches)} page fetches`)
  return parts.length === 0 ? "-" : parts.join("; ")
}

/** Per-round ratios of `row` to `base` (the same round's A segment). */
const roundRatios = (row: Row, base: Row): ReadonlyArray<number> =>
  row.totals.segmentRps.map((value, round) => value / (base.totals.segmentRps[round] ?? Number.NaN))

/** This process's CPU µs per request in a segment. */
const perRequest = (segment: SegmentRecord): number => (segment.cpu.ownMs * 1000) / segment.count

const percent = (part: number, whole: number): string => (Number.isFinite(part) && whole > 0 ? `${((part / whole) * 100).toFixed(0)}%` : "-")

const resultTable = (rows: ReadonlyArray<Row>, options: { readonly rounds: number; readonly seconds: number; readonly warmup: number }): Table => ({
  title: "Emulator API throughput with and without the dashboard (authenticate + strength_check, in-process server on 127.0.0.1, fast hashing)",
  header: [
    "condition",
    "conc.",
    "req/s (median)",
    "vs A",
    "spread (min-max)",
    "p50 ms",
    "p99 ms",
    "our CPU µs/req",
    "vs A",
    "our CPU",
    "subscriber CPU",
    "others CPU",
    "check (all rounds)"
  ],
  rows: rows.map((row) => {
    const base = rows.find((other) => other.concurrency === row.concurrency)!
    // A against itself: each round over A's median, the round-to-round noise to read the others against.
    const ratios = row === base ? row.totals.segmentRps.map((value) => value / median(row.totals.segmentRps)) : roundRatios(row, base)
    const elapsed = sum(row.segments.map((segment) => segment.elapsedMs))
    const cpu = (pick: (segment: SegmentRecord) => number) => sum(row.segments.map(pick))
    return [
      row.condition,
      String(row.concurrency),
      int(median(row.totals.segmentRps)),
      row === base ? "1.00x" : ratio(median(ratios)),
      `${Math.min(...ratios).toFixed(2)}-${Math.max(...ratios).toFixed(2)}`,
      ms(percentile(row.totals.latencies, 50)),
      ms(percentile(row.totals.latencies, 99)),
      int((cpu((segment) => segment.cpu.ownMs) * 1000) / row.totals.count),
      row === base ? "1.00x" : ratio(median(row.segments.map((segment, round) => perRequest(segment) / perRequest(base.segments[round]!)))),
      percent(cpu((segment) => segment.cpu.ownMs), elapsed),
      percent(cpu((segment) => segment.cpu.browserMs), elapsed),
      percent(cpu((segment) => segment.cpu.othersMs), elapsed),
      checkSummary(row.segments)
    ]
  }),
  notes: [
    `${options.rounds} rounds per concurrency, each condition one ${options.seconds} s segment per round (order rotating), after ${options.warmup} warm-up requests per condition.`,
    "vs A: the median over rounds of the segment's req/s (CPU µs/req) over A's in the same round; spread: the range of the req/s ratios (for A, each round over A's median: the noise floor).",
    "CPU: share of one core over the segments (the machine has 2). ours = this process: server + load generator; subscriber = the processes below it: B's reader, Chromium and its renderers (each idle when not in use); others = the rest of the machine.",
    "The page is left alone during a segment (Playwright attaches only to open and check it), as a user's browser would be."
  ]
})

const roundsTable = (rows: ReadonlyArray<Row>, rounds: number): Table => ({
  title: "req/s per round, in run order (drift shows here)",
  header: ["condition", "conc.", ...Array.from({ length: rounds }, (_, round) => `round ${round + 1}`)],
  rows: rows.map((row) => [row.condition, String(row.concurrency), ...row.totals.segmentRps.map(int)])
})

export const run = async (): Promise<ReadonlyArray<Table>> => {
  const rounds = numberFlag("rounds", 5)
  const seconds = numberFlag("seconds", 2)
  const warmup = numberFlag("warmup", 300)
  const users = !flag("no-users")
  console.log(`\n== Dashboard: API throughput with the dashboard open ==\n${machineLine()}`)

  const served = await serve()
  const closing: Array<() => Promise<void>> = [served.close]
  try {
    const api = apiCalls(served)
    await api.expectOk("/v1/passwords", { email, password })
    await api.mixed()
    await api.mixed()

    const browser = await startBrowser()
    closing.unshift(browser.stop)
    const subscriber = startSubscriber(`${served.origin}${dashboardPaths.stream}`)
    closing.unshift(subscriber.stop)
    const conditions = makeConditions(
      {
        origin: served.origin,
        browser,
        subscriber,
        probe: async () => {
          await api.expectOk("/v1/passwords/strength_check", { password: candidates[0] })
          return lastLoggedId(served)
        }
      },
      users
    )

    const rows: Array<Row> = []
    for (const concurrency of [1, 32]) {
      console.log(`  concurrency ${concurrency}: warm-up ${warmup} requests per condition, then ${rounds} rounds x ${seconds} s per condition...`)
      const segments: Array<Array<SegmentRecord>> = conditions.map(() => [])
      const totals = await rotatingRounds(
        conditions.map(() => api.mixed),
        {
          concurrency,
          rounds,
          segmentMs: seconds * 1000,
          warmup,
          around: async (index, segment) => {
            const opened = await conditions[index]!.open()
            const firstId = await lastLoggedId(served)
            opened.started(firstId)
            const before = readCpu()
            const measured = await segment()
            const cpu = cpuBetween(before, readCpu())
            const check = await opened.finish(await lastLoggedId(served))
            segments[index]!.push({ cpu, elapsedMs: measured.elapsedMs, count: measured.count, check })
            // Let a closed page or stream wind down before the next segment.
            await new Promise((done) => setTimeout(done, 250))
            return measured
          }
        }
      )
      conditions.forEach((condition, index) =>
        rows.push({ condition: condition.name, concurrency, totals: totals[index]!, segments: segments[index]! })
      )
    }
    const tables = [resultTable(rows, { rounds, seconds, warmup }), roundsTable(rows, rounds)]
    for (const table of tables) printTable(table)
    const b = rows.filter((row) => row.condition.startsWith("B"))
    for (const row of b) {
      const got = sum(row.segments.map((segment) => segment.check.events?.[0] ?? 0))
      const logged = sum(row.segments.map((segment) => segment.check.events?.[1] ?? 0))
      if (got !== logged) console.log(`  note: at concurrency ${row.concurrency} the SSE subscriber got ${got} events for ${logged} requests logged`)
    }
    console.log(`  done; ${machineLine()}`)
    return tables
  } finally {
    for (const close of closing) await close()
  }
}

if (isMain(import.meta.url)) {
  await run()
}
