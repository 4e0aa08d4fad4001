/**
 * The published declarations of the Effect 4 line keep each doc comment's text and leave its
 * example out (the examples stay in the source, where `npm run typecheck` checks them): the
 * build's filter (the root's `withoutExamples`, which scripts/build.mjs reuses) on a fixture, and
 * this package's own build (scripts/build.mjs `buildPackage`, into a scratch folder) read back.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "@effect/vitest"
import { withoutExamples } from "../../../../scripts/build.mjs"
import { declarationWithExamples, droppedFromDeclaration, keptInDeclaration, plainDeclaration } from "../cases/declarations.js"

/** This package's build (scripts/build.mjs, plain JavaScript without declarations). */
const buildScript: string = join(import.meta.dirname, "../../scripts/build.mjs")
const buildPackage = async (outdir: string): Promise<void> => {
  const script: { readonly buildPackage: (outdir: string) => Promise<string> } = await import(buildScript)
  await script.buildPackage(outdir)
}

const declaration = declarationWithExamples("effect4-stytch")

describe("the declarations filter", () => {
  it("keeps each description and tag but the example, at any indentation", () => {
    const kept = withoutExamples(declaration)
    for (const text of droppedFromDeclaration) expect(kept).not.toContain(text)
    for (const text of keptInDeclaration) expect(kept).toContain(text)
  })

  it("leaves a declaration without examples as it is", () => {
    expect(withoutExamples(plainDeclaration)).toBe(plainDeclaration)
  })
})

const filesUnder = (folder: string): Array<string> =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)]
  )

const packageRoot = join(import.meta.dirname, "../..")

/**
 * dist/ when `npm run build` (or `prepare`) wrote it after the last change to src/, else a
 * fresh build into a scratch folder (about ten seconds).
 */
const freshDist = (): string | undefined => {
  const built = join(packageRoot, "dist/index.d.ts")
  if (!existsSync(built)) return undefined
  const builtAt = Math.min(...filesUnder(join(packageRoot, "dist")).map((file) => statSync(file).mtimeMs))
  const changedAt = Math.max(...filesUnder(join(packageRoot, "src")).map((file) => statSync(file).mtimeMs))
  return builtAt >= changedAt ? join(packageRoot, "dist") : undefined
}

describe("this package's build (dist/ when fresh)", () => {
  const scratch = mkdtempSync(join(tmpdir(), "effect4-stytch-declarations-"))
  let outdir = join(scratch, "dist")
  let declarations: ReadonlyArray<readonly [string, string]> = []

  beforeAll(async () => {
    const dist = freshDist()
    if (dist === undefined) await buildPackage(outdir)
    else outdir = dist
    declarations = filesUnder(outdir)
      .filter((file) => file.endsWith(".d.ts"))
      .map((file) => [relative(outdir, file), readFileSync(file, "utf8")] as const)
  }, 120_000)

  afterAll(() => rmSync(scratch, { recursive: true, force: true }))

  const text = (file: string) => declarations.find(([name]) => name === file)?.[1] ?? ""

  it("writes the declarations package.json points at, and one per source module", () => {
    const manifest: { exports: Record<string, { types?: string }> } = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../package.json"), "utf8")
    )
    const typed = Object.values(manifest.exports).flatMap((entry) => (entry.types === undefined ? [] : [entry.types.replace(/^\.\/dist\//, "")]))
    expect(typed).toEqual(["index.d.ts", "emulator/index.d.ts"])
    for (const file of typed) expect(text(file), file).not.toBe("")
    const sources = filesUnder(join(import.meta.dirname, "../../src"))
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))
      .map((file) => relative(join(import.meta.dirname, "../../src"), file).replace(/\.ts$/, ".d.ts"))
    expect(sources.filter((file) => text(file) === "")).toEqual([])
  })

  it("leaves every example out of every declaration file", () => {
    expect(declarations.length).toBeGreaterThan(50)
    expect(declarations.filter(([, content]) => content.includes("@example") || content.includes("```")).map(([name]) => name)).toEqual([])
  })

  it("keeps the doc comments' text and tags", () => {
    const docBlocks = declarations.reduce((count, [, content]) => count + (content.match(/\/\*\*/g)?.length ?? 0), 0)
    expect(docBlocks).toBeGreaterThan(300)
    expect(text("emulator/StytchEmulator.d.ts")).toContain("The local Stytch emulator.")
    expect(text("emulator/StytchEmulator.d.ts")).toContain("@since 0.1.0")
    expect(text("passwords/Passwords.d.ts")).toMatch(/@since \d+\.\d+\.\d+/)
    expect(text("emulator/standalone.d.ts")).toContain("Starts a fresh emulator in-process.")
  })

  it("refers to Effect 4 and this package only: no effect-stytch, no @effect/platform, no source path", () => {
    const specifiers = declarations.flatMap(([name, content]) =>
      [...content.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)].map((match) => [name, match[1] ?? ""] as const)
    )
    expect(specifiers.length).toBeGreaterThan(100)
    const foreign = specifiers.filter(
      ([, specifier]) => !(specifier.startsWith("./") || specifier.startsWith("../") || specifier === "effect" || specifier.startsWith("effect/"))
    )
    expect(foreign).toEqual([])
    expect(specifiers.filter(([, specifier]) => specifier.endsWith(".ts") || specifier.includes("/src/"))).toEqual([])
  })
})
