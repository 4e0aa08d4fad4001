/**
 * A recording stub of HttpClient, for what the emulator cannot produce (HTML 502s,
 * truncated bodies, dropped connections) and for exact assertions on the wire.
 */
import { Effect, Layer } from "effect"
import { HttpClient, HttpClientError, type HttpClientRequest, HttpClientResponse } from "effect/http"

export interface Recorded {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

export type Reply =
  | { readonly status: number; readonly body: string; readonly headers?: Record<string, string> }
  | { readonly fail: "refused" | "reset" }
  | { readonly hang: true }

const bodyText = (request: HttpClientRequest.HttpClientRequest): string => {
  const body = request.body
  if (body._tag === "Uint8Array") return new TextDecoder().decode(body.body)
  if (body._tag === "Raw" && body.body instanceof Uint8Array) return new TextDecoder().decode(body.body)
  return ""
}

const transportFailure = (request: HttpClientRequest.HttpClientRequest, code: string) =>
  new HttpClientError.HttpClientError({
    reason: new HttpClientError.TransportError({
      request,
      cause: new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) })
    })
  })

/** A stub whose replies come from `reply`, called with the attempt number (from 1). */
export const stubHttp = (reply: (request: Recorded, attempt: number) => Reply) => {
  const recorded: Array<Recorded> = []
  // Requests that hung and were then interrupted (by a timeout or by the caller).
  const interrupted: Array<Recorded> = []
  const client = HttpClient.make((request, url) =>
    Effect.suspend(() => {
      const entry: Recorded = { method: request.method, url: url.toString(), headers: { ...request.headers }, body: bodyText(request) }
      recorded.push(entry)
      const answer = reply(entry, recorded.length)
      if ("hang" in answer) return Effect.onInterrupt(Effect.never, () => Effect.sync(() => interrupted.push(entry)))
      if ("fail" in answer) {
        return Effect.fail(transportFailure(request, answer.fail === "refused" ? "ECONNREFUSED" : "ECONNRESET"))
      }
      return Effect.succeed(
        HttpClientResponse.fromWeb(
          request,
          new Response(answer.body, {
            status: answer.status,
            headers: { "content-type": "application/json", ...answer.headers }
          })
        )
      )
    })
  )
  return { recorded, interrupted, layer: Layer.succeed(HttpClient.HttpClient, client) }
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body: JSON.stringify(body),
  ...(headers === undefined ? {} : { headers })
})

export const stytchError = (status: number, error_type: string, extra: Record<string, unknown> = {}): Reply =>
  json(status, {
    status_code: status,
    request_id: "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141",
    error_type,
    error_message: `Something about ${error_type}.`,
    error_url: `https://stytch.com/docs/api/errors/${status}#${error_type}`,
    ...extra
  })

/** A strength-check success body (zxcvbn, a valid password), for a stub's `200`. */
export const strengthCheckOk = {
  request_id: "request-id-test-ok",
  status_code: 200,
  valid_password: true,
  score: 4,
  breached_password: false,
  strength_policy: "zxcvbn",
  breach_detection_on_create: true
}
