/**
 * Type-check cost of importing effect-stytch into a user's app, with `skipLibCheck: false`.
 *
 * Writes two small projects into a temp folder and type-checks each with
 * `tsc --noEmit --extendedDiagnostics`, several runs each (alternating):
 *
 *   with      bench/types-app/auth.ts as it is: an `Auth` service on `Passwords` and
 *             `Sessions`, importing the built package (`dist/`, copied into the project's
 *             `node_modules/effect-stytch` with its package.json, as an install would)
 *   baseline  the same app with the import pointed at bench/types-app/stand-ins.ts, local
 *             stand-ins of the same shape
 *
 * Both projects link the repository's `effect`, `@effect/platform` and `@types/node`. The
 * target: `with` costs at most 1.5x the baseline's check time and instantiations.
 *
 *   npx tsx bench/types.ts                  builds first (npm run build), 5 runs each
 *   npx tsx bench/types.ts --runs 9         more runs
 *   npx tsx bench/types.ts --no-build       uses dist/ as it is
 *   npx tsx bench/types.ts --dist <folder>  measures another build (e.g. an older dist/)
 *
 * Not part of `npm test`.
 */
import { execFileSync } from "node:child_process"
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { flag, int, machineLine, median, numberFlag, printTable, ratio, verdict } from "./lib/report.js"

const root = fileURLToPath(new URL("..", import.meta.url))
const appFolder = join(root, "bench", "types-app")
const tsc = join(root, "node_modules", "typescript", "bin", "tsc")
/** The packages both projects link from the repository, as an install would provide them. */
const linkedPackages = ["effect", "@effect/platform", "@types/node"]
const target = 1.5

/** The figures of one `tsc --extendedDiagnostics` run. */
interface Diagnostics {
  readonly checkSeconds: number
  readonly totalSeconds: number
  readonly instantiations: number
  readonly types: number
  readonly files: number
  readonly memoryKb: number
}

const stringFlag = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`)
  return index < 0 ? undefined : process.argv[index + 1]
}

const tsconfig = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: ["node"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    exactOptionalPropertyTypes: true,
    skipLibCheck: false,
    noEmit: true
  },
  include: ["src"]
}

/** A project folder with its own package.json, tsconfig and node_modules links. */
const makeProject = (folder: string, sources: Readonly<Record<string, string>>): void => {
  mkdirSync(join(folder, "src"), { recursive: true })
  writeFileSync(join(folder, "package.json"), JSON.stringify({ name: "types-bench-app", private: true, type: "module" }, null, 2))
  writeFileSync(join(folder, "tsconfig.json"), JSON.stringify(tsconfig, null, 2))
  for (const [name, text] of Object.entries(sources)) writeFileSync(join(folder, "src", name), text)
  for (const name of linkedPackages) {
    const link = join(folder, "node_modules", name)
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(realpathSync(join(root, "node_modules", name)), link, "dir")
  }
}

/** Installs the built package the way npm lays it out: its package.json and its dist/. */
const installPackage = (folder: string, dist: string): void => {
  const target = join(folder, "node_modules", "effect-stytch")
  mkdirSync(target, { recursive: true })
  cpSync(join(root, "package.json"), join(target, "package.json"))
  cpSync(dist, join(target, "dist"), { recursive: true, filter: (source) => !source.endsWith(".map") })
}

const number = (output: string, label: string): number => {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output)
  if (match?.[1] === undefined) throw new Error(`tsc printed no "${label}":\n${output}`)
  return Number(match[1])
}

/** One type-check of a project; fails when the project has type errors. */
const check = (folder: string): Diagnostics => {
  let output: string
  try {
    output = execFileSync(process.execPath, [tsc, "-p", folder, "--extendedDiagnostics"], { encoding: "utf8" })
  } catch (error) {
    const stdout = typeof error === "object" && error !== null && "stdout" in error ? String(error.stdout) : String(error)
    throw new Error(`${folder} does not type-check:\n${stdout}`)
  }
  return {
    checkSeconds: number(output, "Check time"),
    totalSeconds: number(output, "Total time"),
    instantiations: number(output, "Instantiations"),
    types: number(output, "Types"),
    files: number(output, "Files"),
    memoryKb: number(output, "Memory used")
  }
}

const seconds = (value: number): string => `${value.toFixed(2)} s`

const summary = (label: string, runs: ReadonlyArray<Diagnostics>) => ({
  label,
  check: median(runs.map((run) => run.checkSeconds)),
  total: median(runs.map((run) => run.totalSeconds)),
  instantiations: median(runs.map((run) => run.instantiations)),
  types: median(runs.map((run) => run.types)),
  files: median(runs.map((run) => run.files)),
  memoryMb: median(runs.map((run) => run.memoryKb)) / 1024
})

const main = (): void => {
  const runs = numberFlag("runs", 5)
  const distFlag = stringFlag("dist")
  const dist = resolve(distFlag ?? join(root, "dist"))
  if (distFlag === undefined && !flag("no-build")) {
    console.log("building dist/ (npm run build) ...")
    execFileSync("npm", ["run", "build", "--silent"], { cwd: root, stdio: "inherit" })
  }
  if (!existsSync(join(dist, "index.d.ts"))) throw new Error(`${dist} has no index.d.ts: run npm run build first`)

  const app = readFileSync(join(appFolder, "auth.ts"), "utf8")
  const standIns = readFileSync(join(appFolder, "stand-ins.ts"), "utf8")
  if (!app.includes(`from "effect-stytch"`)) throw new Error("bench/types-app/auth.ts no longer imports effect-stytch")

  const work = mkdtempSync(join(tmpdir(), "effect-stytch-types-"))
  try {
    const withPackage = join(work, "with")
    const baseline = join(work, "baseline")
    makeProject(withPackage, { "auth.ts": app })
    installPackage(withPackage, dist)
    makeProject(baseline, { "auth.ts": app.replaceAll(`from "effect-stytch"`, `from "./stand-ins.js"`), "stand-ins.ts": standIns })

    console.log(machineLine())
    console.log(`dist: ${dist}`)
    console.log(`projects in ${work}; ${runs} runs each, alternating, after one untimed run each`)
    check(baseline)
    check(withPackage)
    const baselineRuns: Array<Diagnostics> = []
    const withRuns: Array<Diagnostics> = []
    for (let run = 0; run < runs; run++) {
      baselineRuns.push(check(baseline))
      withRuns.push(check(withPackage))
    }

    const base = summary("baseline (stand-ins)", baselineRuns)
    const ours = summary("with effect-stytch", withRuns)
    const row = (s: ReturnType<typeof summary>) => [
      s.label,
      seconds(s.check),
      seconds(s.total),
      int(s.instantiations),
      int(s.types),
      int(s.files),
      `${s.memoryMb.toFixed(0)} MB`
    ]
    // Each run of one project is next to a run of the other: their ratio is less exposed to a
    // machine whose load changes during the benchmark than the ratio of the two medians.
    const pairedCheckRatio = median(withRuns.map((run, index) => run.checkSeconds / (baselineRuns[index]?.checkSeconds ?? Number.NaN)))
    const checkRatio = ours.check / base.check
    const instantiationRatio = ours.instantiations / base.instantiations
    printTable({
      title: "Type-check of a user app, skipLibCheck: false (medians)",
      header: ["project", "check time", "total time", "instantiations", "types", "files", "memory"],
      rows: [
        row(base),
        row(ours),
        [
          "ratio",
          ratio(checkRatio),
          ratio(ours.total / base.total),
          ratio(instantiationRatio),
          ratio(ours.types / base.types),
          "",
          ratio(ours.memoryMb / base.memoryMb)
        ]
      ],
      notes: [
        `check time ≤ ${target}x: ${verdict(checkRatio <= target)} (median of the per-run ratios: ${ratio(pairedCheckRatio)}); instantiations ≤ ${target}x: ${verdict(instantiationRatio <= target)}`,
        `check times per run (s), baseline: ${baselineRuns.map((run) => run.checkSeconds.toFixed(2)).join(" ")}`,
        `check times per run (s), with:     ${withRuns.map((run) => run.checkSeconds.toFixed(2)).join(" ")}`
      ]
    })
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

main()
