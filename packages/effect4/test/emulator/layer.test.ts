/**
 * `StytchEmulator.layer` (effect4-stytch/emulator): a `StytchClient` wired to a fresh in-process
 * emulator through `FetchHttpClient` (real Request/Response, no sockets), beside the control API.
 * The `drop` fault reaches the client as fetch reports a reset connection.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit, Layer, Redacted, Schema } from "effect"
import * as Endpoint from "../../src/Endpoint.js"
import { StytchClient } from "../../src/StytchClient.js"
import { StytchEmulator } from "effect4-stytch/emulator"
import { createEmulator } from "../../src/emulator/standalone.js"

const strong = "correct horse battery staple 42"

/** Endpoints of this test's own (the suites of passwords/ and b2b/ use the package's). */
const create = Endpoint.make({
  name: "passwords.create",
  path: "/v1/passwords",
  request: Schema.Struct({ email: Schema.String, password: Schema.String, session_duration_minutes: Schema.optional(Schema.Number) }),
  response: Schema.Struct({ request_id: Schema.String, status_code: Schema.Number, user_id: Schema.String }),
  errors: [],
  retrySafe: false
})

const strengthCheck = Endpoint.make({
  name: "passwords.strengthCheck",
  path: "/v1/passwords/strength_check",
  request: Schema.Struct({ password: Schema.String }),
  response: Schema.Struct({ request_id: Schema.String, status_code: Schema.Number, valid_password: Schema.Boolean, score: Schema.Number }),
  errors: [],
  retrySafe: true
})

/** The faults still pending, read over the control route through the handler. */
const pendingFaults = Effect.gen(function* () {
  const emulator = yield* StytchEmulator
  const answer = yield* Effect.promise(() => emulator.handler(new Request("http://emulator.local/emulator/v1/faults")))
  const body = (yield* Effect.promise(() => answer.json())) as { readonly faults: ReadonlyArray<unknown> }
  return body.faults
})

/** Hands a Node request to the emulator's handler and writes its answer back. */
const forward = async (handler: (request: Request) => Promise<Response>, incoming: IncomingMessage, outgoing: ServerResponse) => {
  const chunks: Array<Uint8Array> = []
  for await (const chunk of incoming) chunks.push(chunk as Uint8Array)
  const body = Buffer.concat(chunks)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value)
  const response = await handler(
    new Request(`http://emulator.local${incoming.url ?? "/"}`, {
      method: incoming.method ?? "GET",
      headers,
      ...(body.length > 0 ? { body: new Uint8Array(body) } : {})
    })
  )
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}

/** What a gated server saw of one request: its path and the control token it showed, if any. */
interface Seen {
  readonly path: string
  readonly token: string | undefined
}

/**
 * The gate effect-stytch's server puts in front of the control routes and the dashboard when it
 * has a control token (src/emulator/dashboard/access.ts): a 401 in Stytch's shape to a request
 * without the `x-emulator-token` header. It records what each request showed.
 */
const gated = (token: string, seen: Array<Seen>) => (handler: (request: Request) => Promise<Response>) => async (request: Request) => {
  const path = new URL(request.url).pathname
  const shown = request.headers.get("x-emulator-token") ?? undefined
  seen.push({ path, token: shown })
  if ((path === "/" || path.startsWith("/emulator/")) && shown !== token) {
    return Response.json(
      { status_code: 401, request_id: "", error_type: "unauthorized_credentials", error_message: "send the token", error_url: "" },
      { status: 401 }
    )
  }
  return handler(request)
}

/** A fresh emulator behind a Node HTTP server on loopback, for the life of the layer: its URL. */
const served = (
  options: { readonly projectId: string; readonly secret: string },
  wrap: (handler: (request: Request) => Promise<Response>) => (request: Request) => Promise<Response> = (handler) => handler
) =>
  Effect.acquireRelease(
    Effect.promise(async () => {
      const emulator = await createEmulator(options)
      const handler = wrap(emulator.handler)
      const server = createServer((incoming, outgoing) => void forward(handler, incoming, outgoing))
      await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening))
      return { emulator, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
    }),
    ({ emulator, server }) =>
      Effect.promise(async () => {
        server.closeAllConnections()
        await new Promise((closed) => server.close(closed))
        await emulator.close()
      })
  )

const remote = { projectId: "project-test-remote", secret: "secret-test-remote" }

describe("StytchEmulator.layer (Effect 4)", () => {
  it.effect("gives a StytchClient that calls the emulator in-process, and the control API of the same emulator", () =>
    Effect.gen(function* () {
      const stytch = yield* StytchClient
      const emulator = yield* StytchEmulator
      expect(stytch.projectId).toBe(emulator.projectId)
      const created = yield* stytch.call(create, { email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      expect(created.status_code).toBe(200)
      const users = yield* emulator.users
      expect(users.map((user) => user.user_id)).toEqual([created.user_id])
      expect((yield* emulator.sessions).map((session) => session.user_id)).toEqual([created.user_id])
      const checked = yield* stytch.call(strengthCheck, { password: strong })
      expect(checked.valid_password).toBe(true)
    }).pipe(Effect.provide(StytchEmulator.layer())))

  it.effect("options reach the emulator (project, secret) and the client (retry)", () =>
    Effect.gen(function* () {
      const stytch = yield* StytchClient
      expect(stytch.projectId).toBe("project-test-layer")
      yield* stytch.call(create, { email: "ada@example.com", password: strong })
      const emulator = yield* StytchEmulator
      yield* emulator.injectFault({ path: "/v1/passwords/strength_check", kind: "status", status: 500, times: 1 })
      // retry: false, so the one 500 reaches the caller.
      const failed = yield* Effect.flip(stytch.call(strengthCheck, { password: strong }))
      expect(failed._tag).toBe("StytchApiError")
    }).pipe(
      Effect.provide(
        StytchEmulator.layer({ projectId: "project-test-layer", secret: "secret-test-layer", client: { retry: false } })
      )
    ))

  it.live("a dropped connection on create: the user is created once, the client fails with StytchTransportError", () =>
    Effect.gen(function* () {
      const stytch = yield* StytchClient
      const emulator = yield* StytchEmulator
      yield* emulator.injectFault({ path: "/v1/passwords", kind: "drop", times: 2 })
      const failed = yield* Effect.flip(stytch.call(create, { email: "ada@example.com", password: strong }))
      expect(failed._tag).toBe("StytchTransportError")
      // Not retried (create is not safe to repeat): one drop is left, and the user exists.
      expect(yield* pendingFaults).toEqual([expect.objectContaining({ kind: "drop", times: 1 })])
      expect((yield* emulator.users).map((user) => user.emails[0]?.email)).toEqual(["ada@example.com"])
    }).pipe(Effect.provide(StytchEmulator.layer())))

  it.live("a dropped connection on strength_check, which is safe to repeat, is retried", () =>
    Effect.gen(function* () {
      const stytch = yield* StytchClient
      const emulator = yield* StytchEmulator
      yield* emulator.injectFault({ path: "/v1/passwords/strength_check", kind: "drop", times: 1 })
      const checked = yield* stytch.call(strengthCheck, { password: strong })
      expect(checked.valid_password).toBe(true)
      expect(yield* pendingFaults).toEqual([])
    }).pipe(Effect.provide(StytchEmulator.layer())))

  it.effect("two emulators in one program are independent: each client calls its own (Effect 4 shares built layers)", () =>
    Effect.gen(function* () {
      const stytch = yield* StytchClient
      yield* stytch.call(create, { email: "ada@example.com", password: strong })
      expect(yield* StytchEmulator.use((emulator) => emulator.users)).toHaveLength(1)
      const inner = yield* Effect.gen(function* () {
        const innerClient = yield* StytchClient
        yield* innerClient.call(create, { email: "grace@example.com", password: strong })
        return yield* StytchEmulator.use((emulator) => emulator.users)
      }).pipe(Effect.provide(StytchEmulator.layer()))
      expect(inner.map((user) => user.emails[0]?.email)).toEqual(["grace@example.com"])
      const controlOnly = yield* StytchEmulator.use((emulator) => emulator.users).pipe(Effect.provide(StytchEmulator.layerControl()))
      expect(controlOnly).toEqual([])
      expect((yield* StytchEmulator.use((emulator) => emulator.users)).map((user) => user.emails[0]?.email)).toEqual(["ada@example.com"])
    }).pipe(Effect.provide(StytchEmulator.layer())))

  it.live("layerRemote: the same control API and a client, over the network at a server's URL", () =>
    Effect.gen(function* () {
      const stytch = yield* StytchClient
      const emulator = yield* StytchEmulator
      expect(emulator.projectId).toBe("project-test-remote")
      const created = yield* stytch.call(create, { email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      expect((yield* emulator.users).map((user) => user.user_id)).toEqual([created.user_id])
      yield* emulator.updateSettings({ luds_min_length: 12 })
      expect((yield* emulator.settings).luds_min_length).toBe(12)
      yield* emulator.advanceClock("2 hours")
      expect(yield* emulator.sessions).toEqual([])
      // The handler sends a request's path and query to the server.
      const answer = yield* Effect.promise(() => emulator.handler(new Request("http://ignored.example/emulator/v1/users")))
      expect(answer.status).toBe(200)
      const posted = yield* Effect.promise(() =>
        emulator.handler(
          new Request("http://ignored.example/emulator/v1/breached_passwords?unused=1", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ password: "Breached-Passw0rd!" })
          })
        )
      )
      expect(posted.status).toBe(200)
      expect((yield* emulator.exportState).breached_password_hashes).toHaveLength(1)
    }).pipe(
      Effect.provide(Layer.unwrap(Effect.map(served(remote), ({ url }) => StytchEmulator.layerRemote(`${url}/`, remote))))
    )
  )

  it.live("layerRemote with a controlToken: every control call shows it, the Stytch API calls never do", () => {
    const token = "t0k3n-for-the-control-routes"
    const seen: Array<Seen> = []
    return Effect.gen(function* () {
      const stytch = yield* StytchClient
      const emulator = yield* StytchEmulator
      const created = yield* stytch.call(create, { email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      expect((yield* emulator.userAccounts).map((account) => account.user.user_id)).toEqual([created.user_id])
      expect((yield* emulator.requests).map((entry) => entry.path)).toEqual(["/v1/passwords"])
      yield* emulator.clearRequests
      // A refusal still comes back as the route's refusal, through the gate.
      const refused = yield* Effect.flip(emulator.deleteUser("user-test-nope"))
      expect(refused).toMatchObject({ _tag: "EmulatorControlError", message: "user_id: no user has this id." })
      yield* emulator.deleteUser(created.user_id)
      expect(yield* emulator.users).toEqual([])
      // The handler adds the token to a control route's request, not to an API call's.
      const answer = yield* Effect.promise(() => emulator.handler(new Request("http://ignored.example/emulator/v1/faults")))
      expect(answer.status).toBe(200)
      const api = yield* Effect.promise(() => emulator.handler(new Request("http://ignored.example/v1/passwords/strength_check", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ password: strong })
      })))
      expect(api.status).toBe(401) // no Basic credentials given: the API's own auth, not the gate

      const control = seen.filter((request) => request.path.startsWith("/emulator/"))
      expect(control.length).toBeGreaterThanOrEqual(7)
      expect(control.every((request) => request.token === token)).toBe(true)
      const stytchCalls = seen.filter((request) => request.path.startsWith("/v1/"))
      expect(stytchCalls.map((request) => request.path)).toEqual(["/v1/passwords", "/v1/passwords/strength_check"])
      expect(stytchCalls.every((request) => request.token === undefined)).toBe(true)
    }).pipe(
      Effect.provide(
        Layer.unwrap(
          Effect.map(served(remote, gated(token, seen)), ({ url }) =>
            StytchEmulator.layerRemote(url, { ...remote, controlToken: Redacted.make(token) })
          )
        )
      )
    )
  })

  it.live("layerRemote without the server's controlToken, or with a wrong one: the control calls die with a 401 that names the option", () => {
    const seen: Array<Seen> = []
    const attempt = (controlToken: string | undefined) =>
      Effect.exit(StytchEmulator.use((emulator) => emulator.users).pipe(
        Effect.provide(
          Layer.unwrap(
            Effect.map(served(remote, gated("the-right-token", seen)), ({ url }) =>
              StytchEmulator.layerRemote(url, { ...remote, controlToken })
            )
          )
        )
      ))
    return Effect.gen(function* () {
      for (const controlToken of [undefined, "a-wrong-token"]) {
        const exit = yield* attempt(controlToken)
        expect(Exit.isFailure(exit)).toBe(true)
        const defect = Exit.isFailure(exit) ? Cause.squash(exit.cause) : undefined
        expect(String(defect)).toContain("GET /emulator/v1/users with 401")
        expect(String(defect)).toContain("controlToken")
      }
      expect(seen.map((request) => request.token)).toEqual([undefined, "a-wrong-token"])
      // A right token gets through the same gate.
      expect(Exit.isSuccess(yield* attempt("the-right-token"))).toBe(true)
    })
  })
})