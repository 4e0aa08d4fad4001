/**
 * A user's first hour, from the README alone: a tarball packed from a clean clone, installed
 * into a fresh project with exactly the README's install commands (from today's registry),
 * type-checked with `skipLibCheck: false`, the quickstart run on the emulator, the README's
 * test file run with vitest, and `npx effect-stytch emulator` started. Also: what a client
 * install adds to node_modules, and a git install.
 */
import { execFile, execFileSync, spawn } from "node:child_process"
import { promisify } from "node:util"
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "@effect/vitest"
import { installCommands, readmeFiles } from "./readme.js"

const root = join(import.meta.dirname, "../..")
// Asynchronous: a minute-long install must not block the test worker's event loop.
const run = promisify(execFile)
const plain = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" }
const npm = async (cwd: string, args: ReadonlyArray<string>) =>
  (await run("npm", [...args, "--no-audit", "--no-fund", "--loglevel=error"], { cwd, env: plain, maxBuffer: 1 << 26 })).stdout

/** Bytes of every file under a folder (what it adds to node_modules, whatever the disk's block size). */
const bytesUnder = (folder: string): number =>
  readdirSync(folder, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) return total + bytesUnder(path)
    return entry.isFile() ? total + statSync(path).size : total
  }, 0)

/** A tarball as a user makes one: a clean clone, `npm install` (its prepare builds), `npm pack`. */
const packFromCleanClone = async (): Promise<string> => {
  const work = mkdtempSync(join(tmpdir(), "effect-stytch-clone-"))
  const clone = join(work, "clone")
  execFileSync("git", ["clone", "--quiet", "--depth", "1", `file://${root}`, clone])
  // The clone's dependencies are this repository's (same lockfile); npm pack then runs prepare.
  symlinkSync(join(root, "node_modules"), join(clone, "node_modules"), "dir")
  const name = (await npm(clone, ["pack", "--pack-destination", work])).trim().split("\n").at(-1) ?? ""
  return join(work, name)
}

/** A fresh ESM project, set up with the README's commands, this tarball standing for effect-stytch. */
const freshProject = async (tarball: string): Promise<string> => {
  const project = mkdtempSync(join(tmpdir(), "effect-stytch-user-"))
  await npm(project, ["init", "-y"])
  await npm(project, ["pkg", "set", "type=module"])
  for (const command of installCommands()) {
    const args = command.split(/\s+/).slice(1).map((word) => (word === "effect-stytch" ? tarball : word))
    await npm(project, args)
  }
  return project
}

let tarball = ""
let project = ""

beforeAll(async () => {
  tarball = await packFromCleanClone()
  project = await freshProject(tarball)
}, 600_000)

describe("installed from the README", () => {
  it("the README installs effect-stytch and pins every Effect package to the Effect 3 line", () => {
    const commands = installCommands()
    expect(commands.some((command) => command.split(/\s+/).includes("effect-stytch"))).toBe(true)
    for (const command of commands) {
      for (const word of command.split(/\s+/).filter((w) => /^(effect|@effect\/[a-z-]+|vitest|typescript)(@|$)/.test(w))) {
        expect(word, `${command}: ${word} must carry a version`).toMatch(/@\^?\d/)
      }
    }
    const installed = (name: string) => JSON.parse(readFileSync(join(project, "node_modules", name, "package.json"), "utf8")).version
    expect(installed("effect")).toMatch(/^3\./)
    expect(installed("@effect/platform")).toMatch(/^0\.97\./)
    expect(installed("vitest")).toMatch(/^3\./)
  })

  it("a client install adds at most 2 MB to node_modules: the package alone, no dependencies", () => {
    const manifest = JSON.parse(readFileSync(join(project, "node_modules/effect-stytch/package.json"), "utf8"))
    expect(manifest.dependencies ?? {}).toEqual({})
    const added = bytesUnder(join(project, "node_modules/effect-stytch"))
    console.log(`effect-stytch adds ${(added / 1e6).toFixed(2)} MB to node_modules`)
    expect(added).toBeLessThanOrEqual(2_000_000)
  })

  it("its declarations weigh at most 600 KB in all", () => {
    const declarations = (folder: string): number =>
      readdirSync(folder, { withFileTypes: true }).reduce((total, entry) => {
        const path = join(folder, entry.name)
        if (entry.isDirectory()) return total + declarations(path)
        return entry.name.endsWith(".d.ts") ? total + statSync(path).size : total
      }, 0)
    const bytes = declarations(join(project, "node_modules/effect-stytch/dist"))
    console.log(`effect-stytch's declarations: ${(bytes / 1024).toFixed(1)} KB`)
    expect(bytes).toBeLessThanOrEqual(600 * 1024)
  })

  it("the README's files type-check with skipLibCheck: false, the quickstart runs on the emulator, its tests pass", async () => {
    await npm(project, ["install", "-D", "typescript@~5.9.3", "@types/node@^20.19.0"])
    for (const file of readmeFiles()) writeFileSync(join(project, file.name), file.text)
    expect(readmeFiles().map((file) => file.name)).toEqual(expect.arrayContaining(["app.ts", "quickstart.ts", "signup.test.ts"]))
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
          outDir: "built"
        },
        include: ["*.ts"]
      })
    )
    await run(process.execPath, [join(project, "node_modules/typescript/bin/tsc"), "-p", project], { cwd: project })
    const { stdout } = await run(process.execPath, [join(project, "built/quickstart.js")], { cwd: project })
    expect(stdout).toMatch(/^signed up and logged in: user-test-/)
    const tests = await run(process.execPath, [join(project, "node_modules/vitest/vitest.mjs"), "run", "signup.test.ts"], { cwd: project, env: plain })
    expect(tests.stdout).toMatch(/Tests\s+5 passed \(5\)/)
  })

  it("npx effect-stytch emulator starts the server in the fresh project", async () => {
    const child = spawn("npx", ["effect-stytch", "emulator", "--port", "0"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] })
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

describe("a git install", () => {
  it("builds the package where it is installed (prepare) and imports", async () => {
    const other = mkdtempSync(join(tmpdir(), "effect-stytch-git-"))
    await npm(other, ["init", "-y"])
    await npm(other, ["pkg", "set", "type=module"])
    await npm(other, ["install", `git+file://${root}`, "effect@^3.22", "@effect/platform@^0.97"])
    expect(readdirSync(join(other, "node_modules/effect-stytch/dist"))).toContain("index.js")
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", 'import { version } from "effect-stytch"; console.log(version)'], {
      cwd: other,
      encoding: "utf8"
    })
    expect(out.trim()).toBe(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version)
  })
})
