/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof` or bench/profile-*.ts): the functions
 * with the most self time, and self time grouped by package / source folder, each as a share
 * of the busy time (idle samples left out).
 *
 *   npx tsx bench/analyze-profile.ts <file.cpuprofile> [--top 30] [--filter text]
 *
 * `--filter` adds a table of the inclusive time (self + callees) of the functions whose
 * name or file contains `text`.
 */
import { readFileSync } from "node:fs"
import { int, numberFlag, printTable } from "./lib/report.js"

interface CallFrame {
  readonly functionName: string
  readonly url: string
  readonly lineNumber: number
}
interface ProfileNode {
  readonly id: number
  readonly callFrame: CallFrame
  readonly children?: ReadonlyArray<number>
}
interface Profile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

const file = process.argv[2]
if (file === undefined || file.startsWith("--")) {
  console.error("usage: npx tsx bench/analyze-profile.ts <file.cpuprofile> [--top 30] [--filter text]")
  process.exit(2)
}
const top = numberFlag("top", 30)
const filterIndex = process.argv.indexOf("--filter")
const filter = filterIndex < 0 ? undefined : process.argv[filterIndex + 1]

const profile = JSON.parse(readFileSync(file, "utf8")) as Profile
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)

/** Self time per node id, µs. */
const self = new Map<number, number>()
profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)))
const isIdle = (id: number) => byId.get(id)?.callFrame.functionName === "(idle)"
const idle = [...self.entries()].filter(([id]) => isIdle(id)).reduce((sum, [, value]) => sum + value, 0)
/** Shares are of the busy time: all samples but the idle ones. */
const total = [...self.entries()].filter(([id]) => !isIdle(id)).reduce((sum, [, value]) => sum + value, 0)

const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, "")
    .replace(/^.*\/node_modules\//, "")
    .replace(/^.*\/work\/main\//, "")
const label = (frame: CallFrame): string =>
  `${frame.functionName || "(anonymous)"}  ${frame.url === "" ? "" : `${shortUrl(frame.url)}:${frame.lineNumber + 1}`}`

/** Where a frame comes from: a package, `node:` internals, our src/ folder, or V8. */
const origin = (frame: CallFrame): string => {
  const url = frame.url
  if (url === "") return frame.functionName.startsWith("(") ? frame.functionName : "(native/V8)"
  if (url.startsWith("node:")) return url.split("/").slice(0, 2).join("/")
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:dist\/(?:esm|cjs|dts)\/)?([^/]+)?/.exec(url)
  if (pkg !== null) {
    const inner = pkg[1] === "effect" || pkg[1] === "@effect/platform" ? `/${(pkg[2] ?? "").replace(/\.js$/, "")}` : ""
    return `${pkg[1]}${inner}`
  }
  return shortUrl(url)
}

const pct = (value: number) => `${((value / total) * 100).toFixed(1)}%`

const selfByFunction = new Map<string, number>()
const selfByOrigin = new Map<string, number>()
for (const [id, time] of self) {
  const frame = byId.get(id)?.callFrame
  if (frame === undefined || isIdle(id)) continue
  selfByFunction.set(label(frame), (selfByFunction.get(label(frame)) ?? 0) + time)
  selfByOrigin.set(origin(frame), (selfByOrigin.get(origin(frame)) ?? 0) + time)
}
const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)

console.log(`${file}: ${int(profile.samples.length)} samples, ${int(total / 1000)} ms busy (shares below are of this), ${int(idle / 1000)} ms idle`)
printTable({
  title: "Self time by function",
  header: ["function  file:line", "self ms", "share"],
  rows: sorted(selfByFunction).map(([name, time]) => [name, int(time / 1000), pct(time)])
})
printTable({
  title: "Self time by origin (package / module / folder)",
  header: ["origin", "self ms", "share"],
  rows: sorted(selfByOrigin).map(([name, time]) => [name, int(time / 1000), pct(time)])
})

if (filter !== undefined) {
  // Inclusive time: a sample counts once for every distinct matching function on its stack.
  const inclusive = new Map<string, number>()
  profile.samples.forEach((id, index) => {
    if (isIdle(id)) return
    const seen = new Set<string>()
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = byId.get(current)?.callFrame
      if (frame === undefined) continue
      const name = label(frame)
      if (!name.includes(filter) || seen.has(name)) continue
      seen.add(name)
      inclusive.set(name, (inclusive.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0))
    }
  })
  printTable({
    title: `Inclusive time of functions matching "${filter}"`,
    header: ["function  file:line", "incl. ms", "share"],
    rows: sorted(inclusive).map(([name, time]) => [name, int(time / 1000), pct(time)])
  })
}
