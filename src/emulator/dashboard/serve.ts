/**
 * The dashboard in front of the emulator's app: its page and assets at `/` and
 * `/emulator/ui`, the live request log as server-sent events, and the token check that
 * guards them and the control routes when the server listens beyond loopback. Everything
 * else goes to the app unchanged; the pages do all they do through the control routes.
 *
 * @since 0.1.0
 */
import { type HttpApp, HttpServerRequest, HttpServerResponse } from "@effect/platform"
import { Effect, Schedule, Stream } from "effect"
import { EmulatorConfig } from "../EmulatorConfig.js"
import { stytchError } from "../EmulatorError.js"
import { errorResponse } from "../http/App.js"
import { newId } from "../runtime.js"
import { type LoggedRequest, RequestLog, type RequestLogService } from "../requests/RequestLog.js"
import { isGuarded, isTokenLink, showsToken, tokenCookieHeader, tokenHeader } from "./access.js"
import { dashboardPage, deniedPage } from "./page.js"
import { dashboardPaths } from "./paths.js"
import { dashboardScript } from "./script.js"
import { dashboardStyles } from "./styles.js"

/**
 * How the dashboard is served.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { DashboardOptions } from "./serve.js"
 *
 * const options: DashboardOptions = { token: undefined, closing: Effect.never }
 * ```
 */
export interface DashboardOptions {
  /** When set, the control routes and the dashboard answer 401 to a request without it. */
  readonly token: string | undefined
  /** Completes when the server stops: live streams end then, so it can close. */
  readonly closing: Effect.Effect<void>
}

const assetHeaders = {
  "cache-control": "no-store",
  "x-content-type-options": "nosniff"
}

/** Nothing from elsewhere: the page works offline and nothing it shows can load a script. */
const pageHeaders = {
  ...assetHeaders,
  "content-security-policy":
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "referrer-policy": "no-referrer"
}

const html = "text/html; charset=utf-8"

/**
 * Whether a request comes from a page of another site: a browser says so in `Origin`. Such
 * a page could otherwise wipe the emulator (a form posted to it needs no token on loopback).
 */
const crossSite = (headers: Readonly<Record<string, string | undefined>>): boolean => {
  const origin = headers["origin"]
  if (origin === undefined) return false
  try {
    return new URL(origin).host !== headers["host"]
  } catch {
    return true
  }
}

const refusedCrossSite = () =>
  errorResponse(
    stytchError(403, "cross_site_request", "The control API answers only its own dashboard and programs, not pages of other sites."),
    newId("request-id")
  )

const denied = (pathname: string) =>
  pathname.startsWith("/emulator/v1/")
    ? errorResponse(
        stytchError(
          401,
          "unauthorized_credentials",
          `This emulator listens beyond loopback: send the token printed at start-up as the ${tokenHeader} header.`
        ),
        newId("request-id")
      )
    : HttpServerResponse.text(deniedPage, { status: 401, contentType: html, headers: pageHeaders })

/** A logged request without its bodies: what the live view lists. */
const summaryOf = ({ request_body: _request, response_body: _response, ...summary }: LoggedRequest) => summary

/**
 * How often the live log is written to a listener. Requests are sent in batches, one write
 * per batch whatever the request rate, so an open dashboard costs the API almost nothing.
 */
const batchEvery = 200

/** With no request for this many batches (20 s), a comment keeps proxies from closing the stream. */
const quietBatchesBeforeHeartbeat = 100

/** One server-sent event for a batch: its id is the last request's, so a reconnect resumes after it. */
const batchEvent = (entries: ReadonlyArray<LoggedRequest>) =>
  `id: ${entries[entries.length - 1]?.id ?? 0}\nevent: requests\ndata: ${JSON.stringify(entries.map(summaryOf))}\n\n`

/**
 * The requests logged after `after` at once, then each batch logged since the last. A
 * listener that stops reading keeps at most twice the log's capacity before the oldest go.
 */
const liveEvents = (log: RequestLogService, after: number) =>
  Stream.unwrapScoped(
    Effect.gen(function* () {
      const pending: Array<LoggedRequest> = []
      // Subscribed first, then the backlog read: one synchronous step, so none is missed or repeated.
      const stop = log.subscribe((entry) => {
        pending.push(entry)
        if (pending.length > 2 * log.capacity) pending.splice(0, pending.length - log.capacity)
      })
      yield* Effect.addFinalizer(() => Effect.sync(stop))
      const backlog = log.entries().filter((entry) => entry.id > after)
      let quiet = 0
      const drain = (): string => {
        if (pending.length > 0) {
          quiet = 0
          return batchEvent(pending.splice(0))
        }
        quiet++
        return quiet % quietBatchesBeforeHeartbeat === 0 ? ": keep-alive\n\n" : ""
      }
      return Stream.concat(
        Stream.make(`retry: 2000\n\n${backlog.length === 0 ? "" : batchEvent(backlog)}`),
        Stream.fromSchedule(Schedule.spaced(batchEvery)).pipe(
          Stream.map(drain),
          Stream.filter((text) => text !== "")
        )
      )
    })
  )

const stream = (request: HttpServerRequest.HttpServerRequest, url: URL, closing: Effect.Effect<void>) =>
  Effect.map(RequestLog, (log) => {
    // A reconnecting EventSource says where it stopped; a first connection may say `?after=`.
    const after = Number(request.headers["last-event-id"] ?? url.searchParams.get("after") ?? "0")
    return HttpServerResponse.stream(
      liveEvents(log, Number.isFinite(after) ? after : 0).pipe(Stream.interruptWhen(closing), Stream.encodeText),
      {
        contentType: "text/event-stream",
        // The connection closes with the stream: a stopping server does not wait for it to idle out.
        headers: { ...assetHeaders, "x-accel-buffering": "no", connection: "close" }
      }
    )
  })

/**
 * `app` with the dashboard in front of it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { makeApp } from "../http/App.js"
 * import { allRoutes } from "../routes/index.js"
 * import { withDashboard } from "./serve.js"
 *
 * const app = withDashboard(makeApp(allRoutes), { token: undefined, closing: Effect.never })
 * ```
 */
export const withDashboard = <E, R>(
  app: HttpApp.Default<E, R>,
  options: DashboardOptions
): HttpApp.Default<E, R | RequestLog | EmulatorConfig | HttpServerRequest.HttpServerRequest> =>
  Effect.gen(function* () {
    const request = yield* HttpServerRequest.HttpServerRequest
    const url = new URL(request.url, "http://emulator.local")
    const { token } = options
    const isPage = request.method === "GET" && (url.pathname === "/" || url.pathname === dashboardPaths.page)
    if (token !== undefined && isGuarded(url.pathname) && !showsToken(request.headers, token)) {
      // The link printed at start-up: the cookie is set, and the token leaves the address bar.
      if (isPage && isTokenLink(url, token)) {
        return HttpServerResponse.empty({ status: 303, headers: { location: url.pathname, "set-cookie": tokenCookieHeader(token) } })
      }
      return denied(url.pathname)
    }
    if (request.method !== "GET") {
      return isGuarded(url.pathname) && crossSite(request.headers) ? refusedCrossSite() : yield* app
    }
    if (isPage) {
      const config = yield* EmulatorConfig
      return HttpServerResponse.text(dashboardPage(config.projectId), { contentType: html, headers: pageHeaders })
    }
    switch (url.pathname) {
      case dashboardPaths.script:
        return HttpServerResponse.text(dashboardScript, { contentType: "text/javascript; charset=utf-8", headers: assetHeaders })
      case dashboardPaths.styles:
        return HttpServerResponse.text(dashboardStyles, { contentType: "text/css; charset=utf-8", headers: assetHeaders })
      case dashboardPaths.stream:
        return yield* stream(request, url, options.closing)
      default:
        return yield* app
    }
  })
