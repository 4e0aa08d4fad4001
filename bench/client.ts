/**
 * Part 1 — client overhead.
 *
 * One canned-answer server (bench/lib/cannedServer.ts, its own process on 127.0.0.1) answers
 * every request with the same full `authenticate` success. Against it, in one run and
 * alternating, four contenders send `POST /v1/passwords/authenticate`:
 *
 *   raw fetch      fetch + JSON.parse, nothing else (the floor)
 *   ours/fetch     Passwords.authenticate through FetchHttpClient
 *   ours/undici    Passwords.authenticate through NodeHttpClient.layerUndici
 *   node SDK       the official `stytch` Client, passwords.authenticate
 *
 * For each concurrency (1 and 32): a fixed warm-up per contender, then rounds; in each round
 * every contender runs one segment of fixed length, the order rotating from round to round.
 * Then the CPU cost of our request encode + response decode alone, in a tight loop.
 *
 * Then, for diagnosis: a ladder of clients from raw fetch to ours, one layer added per rung
 * (bench/lib/contenders.ts), alternating at concurrency 32; and our client's CPU per call
 * with the transport stubbed, beside the building blocks it is made of.
 *
 *   npx tsx bench/client.ts [--rounds 6] [--segment-ms 750] [--warmup 1000] [--no-diagnosis]
 */
import { Effect, Schema } from "effect"
import { Passwords } from "effect-stytch"
import { startHelper } from "./lib/child.js"
import { type Contender, makeContenders } from "./lib/contenders.js"
import { breakdownTable } from "./lib/breakdown.js"
import { authenticateInput, authenticateResponseText, checkFixture } from "./lib/fixture.js"
import { rotatingRounds, rps, type Totals } from "./lib/load.js"
import {
  flag,
  int,
  isMain,
  machineLine,
  median,
  ms,
  numberFlag,
  percentile,
  printTable,
  ratio,
  type Table,
  verdict
} from "./lib/report.js"

/** What a part hands back to bench/index.ts besides printing its tables. */
export interface PartResult {
  readonly tables: ReadonlyArray<Table>
  /** One line per target: what, the number, met or missed. */
  readonly targets: ReadonlyArray<readonly [string, string, boolean]>
}

/** The process CPU time (µs) of the canned server, read over a fresh connection. */
const serverCpu = async (origin: string): Promise<number> => {
  const response = await fetch(`${origin}/__cpu`, { headers: { connection: "close" } })
  return Number(await response.text())
}

interface Row {
  readonly contender: string
  readonly concurrency: number
  readonly totals: Totals
  readonly serverCpuMs: number
}

/** The median over rounds of `row`'s req/s over `base`'s in the same round. */
const roundRatio = (row: Row, base: Row): { readonly median: number; readonly min: number; readonly max: number } => {
  const ratios = row.totals.segmentRps.map((value, round) => value / (base.totals.segmentRps[round] ?? Number.NaN))
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) }
}

/** Warm-up, then `rounds` rounds of one segment per contender, the order rotating. */
const measure = async (
  origin: string,
  contenders: ReadonlyArray<Contender>,
  concurrency: number,
  options: { readonly rounds: number; readonly segmentMs: number; readonly warmup: number }
): Promise<ReadonlyArray<Row>> => {
  const serverCpuMs = contenders.map(() => 0)
  const totals = await rotatingRounds(
    contenders.map((contender) => contender.call),
    {
      ...options,
      concurrency,
      around: async (index, segment) => {
        const before = await serverCpu(origin)
        const measured = await segment()
        serverCpuMs[index]! += ((await serverCpu(origin)) - before) / 1000
        return measured
      }
    }
  )
  return contenders.map((contender, index) => ({
    contender: contender.name,
    concurrency,
    totals: totals[index]!,
    serverCpuMs: serverCpuMs[index]!
  }))
}

const throughputTable = (title: string, rows: ReadonlyArray<Row>, note: string): Table => ({
  title,
  header: ["contender", "conc.", "req/s", "vs fetch", "per round: median (min-max)", "p50 ms", "p99 ms", "client CPU µs/req", "server CPU µs/req"],
  rows: rows.map((row) => {
    const base = rows.find((other) => other.concurrency === row.concurrency)!
    const rounds = roundRatio(row, base)
    return [
      row.contender,
      String(row.concurrency),
      int(rps(row.totals)),
      ratio(rps(row.totals) / rps(base.totals)),
      `${ratio(rounds.median)} (${rounds.min.toFixed(2)}-${rounds.max.toFixed(2)})`,
      ms(percentile(row.totals.latencies, 50)),
      ms(percentile(row.totals.latencies, 99)),
      int((row.totals.cpuMs * 1000) / row.totals.count),
      int((row.serverCpuMs * 1000) / row.totals.count)
    ]
  }),
  notes: [
    note,
    "\"vs fetch\": req/s over the first row's, whole run; \"per round\": the same ratio within each round (contenders back to back), median and range. CPU µs/req: process CPU time (all threads) per request."
  ]
})

/** CPU µs per call of `body`: warm-up, then batches until `budgetMs`; the median batch. */
const microbench = (body: () => number, budgetMs = 1_000, batch = 2_000): { readonly median: number; readonly calls: number } => {
  let sink = 0
  for (let index = 0; index < 5_000; index++) sink += body()
  const perBatch: Array<number> = []
  const start = performance.now()
  let calls = 0
  while (perBatch.length < 5 || (performance.now() - start < budgetMs && calls < 2_000_000)) {
    const before = process.cpuUsage()
    for (let index = 0; index < batch; index++) sink += body()
    const used = process.cpuUsage(before)
    perBatch.push((used.user + used.system) / batch)
    calls += batch
  }
  if (sink === -1) console.log("unreachable")
  return { median: median(perBatch), calls }
}

/** The codec alone: what the client does to a request and an answer, without I/O. */
export const codecTable = (): { readonly table: Table; readonly fullUs: number } => {
  const endpoint = Passwords.endpoints.authenticate
  const encode = Schema.encodeEither(endpoint.request)
  const decode = Schema.decodeUnknownEither(endpoint.response)
  const encodeEffect = Schema.encode(endpoint.request)
  const decodeEffect = Schema.decodeUnknown(endpoint.response)
  const text = authenticateResponseText
  const encoder = new TextEncoder()
  const parsed = JSON.parse(text) as unknown
  const encoded = encode(authenticateInput)
  if (encoded._tag === "Left") throw new Error("the request does not encode")

  const full = microbench(() => {
    const request = encode(authenticateInput)
    if (request._tag === "Left") throw new Error("encode failed")
    const bytes = encoder.encode(JSON.stringify(request.right))
    const response = decode(JSON.parse(text))
    if (response._tag === "Left") throw new Error("decode failed")
    return bytes.length
  })
  const asEffects = microbench(() =>
    Effect.runSync(
      encodeEffect(authenticateInput).pipe(
        Effect.map((request) => encoder.encode(JSON.stringify(request)).length),
        Effect.zipLeft(Effect.suspend(() => decodeEffect(JSON.parse(text))))
      )
    )
  )
  const encodeOnly = microbench(() => (encode(authenticateInput)._tag === "Right" ? 1 : 0))
  const stringifyOnly = microbench(() => encoder.encode(JSON.stringify(encoded.right)).length)
  const parseOnly = microbench(() => (JSON.parse(text) as { status_code: number }).status_code)
  const decodeOnly = microbench(() => (decode(parsed)._tag === "Right" ? 1 : 0))
  const us = (value: number) => value.toFixed(2)
  return {
    fullUs: full.median,
    table: {
      title: "Client codec alone, no I/O (CPU µs per call, median of 2,000-call batches)",
      header: ["step", "µs/call", "calls timed"],
      rows: [
        ["encode request + JSON.stringify + UTF-8, JSON.parse + decode response", us(full.median), int(full.calls)],
        ["  the same, as Effects run with Effect.runSync (the client's path)", us(asEffects.median), int(asEffects.calls)],
        ["  Schema.encode(request) alone", us(encodeOnly.median), int(encodeOnly.calls)],
        ["  JSON.stringify + TextEncoder alone", us(stringifyOnly.median), int(stringifyOnly.calls)],
        [`  JSON.parse of the ${int(text.length)}-byte answer alone`, us(parseOnly.median), int(parseOnly.calls)],
        ["  Schema.decodeUnknown(response) alone", us(decodeOnly.median), int(decodeOnly.calls)]
      ],
      notes: ["target: the first row <= 50 µs"]
    }
  }
}

export const run = async (): Promise<PartResult> => {
  const rounds = numberFlag("rounds", 6)
  const segmentMs = numberFlag("segment-ms", 750)
  const warmup = numberFlag("warmup", 1_000)
  console.log(`\n== Part 1: client overhead ==\n${machineLine()}`)
  checkFixture()

  const server = await startHelper("lib/cannedServer.ts", [])
  const origin = `http://127.0.0.1:${server.port}`
  const made = await makeContenders(origin).catch(async (error: unknown) => {
    await server.stop()
    throw error
  })
  const contenders = made.contenders
  try {
    const rows: Array<Row> = []
    for (const concurrency of [1, 32]) {
      console.log(`  concurrency ${concurrency}: warm-up ${warmup} requests each, then ${rounds} rounds x ${segmentMs} ms per contender...`)
      rows.push(...(await measure(origin, contenders, concurrency, { rounds, segmentMs, warmup })))
    }
    const throughput = throughputTable(
      "Client throughput against a canned-answer server on 127.0.0.1 (authenticate, full user + session + JWT)",
      rows,
      `${rounds} rounds per concurrency, each contender ${segmentMs} ms per round (order rotating), after ${warmup} warm-up requests each; retries off.`
    )
    printTable(throughput)

    const codec = codecTable()
    printTable(codec.table)

    const diagnosis: Array<Table> = []
    if (!flag("no-diagnosis")) {
      console.log("  diagnosis: a ladder from raw fetch to our client at concurrency 32, then the client with its transport stubbed...")
      const variants = await measure(origin, made.diagnostics, 32, { rounds: 4, segmentMs: 500, warmup: 500 })
      diagnosis.push(
        throughputTable(
          "Diagnosis over the network: from raw fetch to our client, one layer per row (concurrency 32)",
          variants,
          "4 rounds x 500 ms per row, order rotating, after 500 warm-up requests each. Indented rows add one thing to the row above them."
        ),
        await breakdownTable()
      )
      for (const table of diagnosis) printTable(table)
    }

    const find = (name: string, concurrency: number) => rows.find((row) => row.contender.startsWith(name) && row.concurrency === concurrency)!
    const targets: Array<readonly [string, string, boolean]> = []
    for (const concurrency of [1, 32]) {
      for (const ours of ["ours, FetchHttpClient", "ours, NodeHttpClient"]) {
        const vsRaw = roundRatio(find(ours, concurrency), find("raw fetch", concurrency)).median
        const vsSdk = roundRatio(find(ours, concurrency), find("stytch", concurrency)).median
        targets.push([`${ours} >= 0.9x raw fetch (c=${concurrency})`, ratio(vsRaw), vsRaw >= 0.9])
        targets.push([`${ours} >= 1.0x Node SDK (c=${concurrency})`, ratio(vsSdk), vsSdk >= 1.0])
      }
    }
    targets.push(["encode + decode <= 50 µs per call", `${codec.fullUs.toFixed(1)} µs`, codec.fullUs <= 50])
    printTable({
      title: "Part 1 targets",
      header: ["target", "measured", ""],
      rows: targets.map(([name, value, ok]) => [name, value, verdict(ok)]),
      notes: ["throughput ratios: the median over rounds of the per-round ratio (robust to load from other processes)"]
    })
    return { tables: [throughput, codec.table, ...diagnosis], targets }
  } finally {
    await made.dispose()
    await server.stop()
  }
}

if (isMain(import.meta.url)) {
  await run()
}
