/**
 * One client-benchmark contender alone, in a closed loop, for profiling:
 *
 *   npx tsx bench/profile-client.ts --contender fetch|undici|sdk|raw|<a diagnosis id> [--concurrency 32] \
 *     [--seconds 5] [--profile /tmp/fetch.cpuprofile] [--dist]
 *   npx tsx bench/analyze-profile.ts /tmp/fetch.cpuprofile [--filter StytchClient]
 *
 * The canned-answer server runs as its own process, and the V8 profiler (through
 * node:inspector, sampling every 100 µs) only runs during the timed loop, after warm-up:
 * the profile holds the client's steady state and nothing else.
 *
 * `--dist` loads effect-stytch from dist/ (run `npm run build` first) instead of src/: tsx
 * puts each transpiled file on one line, so a profile of src/ only names files, while one
 * of dist/ names functions and lines.
 */
import { profiled } from "./lib/profiler.js"
import { startHelper } from "./lib/child.js"
import { type ClientLib, makeContenders } from "./lib/contenders.js"
import { closedLoop } from "./lib/load.js"
import { int, numberFlag } from "./lib/report.js"

const index = process.argv.indexOf("--contender")
const id = index < 0 ? "fetch" : process.argv[index + 1]
const concurrency = numberFlag("concurrency", 32)
const seconds = numberFlag("seconds", 5)
const profileIndex = process.argv.indexOf("--profile")
const profileFile = profileIndex < 0 ? undefined : process.argv[profileIndex + 1]

const distEntry = "../dist/index.js"
const lib: ClientLib | undefined = process.argv.includes("--dist") ? ((await import(distEntry)) as ClientLib) : undefined

const server = await startHelper("lib/cannedServer.ts", [])
try {
  const made = await makeContenders(`http://127.0.0.1:${server.port}`, lib)
  try {
    const all = [...made.contenders, ...made.diagnostics]
    const contender = all.find((candidate) => candidate.id === id)
    if (contender === undefined) throw new Error(`--contender must be one of ${[...new Set(all.map((c) => c.id))].join(", ")}`)
    await closedLoop(contender.call, { concurrency, maxRequests: 2_000, maxMs: 10_000 })
    const segment = await profiled(profileFile, () =>
      closedLoop(contender.call, { concurrency, maxRequests: 2_000_000, maxMs: seconds * 1000 })
    )
    console.log(
      `${contender.name}, concurrency ${concurrency}: ${int((segment.count / segment.elapsedMs) * 1000)} req/s, ` +
        `${int((segment.cpuMs * 1000) / segment.count)} µs CPU per request`
    )
  } finally {
    await made.dispose()
  }
} finally {
  await server.stop()
}
