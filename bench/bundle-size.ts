/**
 * Part 3 — bundle size.
 *
 * esbuild (JS API) bundles and minifies each entry of bench/bundle/ as ESM, then the output is
 * gzipped (level 9) with node:zlib:
 *
 *   (a) a-baseline.ts     an app using effect, Schema and HttpClient (FetchHttpClient), no effect-stytch
 *   (b) b-with-client.ts  the same app, also calling Passwords.authenticate through our client
 *   (c) c-client-only.ts  our client's login alone (effect and @effect/platform included)
 *   (d) d-node-sdk.ts     the official `stytch` SDK making the same call (platform node)
 *
 * (a)-(c) are built for the browser platform. The benchmark fails if (b) holds anything of
 * the emulator (src/emulator/), its dependencies, or the Node SDK.
 *
 *   npx tsx bench/bundle-size.ts
 */
import { fileURLToPath } from "node:url"
import { brotliCompressSync, constants, gzipSync } from "node:zlib"
import { build, type Metafile } from "esbuild"
import type { PartResult } from "./client.js"
import { int, isMain, kb, printTable, type Table, verdict } from "./lib/report.js"

const root = fileURLToPath(new URL("..", import.meta.url))

interface Bundle {
  readonly label: string
  readonly entry: string
  readonly minified: number
  readonly gzip: number
  readonly brotli: number
  /** Input path → bytes it contributes to the minified output. */
  readonly inputs: ReadonlyMap<string, number>
}

const bundle = async (label: string, entry: string, platform: "browser" | "node"): Promise<Bundle> => {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [`bench/bundle/${entry}`],
    outfile: "bench-bundle-out.js",
    bundle: true,
    minify: true,
    format: "esm",
    platform,
    target: "es2022",
    tsconfig: "tsconfig.json",
    metafile: true,
    write: false,
    logLevel: "silent"
  })
  const output = result.outputFiles.find((file) => file.path.endsWith(".js"))
  if (output === undefined) throw new Error(`${entry}: esbuild wrote no JavaScript`)
  const meta: Metafile = result.metafile
  const outputMeta = Object.values(meta.outputs).find((candidate) => candidate.entryPoint !== undefined)
  const inputs = new Map<string, number>()
  for (const [path, info] of Object.entries(outputMeta?.inputs ?? {})) inputs.set(path, info.bytesInOutput)
  return {
    label,
    entry,
    minified: output.contents.length,
    gzip: gzipSync(output.contents, { level: 9 }).length,
    brotli: brotliCompressSync(output.contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    inputs
  }
}

/** Which package or source folder an input path belongs to. */
const group = (path: string): string => {
  const packages = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map((match) => match[1])
  const pkg = packages.at(-1)
  if (pkg !== undefined) return packages.length > 1 ? `${pkg} (under ${packages.slice(0, -1).join(", ")})` : pkg
  if (path.startsWith("src/")) return `effect-stytch ${path.split("/").slice(0, path.split("/").length > 2 ? 2 : 1).join("/")}`
  return path
}

/** Inputs that must not be in an app that only uses the client. */
const forbidden = [/^src\/emulator\//, /^src\/bin\//, /node_modules\/stytch\//, /node_modules\/hash-wasm\//, /node_modules\/(@zxcvbn-ts|zxcvbn)\//, /node_modules\/jose\//, /node_modules\/undici\//]

export const run = async (): Promise<PartResult> => {
  console.log("\n== Part 3: bundle size ==")
  const a = await bundle("(a) app: effect + Schema + HttpClient", "a-baseline.ts", "browser")
  const b = await bundle("(b) app + Passwords.authenticate via effect-stytch", "b-with-client.ts", "browser")
  const c = await bundle("(c) effect-stytch login alone (with effect)", "c-client-only.ts", "browser")
  const d = await bundle("(d) stytch Node SDK, same call (platform node)", "d-node-sdk.ts", "node")

  const leaked = [...b.inputs.keys()].filter((path) => forbidden.some((pattern) => pattern.test(path)))
  if (leaked.length > 0) throw new Error(`(b) holds code it must not: ${leaked.slice(0, 10).join(", ")}`)
  const ours = [...b.inputs.keys()].filter((path) => path.startsWith("src/"))
  if (ours.length === 0) throw new Error("(b) holds nothing from src/: the client was not bundled")

  const marginal = { minified: b.minified - a.minified, gzip: b.gzip - a.gzip, brotli: b.brotli - a.brotli }
  const sizes: Table = {
    title: "Bundle size (esbuild 0.28, minified ESM; gzip level 9, brotli quality 11)",
    header: ["bundle", "minified", "gzip", "brotli"],
    rows: [
      ...[a, b].map((entry) => [entry.label, kb(entry.minified), kb(entry.gzip), kb(entry.brotli)]),
      ["(b) - (a): what the client adds to the app", kb(marginal.minified), kb(marginal.gzip), kb(marginal.brotli)],
      ...[c, d].map((entry) => [entry.label, kb(entry.minified), kb(entry.gzip), kb(entry.brotli)])
    ],
    notes: [
      `(b) inputs checked: nothing under src/emulator/ or src/cli/, no stytch, hash-wasm, zxcvbn, jose or undici (${int(b.inputs.size)} inputs, ${ours.length} from src/).`,
      "1 KB = 1024 bytes. (a)-(c) for platform browser; (d) for platform node (node builtins external)."
    ]
  }
  printTable(sizes)

  // Where the client's marginal bytes come from (minified, before compression).
  const byGroup = new Map<string, number>()
  const add = (inputs: ReadonlyMap<string, number>, sign: number) => {
    for (const [path, bytes] of inputs) byGroup.set(group(path), (byGroup.get(group(path)) ?? 0) + sign * bytes)
  }
  add(b.inputs, 1)
  add(a.inputs, -1)
  const breakdown: Table = {
    title: "What (b) - (a) is made of (minified bytes by package / folder, before compression)",
    header: ["source", "bytes"],
    rows: [...byGroup.entries()]
      .filter(([, bytes]) => bytes !== 0)
      .sort((x, y) => y[1] - x[1])
      .map(([name, bytes]) => [name, int(bytes)])
  }
  printTable(breakdown)
  const files = new Map<string, number>()
  for (const [path, bytes] of b.inputs) files.set(path, bytes - (a.inputs.get(path) ?? 0))
  const largest: Table = {
    title: "The 15 largest files of (b) - (a) (minified bytes)",
    header: ["file", "bytes"],
    rows: [...files.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 15)
      .map(([path, bytes]) => [path.replace(/^node_modules\//, "").replace("/dist/esm/", "/"), int(bytes)])
  }
  printTable(largest)

  const sdkGroups = new Map<string, number>()
  for (const [path, bytes] of d.inputs) sdkGroups.set(group(path), (sdkGroups.get(group(path)) ?? 0) + bytes)
  const sdkTable: Table = {
    title: "What (d) is made of (minified bytes by package)",
    header: ["source", "bytes"],
    rows: [...sdkGroups.entries()].sort((x, y) => y[1] - x[1]).map(([name, bytes]) => [name, int(bytes)])
  }
  printTable(sdkTable)

  const targets: Array<readonly [string, string, boolean]> = [
    ["(b) - (a) <= 15 KB gzipped", kb(marginal.gzip), marginal.gzip <= 15 * 1024],
    ["emulator not in (b)", "none of src/emulator/", true]
  ]
  printTable({ title: "Part 3 targets", header: ["target", "measured", ""], rows: targets.map(([name, value, ok]) => [name, value, verdict(ok)]) })
  return { tables: [sizes, breakdown, largest, sdkTable], targets }
}

if (isMain(import.meta.url)) {
  await run()
}
