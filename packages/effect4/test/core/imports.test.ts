import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { describe, expect, it } from "@effect/vitest"

const srcDir = join(import.meta.dirname, "../../src")

const clientFiles = (dir: string): Array<string> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return ["emulator", "cli"].includes(entry.name) && dir === srcDir ? [] : clientFiles(path)
    return entry.name.endsWith(".ts") ? [path] : []
  })

// Code lines only: JSDoc examples show the barrel import users write.
const barrelImports = (text: string): Array<string> =>
  text.split("\n").filter((line) => /^(import .*|\}) from "(effect|effect\/http|effect\/http-api)"$/.test(line))

describe("client modules and bundle size", () => {
  it("import effect, effect/http and effect/http-api by module, never through a package index", () => {
    // esbuild keeps a whole namespace (all of Option, Layer, ...) when it comes through the
    // index; by module path it keeps only the functions used (the Effect 3 line measured 17.9 KB against 11.0 KB gzip).
    const files = clientFiles(srcDir)
    expect(files.length).toBeGreaterThan(40)
    const offenders = files.flatMap((file) =>
      barrelImports(readFileSync(file, "utf8")).map((line) => `${relative(srcDir, file)}: ${line}`)
    )
    expect(offenders).toEqual([])
    expect(barrelImports('import { Option } from "effect"\nimport * as Option from "effect/Option"')).toHaveLength(1)
    expect(barrelImports('import { Headers } from "effect/http"\nimport * as Headers from "effect/http/Headers"')).toHaveLength(1)
    expect(barrelImports("import {\n  Option\n} from \"effect\"")).toHaveLength(1)
  })
})
