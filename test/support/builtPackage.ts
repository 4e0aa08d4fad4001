/**
 * Global set-up of the slow suites: builds the package once (`scripts/build.mjs`, what
 * `npm run build` runs) into a temporary folder that resolves the peers from this repository's
 * node_modules, so the CLI tests and the loopback races run the shipped bundle.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { TestProject } from "vitest/node"

declare module "vitest" {
  export interface ProvidedContext {
    /** The built package's `dist/`: the CLI is `cli/cli.js` in it. */
    readonly builtPackage: string
  }
}

const root = join(import.meta.dirname, "../..")

export default async function setup(project: TestProject) {
  const folder = mkdtempSync(join(tmpdir(), "effect-stytch-built-"))
  // Readable by every user: the CLI tests about permissions run it as an unprivileged one.
  chmodSync(folder, 0o755)
  symlinkSync(join(root, "node_modules"), join(folder, "node_modules"), "dir")
  const dist = join(folder, "package", "dist")
  mkdirSync(join(folder, "package"))
  const { buildPackage }: { buildPackage: (outdir: string) => Promise<string> } = await import(join(root, "scripts/build.mjs"))
  await buildPackage(dist)
  project.provide("builtPackage", dist)
  return () => rmSync(folder, { recursive: true, force: true })
}
