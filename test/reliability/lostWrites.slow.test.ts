/**
 * No lost writes over loopback: the scenarios of lostWrites.ts against the CLI server (the
 * shipped bundle, `effect-stytch emulator --hashing production`), driven by our client over
 * real HTTP. Production hashing (scrypt N=2^17, about a third of a second a hash) widens every
 * window between a read and its write to hundreds of milliseconds.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { join } from "node:path"
import * as NodeHttpClient from "@effect/platform-node/NodeHttpClient"
import { afterAll, beforeAll, describe, inject, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import { B2BOrganizations, B2BPasswords, B2BSessions, Passwords, Sessions, StytchClient, Users } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import * as Scenarios from "./lostWrites.js"

let server: ChildProcess | undefined
let baseUrl = ""

beforeAll(async () => {
  const cli = join(inject("builtPackage"), "cli/cli.js")
  const child = spawn(process.execPath, [cli, "emulator", "--port", "0", "--hashing", "production"], {
    stdio: ["ignore", "pipe", "pipe"]
  })
  server = child
  baseUrl = await new Promise<string>((resolve, reject) => {
    let output = ""
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match?.[1] !== undefined) resolve(match[1])
    })
    child.on("exit", (code) => reject(new Error(`the CLI exited (${code}) before listening:\n${output}`)))
  })
}, 60_000)

afterAll(() => {
  server?.kill("SIGTERM")
})

/** A call to the control routes under /emulator/v1, as JSON. */
const control = (method: string, path: string, body?: unknown) =>
  Effect.promise(async () => {
    const response = await fetch(`${baseUrl}/emulator/v1${path}`, {
      method,
      headers: { "content-type": "application/json" },
      ...(body === undefined ? {} : { body: JSON.stringify(body) })
    })
    const json: unknown = await response.json()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`)
    return json
  })

const field = (value: unknown, name: string): unknown =>
  typeof value === "object" && value !== null ? Reflect.get(value, name) : undefined
const list = (value: unknown, name: string): ReadonlyArray<unknown> => {
  const items = field(value, name)
  return Array.isArray(items) ? items : []
}

/** The scenarios' control surface on the server's HTTP control routes. */
const httpControl: Scenarios.RaceControlService = {
  wipe: Effect.asVoid(control("POST", "/wipe")),
  updateSettings: (patch) => Effect.asVoid(control("PATCH", "/settings", patch)),
  seedOrganization: (slug) => Effect.asVoid(control("POST", "/organizations", { organization_name: slug, organization_slug: slug })),
  seedMember: (email, password) => Effect.asVoid(control("POST", "/members", { organization_id: "acme", email_address: email, password })),
  forceReset: (email) => Effect.asVoid(control("POST", "/force_reset", { email })),
  requiresReset: (email) =>
    Effect.map(control("GET", "/users"), (body) =>
      list(body, "users").some(
        (user) => list(user, "emails").some((entry) => field(entry, "email") === email) && field(field(user, "password"), "requires_reset") === true
      )
    ),
  liveSessionIds: Effect.map(control("GET", "/sessions"), (body) => list(body, "sessions").map((session) => String(field(session, "session_id")))),
  latestResetToken: (email) =>
    Effect.map(control("GET", "/outbox"), (body) => String(field(list(body, "messages").filter((message) => field(message, "to") === email).at(-1), "token")))
}

/** Our client on the server, every service, retries off, a timeout long enough for production hashing under load. */
const stack = () =>
  Layer.mergeAll(
    Passwords.layer,
    Sessions.layer,
    B2BPasswords.layer,
    B2BSessions.layer,
    Users.layer,
    B2BOrganizations.layer,
    Layer.succeed(Scenarios.RaceControl, httpControl)
  ).pipe(
    Layer.provide(
      StytchClient.layer({
        projectId: StytchEmulator.defaultProjectId,
        secret: Redacted.make(StytchEmulator.defaultSecret),
        baseUrl,
        retry: false,
        timeout: "5 minutes"
      })
    ),
    Layer.provide(NodeHttpClient.layerUndici)
  )

describe("no lost writes over loopback, CLI server with production hashing", () => {
  // Each hash takes about a third of a second: the login races are smaller than in-process.
  const scale = { resets: 100, logins: 20, rounds: 2, tokens: 20, creates: 40, extensions: 20 }
  for (const { name, scenario } of Scenarios.races(scale, "loopback")) {
    it.live(name, () => Effect.provide(Effect.zipRight(Scenarios.setUp, scenario), stack()), 600_000)
  }
})
