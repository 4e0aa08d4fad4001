/**
 * Shared helpers for the middleware suites: tiny HttpApis (a protected endpoint behind
 * `SessionAuth` / `B2BSessionAuth` and behind tags declared with other sources or other JWT
 * freshness rules, one open endpoint) served by NodeHttpServer on a free port, real HTTP
 * requests to them, and JWTs re-signed to look older.
 */
import { createServer } from "node:http"
import { HttpApi, HttpApiBuilder, HttpApiEndpoint, HttpApiGroup, HttpMiddleware, HttpServer } from "@effect/platform"
import * as NodeHttpServer from "@effect/platform-node/NodeHttpServer"
import { expect } from "@effect/vitest"
import { Context, Effect, Layer, Schema } from "effect"
import { B2BSessionAuth, CurrentMemberSession, CurrentSession, SessionAuth } from "../../src/index.js"
import { type Answer, answerOf, headersOf, type Sent } from "../../packages/effect4/test/cases/httpExchange.js"
import { partsOf, signAsEmulator } from "../sessions/jwtSupport.js"

export type { Answer, Sent }

const CredentialUsed = Schema.Struct({
  kind: Schema.Literal("session_jwt", "session_token"),
  source: Schema.Literal("cookie", "bearer")
})

const MeSuccess = Schema.Struct({ user_id: Schema.String, session_id: Schema.String, custom_claims: Schema.Unknown, credential: CredentialUsed })
const WhoamiSuccess = Schema.Struct({
  member_id: Schema.String,
  organization_id: Schema.String,
  member_session_id: Schema.String,
  custom_claims: Schema.Unknown,
  credential: CredentialUsed
})

/** `SessionAuth` reading cookies of the app's own name (and the bearer). */
export class RenamedSessionAuth extends SessionAuth.Tag<RenamedSessionAuth>()("test/RenamedSessionAuth", {
  sessionJwtCookie: "app_jwt",
  sessionTokenCookie: "app_session"
}) {}

/** `SessionAuth` reading the default cookies only. */
export class CookieSessionAuth extends SessionAuth.Tag<CookieSessionAuth>()("test/CookieSessionAuth", { bearer: false }) {}

/** `SessionAuth` reading the bearer only. */
export class BearerSessionAuth extends SessionAuth.Tag<BearerSessionAuth>()("test/BearerSessionAuth", {
  sessionJwtCookie: false,
  sessionTokenCookie: false
}) {}

/** `SessionAuth` asking Stytch about every JWT: no JWT is accepted locally. */
export class FreshSessionAuth extends SessionAuth.Tag<FreshSessionAuth>()("test/FreshSessionAuth", { maxTokenAgeSeconds: 0 }) {}

/** `SessionAuth` accepting a JWT locally for its first minute only. */
export class MinuteSessionAuth extends SessionAuth.Tag<MinuteSessionAuth>()("test/MinuteSessionAuth", { maxTokenAgeSeconds: 60 }) {}

/** `SessionAuth` allowing 30 seconds of clock skew on a JWT's `exp`. */
export class TolerantSessionAuth extends SessionAuth.Tag<TolerantSessionAuth>()("test/TolerantSessionAuth", { clockToleranceSeconds: 30 }) {}

/** `B2BSessionAuth` reading cookies of the app's own name (and the bearer). */
export class RenamedB2BSessionAuth extends B2BSessionAuth.Tag<RenamedB2BSessionAuth>()("test/RenamedB2BSessionAuth", {
  sessionJwtCookie: "b2b_jwt",
  sessionTokenCookie: "b2b_session"
}) {}

/** `B2BSessionAuth` asking Stytch about every JWT. */
export class FreshB2BSessionAuth extends B2BSessionAuth.Tag<FreshB2BSessionAuth>()("test/FreshB2BSessionAuth", { maxTokenAgeSeconds: 0 }) {}

export class Me extends HttpApiGroup.make("me").add(HttpApiEndpoint.get("me", "/me").addSuccess(MeSuccess)).middleware(SessionAuth) {}
export class RenamedMe extends HttpApiGroup.make("renamed")
  .add(HttpApiEndpoint.get("me", "/renamed/me").addSuccess(MeSuccess))
  .middleware(RenamedSessionAuth) {}
export class CookieMe extends HttpApiGroup.make("cookie")
  .add(HttpApiEndpoint.get("me", "/cookie/me").addSuccess(MeSuccess))
  .middleware(CookieSessionAuth) {}
export class BearerMe extends HttpApiGroup.make("bearer")
  .add(HttpApiEndpoint.get("me", "/bearer/me").addSuccess(MeSuccess))
  .middleware(BearerSessionAuth) {}
export class FreshMe extends HttpApiGroup.make("fresh")
  .add(HttpApiEndpoint.get("me", "/fresh/me").addSuccess(MeSuccess))
  .middleware(FreshSessionAuth) {}
export class MinuteMe extends HttpApiGroup.make("minute")
  .add(HttpApiEndpoint.get("me", "/minute/me").addSuccess(MeSuccess))
  .middleware(MinuteSessionAuth) {}
export class TolerantMe extends HttpApiGroup.make("tolerant")
  .add(HttpApiEndpoint.get("me", "/tolerant/me").addSuccess(MeSuccess))
  .middleware(TolerantSessionAuth) {}

export class Tenant extends HttpApiGroup.make("tenant")
  .add(HttpApiEndpoint.get("whoami", "/tenant/whoami").addSuccess(WhoamiSuccess))
  .middleware(B2BSessionAuth) {}
export class RenamedTenant extends HttpApiGroup.make("renamedTenant")
  .add(HttpApiEndpoint.get("whoami", "/renamed/tenant/whoami").addSuccess(WhoamiSuccess))
  .middleware(RenamedB2BSessionAuth) {}
export class FreshTenant extends HttpApiGroup.make("freshTenant")
  .add(HttpApiEndpoint.get("whoami", "/fresh/tenant/whoami").addSuccess(WhoamiSuccess))
  .middleware(FreshB2BSessionAuth) {}

export class Open extends HttpApiGroup.make("open").add(
  HttpApiEndpoint.get("health", "/health").addSuccess(Schema.Struct({ ok: Schema.Boolean }))
) {}

/** `/me` behind `SessionAuth`, the same handler behind the declared variants, and an open `/health`. */
export class ConsumerApi extends HttpApi.make("consumer").add(Me).add(RenamedMe).add(CookieMe).add(BearerMe).add(FreshMe).add(MinuteMe).add(TolerantMe).add(Open) {}
/** `/tenant/whoami` behind `B2BSessionAuth`, the same behind renamed cookies and no local JWTs, and an open `/health`. */
export class B2BApi extends HttpApi.make("b2b").add(Tenant).add(RenamedTenant).add(FreshTenant).add(Open) {}

const meHandler = () =>
  Effect.map(CurrentSession, (current) => ({
    user_id: current.user_id,
    session_id: current.session.session_id,
    custom_claims: current.custom_claims,
    credential: current.credential
  }))

const whoamiHandler = () =>
  Effect.map(CurrentMemberSession, (current) => ({
    member_id: current.member_id,
    organization_id: current.organization_id,
    member_session_id: current.member_session.member_session_id,
    custom_claims: current.custom_claims,
    credential: current.credential
  }))

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

/** The consumer API, served, with every `SessionAuth` variant over the `Sessions` in the context. */
export const serveConsumer = serve(
  HttpApiBuilder.api(ConsumerApi).pipe(
    Layer.provide(HttpApiBuilder.group(ConsumerApi, "me", (handlers) => handlers.handle("me", meHandler))),
    Layer.provide(HttpApiBuilder.group(ConsumerApi, "renamed", (handlers) => handlers.handle("me", meHandler))),
    Layer.provide(HttpApiBuilder.group(ConsumerApi, "cookie", (handlers) => handlers.handle("me", meHandler))),
    Layer.provide(HttpApiBuilder.group(ConsumerApi, "bearer", (handlers) => handlers.handle("me", meHandler))),
    Layer.provide(HttpApiBuilder.group(ConsumerApi, "fresh", (handlers) => handlers.handle("me", meHandler))),
    Layer.provide(HttpApiBuilder.group(ConsumerApi, "minute", (handlers) => handlers.handle("me", meHandler))),
    Layer.provide(HttpApiBuilder.group(ConsumerApi, "tolerant", (handlers) => handlers.handle("me", meHandler))),
    Layer.provide(HttpApiBuilder.group(ConsumerApi, "open", (handlers) => handlers.handle("health", () => Effect.succeed({ ok: true })))),
    Layer.provide(
      Layer.mergeAll(
        SessionAuth.layer,
        RenamedSessionAuth.layer,
        CookieSessionAuth.layer,
        BearerSessionAuth.layer,
        FreshSessionAuth.layer,
        MinuteSessionAuth.layer,
        TolerantSessionAuth.layer
      )
    )
  )
)

/** The B2B API, served, with both `B2BSessionAuth` variants over the `B2BSessions` in the context. */
export const serveB2B = serve(
  HttpApiBuilder.api(B2BApi).pipe(
    Layer.provide(HttpApiBuilder.group(B2BApi, "tenant", (handlers) => handlers.handle("whoami", whoamiHandler))),
    Layer.provide(HttpApiBuilder.group(B2BApi, "renamedTenant", (handlers) => handlers.handle("whoami", whoamiHandler))),
    Layer.provide(HttpApiBuilder.group(B2BApi, "freshTenant", (handlers) => handlers.handle("whoami", whoamiHandler))),
    Layer.provide(HttpApiBuilder.group(B2BApi, "open", (handlers) => handlers.handle("health", () => Effect.succeed({ ok: true })))),
    Layer.provide(Layer.mergeAll(B2BSessionAuth.layer, RenamedB2BSessionAuth.layer, FreshB2BSessionAuth.layer))
  )
)

/**
 * The JWT re-signed by the emulator's key with its times moved back: issued `age` seconds ago,
 * expired `age - 300` seconds ago when `age` passes the JWT's 5 minutes. The local check
 * refuses an expired one, while Stytch (the emulator) judges the session it names.
 */
export const agedJwt = (jwt: string, ageSeconds: number) =>
  Effect.suspend(() => {
    const now = Math.floor(Date.now() / 1000)
    const iat = now - ageSeconds
    return signAsEmulator({ ...partsOf(jwt).claims, iat, nbf: iat, exp: iat + 300 })
  })

/** A real HTTP GET to the served API. */
export const get = (path: string, sent: Sent = {}) =>
  Effect.flatMap(BaseUrl, (baseUrl) =>
    Effect.promise(async () => answerOf(await fetch(`${baseUrl}${path}`, { headers: headersOf(sent) })))
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
