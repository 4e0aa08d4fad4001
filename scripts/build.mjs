#!/usr/bin/env node
/**
 * `npm run build` (and `prepare`, so a clone, a git install and `npm pack` all build): dist/ as
 * the package ships it.
 *
 *   1. tsc writes every module of src/ with its .d.ts (no source maps: the package ships what
 *      runs, and stays small). The JavaScript then loses its comments (the .d.ts carry the
 *      docs), and the .d.ts their `@example` blocks: each export keeps its description, and
 *      the examples stay in the source, where `npm run typecheck` checks every one of them.
 *   2. esbuild rewrites the three modules that would otherwise need dependencies of their own,
 *      inlining those dependencies:
 *      - emulator/hashing/wasmHashes.js: hash-wasm's bcrypt and Argon2 builds;
 *      - emulator/server.js: @effect/platform-node's HTTP server;
 *      - cli/serve.js: the `effect-stytch emulator` command (@effect/platform-node's runtime).
 *      Each keeps the peers (effect, @effect/platform) and every other module of ours as
 *      imports, so there is one copy of each module and one instance of each service tag.
 *
 * So the published package has no dependencies: a client install is this package beside its
 * peers, and the emulator and the command need nothing more.
 *
 *   node scripts/build.mjs [--outdir DIR]
 *
 * `buildPackage` is exported for the tests and benchmarks, which build into a folder of their own.
 */
import { execFileSync } from "node:child_process"
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { build, transform } from "esbuild"

const root = fileURLToPath(new URL("..", import.meta.url))
const src = join(root, "src")

/** The modules esbuild rewrites, by their path under src/. */
export const bundledModules = ["emulator/hashing/wasmHashes.ts", "emulator/server.ts", "cli/serve.ts"]

/** The peers: imported, never inlined. */
const peers = ["effect", "effect/*", "@effect/platform", "@effect/platform/*"]

/** Keeps every other module of ours an import, written relative to the module being bundled. */
const ownModulesStayImports = (entry) => ({
  name: "own-modules-stay-imports",
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === "entry-point" || args.importer.includes("node_modules")) return undefined
      const target = resolve(args.resolveDir, args.path)
      if (!target.startsWith(src) || target === resolve(src, entry.replace(/\.ts$/, ".js"))) return undefined
      const specifier = relative(dirname(resolve(src, entry)), target).replace(/\\/g, "/")
      return { path: specifier.startsWith(".") ? specifier : `./${specifier}`, external: true }
    })
  }
})

const bundleModule = (outdir, entry) =>
  build({
    absWorkingDir: root,
    entryPoints: [join("src", entry)],
    outfile: join(outdir, entry.replace(/\.ts$/, ".js")),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    tsconfig: "tsconfig.json",
    external: peers,
    plugins: [ownModulesStayImports(entry)],
    // CommonJS dependencies call require(); give the ESM module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    legalComments: "none",
    logLevel: "warning"
  })

/** Every file under a folder. */
const filesUnder = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]
  )

/** A declaration file's doc comments without their `@example` blocks (the tag, its fence, and what is in it). */
export const withoutExamples = (text) => {
  const kept = []
  let fences = -1
  for (const line of text.split("\n")) {
    if (fences < 0 && /^\s*\* @example\s*$/.test(line)) {
      fences = 0
      continue
    }
    if (fences >= 0) {
      if (/^\s*\* ```/.test(line)) fences++
      const ended = fences === 2 || /^\s*\*\/\s*$/.test(line) || (fences === 0 && /^\s*\* @/.test(line))
      if (!ended) continue
      fences = -1
      if (!/^\s*\*\/\s*$/.test(line) && !/^\s*\* @/.test(line)) continue
    }
    kept.push(line)
  }
  return kept.join("\n")
}

/** tsc's JavaScript without its comments, as esbuild prints it (still readable, not minified). */
const withoutComments = async (file) =>
  (await transform(readFileSync(file, "utf8"), { loader: "js", format: "esm", target: "node20", legalComments: "none" })).code

/** Builds the package into `outdir` (default dist/); resolves to `outdir`. */
export const buildPackage = async (outdir = join(root, "dist")) => {
  rmSync(outdir, { recursive: true, force: true })
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc")
  execFileSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json"), "--outDir", outdir], { stdio: "inherit" })
  for (const file of filesUnder(outdir)) {
    if (file.endsWith(".d.ts")) writeFileSync(file, withoutExamples(readFileSync(file, "utf8")))
    else if (file.endsWith(".js")) writeFileSync(file, await withoutComments(file))
  }
  for (const entry of bundledModules) await bundleModule(outdir, entry)
  chmodSync(join(outdir, "cli/cli.js"), 0o755)
  return outdir
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]

if (isMain) {
  const index = process.argv.indexOf("--outdir")
  const outdir = await buildPackage(index < 0 ? undefined : resolve(process.argv[index + 1] ?? "dist"))
  console.log(`built the package into ${outdir}`)
}
