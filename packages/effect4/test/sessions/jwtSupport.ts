/**
 * What the session JWT suites share: the in-process emulator behind a client whose every
 * request is counted, and JWTs forged from the emulator's own (signed with its key, claims
 * changed) or signed with a key of our own.
 */
import { Clock, type Duration, Effect, Layer } from "effect"
import { FetchHttpClient } from "effect/http"
import { TestClock } from "effect/testing"
import * as Jose from "jose"
import { B2BPasswords, B2BSessions, Passwords, Sessions, StytchClient } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"

export const inProcessUrl = "http://emulator.local"

/** Every request the client sent, as `METHOD /path`, in order. */
export interface RequestLog {
  readonly sent: Array<string>
  /** How many requests went to a path starting with `prefix`. */
  readonly count: (prefix: string) => number
  /**
   * Answers the next `times` requests to `prefix` with a Stytch 503 instead of passing them
   * on: the emulator's faults skip its unauthenticated JWKS route.
   */
  readonly failNext: (prefix: string, times: number) => void
}

export const consumerJwks = "GET /v1/sessions/jwks/"
export const b2bJwks = "GET /v1/b2b/sessions/jwks/"
export const consumerAuthenticate = "POST /v1/sessions/authenticate"
export const b2bAuthenticate = "POST /v1/b2b/sessions/authenticate"

/**
 * A fresh emulator (its control API) with consumer and B2B `Passwords` and `Sessions` on a
 * client that never retries and logs each request it sends through real `Request` and
 * `Response` objects.
 */
export const countedEmulator = () => {
  const sent: Array<string> = []
  const failing = new Map<string, number>()
  const log: RequestLog = {
    sent,
    count: (prefix) => sent.filter((line) => line.startsWith(prefix)).length,
    failNext: (prefix, times) => failing.set(prefix, times)
  }
  const unavailable = () =>
    new Response(
      JSON.stringify({ status_code: 503, request_id: "request-id-test-outage", error_type: "service_unavailable", error_message: "Unavailable.", error_url: "https://stytch.com/docs/api/errors/503" }),
      { status: 503, headers: { "content-type": "application/json" } }
    )
  const client = Layer.unwrap(
    Effect.map(StytchEmulator, (control) => {
      const fetch: typeof globalThis.fetch = (input, init) => {
        const request = new Request(input, init)
        const line = `${request.method} ${new URL(request.url).pathname}`
        sent.push(line)
        for (const [prefix, times] of failing) {
          if (times > 0 && line.startsWith(prefix)) {
            failing.set(prefix, times - 1)
            return Promise.resolve(unavailable())
          }
        }
        return control.handler(request)
      }
      return StytchClient.layer({ projectId: control.projectId, secret: control.secret, baseUrl: inProcessUrl, retry: false }).pipe(
        Layer.provide(FetchHttpClient.layer),
        Layer.provide(Layer.succeed(FetchHttpClient.Fetch, fetch)),
        Layer.orDie
      )
    })
  )
  const layer = Layer.mergeAll(Passwords.layer, Sessions.layer, B2BPasswords.layer, B2BSessions.layer).pipe(
    Layer.provideMerge(client),
    Layer.provideMerge(StytchEmulator.layerControl())
  )
  return { log, layer }
}

const encoder = new TextEncoder()
const segment = (value: unknown) => Jose.base64url.encode(encoder.encode(JSON.stringify(value)))

/** The header and claims of a JWT, unverified. */
export const partsOf = (jwt: string) => ({
  header: Jose.decodeProtectedHeader(jwt),
  claims: Jose.decodeJwt(jwt)
})

/** The JWT with its claims changed but its signature kept: a tampered JWT. */
export const tampered = (jwt: string, change: (claims: Jose.JWTPayload) => Jose.JWTPayload) => {
  const [header, , signature] = jwt.split(".")
  return `${header}.${segment(change(Jose.decodeJwt(jwt)))}.${signature}`
}

/** The emulator's newest private signing key, from an export. */
export const emulatorKey = Effect.gen(function* () {
  const control = yield* StytchEmulator
  const state = yield* control.exportState
  const key = state.signing_keys[state.signing_keys.length - 1]
  if (key === undefined) return yield* Effect.die(new Error("the emulator has no signing key"))
  const privateKey = yield* Effect.promise(() => Jose.importJWK({ ...key.private_jwk }, "RS256"))
  return { kid: key.kid, privateKey }
})

/**
 * Signs claims as the emulator would (its key), with a header of our choosing. A claim or
 * header field set to `undefined` is left out; any JSON goes, typed or not.
 */
export const signAsEmulator = (claims: Record<string, unknown>, header: Record<string, unknown> = {}) =>
  Effect.flatMap(emulatorKey, ({ kid, privateKey }) =>
    Effect.promise(() =>
      new Jose.SignJWT(claims as Jose.JWTPayload)
        .setProtectedHeader({ alg: "RS256", kid, typ: "JWT", ...header } as Jose.JWTHeaderParameters)
        .sign(privateKey)
    )
  )

/** An RSA key of our own, under a key id the emulator never published. */
export const ownKey = Effect.promise(() => Jose.generateKeyPair("RS256", { extractable: true }))

/** Signs claims with a key of our own. */
export const signWithOwnKey = (claims: Jose.JWTPayload, kid: string, key: Awaited<ReturnType<typeof Jose.generateKeyPair>>["privateKey"]) =>
  Effect.promise(() => new Jose.SignJWT(claims).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).sign(key))

/**
 * The v4 emulator keeps its own clock (real time, moved only by `advanceClock`) where the v3
 * one read the program's `TestClock`. Our `TestClock` (what the verifier reads) is caught up
 * with the moment a JWT was issued, as the shared frozen clock of the v3 suites had it: set to
 * its `iat` when that is later than our time, left alone otherwise.
 */
export const catchUp = (jwt: string) =>
  Effect.flatMap(Clock.currentTimeMillis, (now) => {
    const issuedAt = Number(partsOf(jwt).claims.iat) * 1000
    return issuedAt > now ? TestClock.setTime(issuedAt) : Effect.void
  })

/** Moves both clocks: ours (`TestClock`) and the emulator's. */
export const elapse = (by: Duration.Input) =>
  Effect.andThen(
    TestClock.adjust(by),
    Effect.flatMap(StytchEmulator, (control) => Effect.orDie(control.advanceClock(by)))
  )
