/**
 * The core through the v4 emulator, with real `Request` and `Response` objects: a success
 * decoded, a Stytch error as its class, Retry-After and retries on real 503s, bodies that are
 * not JSON, a dropped connection, and an attempt timed out by interruption.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Redacted } from "effect"
import {
  DuplicateEmail,
  Passwords,
  StytchApiError,
  StytchTimeout,
  StytchTransportError,
  StytchUnexpectedResponse
} from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"
import type * as StytchConfig from "../../src/StytchConfig.js"
import { capture, withCapture } from "../support/capture.js"

const strong = "correct horse battery staple 42!"

const emulator = (client: Partial<Omit<StytchConfig.Options, "projectId" | "secret" | "baseUrl">> = {}) =>
  Passwords.layer.pipe(Layer.provideMerge(StytchEmulator.layer({ client })))

describe("the core through the emulator", () => {
  it.effect("a success is decoded; a Stytch error becomes its class with every field", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const created = yield* passwords.create({ email: "ada@example.com", password: Redacted.make(strong) })
      expect(created.user_id).toMatch(/^user-test-/)
      expect(created.status_code).toBe(200)
      const error = yield* Effect.flip(passwords.create({ email: "ada@example.com", password: strong }))
      expect(error).toBeInstanceOf(DuplicateEmail)
      expect(error).toMatchObject({ _tag: "DuplicateEmail", error_type: "duplicate_email", http_status: 400, status_code: 400 })
      expect(error.message).toMatch(/^duplicate_email: /)
      if (error instanceof DuplicateEmail) expect(error.request_id).toMatch(/^request-id-test-/)
    }).pipe(Effect.provide(emulator({ retry: false })))
  )

  it.live("a 503 with Retry-After is retried on an endpoint that acts; without retries it reaches the caller with the delay", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const passwords = yield* Passwords
      yield* control.injectFault({ path: "/v1/passwords", kind: "status", status: 503, retry_after: "0", times: 1 })
      const created = yield* passwords.create({ email: "grace@example.com", password: strong })
      expect((yield* control.users).map((user) => user.user_id)).toEqual([created.user_id])
    }).pipe(Effect.provide(emulator({ retry: { jitter: false, baseDelay: "1 millis" } })))
  )

  it.live("a 500 on an endpoint that acts is not retried", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const passwords = yield* Passwords
      yield* control.injectFault({ path: "/v1/passwords", kind: "status", status: 500, error_type: "internal_server_error", times: 1 })
      const error = yield* Effect.flip(passwords.create({ email: "alan@example.com", password: strong }))
      expect(error).toBeInstanceOf(StytchApiError)
      expect(error).toMatchObject({ error_type: "internal_server_error", http_status: 500 })
      expect(yield* control.users).toEqual([])
    }).pipe(Effect.provide(emulator({ retry: { jitter: false, baseDelay: "1 millis" } })))
  )

  it.live("the Retry-After of a 503 reaches the caller when retries are off", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const passwords = yield* Passwords
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "status", status: 503, retry_after: "2", times: 1 })
      const error = yield* Effect.flip(passwords.strengthCheck({ password: strong }))
      expect(error).toMatchObject({ http_status: 503, retry_after_ms: 2000 })
    }).pipe(Effect.provide(emulator({ retry: false })))
  )

  it.live("a malformed or truncated body is a StytchUnexpectedResponse; a dropped connection a StytchTransportError", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const passwords = yield* Passwords
      for (const kind of ["malformed", "truncated"] as const) {
        yield* control.injectFault({ path: "/v1/passwords/strength_check", kind, times: 1 })
        const error = yield* Effect.flip(passwords.strengthCheck({ password: strong }))
        expect(error).toBeInstanceOf(StytchUnexpectedResponse)
      }
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "drop", times: 1 })
      const dropped = yield* Effect.flip(passwords.strengthCheck({ password: strong }))
      expect(dropped).toBeInstanceOf(StytchTransportError)
      expect(dropped).toMatchObject({ path: "/v1/passwords/strength_check" })
    }).pipe(Effect.provide(emulator({ retry: false })))
  )

  it.live("an attempt slower than the timeout is interrupted and fails with StytchTimeout", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const passwords = yield* Passwords
      yield* control.injectFault({ path: "/v1/passwords/strength_check", kind: "latency", latency_ms: 5_000, times: 1 })
      const error = yield* Effect.flip(passwords.strengthCheck({ password: strong }))
      expect(error).toBeInstanceOf(StytchTimeout)
      expect(error).toMatchObject({ path: "/v1/passwords/strength_check", timeout_ms: 50 })
      // The next call is answered at once: nothing of the timed-out attempt is in the way.
      expect((yield* passwords.strengthCheck({ password: strong })).valid_password).toBe(true)
    }).pipe(Effect.provide(emulator({ retry: false, timeout: "50 millis" })))
  )

  it.effect("spans: made under a tracer, with their attributes; without one, the caller's span is left alone", () =>
    Effect.gen(function* () {
      const captured = capture()
      yield* withCapture(Effect.flatMap(Effect.service(Passwords), (passwords) => passwords.strengthCheck({ password: strong })), captured)
      const call = captured.spans.find((span) => span.name === "Stytch.passwords.strengthCheck")
      expect(call?.attributes.get("stytch.path")).toBe("/v1/passwords/strength_check")
      expect(call?.attributes.get("stytch.project_id")).toBe(StytchEmulator.defaultProjectId)
      expect(call?.attributes.get("http.response.status_code")).toBe(200)
      expect(String(call?.attributes.get("stytch.request_id"))).toMatch(/^request-id-test-/)
      expect(captured.spans.find((span) => span.name === "http.client POST")?.parentName).toBe("Stytch.passwords.strengthCheck")
      // Effect's own tracer sends spans nowhere: the call makes none and annotates nothing of the caller's.
      const attributes = yield* Effect.flatMap(Effect.service(Passwords), (passwords) => passwords.strengthCheck({ password: strong })).pipe(
        Effect.andThen(Effect.currentSpan),
        Effect.map((span) => [...span.attributes.keys()]),
        Effect.withSpan("caller")
      )
      expect(attributes).toEqual([])
    }).pipe(Effect.provide(emulator({ retry: false })))
  )
})
