/**
 * The JSDoc examples of the Effect 4 line (a port of the root's test/docs/jsdocExamples.test.ts):
 * - this package's checker (`scripts/check-jsdoc-examples.mjs`, run by `npm run typecheck`) on
 *   small fixtures, in a scratch copy of the package: a right example passes, a wrong one is
 *   reported at its line in the source, with the exit code set;
 * - every public export (of `effect4-stytch` and `effect4-stytch/emulator`) has a doc comment
 *   with an `@example`, and every example imports this package by its own name, never
 *   `effect-stytch` or `@effect/platform`.
 * The full check of src/ is not run here: it is the type-check's job.
 */
import { execFileSync } from "node:child_process"
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join, relative, resolve } from "node:path"
import { afterAll, describe, expect, it } from "@effect/vitest"
import { extractExamples } from "../../../../scripts/jsdoc-examples.mjs"

const packageRoot = join(import.meta.dirname, "../..")
const engineRoot = join(packageRoot, "../..")
const src = join(packageRoot, "src")
const fence = "```"

// ---------------------------------------------------------------------------------------------
// The checker, on fixtures
// ---------------------------------------------------------------------------------------------

/**
 * A scratch copy of what the checker needs, laid out as in the repository (it imports
 * `../../../scripts/jsdoc-examples.mjs`): `<scratch>/scripts/jsdoc-examples.mjs` (the root's),
 * `<scratch>/pkg/effect4/{scripts/check-jsdoc-examples.mjs, tsconfig.json, src/}`, each with the
 * `node_modules` of the package it stands for.
 */
const scratch = mkdtempSync(join(tmpdir(), "effect4-stytch-jsdoc-"))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

const fixturePackage = (name: string, sources: Record<string, string>) => {
  const root = join(scratch, name)
  const pkg = join(root, "pkg", "effect4")
  mkdirSync(join(root, "scripts"), { recursive: true })
  mkdirSync(join(pkg, "scripts"), { recursive: true })
  copyFileSync(join(engineRoot, "scripts/jsdoc-examples.mjs"), join(root, "scripts/jsdoc-examples.mjs"))
  symlinkSync(join(engineRoot, "node_modules"), join(root, "node_modules"), "dir")
  copyFileSync(join(packageRoot, "scripts/check-jsdoc-examples.mjs"), join(pkg, "scripts/check-jsdoc-examples.mjs"))
  symlinkSync(join(packageRoot, "node_modules"), join(pkg, "node_modules"), "dir")
  const tsconfig: { compilerOptions: Record<string, unknown> } = JSON.parse(readFileSync(join(packageRoot, "tsconfig.json"), "utf8"))
  const { paths: _paths, ...compilerOptions } = tsconfig.compilerOptions
  writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "effect4-stytch-fixture", type: "module" }))
  writeFileSync(join(pkg, "tsconfig.json"), JSON.stringify({ compilerOptions, include: ["src"] }, null, 2))
  for (const [file, text] of Object.entries(sources)) {
    mkdirSync(dirname(join(pkg, "src", file)), { recursive: true })
    writeFileSync(join(pkg, "src", file), text)
  }
  return pkg
}

/** Runs the checker of a fixture package: its exit code and what it printed. */
const runChecker = (pkg: string) => {
  try {
    const stdout = execFileSync(process.execPath, [join(pkg, "scripts/check-jsdoc-examples.mjs")], {
      cwd: pkg,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"]
    })
    return { code: 0, output: stdout }
  } catch (error) {
    const failed = error as { status?: number; stdout?: string; stderr?: string }
    return { code: failed.status ?? -1, output: `${failed.stderr ?? ""}${failed.stdout ?? ""}` }
  }
}

const math = [
  /*  1 */ "/**",
  /*  2 */ " * Adds two numbers.",
  /*  3 */ " *",
  /*  4 */ " * @example",
  /*  5 */ ` * ${fence}ts`,
  /*  6 */ ' * import { add } from "./math.js"',
  /*  7 */ " * const unused = 1",
  /*  8 */ " * const four: number = add(2, 2)",
  /*  9 */ ` * ${fence}`,
  /* 10 */ " */",
  /* 11 */ "export const add = (a: number, b: number): number => a + b",
  /* 12 */ ""
].join("\n")

const wrong = [
  /* 1 */ "/**",
  /* 2 */ " * @example",
  /* 3 */ ` * ${fence}ts`,
  /* 4 */ ' * import { add } from "./math.js"',
  /* 5 */ " * const four: number = 4",
  /* 6 */ ' * const five: string = add(2, 3)',
  /* 7 */ ` * ${fence}`,
  /* 8 */ " */",
  /* 9 */ "export const five = 5",
  /* 10 */ ""
].join("\n")

describe("scripts/check-jsdoc-examples.mjs", () => {
  it("passes right examples (unused locals allowed, relative imports of the source): exit 0", () => {
    const { code, output } = runChecker(fixturePackage("right", { "math.ts": math }))
    expect(output).toContain("jsdoc examples: 1 checked, 0 failed")
    expect(code).toBe(0)
  }, 60_000)

  it("reports a wrong example at its line in the source, with the TypeScript message: exit 1", () => {
    const { code, output } = runChecker(fixturePackage("wrong", { "math.ts": math, "nested/five.ts": wrong.replace('"./math.js"', '"../math.js"') }))
    expect(output).toContain("src/nested/five.ts:6 (example 1): TS2322: Type 'number' is not assignable to type 'string'.")
    expect(output).toContain("jsdoc examples: 2 checked, 1 failed")
    expect(code).toBe(1)
  }, 60_000)
})

// ---------------------------------------------------------------------------------------------
// The package's own examples
// ---------------------------------------------------------------------------------------------

/** The modules behind the two entry points, each with the names it makes public (`"*"`: all). */
const publicModules = () => {
  const modules = new Map<string, Set<string> | "*">()
  const visit = (file: string, names: Set<string> | "*") => {
    const known = modules.get(file)
    if (known === "*") return
    const merged = names === "*" ? "*" : new Set([...(known ?? []), ...names])
    modules.set(file, merged)
    if (known !== undefined && merged !== "*" && known.size === merged.size) return
    const text = readFileSync(file, "utf8")
    for (const match of text.matchAll(/^export\s+(\*(?:\s+as\s+\w+)?|(?:type\s+)?\{([^}]*)\})\s+from\s+"(\.[^"]+)"/gm)) {
      const target = resolve(dirname(file), (match[3] ?? "").replace(/\.js$/, ".ts"))
      const listed = match[2]
      visit(
        target,
        listed === undefined
          ? "*"
          : new Set(listed.split(",").map((name) => name.replace(/^\s*type\s+/, "").split(/\s+as\s+/)[0]?.trim() ?? "").filter((name) => name.length > 0))
      )
    }
  }
  visit(join(src, "index.ts"), "*")
  visit(join(src, "emulator/index.ts"), "*")
  return modules
}

/** Every declaration a module exports by itself, with the doc comment right above it. */
const ownExports = (text: string) =>
  [...text.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:const|let|class|interface|type|function|namespace|enum)\s+(\w+)/gm)].map((match) => {
    const before = text.slice(0, match.index).trimEnd()
    return { name: match[1] ?? "", doc: before.endsWith("*/") ? before.slice(before.lastIndexOf("/**")) : "" }
  })

describe("the package's examples", () => {
  const modules = publicModules()

  it("every public export has a doc comment with an @example", () => {
    expect(modules.size).toBeGreaterThan(50)
    const missing: Array<string> = []
    let exported = 0
    for (const [file, names] of modules) {
      for (const { doc, name } of ownExports(readFileSync(file, "utf8"))) {
        if (names !== "*" && !names.has(name)) continue
        exported++
        if (!doc.includes("@example")) missing.push(`${relative(src, file)}: ${name}`)
      }
    }
    expect(exported).toBeGreaterThan(300)
    expect(missing).toEqual([])
  })

  it("every example imports this package as effect4-stytch, never effect-stytch, @effect/platform or src/", () => {
    const problems: Array<string> = []
    let importing = 0
    for (const file of modules.keys()) {
      for (const example of extractExamples(readFileSync(file, "utf8"))) {
        for (const match of example.code.matchAll(/from\s+"([^"]+)"/g)) {
          const specifier = match[1] ?? ""
          if (specifier.startsWith("effect4-stytch")) importing++
          const allowed =
            specifier === "effect4-stytch" ||
            specifier === "effect4-stytch/emulator" ||
            specifier === "effect" ||
            specifier.startsWith("effect/") ||
            specifier.startsWith("node:") ||
            specifier.startsWith("./")
          if (!allowed) problems.push(`${relative(src, file)}:${example.line}: ${specifier}`)
        }
      }
    }
    expect(importing).toBeGreaterThan(200)
    expect(problems).toEqual([])
  })
})
