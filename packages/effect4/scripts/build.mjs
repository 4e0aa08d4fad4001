#!/usr/bin/env node
/**
 * `npm run build` (and `prepare`): effect4-stytch's dist/ as the package ships it.
 *
 *   1. tsc (TypeScript 7) writes every module of src/ with its .d.ts. The JavaScript then loses
 *      its comments (the .d.ts carry the docs), and the .d.ts their `@example` blocks, as in
 *      effect-stytch's own build (whose `withoutExamples` this reuses).
 *   2. The emulator is effect-stytch's, not a port: esbuild bundles it, self-contained (effect 3,
 *      @effect/platform and @effect/platform-node, hash-wasm, the zxcvbn data: all inlined), in two
 *      entry points that share their chunks:
 *      - emulator/standalone.js: the engine as plain JavaScript (`createEmulator`, Request/Response),
 *        which emulator/StytchEmulator.js imports; its types are the hand-written
 *        src/emulator/standalone.d.ts, so no Effect 3 type reaches this package's declarations;
 *      - cli/cli.js: the `effect4-stytch emulator` command (effect-stytch's src/cli/cli.ts, its
 *        name and version this package's).
 *
 * So the published package has no dependencies: a client install is this package beside its
 * peer (effect 4), and the emulator and the command need nothing more.
 *
 *   node scripts/build.mjs [--outdir DIR]
 *
 * `buildPackage` is exported for the tests, which build into a folder of their own.
 */
import { execFileSync } from "node:child_process"
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { build, transform } from "esbuild"
import { withoutExamples } from "../../../scripts/build.mjs"

const packageRoot = fileURLToPath(new URL("..", import.meta.url))
/** effect-stytch, whose emulator and command are bundled. */
const engineRoot = resolve(packageRoot, "../..")
const manifest = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8"))

/** The bundled entry points, by their path under effect-stytch's src/ (and under dist/). */
export const bundledEntries = ["emulator/standalone.ts", "cli/cli.ts"]

/** Every file under a folder. */
const filesUnder = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]
  )

/** tsc's JavaScript without its comments, as esbuild prints it (still readable, not minified). */
const withoutComments = async (file) =>
  (await transform(readFileSync(file, "utf8"), { loader: "js", format: "esm", target: "node20", legalComments: "none" })).code

/**
 * Step 1: tsc's emit of src/ (declarations included), with the package's own compiler options:
 * a scratch tsconfig beside the package's (so that types and paths resolve as they do there),
 * removed afterwards.
 */
const compile = (outdir) => {
  const config = join(packageRoot, `.tsconfig.build-${process.pid}.json`)
  try {
    writeFileSync(
      config,
      JSON.stringify({
        extends: "./tsconfig.json",
        compilerOptions: { noEmit: false, declaration: true, rootDir: "./src", outDir: outdir },
        include: ["./src"]
      })
    )
    const typescript = dirname(createRequire(join(packageRoot, "package.json")).resolve("typescript/package.json"))
    execFileSync(process.execPath, [join(typescript, "bin/tsc"), "-p", config], { stdio: "inherit" })
  } finally {
    rmSync(config, { force: true })
  }
}

/** The command speaks as this package: its name in the help and messages, its version. */
const asThisPackage = {
  name: "as-effect4-stytch",
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/]cli[\\/][^\\/]+\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll("effect-stytch", manifest.name),
      loader: "ts"
    }))
    builder.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/export const version = "[^"]*"/, `export const version = ${JSON.stringify(manifest.version)}`),
      loader: "ts"
    }))
  }
}

/** Step 2: the emulator and the command, self-contained, sharing their chunks. */
export const bundleEngine = (outdir) =>
  build({
    absWorkingDir: engineRoot,
    entryPoints: bundledEntries.map((entry) => join("src", entry)),
    outbase: "src",
    outdir,
    chunkNames: "emulator/engine/[name]-[hash]",
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    platform: "node",
    target: "node20",
    tsconfig: "tsconfig.json",
    plugins: [asThisPackage],
    // CommonJS dependencies call require(); give each ESM module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    legalComments: "none",
    logLevel: "warning"
  })

/** Builds the package into `outdir` (default dist/); resolves to `outdir`. */
export const buildPackage = async (outdir = join(packageRoot, "dist")) => {
  rmSync(outdir, { recursive: true, force: true })
  compile(outdir)
  for (const file of filesUnder(outdir)) {
    if (file.endsWith(".d.ts")) writeFileSync(file, withoutExamples(readFileSync(file, "utf8")))
    else if (file.endsWith(".js")) writeFileSync(file, await withoutComments(file))
  }
  // tsc copies no hand-written declaration: the engine's is written beside its bundle.
  writeFileSync(
    join(outdir, "emulator/standalone.d.ts"),
    withoutExamples(readFileSync(join(packageRoot, "src/emulator/standalone.d.ts"), "utf8"))
  )
  await bundleEngine(outdir)
  chmodSync(join(outdir, "cli/cli.js"), 0o755)
  return outdir
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === resolve(process.argv[1])

if (isMain) {
  const index = process.argv.indexOf("--outdir")
  const outdir = await buildPackage(index < 0 ? undefined : resolve(process.argv[index + 1] ?? "dist"))
  console.log(`built the package into ${outdir}`)
}
