/**
 * An Effect 4 user's first hour, from effect4-stytch's README alone: the package packed from a
 * clean clone, installed into a fresh project with exactly the README's install commands (from
 * today's registry), the README's files type-checked with `skipLibCheck: false`, the quickstart
 * run on the bundled emulator, the README's tests run with vitest 5, and `npx effect4-stytch
 * emulator` started. Also: nothing of Effect 3 in the user's tree, and what the install weighs.
 */
import { execFile, execFileSync, spawn } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { promisify } from "node:util"
import { beforeAll, describe, expect, it } from "@effect/vitest"
import { installCommands, readmeFiles } from "./readme.js"

const workspace = join(import.meta.dirname, "../..")
const root = join(workspace, "../..")
// Asynchronous: a minute-long install must not block the test worker's event loop.
const run = promisify(execFile)
const plain = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }
const npm = async (cwd: string, args: ReadonlyArray<string>) =>
  (await run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, env: plain, maxBuffer: 1 << 26 })).stdout

/** Bytes of every file under a folder whose name passes `keep`. */
const bytesUnder = (folder: string, keep: (name: string) => boolean = () => true): number =>
  readdirSync(folder, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return total + bytesUnder(path, keep)
    return entry.isFile() && keep(entry.name) ? total + statSync(path).size : total
  }, 0)

/** A tarball as a user makes one: a clean clone, the repository's dependencies, `npm pack` (its prepare builds). */
const packFromCleanClone = async (): Promise<string> => {
  const work = mkdtempSync(join(tmpdir(), "effect4-stytch-clone-"))
  const clone = join(work, "clone")
  execFileSync("git", ["clone", "--quiet", "--depth", "1", `file://${root}`, clone])
  symlinkSync(join(root, "node_modules"), join(clone, "node_modules"), "dir")
  symlinkSync(join(workspace, "node_modules"), join(clone, "packages/effect4/node_modules"), "dir")
  const name = (await npm(join(clone, "packages/effect4"), ["pack", "--pack-destination", work])).trim().split("\n").at(-1) ?? ""
  return join(work, name)
}

let tarball = ""
let project = ""

beforeAll(async () => {
  tarball = await packFromCleanClone()
  project = mkdtempSync(join(tmpdir(), "effect4-stytch-user-"))
  await npm(project, ["init", "-y"])
  await npm(project, ["pkg", "set", "type=module"])
  for (const command of installCommands()) {
    const args = command.split(/\s+/).slice(1).map((word) => (word === "effect4-stytch" ? tarball : word))
    await npm(project, args)
  }
}, 600_000)

const installed = (name: string): string => JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8")).version

describe("installed from the README", () => {
  it("the README installs effect4-stytch and pins every Effect package to the Effect 4 line", () => {
    const commands = installCommands()
    expect(commands.some((command) => command.split(/\s+/).includes("effect4-stytch"))).toBe(true)
    for (const command of commands) {
      for (const word of command.split(/\s+/).filter((w) => /^(effect|@effect\/[a-z-]+|vitest|typescript)(@|$)/.test(w))) {
        expect(word, `${command}: ${word} must carry a version`).toMatch(/@\^?\d/)
      }
    }
    expect(installed("effect")).toMatch(/^4\./)
    expect(installed("@effect/vitest")).toMatch(/^4\./)
    expect(installed("vitest")).toMatch(/^5\./)
  })

  it("no Effect 3 in the user's tree: no @effect/platform, one effect (4.x), no dependency of effect4-stytch", () => {
    const manifest = JSON.parse(readFileSync(join(project, "node_modules/effect4-stytch/package.json"), "utf8"))
    expect(manifest.dependencies ?? {}).toEqual({})
    expect(existsSync(join(project, "node_modules/@effect/platform"))).toBe(false)
    expect(existsSync(join(project, "node_modules/effect4-stytch/node_modules"))).toBe(false)
    const tree = JSON.parse(execFileSync("npm", ["ls", "effect", "--all", "--json"], { cwd: project, encoding: "utf8" }))
    const versions = new Set<string>()
    const walk = (node: { version?: string; dependencies?: Record<string, unknown> }, name: string) => {
      if (name === "effect" && node.version !== undefined) versions.add(node.version)
      for (const [child, value] of Object.entries(node.dependencies ?? {})) walk(value as { version?: string }, child)
    }
    walk(tree, "")
    expect([...versions].every((version) => version.startsWith("4."))).toBe(true)
    const declarations = readdirSync(join(project, "node_modules/effect4-stytch/dist"), { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".d.ts"))
    for (const file of declarations) {
      expect(readFileSync(join(project, "node_modules/effect4-stytch/dist", file), "utf8"), file).not.toContain("@effect/platform")
    }
  })

  it("what the install weighs: the package alone, its declarations", () => {
    const added = bytesUnder(join(project, "node_modules/effect4-stytch"))
    const declarations = bytesUnder(join(project, "node_modules/effect4-stytch/dist"), (name) => name.endsWith(".d.ts"))
    console.log(`effect4-stytch adds ${(added / 1e6).toFixed(2)} MB to node_modules; its declarations ${(declarations / 1024).toFixed(1)} KB`)
    expect(added).toBeLessThanOrEqual(6_000_000)
    expect(declarations).toBeLessThanOrEqual(600 * 1024)
  })

  it("the README's files type-check with skipLibCheck: false, the quickstart runs on the emulator, its tests pass", async () => {
    await npm(project, ["install", "-D", "typescript@~7.0.2", "@types/node@^22.19.0"])
    for (const file of readmeFiles()) writeFileSync(join(project, file.name), file.text)
    expect(readmeFiles().map((file) => file.name)).toEqual(expect.arrayContaining(["app.ts", "production.ts", "quickstart.ts", "signup.test.ts"]))
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          types: ["node"],
          rootDir: ".",
          outDir: "built"
        },
        include: ["*.ts"]
      })
    )
    await run(join(project, "node_modules/.bin/tsc"), ["-p", project], { cwd: project })
    const { stdout } = await run(process.execPath, [join(project, "built/quickstart.js")], { cwd: project })
    expect(stdout).toMatch(/^signed up and logged in: user-test-/)
    const tests = await run(process.execPath, [join(project, "node_modules/vitest/vitest.mjs"), "run", "signup.test.ts"], { cwd: project, env: plain })
    expect(tests.stdout).toMatch(/Tests\s+4 passed \(4\)/)
  })

  it("npx effect4-stytch emulator starts the server in the fresh project", async () => {
    const child = spawn("npx", ["effect4-stytch", "emulator", "--port", "0"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] })
    const banner = await new Promise<string>((resolve, reject) => {
      let output = ""
      child.stdout.on("data", (chunk: Buffer) => {
        output += chunk.toString()
        if (/listening on http:\/\/\S+/.test(output)) resolve(output)
      })
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
      child.on("exit", (code) => reject(new Error(`exited (${code}) before listening:\n${output}`)))
    })
    child.kill("SIGTERM")
    expect(banner).toContain("project-test-00000000-0000-4000-8000-000000000000")
  })
})
