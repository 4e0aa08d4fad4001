/**
 * The emulator as plain JavaScript (src/emulator/standalone.ts): what the Effect 4 line ships as a
 * self-contained bundle. Promises and real Request/Response only; the same emulator as the layer.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { afterEach, describe, expect, it } from "@effect/vitest"
import ts from "typescript"
import {
  createEmulator,
  inProcessUrl,
  type StandaloneEmulator,
  type StandaloneOptions,
  standaloneDefaults
} from "../../src/emulator/standalone.js"
import type * as Declared from "../../packages/effect4/src/emulator/standalone.js"
import { defaultProjectId, defaultSecret } from "../../src/emulator/EmulatorConfig.js"
import { strong } from "./support.js"

const started: Array<StandaloneEmulator> = []
const start = async (options?: StandaloneOptions) => {
  const emulator = await createEmulator(options)
  started.push(emulator)
  return emulator
}
afterEach(async () => {
  await Promise.all(started.splice(0).map((emulator) => emulator.close()))
})

const basic = (projectId: string, secret: string) => `Basic ${Buffer.from(`${projectId}:${secret}`).toString("base64")}`

const createUser = (emulator: StandaloneEmulator, email: string, credentials = basic(emulator.projectId, emulator.secret)) =>
  emulator.fetch(`${emulator.baseUrl}/v1/passwords`, {
    method: "POST",
    headers: { authorization: credentials, "content-type": "application/json" },
    body: JSON.stringify({ email, password: strong })
  })

const control = async (emulator: StandaloneEmulator, method: string, path: string, body?: unknown) => {
  const response = await emulator.fetch(`${emulator.baseUrl}/emulator/v1${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) })
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

const usersOf = async (emulator: StandaloneEmulator) => {
  const { json } = await control(emulator, "GET", "/users")
  return (json["users"] as ReadonlyArray<{ readonly emails: ReadonlyArray<{ readonly email: string }> }>).map((user) => user.emails[0]?.email)
}

describe("createEmulator (the emulator as plain JavaScript)", () => {
  it("serves the default project, answering the Stytch API and the control API through fetch", async () => {
    const emulator = await start()
    expect(emulator.projectId).toBe(defaultProjectId)
    expect(emulator.secret).toBe(defaultSecret)
    expect(standaloneDefaults).toEqual({ projectId: defaultProjectId, secret: defaultSecret })
    expect(emulator.baseUrl).toBe(inProcessUrl)
    const created = await createUser(emulator, "ada@example.com")
    expect(created.status).toBe(200)
    expect(await created.json()).toMatchObject({ status_code: 200, user: { emails: [{ email: "ada@example.com" }] } })
    expect(await usersOf(emulator)).toEqual(["ada@example.com"])
  })

  it("takes a Request, a URL or a string, like fetch; the handler answers a Request", async () => {
    const emulator = await start()
    await createUser(emulator, "ada@example.com")
    const url = new URL("/emulator/v1/users", emulator.baseUrl)
    for (const answer of [
      await emulator.fetch(new Request(url)),
      await emulator.fetch(url),
      await emulator.handler(new Request(url.href))
    ]) {
      expect(answer.status).toBe(200)
      expect(answer.headers.get("content-type")).toContain("application/json")
      expect(await answer.json()).toMatchObject({ users: [{ emails: [{ email: "ada@example.com" }] }] })
    }
  })

  it("honours a project id and secret of its own: the defaults are then refused", async () => {
    const emulator = await start({ projectId: "project-test-standalone", secret: "secret-test-standalone", hashing: "fast" })
    expect(emulator.projectId).toBe("project-test-standalone")
    expect(emulator.secret).toBe("secret-test-standalone")
    const refused = await createUser(emulator, "ada@example.com", basic(defaultProjectId, defaultSecret))
    expect(refused.status).toBe(401)
    expect(await refused.json()).toMatchObject({ error_type: "unauthorized_credentials" })
    expect((await createUser(emulator, "ada@example.com")).status).toBe(200)
  })

  it("refuses options a typed caller could not pass, before starting anything", async () => {
    const untyped = (options: unknown) => createEmulator(options as StandaloneOptions)
    await expect(untyped({ hashing: "slow" })).rejects.toThrow(TypeError)
    await expect(untyped({ projectId: 42 })).rejects.toThrow("projectId must be a non-empty string")
    await expect(untyped({ secret: "" })).rejects.toThrow("secret must be a non-empty string")
    await expect(untyped("fast")).rejects.toThrow("options must be an object")
  })

  it("each emulator has state of its own", async () => {
    const [first, second] = [await start(), await start()]
    await createUser(first, "ada@example.com")
    expect(await usersOf(first)).toEqual(["ada@example.com"])
    expect(await usersOf(second)).toEqual([])
  })

  it("a drop fault: fetch rejects as fetch does on a reset connection, after the emulator acted; the handler shows the marker", async () => {
    const emulator = await start()
    expect((await control(emulator, "POST", "/faults", { path: "/v1/passwords", kind: "drop", times: 2 })).status).toBe(200)
    const dropped = await createUser(emulator, "ada@example.com").then(
      () => undefined,
      (error: unknown) => error
    )
    expect(dropped).toBeInstanceOf(TypeError)
    expect(dropped).toMatchObject({ message: "fetch failed", cause: { code: "ECONNRESET" } })
    // It acted before dropping, as a server that dies after the write.
    expect(await usersOf(emulator)).toEqual(["ada@example.com"])
    const marked = await emulator.handler(
      new Request(`${emulator.baseUrl}/v1/passwords`, {
        method: "POST",
        headers: { authorization: basic(emulator.projectId, emulator.secret), "content-type": "application/json" },
        body: JSON.stringify({ email: "grace@example.com", password: strong })
      })
    )
    expect(marked.headers.get("x-emulator-fault")).toBe("drop")
  })

  it("an aborted signal rejects fetch with its reason, before or while the emulator answers", async () => {
    const emulator = await start()
    const before = new AbortController()
    before.abort(new Error("cancelled before"))
    await expect(emulator.fetch(`${emulator.baseUrl}/emulator/v1/users`, { signal: before.signal })).rejects.toThrow("cancelled before")
    await control(emulator, "POST", "/faults", { path: "/v1/passwords", kind: "latency", latency_ms: 60_000, times: 1 })
    const during = new AbortController()
    const pending = emulator.fetch(`${emulator.baseUrl}/v1/passwords`, {
      method: "POST",
      headers: { authorization: basic(emulator.projectId, emulator.secret), "content-type": "application/json" },
      body: JSON.stringify({ email: "ada@example.com", password: strong }),
      signal: during.signal
    })
    during.abort(new Error("cancelled during"))
    await expect(pending).rejects.toThrow("cancelled during")
  })

  it("after close, fetch and the handler are refused as a closed port is; close again is a no-op", async () => {
    const emulator = await createEmulator()
    await emulator.close()
    await emulator.close()
    await expect(emulator.fetch(`${emulator.baseUrl}/emulator/v1/users`)).rejects.toMatchObject({
      message: "fetch failed",
      cause: { code: "ECONNREFUSED" }
    })
    await expect(emulator.handler(new Request(`${emulator.baseUrl}/emulator/v1/users`))).rejects.toBeInstanceOf(TypeError)
  })

  it("its declarations name no Effect type, and the Effect 4 line's hand-written ones agree with them", () => {
    const source = readFileSync(join(import.meta.dirname, "../../src/emulator/standalone.ts"), "utf8")
    const declarations = ts.transpileDeclaration(source, { fileName: "standalone.ts" }).outputText
    expect(declarations).toContain("export declare const createEmulator")
    expect(declarations).not.toMatch(/from "effect|from "@effect|import\(/)
    // Both ways, at compile time: the two declarations describe the same functions.
    const fromHere: typeof Declared.createEmulator = createEmulator
    const fromThere: (declared: typeof Declared.createEmulator) => typeof createEmulator = (declared) => declared
    const defaults: typeof Declared.standaloneDefaults = standaloneDefaults
    const url: typeof Declared.inProcessUrl = inProcessUrl
    expect([typeof fromHere, typeof fromThere, defaults, url]).toEqual(["function", "function", standaloneDefaults, inProcessUrl])
  })
})
