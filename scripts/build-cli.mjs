#!/usr/bin/env node
/**
 * Bundles the CLI (src/bin/cli.ts) into dist/bin/cli.js: minified ESM with every dependency
 * inlined (node builtins aside), so that `effect-stytch emulator` starts without resolving and
 * compiling a thousand modules; what is imported lazily goes into dist/bin/chunks/. Runs after
 * `tsc` in `npm run build`, over the file tsc wrote.
 *
 *   node scripts/build-cli.mjs [--outdir DIR]
 *
 * `buildCli` is exported for the tests and the benchmark, which bundle into a folder of their own.
 */
import { rmSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { build } from "esbuild"

const root = fileURLToPath(new URL("..", import.meta.url))

/** esbuild options of the shipped CLI, writing into `outdir` (absolute, or relative to the root). */
export const cliBuildOptions = (outdir) => ({
  absWorkingDir: root,
  entryPoints: { cli: "src/bin/cli.ts" },
  outdir,
  bundle: true,
  // What the emulator loads on first use (the strength dictionaries, the wasm hash verifiers)
  // goes into chunks of its own, read when first imported rather than at start-up.
  splitting: true,
  chunkNames: "chunks/[name]-[hash]",
  minify: true,
  format: "esm",
  platform: "node",
  target: "node20",
  tsconfig: "tsconfig.json",
  // The shebang of src/bin/cli.ts is kept, above the banner.
  // CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: "none",
  logLevel: "warning"
})

/** Bundles the CLI into `outdir`; resolves to the path of its entry file. */
export const buildCli = async (outdir = join(root, "dist/bin")) => {
  rmSync(join(outdir, "chunks"), { recursive: true, force: true })
  await build(cliBuildOptions(outdir))
  return join(outdir, "cli.js")
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]

if (isMain) {
  const index = process.argv.indexOf("--outdir")
  const outdir = index < 0 ? join(root, "dist/bin") : process.argv[index + 1]
  const entry = await buildCli(outdir)
  // tsc's source map and declarations of the CLI describe the file this one replaced.
  if (index < 0) for (const stale of ["cli.js.map", "cli.d.ts", "cli.d.ts.map"]) rmSync(join(outdir, stale), { force: true })
  console.log(`bundled the CLI into ${entry}`)
}
