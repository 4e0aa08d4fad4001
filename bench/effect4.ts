/**
 * The Effect 4 line (packages/effect4, effect4-stytch) beside the Effect 3 line, raw fetch and the
 * official Node SDK, in one run.
 *
 * One canned-answer server (bench/lib/cannedServer.ts, its own process on 127.0.0.1) answers every
 * request with the same full `authenticate` success. Against it, alternating within each round:
 *
 *   raw fetch          fetch + JSON.parse, nothing else (the floor)
 *   Effect 3, fetch    effect-stytch on @effect/platform's FetchHttpClient
 *   Effect 3, undici   effect-stytch on NodeHttpClient.layerUndici
 *   Effect 4, fetch    effect4-stytch on effect/http's FetchHttpClient
 *   Effect 4, undici   effect4-stytch on @effect/platform-node 4.x's NodeHttpClient (undici), when
 *                      packages/effect4 has it (see packages/effect4/bench/contender.ts)
 *   node SDK           the official `stytch` Client
 *
 * at concurrency 1 and 32; then each line's codec alone (encode the request, decode the answer);
 * then what each line adds, minified and gzipped, to an app of its Effect version (esbuild).
 *
 * The Effect 4 line is loaded from packages/effect4/bench/contender.ts by path at run time, so
 * that neither line's compiler checks the other's types.
 *
 *   npx tsx bench/effect4.ts [--rounds 6] [--segment-ms 750] [--warmup 1000]     (npm run bench:effect4)
 */
import { fileURLToPath, pathToFileURL } from "node:url"
import { gzipSync } from "node:zlib"
import { build } from "esbuild"
import { codecTable, type PartResult } from "./client.js"
import { startHelper } from "./lib/child.js"
import { type Contender, makeContenders } from "./lib/contenders.js"
import { authenticateRequest, authenticateResponseText, checkFixture, projectId, secret } from "./lib/fixture.js"
import { rotatingRounds, rps, type Totals } from "./lib/load.js"
import { int, isMain, kb, machineLine, median, ms, numberFlag, percentile, printTable, ratio, type Table, verdict } from "./lib/report.js"

const root = fileURLToPath(new URL("..", import.meta.url))
const workspace = `${root}packages/effect4/`

/** What packages/effect4/bench/contender.ts exports, as plain functions. */
interface Effect4Bench {
  readonly makeContender: (options: {
    readonly origin: string
    readonly projectId: string
    readonly secret: string
    readonly request: typeof authenticateRequest
  }) => Promise<{ readonly call: () => Promise<unknown>; readonly dispose: () => Promise<void> }>
  readonly makeUndiciContender: (options: {
    readonly origin: string
    readonly projectId: string
    readonly secret: string
    readonly request: typeof authenticateRequest
  }) => Promise<
    | { readonly name: string; readonly call: () => Promise<unknown>; readonly dispose: () => Promise<void> }
    | { readonly unavailable: string }
  >
  readonly codecMicros: (request: typeof authenticateRequest, responseText: string) => number
}

const loadEffect4 = async (): Promise<Effect4Bench> => {
  const module: Partial<Effect4Bench> = await import(pathToFileURL(`${workspace}bench/contender.ts`).href)
  if (module.makeContender === undefined || module.makeUndiciContender === undefined || module.codecMicros === undefined) {
    throw new Error("packages/effect4/bench/contender.ts lacks makeContender, makeUndiciContender or codecMicros")
  }
  return { makeContender: module.makeContender, makeUndiciContender: module.makeUndiciContender, codecMicros: module.codecMicros }
}

interface Row {
  readonly contender: string
  readonly concurrency: number
  readonly totals: Totals
}

/** Median over rounds of `row`'s req/s over `base`'s in the same round. */
const roundRatio = (row: Row, base: Row): number =>
  median(row.totals.segmentRps.map((value, round) => value / (base.totals.segmentRps[round] ?? Number.NaN)))

/** esbuild's minified ESM bundle of an entry of packages/effect4/bench/bundle/ or bench/bundle/, and its gzip. */
const bundleSize = async (entry: string, tsconfig: string): Promise<{ readonly minified: number; readonly gzip: number; readonly inputs: ReadonlyArray<string> }> => {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: "bench-effect4-out.js",
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    tsconfig,
    metafile: true,
    write: false,
    logLevel: "silent"
  })
  const output = result.outputFiles.find((file) => file.path.endsWith(".js"))
  if (output === undefined) throw new Error(`${entry}: esbuild wrote no JavaScript`)
  return { minified: output.contents.length, gzip: gzipSync(output.contents, { level: 9 }).length, inputs: Object.keys(result.metafile.inputs) }
}

export const run = async (): Promise<PartResult> => {
  const rounds = numberFlag("rounds", 6)
  const segmentMs = numberFlag("segment-ms", 750)
  const warmup = numberFlag("warmup", 1_000)
  console.log(`\n== The Effect 4 line beside the Effect 3 line ==\n${machineLine()}`)
  checkFixture()
  const effect4 = await loadEffect4()

  const server = await startHelper("lib/cannedServer.ts", [])
  const origin = `http://127.0.0.1:${server.port}`
  const made = await makeContenders(origin)
  const ours4 = await effect4.makeContender({ origin, projectId, secret, request: authenticateRequest })
  const undici4 = await effect4.makeUndiciContender({ origin, projectId, secret, request: authenticateRequest })
  if ("unavailable" in undici4) console.log(`  Effect 4 line on undici: not run (${undici4.unavailable})`)
  else console.log(`  Effect 4 line on undici: ${undici4.name}`)
  const pick = (id: string, name: string): Contender => {
    const found = made.contenders.find((contender) => contender.id === id)
    if (found === undefined) throw new Error(`no contender ${id}`)
    return { ...found, name }
  }
  const contenders: ReadonlyArray<Contender> = [
    pick("raw", "raw fetch + JSON.parse"),
    pick("fetch", "Effect 3 line, FetchHttpClient"),
    pick("undici", "Effect 3 line, NodeHttpClient (undici)"),
    { id: "effect4", name: "Effect 4 line, FetchHttpClient", call: ours4.call },
    ...("unavailable" in undici4 ? [] : [{ id: "effect4-undici", name: "Effect 4 line, NodeHttpClient (undici)", call: undici4.call }]),
    pick("sdk", "stytch Node SDK 14.2.0")
  ]
  try {
    const rows: Array<Row> = []
    for (const concurrency of [1, 32]) {
      console.log(`  concurrency ${concurrency}: warm-up ${warmup} requests each, then ${rounds} rounds x ${segmentMs} ms per contender...`)
      const totals = await rotatingRounds(
        contenders.map((contender) => contender.call),
        { concurrency, rounds, segmentMs, warmup }
      )
      contenders.forEach((contender, index) => rows.push({ contender: contender.name, concurrency, totals: totals[index]! }))
    }
    const find = (prefix: string, concurrency: number) => rows.find((row) => row.contender.startsWith(prefix) && row.concurrency === concurrency)
    const throughput: Table = {
      title: "Throughput against a canned-answer server on 127.0.0.1 (authenticate, full user + session + JWT; retries off)",
      header: ["contender", "conc.", "req/s", "vs raw fetch (per round, median)", "vs Node SDK (per round, median)", "p50 ms", "p99 ms", "CPU µs/req"],
      rows: rows.map((row) => [
        row.contender,
        String(row.concurrency),
        int(rps(row.totals)),
        ratio(roundRatio(row, find("raw fetch", row.concurrency)!)),
        ratio(roundRatio(row, find("stytch", row.concurrency)!)),
        ms(percentile(row.totals.latencies, 50)),
        ms(percentile(row.totals.latencies, 99)),
        int((row.totals.cpuMs * 1000) / row.totals.count)
      ]),
      notes: [
        `${rounds} rounds per concurrency, each contender ${segmentMs} ms per round (order rotating), after ${warmup} warm-up requests each.`,
        "Ratios: the median over rounds of the per-round ratio (contenders back to back, robust to load from other processes)."
      ]
    }
    printTable(throughput)

    const codec3 = codecTable().fullUs
    const codec4 = effect4.codecMicros(authenticateRequest, authenticateResponseText)
    const codec: Table = {
      title: "Codec alone, no I/O: encode request + JSON.stringify + UTF-8, JSON.parse + decode response (CPU µs per call)",
      header: ["line", "µs/call"],
      rows: [
        ["Effect 3 line (effect 3.22 Schema)", codec3.toFixed(2)],
        ["Effect 4 line (effect 4.1 Schema)", codec4.toFixed(2)]
      ]
    }
    printTable(codec)

    const app4 = await bundleSize("packages/effect4/bench/bundle/a-baseline.ts", "packages/effect4/tsconfig.json")
    const with4 = await bundleSize("packages/effect4/bench/bundle/b-with-client.ts", "packages/effect4/tsconfig.json")
    const app3 = await bundleSize("bench/bundle/a-baseline.ts", "tsconfig.json")
    const with3 = await bundleSize("bench/bundle/b-with-client.ts", "tsconfig.json")
    // Everything in the Effect 4 app comes from the workspace: no root src/ (the emulator), no Effect 3.
    const leaked = with4.inputs.filter((path) => !path.startsWith("packages/effect4/"))
    if (leaked.length > 0) throw new Error(`the Effect 4 app's bundle holds code from outside its line: ${leaked.slice(0, 5).join(", ")}`)
    const bundles: Table = {
      title: "What the client adds to an app of its Effect version (esbuild, minified ESM for the browser; gzip level 9)",
      header: ["app", "app alone (gzip)", "app + client login (gzip)", "added, minified", "added, gzip"],
      rows: [
        ["Effect 4 app + effect4-stytch", kb(app4.gzip), kb(with4.gzip), kb(with4.minified - app4.minified), kb(with4.gzip - app4.gzip)],
        ["Effect 3 app + effect-stytch", kb(app3.gzip), kb(with3.gzip), kb(with3.minified - app3.minified), kb(with3.gzip - app3.gzip)]
      ],
      notes: ["Each app: an HttpClient POST through FetchHttpClient and a Schema decode (bench/bundle/app.ts, packages/effect4/bench/bundle/app.ts); no emulator, no Effect 3 in the Effect 4 app."]
    }
    printTable(bundles)

    const targets: Array<readonly [string, string, boolean]> = []
    for (const line of ["Effect 4 line, FetchHttpClient", "Effect 4 line, NodeHttpClient (undici)"]) {
      for (const concurrency of [1, 32]) {
        const ours = find(line, concurrency)
        if (ours === undefined) continue
        const vsRaw = roundRatio(ours, find("raw fetch", concurrency)!)
        const vsSdk = roundRatio(ours, find("stytch", concurrency)!)
        targets.push([`${line} >= 0.9x raw fetch (c=${concurrency})`, ratio(vsRaw), vsRaw >= 0.9])
        targets.push([`${line} >= 1.0x Node SDK (c=${concurrency})`, ratio(vsSdk), vsSdk >= 1.0])
      }
    }
    printTable({
      title: "Effect 4 line targets",
      header: ["target", "measured", ""],
      rows: targets.map(([name, value, ok]) => [name, value, verdict(ok)])
    })
    console.log(`\n${machineLine()}`)
    return { tables: [throughput, codec, bundles], targets }
  } finally {
    await ours4.dispose()
    if (!("unavailable" in undici4)) await undici4.dispose()
    await made.dispose()
    await server.stop()
  }
}

if (isMain(import.meta.url)) {
  await run()
}
