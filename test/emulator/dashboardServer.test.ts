/**
 * The dashboard as the real server serves it, over loopback: the page and its assets, the live
 * request log as server-sent events (backlog, live events, resuming where a client stopped, no
 * bodies), the control token's gate, and a server that stops with a live stream open.
 */
import { HttpServer } from "@effect/platform"
import { describe, expect, it } from "@effect/vitest"
import { Context, Effect, Exit, Layer, Redacted, Scope } from "effect"
import { type EmulatorControl, StytchEmulator } from "../../src/emulator/index.js"
import { isLoopback } from "../../src/emulator/dashboard/access.js"
import * as EmulatorServer from "../../src/emulator/server.js"
import { basic, strong, strong2 } from "./support.js"

describe("isLoopback", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["localhost", true],
    ["::1", true],
    ["[::1]", true],
    ["::ffff:127.0.0.1", true],
    ["0.0.0.0", false],
    ["192.168.1.5", false],
    ["10.0.0.5", false],
    ["::", false],
    ["", false],
    ["128.0.0.1", false],
    ["127.0.0.1.example.com", false],
    ["localhost.example.com", false]
  ])("%j: %s", (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback)
  })
})

/** The emulator server on a free loopback port, and its URL (`http://127.0.0.1:<port>`). */
interface Served {
  readonly url: string
  readonly control: EmulatorControl
  /** The emulator's own Basic credentials. */
  readonly authorization: string
}

const served = (context: Context.Context<StytchEmulator | HttpServer.HttpServer>): Effect.Effect<Served> =>
  Effect.map(
    HttpServer.addressFormattedWith((url) => Effect.succeed(url)).pipe(Effect.provide(context)),
    (url) => {
      const control = Context.get(context, StytchEmulator)
      return { url, control, authorization: basic(control.projectId, Redacted.value(control.secret)) }
    }
  )

/** Serves for the test's scope. */
const serve = (options: { readonly controlToken?: string } = {}) =>
  Layer.build(EmulatorServer.layer({ ...options, port: 0, host: "127.0.0.1" })).pipe(Effect.orDie, Effect.flatMap(served))

interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
}

/** One exchange over loopback; redirects are answered, not followed. */
const call = (url: string, init: RequestInit = {}) =>
  Effect.promise(async (): Promise<Answer> => {
    const response = await fetch(url, { redirect: "manual", ...init })
    return { status: response.status, headers: response.headers, text: await response.text() }
  })

/** A Stytch API call with the emulator's credentials. */
const api = (server: Served, path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(`${server.url}${path}`, {
    method: "POST",
    headers: { authorization: server.authorization, "content-type": "application/json", ...headers },
    body: JSON.stringify(body)
  })

const json = (answer: Answer): Record<string, unknown> => JSON.parse(answer.text)

/** One request of a server-sent event (each event carries a batch of them). */
interface ServerEvent {
  readonly id: string | undefined
  readonly event: string | undefined
  readonly data: string | undefined
}

const parseEvent = (block: string): ServerEvent => {
  const field = (name: string) =>
    block
      .split("\n")
      .find((line) => line.startsWith(`${name}: `))
      ?.slice(name.length + 2)
  return { id: field("id"), event: field("event"), data: field("data") }
}

/** The requests of a batch event, one by one, with the event's name. */
const requestsOf = (event: ServerEvent): ReadonlyArray<ServerEvent> => {
  const batch: ReadonlyArray<{ readonly id: number }> = JSON.parse(event.data ?? "[]")
  return batch.map((request) => ({ id: String(request.id), event: event.event, data: JSON.stringify(request) }))
}

/** A live stream read with fetch: every block received so far, and the raw text. */
const connect = (url: string, headers: Record<string, string> = {}) =>
  Effect.promise(async () => {
    const response = await fetch(url, { headers })
    const body = response.body
    if (body === null) throw new Error("the stream has no body")
    const reader = body.getReader()
    const decoder = new TextDecoder()
    let text = ""
    /** How the stream ended: its end, or a failed read (the connection cut). */
    let ending: "end" | "error" | undefined
    const blocks = () => text.split("\n\n").slice(0, -1)
    const batches = () => blocks().filter((block) => block.includes("event: ")).map(parseEvent)
    const events = () => batches().flatMap(requestsOf)
    /** Reads until `done` holds of what came, or the stream ends; says how it ended, if it did. */
    const readUntil = async (done: () => boolean): Promise<"end" | "error" | undefined> => {
      while (!done() && ending === undefined) {
        const chunk = await reader.read().catch(() => "error" as const)
        if (chunk === "error") ending = "error"
        else if (chunk.done) ending = "end"
        else text += decoder.decode(chunk.value, { stream: true })
      }
      return ending
    }
    return {
      response,
      blocks,
      batches,
      events,
      text: () => text,
      readUntil,
      /** Reads until an event with this id came. */
      untilEvent: (id: number) => readUntil(() => events().some((event) => event.id === String(id))),
      cancel: () => reader.cancel().catch(() => undefined)
    }
  })

/** A stream that the test's scope closes. */
const openStream = (url: string, headers: Record<string, string> = {}) =>
  Effect.acquireRelease(connect(url, headers), (stream) => Effect.promise(stream.cancel))

const streamPath = "/emulator/v1/requests/stream"

describe("the page and its assets", () => {
  it.scopedLive("GET / and /emulator/ui: HTML with a strict CSP, no secret in it; the script parses, the styles load", () =>
    Effect.gen(function* () {
      const server = yield* serve()
      const created = yield* api(server, "/v1/passwords", { email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      expect(created.status).toBe(200)
      const { session_token, session_jwt } = json(created)
      expect(typeof session_token).toBe("string")

      for (const path of ["/", "/emulator/ui"]) {
        const page = yield* call(`${server.url}${path}`)
        expect(page.status, path).toBe(200)
        expect(page.headers.get("content-type")).toMatch(/^text\/html/)
        const csp = page.headers.get("content-security-policy") ?? ""
        expect(csp).toContain("default-src 'none'")
        expect(csp).toContain("script-src 'self'")
        expect(csp).toContain("frame-ancestors 'none'")
        expect(page.headers.get("x-content-type-options")).toBe("nosniff")
        expect(page.headers.get("referrer-policy")).toBe("no-referrer")
        expect(page.text).toMatch(/^<!doctype html>/)
        expect(page.text).toContain(server.control.projectId)
        expect(page.text).toContain(`<script src="/emulator/ui/dashboard.js"`)
        for (const secret of [Redacted.value(server.control.secret), strong, String(session_token), String(session_jwt)]) {
          expect(page.text).not.toContain(secret)
        }
      }

      const script = yield* call(`${server.url}/emulator/ui/dashboard.js`)
      expect(script.status).toBe(200)
      expect(script.headers.get("content-type")).toMatch(/^text\/javascript/)
      expect(script.text.length).toBeGreaterThan(1000)
      expect(() => new Function(script.text)).not.toThrow()
      expect(script.text).not.toContain(Redacted.value(server.control.secret))
      const styles = yield* call(`${server.url}/emulator/ui/dashboard.css`)
      expect(styles.status).toBe(200)
      expect(styles.headers.get("content-type")).toMatch(/^text\/css/)
    }))

  it.scopedLive("without a control token everything is open; the Stytch API still wants Basic auth", () =>
    Effect.gen(function* () {
      const server = yield* serve()
      for (const path of ["/", "/emulator/ui", "/emulator/ui/dashboard.js", "/emulator/v1/users", "/emulator/v1/requests"]) {
        expect((yield* call(`${server.url}${path}`)).status, path).toBe(200)
      }
      const body = JSON.stringify({ password: strong })
      const refused = yield* call(`${server.url}/v1/passwords/strength_check`, { method: "POST", headers: { "content-type": "application/json" }, body })
      expect(refused.status).toBe(401)
      expect(json(refused).error_type).toBe("unauthorized_credentials")
      expect((yield* api(server, "/v1/passwords/strength_check", { password: strong })).status).toBe(200)
    }))
})

describe("the live request log", () => {
  it.scopedLive("the backlog after ?after=0, then each API request as it is answered, without bodies; control calls are not events", () =>
    Effect.gen(function* () {
      const server = yield* serve()
      const created = json(yield* api(server, "/v1/passwords", { email: "ada@example.com", password: strong, session_duration_minutes: 60 }))
      const checked = json(yield* api(server, "/v1/passwords/strength_check", { password: strong2 }))

      const stream = yield* openStream(`${server.url}${streamPath}?after=0`)
      expect(stream.response.status).toBe(200)
      expect(stream.response.headers.get("content-type")).toMatch(/^text\/event-stream/)
      expect(stream.response.headers.get("cache-control")).toBe("no-store")
      expect(yield* Effect.promise(() => stream.untilEvent(2))).toBeUndefined()
      expect(stream.blocks()[0]).toBe("retry: 2000")
      // The backlog comes as one batch, whose id is its last request's.
      expect(stream.batches().map((batch) => [batch.id, batch.event])).toEqual([["2", "requests"]])
      const backlog = stream.events()
      expect(backlog.map((event) => [event.id, event.event])).toEqual([["1", "requests"], ["2", "requests"]])
      const first = JSON.parse(backlog[0]?.data ?? "{}")
      expect(first).toMatchObject({ id: 1, method: "POST", path: "/v1/passwords", status: 200, request_id: created.request_id })
      expect(JSON.parse(backlog[1]?.data ?? "{}")).toMatchObject({ id: 2, path: "/v1/passwords/strength_check", request_id: checked.request_id })

      // Control calls and the page are not Stytch requests: no event. The next API call is one, live.
      yield* call(`${server.url}/emulator/v1/users`)
      yield* call(`${server.url}/`)
      const authenticated = json(
        yield* api(server, "/v1/passwords/authenticate", { email: "ada@example.com", password: strong, session_duration_minutes: 60 })
      )
      const wrong = json(yield* api(server, "/v1/passwords/authenticate", { email: "ada@example.com", password: strong2 }))
      expect(yield* Effect.promise(() => stream.untilEvent(4))).toBeUndefined()
      const events = stream.events()
      expect(events.map((event) => event.id)).toEqual(["1", "2", "3", "4"])
      expect(JSON.parse(events[2]?.data ?? "{}")).toMatchObject({ path: "/v1/passwords/authenticate", status: 200, request_id: authenticated.request_id })
      expect(JSON.parse(events[3]?.data ?? "{}")).toMatchObject({ status: 401, error_type: "unauthorized_credentials", request_id: wrong.request_id })

      // Summaries only: no body, so no credential.
      for (const event of events) {
        const data = JSON.parse(event.data ?? "{}")
        expect(Object.keys(data).sort()).toEqual(
          ["at", "duration_ms", "id", "method", "path", "request_id", "status", ...("error_type" in data ? ["error_type"] : [])].sort()
        )
      }
      for (const secret of [strong, strong2, created.session_token, created.session_jwt, authenticated.session_token, authenticated.session_jwt]) {
        expect(typeof secret).toBe("string")
        expect(stream.text()).not.toContain(String(secret))
      }
      // The full entry is still there for who asks for it.
      const entry = json(yield* call(`${server.url}/emulator/v1/requests/3`))
      expect(entry).toMatchObject({ request: { id: 3, request_body: { password: "<redacted>" } } })
    }))

  it.scopedLive("Last-Event-ID or ?after=N resumes after what was seen; the header wins; a bad value means from the start", () =>
    Effect.gen(function* () {
      const server = yield* serve()
      for (const password of ["one-Lantern-71", "two-Lantern-72", "three-Lantern-73"]) {
        expect((yield* api(server, "/v1/passwords/strength_check", { password })).status).toBe(200)
      }
      const ids = (stream: { readonly events: () => ReadonlyArray<ServerEvent> }) => stream.events().map((event) => event.id)

      const resumed = yield* openStream(`${server.url}${streamPath}`, { "last-event-id": "2" })
      yield* Effect.promise(() => resumed.untilEvent(3))
      expect(ids(resumed)).toEqual(["3"])

      const after = yield* openStream(`${server.url}${streamPath}?after=1`)
      yield* Effect.promise(() => after.untilEvent(3))
      expect(ids(after)).toEqual(["2", "3"])

      const headerWins = yield* openStream(`${server.url}${streamPath}?after=0`, { "last-event-id": "3" })
      const bad = yield* openStream(`${server.url}${streamPath}?after=abc`)
      yield* Effect.promise(() => bad.untilEvent(3))
      expect(ids(bad)).toEqual(["1", "2", "3"])
      // Caught up: the next request reaches every open stream once.
      expect((yield* api(server, "/v1/passwords/strength_check", { password: "four-Lantern-74" })).status).toBe(200)
      for (const stream of [resumed, after, headerWins, bad]) yield* Effect.promise(() => stream.untilEvent(4))
      expect(ids(resumed)).toEqual(["3", "4"])
      expect(ids(after)).toEqual(["2", "3", "4"])
      expect(ids(headerWins)).toEqual(["4"])
      expect(ids(bad)).toEqual(["1", "2", "3", "4"])

      // After a clear, a new stream from the start has no backlog.
      expect((yield* call(`${server.url}/emulator/v1/requests`, { method: "DELETE" })).status).toBe(200)
      const fresh = yield* openStream(`${server.url}${streamPath}?after=0`)
      expect((yield* api(server, "/v1/passwords/strength_check", { password: "five-Lantern-75" })).status).toBe(200)
      yield* Effect.promise(() => fresh.untilEvent(5))
      expect(ids(fresh)).toEqual(["5"])
    }))
})

describe("the control token", () => {
  const token = "t0k3n"

  it.scopedLive("the control routes, the page, its assets and the stream answer 401 without it or with a wrong one, 200 with it", () =>
    Effect.gen(function* () {
      const server = yield* serve({ controlToken: token })
      for (const path of ["/emulator/v1/users", "/emulator/v1/requests", "/", "/emulator/ui", "/emulator/ui/dashboard.js", streamPath]) {
        const without = yield* call(`${server.url}${path}`)
        expect(without.status, path).toBe(401)
        expect(without.text).not.toContain(token)
        const wrong = yield* call(`${server.url}${path}`, { headers: { "x-emulator-token": "wrong-t0k3n" } })
        expect(wrong.status, path).toBe(401)
        expect(wrong.text).not.toContain("wrong-t0k3n")
        const shorter = yield* call(`${server.url}${path}`, { headers: { "x-emulator-token": token.slice(0, -1) } })
        expect(shorter.status, path).toBe(401)
      }
      const deniedApi = yield* call(`${server.url}/emulator/v1/users`)
      expect(json(deniedApi)).toMatchObject({ status_code: 401, error_type: "unauthorized_credentials" })
      const deniedPage = yield* call(`${server.url}/`)
      expect(deniedPage.headers.get("content-type")).toMatch(/^text\/html/)
      expect(deniedPage.text).toContain("Token required")

      for (const path of ["/emulator/v1/users", "/", "/emulator/ui", "/emulator/ui/dashboard.js"]) {
        const shown = yield* call(`${server.url}${path}`, { headers: { "x-emulator-token": token } })
        expect(shown.status, path).toBe(200)
        expect(shown.text).not.toContain(token)
      }
      const stream = yield* openStream(`${server.url}${streamPath}`, { "x-emulator-token": token })
      expect(stream.response.status).toBe(200)
      // A write through the control routes is refused without the token, and changes nothing.
      const wipe = yield* call(`${server.url}/emulator/v1/force_reset`, { method: "POST", body: JSON.stringify({ email: "a@example.com" }) })
      expect(wipe.status).toBe(401)
    }))

  it.scopedLive("/?token= sets an HttpOnly, SameSite=Strict cookie with a 303 to the address without it; the cookie then works", () =>
    Effect.gen(function* () {
      const server = yield* serve({ controlToken: token })
      for (const path of ["/", "/emulator/ui"]) {
        const link = yield* call(`${server.url}${path}?token=${token}`)
        expect(link.status, path).toBe(303)
        expect(link.headers.get("set-cookie")).toBe(`stytch_emulator_token=${token}; HttpOnly; SameSite=Strict; Path=/`)
        expect(link.headers.get("location")).toBe(path)
        expect(link.headers.get("location")).not.toContain(token)
      }
      // A wrong token in the link, or the link on a path that is not the page: no cookie.
      for (const path of ["/?token=nope", `/?token=${token}x`, `/emulator/v1/users?token=${token}`, `/emulator/ui/dashboard.js?token=${token}`]) {
        const refused = yield* call(`${server.url}${path}`)
        expect(refused.status, path).toBe(401)
        expect(refused.headers.get("set-cookie"), path).toBeNull()
      }

      const cookie = `stytch_emulator_token=${token}`
      for (const path of ["/", "/emulator/v1/users", "/emulator/ui/dashboard.js"]) {
        expect((yield* call(`${server.url}${path}`, { headers: { cookie } })).status, path).toBe(200)
        expect((yield* call(`${server.url}${path}`, { headers: { cookie: `theme=dark; ${cookie}; other=1` } })).status, path).toBe(200)
        expect((yield* call(`${server.url}${path}`, { headers: { cookie: "stytch_emulator_token=nope" } })).status, path).toBe(401)
        expect((yield* call(`${server.url}${path}`, { headers: { cookie: `x${cookie}` } })).status, path).toBe(401)
      }
    }))

  it.scopedLive("the Stytch API keeps its Basic auth whether or not the control token is sent", () =>
    Effect.gen(function* () {
      const server = yield* serve({ controlToken: token })
      const body = JSON.stringify({ email: "ada@example.com", password: strong })
      for (const extra of [{}, { "x-emulator-token": token }, { cookie: `stytch_emulator_token=${token}` }]) {
        const refused = yield* call(`${server.url}/v1/passwords`, { method: "POST", headers: { "content-type": "application/json", ...extra }, body })
        expect(refused.status).toBe(401)
        expect(json(refused).error_type).toBe("unauthorized_credentials")
      }
      expect(yield* server.control.users).toEqual([])
      expect((yield* api(server, "/v1/passwords", { email: "ada@example.com", password: strong })).status).toBe(200)
      expect((yield* api(server, "/v1/passwords/authenticate", { email: "ada@example.com", password: strong }, { "x-emulator-token": token })).status).toBe(200)
      expect((yield* api(server, "/v1/passwords/authenticate", { email: "ada@example.com", password: strong }, { "x-emulator-token": "wrong" })).status).toBe(200)
    }))
})

describe("stopping the server", () => {
  it.live(
    "closing the layer's scope ends an open stream and the server stops",
    () =>
      Effect.gen(function* () {
        const scope = yield* Scope.make()
        const server = yield* Layer.buildWithScope(EmulatorServer.layer({ port: 0, host: "127.0.0.1" }), scope).pipe(
          Effect.orDie,
          Effect.flatMap(served)
        )
        // Not closed with the scope: only the server's stopping may end it.
        const stream = yield* connect(`${server.url}${streamPath}`)
        yield* Effect.promise(() => stream.readUntil(() => stream.blocks().length > 0))
        expect(stream.blocks()[0]).toBe("retry: 2000")

        yield* Scope.close(scope, Exit.void)
        // The stream ended (it did not hang until the test's timeout), and nothing listens any more.
        expect(yield* Effect.promise(() => stream.readUntil(() => false))).toBe("end")
        const after = yield* Effect.promise(() => fetch(`${server.url}/`).then(() => "answered", () => "refused"))
        expect(after).toBe("refused")
        yield* Effect.promise(stream.cancel)
      }),
    20_000
  )
})

describe("pages of other sites", () => {
  it.scopedLive("a write to the control API from another site's page (its Origin) is refused 403 and changes nothing; the dashboard's own is not", () =>
    Effect.gen(function* () {
      const server = yield* serve()
      expect((yield* api(server, "/v1/passwords", { email: "ada@example.com", password: strong })).status).toBe(200)
      const host = new URL(server.url).host
      for (const origin of ["http://evil.example", "http://127.0.0.1:1", "null"]) {
        const refused = yield* call(`${server.url}/emulator/v1/wipe`, { method: "POST", headers: { origin } })
        expect(refused.status).toBe(403)
        expect(json(refused)).toMatchObject({ error_type: "cross_site_request" })
        expect(yield* server.control.users).toHaveLength(1)
      }
      // A form of another site posting to the Stytch API changes nothing either: it has no credentials.
      expect((yield* call(`${server.url}/v1/passwords`, { method: "POST", headers: { origin: "http://evil.example" }, body: "{}" })).status).toBe(401)
      // The dashboard's own page (same host), and programs (no Origin), may write.
      expect((yield* call(`${server.url}/emulator/v1/wipe`, { method: "POST", headers: { origin: `http://${host}` } })).status).toBe(200)
      expect(yield* server.control.users).toHaveLength(0)
      expect((yield* call(`${server.url}/emulator/v1/wipe`, { method: "POST" })).status).toBe(200)
    }))
})

describe("a server of one's own beyond loopback", () => {
  it.scopedLive("without a controlToken its control routes and dashboard are closed to everyone; the Stytch API and the control service still work", () =>
    Effect.gen(function* () {
      const context = yield* Layer.build(EmulatorServer.layer({ port: 0, host: "0.0.0.0" })).pipe(Effect.orDie)
      const port = yield* HttpServer.addressWith((address) => Effect.succeed(address._tag === "TcpAddress" ? address.port : 0)).pipe(
        Effect.provide(context)
      )
      const url = `http://127.0.0.1:${port}`
      const control = Context.get(context, StytchEmulator)
      for (const path of ["/", "/emulator/ui", "/emulator/v1/users", "/emulator/v1/requests/stream"]) {
        expect((yield* call(`${url}${path}`)).status).toBe(401)
      }
      const server: Served = { url, control, authorization: basic(control.projectId, Redacted.value(control.secret)) }
      expect((yield* api(server, "/v1/passwords", { email: "ada@example.com", password: strong })).status).toBe(200)
      expect(yield* control.users).toHaveLength(1)
    }))
})
