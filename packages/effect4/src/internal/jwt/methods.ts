/**
 * The two JWT methods a sessions service gains, shared by consumer and B2B: local-only, and
 * local-first with Stytch's `authenticate` as the fallback (as the SDK's `authenticateJwt`).
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Result from "effect/Result"
import * as Tracer from "effect/Tracer"
import type { JwtError, JwtMalformed } from "../../errors/JwtErrors.js"
import type { StytchFailure } from "../../StytchError.js"
import { deepFreeze } from "./memo.js"
import type { Claims } from "./parse.js"
import type { JwtVerifier, VerifyOptions } from "./verifier.js"

/**
 * What the JWT methods take: the JWT and the verification options.
 *
 * @example
 * ```ts
 * import type { JwtRequest } from "./methods.js"
 * const request: JwtRequest = { session_jwt: "eyJhbGciOiJSUzI1NiJ9.e30.c2ln", max_token_age_seconds: 60 }
 * ```
 */
export interface JwtRequest extends VerifyOptions {
  readonly session_jwt: string
}

/**
 * Builds `authenticateJwtLocal` and `authenticateJwt` for one service.
 *
 * @example
 * ```ts
 * import { Effect, Result } from "effect"
 * import { jwtMethods } from "./methods.js"
 * import { makeJwtVerifier } from "./verifier.js"
 *
 * const methods = jwtMethods({
 *   spanPrefix: "sessions",
 *   projectId: "project-test-1",
 *   verifier: makeJwtVerifier({ projectId: "project-test-1", baseUrl: "https://test.stytch.com", fetchKeys: Effect.succeed([]) }),
 *   decode: (claims) => Result.succeed(claims),
 *   remote: (jwt: string) => Effect.succeed({ session: {}, session_jwt: jwt })
 * })
 * ```
 */
export const jwtMethods = <S, E>(options: {
  /** `sessions` or `b2b.sessions`: the spans are `Stytch.<prefix>.authenticateJwt[Local]`. */
  readonly spanPrefix: string
  readonly projectId: string
  readonly verifier: JwtVerifier
  readonly decode: (claims: Claims) => Result.Result<S, JwtMalformed>
  /** Stytch's `authenticate` with the JWT, reduced to the session and the (maybe new) JWT. */
  readonly remote: (jwt: string) => Effect.Effect<{ readonly session: S; readonly session_jwt: string }, E>
}) => {
  const traced = (name: string) => {
    const spanName = `Stytch.${options.spanPrefix}.${name}`
    // No stack trace (it costs more than the check) and nothing from the JWT.
    const spanOptions = { kind: "internal", captureStackTrace: false, attributes: { "stytch.project_id": options.projectId } } as const
    // A span costs more than a remembered JWT's whole check: made only when a tracer records it.
    // `Tracer.nativeTracer` is Effect's own, in place when none was provided: its spans reach no
    // exporter and nothing here reads them back.
    // `make` is told whether there is a span, so that nothing is annotated for nobody.
    return <A, E>(make: (tracing: boolean) => Effect.Effect<A, E>): Effect.Effect<A, E> =>
      Effect.withFiber((fiber) =>
        fiber.getRef(Tracer.Tracer) === Tracer.nativeTracer ? make(false) : Effect.withSpan(make(true), spanName, spanOptions)
      )
  }
  const tracedLocal = traced("authenticateJwtLocal")
  const tracedWithFallback = traced("authenticateJwt")

  // Decoded once per remembered claims object: the verifier hands out the same (frozen)
  // claims for a JWT seen again, so it is not decoded again; the session is frozen too,
  // shared by every caller. Claims not frozen belong to this call alone: decoded, not kept.
  const decoded = new WeakMap<Claims, Result.Result<S, JwtMalformed>>()
  const decode = (claims: Claims): Result.Result<S, JwtMalformed> => {
    if (!Object.isFrozen(claims)) return options.decode(claims)
    let known = decoded.get(claims)
    if (known === undefined) {
      known = Result.map(options.decode(claims), deepFreeze)
      decoded.set(claims, known)
    }
    return known
  }

  const verifyLocally = (request: JwtRequest): Effect.Effect<S, JwtError | StytchFailure> =>
    options.verifier.verify(request.session_jwt, request, decode)

  const local = (request: JwtRequest): Effect.Effect<{ readonly session: S; readonly session_jwt: string }, JwtError | StytchFailure> =>
    tracedLocal(() => Effect.map(verifyLocally(request), (session) => ({ session, session_jwt: request.session_jwt })))

  const verifiedBy = (how: "local" | "remote") => Effect.annotateCurrentSpan("stytch.jwt.verified", how)

  const withFallback = (request: JwtRequest): Effect.Effect<{ readonly session: S; readonly session_jwt: string }, E> =>
    tracedWithFallback((tracing) => {
      const jwt = request.session_jwt
      const remote = tracing ? Effect.andThen(verifiedBy("remote"), options.remote(jwt)) : options.remote(jwt)
      if (request.max_token_age_seconds === 0) return remote
      const verified = verifyLocally(request)
      return (tracing ? Effect.tap(verified, () => verifiedBy("local")) : verified).pipe(
        Effect.map((session) => ({ session, session_jwt: jwt })),
        Effect.catch((error) =>
          Effect.andThen(Effect.logDebug(`Local session JWT verification failed (${error._tag}): asking Stytch`), remote)
        )
      )
    })

  return { local, withFallback }
}
