#!/usr/bin/env node
// Type-checks every JSDoc example (a ```ts fence in a /** ... */ comment) of src/**/*.ts, each
// as a module of its own with the project's compiler options (see scripts/jsdoc-examples.mjs).
//
//   node scripts/check-jsdoc-examples.mjs      prints each failure as `src/file.ts:LINE (example N): TS message`
//                                              and `jsdoc examples: N checked, M failed`; exit 1 on any failure
import { readdirSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { checkExamples, formatFailure, readSources } from "./jsdoc-examples.mjs"

const root = fileURLToPath(new URL("..", import.meta.url))

const typeScriptFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return typeScriptFiles(path)
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : []
  })

const started = performance.now()
const { checked, failures } = checkExamples(readSources(typeScriptFiles(join(root, "src")).sort()), { root })
for (const failure of failures) console.error(formatFailure(failure))
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`jsdoc examples: ${checked} checked, ${failures.length} failed (${seconds}s)`)
process.exitCode = failures.length === 0 ? 0 : 1
