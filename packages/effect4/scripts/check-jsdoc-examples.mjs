#!/usr/bin/env node
// Type-checks every JSDoc example (a ```ts fence in a /** ... */ comment) of src/**/*.ts of the
// Effect 4 line, each as a module of its own, against Effect 4 and with `effect4-stytch` mapped to
// the source (the package's tsconfig.json `paths`).
//
// The examples are found as the root's scripts/jsdoc-examples.mjs finds them (`extractExamples`).
// The package's TypeScript (7, the native compiler) has no JavaScript API, so the examples are
// written as files under a scratch folder of this package, `.jsdoc-examples-<pid>/src/...`, beside
// a tsconfig that extends the package's and merges that folder with src/ (`rootDirs`), so that an
// example of an internal module still imports it relatively (`./wire.js`). `tsc` checks them all
// in one run; its diagnostics in the examples are mapped back to the source lines.
//
//   node scripts/check-jsdoc-examples.mjs      prints each failure as `src/file.ts:LINE (example N): TS message`
//                                              and `jsdoc examples: N checked, M failed`; exit 1 on any failure
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { basename, dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { extractExamples, formatFailure } from "../../../scripts/jsdoc-examples.mjs"

const root = fileURLToPath(new URL("..", import.meta.url))
const src = join(root, "src")
const scratchName = `.jsdoc-examples-${process.pid}`
const scratch = join(root, scratchName)

const typeScriptFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return typeScriptFiles(path)
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : []
  })

const started = performance.now()
/** Example file (absolute) -> { source, line, number } */
const examples = new Map()
for (const source of typeScriptFiles(src).sort()) {
  extractExamples(readFileSync(source, "utf8")).forEach((example, index) => {
    const number = index + 1
    const file = join(scratch, "src", relative(src, dirname(source)), `${basename(source, ".ts")}.example-${number}.ts`)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, example.code)
    examples.set(file, { source, line: example.line, number })
  })
}

const failures = []
try {
  writeFileSync(
    join(scratch, "tsconfig.json"),
    JSON.stringify(
      {
        extends: "../tsconfig.json",
        compilerOptions: {
          rootDir: "..",
          rootDirs: ["../src", "./src"],
          noUnusedLocals: false,
          noUnusedParameters: false,
          // An example without imports is still a module of its own, not a script sharing globals.
          moduleDetection: "force",
          noEmit: true
        },
        include: ["src"]
      },
      null,
      2
    )
  )
  // This package's TypeScript (7), not the root's: the one its type-check runs.
  const tsc = join(dirname(createRequire(import.meta.url).resolve("typescript/package.json", { paths: [root] })), "bin", "tsc")
  let output = ""
  try {
    execFileSync(process.execPath, [tsc, "-p", join(scratch, "tsconfig.json"), "--pretty", "false"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      maxBuffer: 64 * 1024 * 1024
    })
  } catch (error) {
    output = `${error.stdout ?? ""}${error.stderr ?? ""}`
    if (output.trim() === "") throw error
  }
  // `file(line,col): error TS1234: message`, continuation lines indented.
  let current
  for (const line of output.split(/\r?\n/)) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line)
    if (match !== null) {
      current = undefined
      const [, file, lineNumber, , code, text] = match
      const example = examples.get(resolve(root, file))
      // Diagnostics in the sources themselves belong to the type-check of the package, not here.
      if (example === undefined) continue
      current = {
        file: relative(root, example.source),
        line: example.line + Number(lineNumber) - 1,
        example: example.number,
        message: `${code}: ${text}`
      }
      failures.push(current)
    } else if (current !== undefined && /^\s/.test(line) && line.trim() !== "") {
      current.message += `\n${line.trim()}`
    } else if (/^error TS\d+/.test(line)) {
      failures.push({ file: "tsconfig.json", line: 0, example: 0, message: line })
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}

for (const failure of failures) console.error(formatFailure(failure))
const seconds = ((performance.now() - started) / 1000).toFixed(1)
console.log(`jsdoc examples: ${examples.size} checked, ${failures.length} failed (${seconds}s)`)
process.exitCode = failures.length === 0 ? 0 : 1
