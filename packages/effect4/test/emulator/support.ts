/**
 * Shared helpers for the emulator tests (the Effect 4 line's port of the root's
 * test/emulator/support.ts, same names and signatures): a fresh in-process emulator with our
 * client on top, raw HTTP through the emulator's handler, and a few passwords of known strength.
 */
import { createHash, randomUUID } from "node:crypto"
import { expect } from "@effect/vitest"
import { Effect, Layer, Option, Redacted, Schema } from "effect"
import * as Jose from "jose"
import * as Endpoint from "../../src/Endpoint.js"
import { type EmulatorOptions, StytchEmulator } from "../../src/emulator/index.js"
import { Passwords } from "../../src/passwords/Passwords.js"
import { Sessions } from "../../src/sessions/Sessions.js"
import { StytchClient } from "../../src/StytchClient.js"
import type { Options as StytchClientOptions } from "../../src/StytchConfig.js"
import type { ApiError } from "../../src/StytchError.js"

/** Strong under zxcvbn (score 4), not in any breach list, and quick to score. */
export const strong = "correct horse battery staple 42"
export const strong2 = "tangerine.Vortex.58"
export const strong3 = "marmalade.Gecko.73"
/** Weak under zxcvbn and in the built-in breach list. */
export const common = "password1"
/** Weak under zxcvbn, not a common password. */
export const weak = "hunter2hunter2"

export const redirect = "https://app.example.com/reset"

/** A fresh emulator, with `Passwords`, `Sessions`, `StytchClient` and `StytchEmulator`. */
export const emulator = (
  options?: EmulatorOptions & { readonly client?: Partial<Omit<StytchClientOptions, "projectId" | "secret" | "baseUrl">> }
) => Layer.mergeAll(Passwords.layer, Sessions.layer).pipe(Layer.provideMerge(StytchEmulator.layer(options)))

/** A fresh emulator whose client never retries. */
export const noRetry = () => emulator({ client: { retry: false } })

/** The session token or JWT of a response that must have made a session. */
export const some = <A>(option: Option.Option<A>): A => {
  expect(Option.isSome(option)).toBe(true)
  return Option.getOrThrow(option)
}

/** Creates a user with `strong` (or the given password) and a 60-minute session. */
export const signUp = (email: string, password: string = strong) =>
  Passwords.use((passwords) =>
    passwords.create({ email, password, session_duration_minutes: 60 })
  ).pipe(
    Effect.map((created) => ({
      ...created,
      token: some(created.session_token),
      jwt: some(created.session_jwt)
    }))
  )

/** An endpoint like `endpoint` whose request is not checked by the client: the emulator judges it. */
export const unchecked = <E extends Endpoint.Endpoint>(endpoint: E) =>
  Endpoint.make({
    name: endpoint.name,
    path: endpoint.path,
    request: Schema.Record(Schema.String, Schema.Unknown),
    response: endpoint.response,
    errors: endpoint.errors,
    retrySafe: endpoint.retrySafe
  })

/** Calls an endpoint through our client, skipping the client's own request checks. */
export const callUnchecked = <E extends Endpoint.Endpoint>(endpoint: E, body: Record<string, unknown>) =>
  StytchClient.use((stytch) => stytch.call(unchecked(endpoint), body))

/** What a raw HTTP exchange with the emulator gave. */
export interface RawAnswer {
  readonly status: number
  readonly headers: Headers
  readonly text: string
  readonly json: unknown
}

export interface RawRequest {
  readonly method?: string
  readonly path: string
  /** A string is sent as is; anything else as JSON. */
  readonly body?: unknown
  /** `undefined`: the emulator's own credentials; `null`: no Authorization header. */
  readonly authorization?: string | null
  readonly headers?: Record<string, string>
}

export const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`, "utf8").toString("base64")}`

const parse = (text: string): unknown => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Sends one request straight to the emulator's fetch-style handler. */
export const raw = (request: RawRequest) =>
  Effect.gen(function* () {
    const control = yield* StytchEmulator
    const headers = new Headers(request.headers)
    const authorization =
      request.authorization === undefined
        ? basic(control.projectId, Redacted.value(control.secret))
        : request.authorization
    if (authorization !== null) headers.set("authorization", authorization)
    const method = request.method ?? "POST"
    const init: RequestInit = { method, headers }
    if (request.body !== undefined) {
      init.body = typeof request.body === "string" ? request.body : JSON.stringify(request.body)
      if (!headers.has("content-type")) headers.set("content-type", "application/json")
    }
    return yield* Effect.promise(async (): Promise<RawAnswer> => {
      const response = await control.handler(new Request(`http://emulator.local${request.path}`, init))
      const text = await response.text()
      return { status: response.status, headers: response.headers, text, json: parse(text) }
    })
  })

const StytchErrorShape = Schema.Struct({
  status_code: Schema.Number,
  request_id: Schema.String,
  error_type: Schema.String,
  error_message: Schema.String,
  error_url: Schema.String
})

/** Asserts a raw answer is a Stytch-shaped error with this status and type; returns the body. */
export const expectStytchError = (answer: RawAnswer, status: number, errorType?: string) => {
  expect(answer.status).toBe(status)
  expect(answer.headers.get("content-type") ?? "").toContain("application/json")
  const body = Schema.decodeUnknownSync(StytchErrorShape)(answer.json)
  expect(body.status_code).toBe(answer.status)
  expect(body.request_id).toMatch(/^request-id-test-[0-9a-f-]{36}$/)
  expect(body.error_message.length).toBeGreaterThan(10)
  expect(body.error_url).toMatch(/^https:\/\//)
  if (errorType !== undefined) expect(body.error_type).toBe(errorType)
  return body
}

/** The payload of a JWT, without verifying it. */
export const jwtPayload = (jwt: string) => Jose.decodeJwt(jwt)

/** The session claim of a session JWT. */
export const sessionClaim = (jwt: string): Record<string, unknown> => {
  const claim = jwtPayload(jwt)["https://stytch.com/session"]
  expect(typeof claim).toBe("object")
  return typeof claim === "object" && claim !== null ? { ...claim } : {}
}

/** Hex digest of `prepend + password + append`, as `migrate` takes for md_5 / sha_1 / sha_512. */
export const saltedDigest = (algorithm: "md5" | "sha1" | "sha512", password: string, prepend = "", append = "") =>
  createHash(algorithm).update(`${prepend}${password}${append}`, "utf8").digest("hex")

const isApiError = (error: unknown): error is ApiError =>
  typeof error === "object" && error !== null && "_tag" in error && "error_type" in error && "error_message" in error && "http_status" in error

/** Asserts a failure is the API error `tag` for `errorType` at `status`, as the client decoded it; returns it. */
export const expectApiError = (error: unknown, tag: string, errorType: string, status: number): ApiError => {
  const field = (name: string): unknown =>
    typeof error === "object" && error !== null ? Reflect.get(error, name) : undefined
  expect({
    _tag: field("_tag"),
    error_type: field("error_type"),
    status_code: field("status_code"),
    http_status: field("http_status")
  }).toEqual({ _tag: tag, error_type: errorType, status_code: status, http_status: status })
  expect(String(field("request_id"))).toMatch(/^request-id-test-/)
  expect(String(field("error_message")).length).toBeGreaterThan(10)
  if (!isApiError(error)) throw new Error(`not an API error: ${String(field("_tag"))}`)
  return error
}

/** Adds a user without a password, the way an import file can hold one. */
export const seedPasswordlessUser = (email: string) =>
  Effect.gen(function* () {
    const control = yield* StytchEmulator
    const state = yield* control.exportState
    const user = {
      user_id: `user-test-${randomUUID()}`,
      created_at: "2024-01-01T00:00:00.000Z",
      status: "active",
      emails: [{ email_id: `email-test-${randomUUID()}`, email, verified: true }],
      phone_numbers: [],
      roles: []
    }
    yield* control.importState({ ...state, users: [...state.users, user] }).pipe(Effect.orDie)
    return user
  })
