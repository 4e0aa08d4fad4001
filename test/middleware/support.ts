/**
 * Shared helpers for the middleware suites: a tiny HttpApi (one protected endpoint per
 * flavour, one open endpoint) served by NodeHttpServer on a free port, and real HTTP requests
 * to it.
 */
import { createServer } from "node:http"
import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup, HttpMiddleware, HttpServer } from "@effect/platform"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import { expect } from "@effect/vitest"
import { Context, Effect, Layer, Schema } from "effect"
import { B2BSessionAuth, CurrentMemberSession, CurrentSession, SessionAuth } from "../../src/index.js"

const CredentialUsed = Schema.Struct({
  kind: Schema.Literal("session_jwt", "session_token"),
  source: Schema.Literal("cookie", "bearer")
})

export class Me extends HttpApiGroup.make("me")
  .add(
    HttpApiEndpoint.get("me", "/me").addSuccess(
      Schema.Struct({ user_id: Schema.String, session_id: Schema.String, custom_claims: Schema.Unknown, credential: CredentialUsed })
    )
  )
  .middleware(SessionAuth) {}

export class Tenant extends HttpApiGroup.make("tenant")
  .add(
    HttpApiEndpoint.get("whoami", "/tenant/whoami").addSuccess(
      Schema.Struct({
        member_id: Schema.String,
        organization_id: Schema.String,
        member_session_id: Schema.String,
        custom_claims: Schema.Unknown,
        credential: CredentialUsed
      })
    )
  )
  .middleware(B2BSessionAuth) {}

export class Open extends HttpApiGroup.make("open").add(
  HttpApiEndpoint.get("health", "/health").addSuccess(Schema.Struct({ ok: Schema.Boolean }))
) {}

export class ConsumerApi extends HttpApi.make("consumer").add(Me).add(Open) {}
export class B2BApi extends HttpApi.make("b2b").add(Tenant).add(Open) {}

const MeLive = HttpApiBuilder.group(ConsumerApi, "me", (handlers) =>
  handlers.handle("me", () =>
    Effect.map(CurrentSession, (current) => ({
      user_id: current.user_id,
      session_id: current.session.session_id,
      custom_claims: current.custom_claims,
      credential: current.credential
    }))
  )
)

const TenantLive = HttpApiBuilder.group(B2BApi, "tenant", (handlers) =>
  handlers.handle("whoami", () =>
    Effect.map(CurrentMemberSession, (current) => ({
      member_id: current.member_id,
      organization_id: current.organization_id,
      member_session_id: current.member_session.member_session_id,
      custom_claims: current.custom_claims,
      credential: current.credential
    }))
  )
)

/** Where the served API listens. */
export class BaseUrl extends Context.Tag("test/BaseUrl")<BaseUrl, string>() {}

const listen = Layer.effect(
  BaseUrl,
  Effect.map(HttpServer.HttpServer, (server) => {
    const address = server.address
    if (address._tag !== "TcpAddress") throw new Error("expected a TCP address")
    return `http://127.0.0.1:${address.port}`
  })
)

const serve = <R>(api: Layer.Layer<HttpApi.Api, never, R>) =>
  listen.pipe(
    Layer.provideMerge(HttpApiBuilder.serve(HttpMiddleware.logger).pipe(Layer.provide(api))),
    Layer.provideMerge(NodeHttpServer.layer(createServer, { port: 0, host: "127.0.0.1" })),
    Layer.orDie
  )

/** The consumer API, served, with `SessionAuth` built by `auth`. */
export const serveConsumer = <R>(auth: Layer.Layer<SessionAuth, never, R>) =>
  serve(
    HttpApiBuilder.api(ConsumerApi).pipe(
      Layer.provide(MeLive),
      Layer.provide(HttpApiBuilder.group(ConsumerApi, "open", (handlers) => handlers.handle("health", () => Effect.succeed({ ok: true })))),
      Layer.provide(auth)
    )
  )

/** The B2B API, served, with `B2BSessionAuth` built by `auth`. */
export const serveB2B = <R>(auth: Layer.Layer<B2BSessionAuth, never, R>) =>
  serve(
    HttpApiBuilder.api(B2BApi).pipe(
      Layer.provide(TenantLive),
      Layer.provide(HttpApiBuilder.group(B2BApi, "open", (handlers) => handlers.handle("health", () => Effect.succeed({ ok: true })))),
      Layer.provide(auth)
    )
  )

/** What one HTTP exchange with the served API gave. */
export interface Answer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly json: unknown
}

export interface Sent {
  readonly cookies?: Record<string, string>
  readonly authorization?: string
}

/** A real HTTP GET to the served API. */
export const get = (path: string, sent: Sent = {}) =>
  Effect.flatMap(BaseUrl, (baseUrl) =>
    Effect.promise(async (): Promise<Answer> => {
      const headers = new Headers()
      const cookies = Object.entries(sent.cookies ?? {})
      if (cookies.length > 0) headers.set("cookie", cookies.map(([name, value]) => `${name}=${value}`).join("; "))
      if (sent.authorization !== undefined) headers.set("authorization", sent.authorization)
      const response = await fetch(`${baseUrl}${path}`, { headers })
      const text = await response.text()
      let json: unknown
      try {
        json = JSON.parse(text)
      } catch {
        json = undefined
      }
      const answer = { status: response.status, headers: response.headers, text, json }
      return answer
    })
  )

/** Asserts a 200 and returns the body. */
export const expectOk = (answer: Answer) => {
  expect({ status: answer.status, text: answer.status === 200 ? "" : answer.text }).toEqual({ status: 200, text: "" })
  return answer.json
}

/** Asserts the declared 401, with its reason. */
export const expectUnauthenticated = (answer: Answer, reason: "missing_credentials" | "invalid_session") => {
  expect({ status: answer.status, body: answer.json }).toEqual({ status: 401, body: { _tag: "Unauthenticated", reason } })
  expect(answer.headers.get("content-type") ?? "").toContain("application/json")
}

/** Asserts the declared 503. */
export const expectUnavailable = (answer: Answer) => {
  expect({ status: answer.status, body: answer.json }).toEqual({
    status: 503,
    body: { _tag: "AuthenticationUnavailable", reason: "stytch_unavailable" }
  })
}
