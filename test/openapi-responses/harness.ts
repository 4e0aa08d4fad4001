/**
 * What the OpenAPI response suites (consumer.test.ts, b2b.test.ts) share: the raw calls to the
 * emulator's in-process fetch-style handler with Basic auth, the checks of a success body
 * (against a validator of one OpenAPI file) and of an error body, a few input helpers, and one
 * emulator shared by the tests of a file, wiped before each test.
 */
import { afterAll, beforeAll, expect } from "@effect/vitest"
import { Context, Effect, Exit, Layer, Redacted, Scope } from "effect"
import { type EmulatorControl, StytchEmulator } from "../../src/emulator/StytchEmulator.js"
import type { Method, Reply, SendOptions } from "../../packages/effect4/test/cases/rawCalls.js"
import { errorShapeProblems, type ResponseValidator } from "../../packages/effect4/test/cases/responseValidator.js"

export { type Body, challengeOf, type Method, md5, newEmail, redirect, type Reply, type SendOptions, strong } from "../../packages/effect4/test/cases/rawCalls.js"

export interface ReplyChecks {
  /** Checks a success: 200, the envelope, and the `200` schema of its path, as written and for undeclared fields. */
  readonly expectSuccess: (method: Method, template: string, reply: Reply) => void
  /** Checks an error body: Stytch's shape, status_code equal to the HTTP status, the error_url of its status and type. */
  readonly expectError: (reply: Reply, status: number, errorType: string) => void
}

export const replyChecks = (validator: ResponseValidator): ReplyChecks => ({
  expectSuccess: (method, template, reply) => {
    const label = `${method} ${template}`
    expect(reply.status, `${label}: ${JSON.stringify(reply.body)}`).toBe(200)
    expect(reply.body.status_code).toBe(200)
    expect(reply.body.request_id).toMatch(/^request-id-test-[0-9a-f-]{36}$/)
    expect(validator.schemaErrors(method, template, reply.body), `${label} against its OpenAPI 200 schema`).toEqual([])
    expect(validator.undeclaredFields(method, template, reply.body), `${label}: fields the OpenAPI does not declare`).toEqual([])
  },
  expectError: (reply, status, errorType) => {
    expect(errorShapeProblems(reply.status, reply.body), JSON.stringify(reply.body)).toEqual([])
    expect([reply.status, reply.body.error_type]).toEqual([status, errorType])
    expect(reply.body.request_id).toMatch(/^request-id-test-[0-9a-f-]{36}$/)
    expect(reply.body.error_url).toBe(`https://stytch.com/docs/api/errors/${status}#${errorType}`)
  }
})

/**
 * The raw calls on the emulator in context: `send` (any method, options as above), `post`, and
 * `ok`, a POST that must succeed, its body checked with `expectSuccess` against the path's
 * `200` schema.
 */
export const makeCalls = (checks: ReplyChecks) =>
  Effect.gen(function* () {
    const emulator = yield* StytchEmulator
    const basic = `Basic ${Buffer.from(`${emulator.projectId}:${Redacted.value(emulator.secret)}`).toString("base64")}`

    const send = (method: Method | "DELETE" | "PATCH", path: string, body?: unknown, options: SendOptions = {}) =>
      Effect.promise(async (): Promise<Reply> => {
        const headers = new Headers({ "content-type": "application/json", ...options.headers })
        const authorization = options.authorization === undefined ? basic : options.authorization
        if (authorization !== null) headers.set("authorization", authorization)
        const text = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body))
        const response = await emulator.handler(
          new Request(`http://emulator.local${path}`, { method, headers, ...(text === undefined ? {} : { body: text }) })
        )
        return { status: response.status, body: await response.json(), headers: response.headers }
      })

    const post = (path: string, body: unknown, options?: SendOptions) => send("POST", path, body, options)

    const ok = (path: string, body: unknown, options?: SendOptions) =>
      Effect.tap(post(path, body, options), (reply) => Effect.sync(() => checks.expectSuccess("POST", path, reply)))

    return { emulator, send, post, ok }
  })

/**
 * One emulator for the tests of a file: built before all of them, closed after. Returns the
 * wrapper of a test against it: the emulator wiped (users, sessions, reset tokens, outbox,
 * settings and clock back to new) and its faults cleared, then `makeApi` built on it and the
 * test run with that.
 */
export const sharedEmulator = <Api>(makeApi: Effect.Effect<Api, never, StytchEmulator>) => {
  let scope: Scope.CloseableScope
  let shared: EmulatorControl

  beforeAll(async () => {
    scope = await Effect.runPromise(Scope.make())
    const context = await Effect.runPromise(Layer.buildWithScope(StytchEmulator.layerControl(), scope))
    shared = Context.get(context, StytchEmulator)
  })

  afterAll(async () => {
    if (scope !== undefined) await Effect.runPromise(Scope.close(scope, Exit.void))
  })

  return <A>(body: (api: Api) => Effect.Effect<A>) =>
    Effect.gen(function* () {
      yield* shared.wipe
      yield* shared.clearFaults
      return yield* Effect.flatMap(makeApi, body)
    }).pipe(Effect.provideService(StytchEmulator, shared))
}
