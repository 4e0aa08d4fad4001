/**
 * Every benchmark, one after the other, then a summary of the targets.
 *
 *   npm run bench                        (tsx bench/index.ts) all parts
 *   npm run bench -- client bundle       only the parts named: client, emulator, bundle, strength
 *   npx tsx bench/client.ts              part 1 alone: client overhead
 *   npx tsx bench/emulator.ts            part 2 alone: the emulator
 *   npx tsx bench/bundle-size.ts         part 3 alone: bundle size
 *   npx tsx bench/strength.ts            strength-check timings (when that file exists)
 *
 * Flags are passed on to the parts: --rounds, --segment-ms, --warmup, --no-diagnosis (client);
 * --starts, --seconds, --build (emulator). Not part of `npm test` (vitest only runs test/).
 */
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { fileURLToPath } from "node:url"
import type { PartResult } from "./client.js"
import { machineLine, printTable, verdict, waitForQuiet } from "./lib/report.js"

const parts = ["client", "emulator", "bundle", "strength"] as const
type Part = (typeof parts)[number]
const named = process.argv.slice(2).filter((arg): arg is Part => (parts as ReadonlyArray<string>).includes(arg))
const selected: ReadonlyArray<Part> = named.length === 0 ? parts : named

/** Runs bench/strength.ts (someone else's) as its own process, when it exists. */
const strength = async (): Promise<string> => {
  const file = fileURLToPath(new URL("strength.ts", import.meta.url))
  if (!existsSync(file)) return "bench/strength.ts does not exist: strength-check timings skipped"
  console.log("\n== Strength check (bench/strength.ts) ==")
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, file], { stdio: "inherit" })
    child.once("exit", resolve)
  })
  return code === 0 ? "bench/strength.ts ran" : `bench/strength.ts exited with code ${code}`
}

console.log(`effect-stytch benchmarks: ${selected.join(", ")}\n${machineLine()}`)
await waitForQuiet(1.5, 60_000)

const results: Array<readonly [Part, PartResult]> = []
const notes: Array<string> = []
for (const part of selected) {
  if (part === "client") results.push([part, await (await import("./client.js")).run()])
  if (part === "emulator") results.push([part, await (await import("./emulator.js")).run()])
  if (part === "bundle") results.push([part, await (await import("./bundle-size.js")).run()])
  if (part === "strength") notes.push(await strength())
}

printTable({
  title: "== All targets ==",
  header: ["part", "target", "measured", ""],
  textColumns: 2,
  rows: results.flatMap(([part, result]) => result.targets.map(([name, value, ok]) => [part, name, value, verdict(ok)])),
  notes
})
console.log(`\n${machineLine()}`)
