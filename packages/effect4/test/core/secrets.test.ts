import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit, Redacted } from "effect"
import { Passwords } from "effect4-stytch"
import { capture } from "../support/capture.js"
import { secret, stubClient } from "../support/client.js"
import { json, type Reply, strengthCheckOk, stubHttp, stytchError } from "../support/stubHttp.js"

const password = "Tr0ub4dor&3-horse-PASSWORD"
const basic = Buffer.from(`project-test-11111111-2222-4333-8444-555555555555:${secret}`).toString("base64")

const replies: Record<string, Reply> = {
  success: json(200, strengthCheckOk),
  apiError: stytchError(400, "weak_password"),
  unknownError: stytchError(400, "brand_new"),
  html502: { status: 502, body: "<html>Bad Gateway</html>", headers: { "content-type": "text/html" } },
  truncated: { status: 200, body: `{"request_id":"r","valid_pass` },
  decodeError: json(200, { request_id: "r", status_code: 200 }),
  refused: { fail: "refused" },
  reset: { fail: "reset" }
}

const run = (reply: Reply, request: Parameters<Passwords["Service"]["strengthCheck"]>[0]) => {
  const captured = capture()
  const stub = stubHttp(() => reply)
  return Effect.gen(function* () {
    const passwords = yield* Passwords
    const exit = yield* passwords.strengthCheck(request).pipe(
      Effect.tapCause((cause) => Effect.logError("call failed", cause)),
      Effect.exit
    )
    const rendered = Exit.isFailure(exit)
      ? [Cause.pretty(exit.cause), JSON.stringify(exit.cause), ...exit.cause.reasons.filter(Cause.isFailReason).flatMap(({ error: e }) => [String(e), e.message, JSON.stringify(e), e.stack ?? ""])].join("\n")
      : JSON.stringify(exit.value)
    return { captured, rendered, exit }
  }).pipe(
    Effect.provide(Passwords.layer),
    Effect.provide(stubClient(stub, { retry: false })),
    Effect.provide(captured.layer)
  )
}

describe("secrets never leak", () => {
  for (const [name, reply] of Object.entries(replies)) {
    for (const [shape, request] of [
      ["plain", { password, email: "ada@example.com" }],
      ["redacted", { password: Redacted.make(password) }]
    ] as const) {
      it.effect(`${name} with a ${shape} password: no password or secret in logs, spans or errors`, () =>
        run(reply, request).pipe(
          Effect.map(({ captured, rendered }) => {
            const everything = `${captured.everything()}\n${rendered}`
            for (const needle of [password, secret, basic]) expect(everything).not.toContain(needle)
            expect(captured.spans.length).toBeGreaterThan(0)
            // The platform keeps the whole request in its http.client span's exit: the body is sealed.
            expect(captured.exits.join("\n")).not.toContain(password)
          })
        )
      )
    }
  }

  it.effect("an invalid request renders without the password", () =>
    run(replies["success"] ?? { fail: "refused" }, { password, email: "no-at-sign" }).pipe(
      Effect.map(({ captured, rendered }) => {
        expect(rendered).toContain("StytchInvalidRequest")
        expect(`${captured.everything()}\n${rendered}`).not.toContain(password)
      })
    )
  )
})

describe("spans", () => {
  it.effect("one span per call named Stytch.<area>.<method>, the http.client span inside it", () =>
    run(replies["success"] ?? { fail: "refused" }, { password }).pipe(
      Effect.map(({ captured }) => {
        const call = captured.spans.find((span) => span.name === "Stytch.passwords.strengthCheck")
        expect(call?.attributes.get("stytch.request_id")).toBe("request-id-test-ok")
        expect(call?.attributes.get("http.response.status_code")).toBe(200)
        const http = captured.spans.find((span) => span.name === "http.client POST")
        expect(http?.parentName).toBe("Stytch.passwords.strengthCheck")
        expect(http?.attributes.get("http.request.method")).toBe("POST")
        expect(String(http?.attributes.get("url.full"))).toMatch(/\/v1\/passwords\/strength_check$/)
        expect(http?.attributes.get("http.response.status_code")).toBe(200)
        // No header is recorded, so the credential is not even there to redact.
        expect([...(http?.attributes.keys() ?? [])].filter((name) => name.startsWith("http.request.header."))).toEqual([])
      })
    )
  )

  it.effect("records the error type and status of a failed call", () =>
    run(replies["apiError"] ?? { fail: "refused" }, { password }).pipe(
      Effect.map(({ captured }) => {
        const call = captured.spans.find((span) => span.name === "Stytch.passwords.strengthCheck")
        expect(call?.attributes.get("stytch.error_type")).toBe("weak_password")
        expect(call?.attributes.get("http.response.status_code")).toBe(400)
        expect(call?.attributes.get("stytch.request_id")).toBe("request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141")
      })
    )
  )
})
