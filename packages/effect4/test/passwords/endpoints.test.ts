import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import { Effect, Option, Redacted, Schema } from "effect"
import {
  Endpoint,
  errorTag,
  Passwords,
  Pkce,
  StytchClient,
  type DuplicateEmail,
  type StytchFailure,
  type WeakPassword,
  type BreachedPassword,
  type InvalidEmail,
  type InvalidSessionDurationMinutes,
  type CustomClaimsTooLarge,
  type MetadataInvalidFormat
} from "effect4-stytch"
import { consumerPasswordEndpoints } from "../cases/conformance.js"
import { authenticated, envelope, invalidPasswordsRequests, passwordsCases } from "../cases/passwords.js"
import { fullUser } from "../cases/samples.js"
import { stubClient } from "../support/client.js"
import { json, stubHttp, stytchError } from "../support/stubHttp.js"

const e = Passwords.endpoints
const { isEndpoint } = Endpoint
/** An endpoint of `Passwords.endpoints` by its dotted place in the tree (`email.resetStart`). */
const endpointAt = (place: string): Endpoint.Endpoint => {
  const found = place.split(".").reduce<unknown>((tree, key) => (typeof tree === "object" && tree !== null ? Object.entries(tree).find(([k]) => k === key)?.[1] : undefined), e)
  if (!isEndpoint(found)) throw new Error(`no endpoint ${place}`)
  return found
}

/** The request with the named fields passed as Redacted values. */
const withRedacted = (request: Readonly<Record<string, unknown>>, fields: ReadonlyArray<string>) =>
  Object.fromEntries(Object.entries(request).map(([key, value]) => [key, fields.includes(key) && typeof value === "string" ? Redacted.make(value) : value]))

/** Each endpoint with a request using every field, the JSON that must go out, and a full response (shared with the Effect 4 line). */
const cases = passwordsCases.map((c) => ({ ...c, endpoint: endpointAt(c.endpoint), request: withRedacted(c.request, c.redacted) }))

const call = <E extends Endpoint.Endpoint>(endpoint: E, request: Endpoint.Input<E>) =>
  Effect.flatMap(StytchClient, (stytch) => stytch.call(endpoint, request))

describe("consumer Passwords endpoints", () => {
  it("exposes the eight endpoints at Stytch's paths", () => {
    expect(cases.map((c) => `${c.endpoint.name} ${c.endpoint.path}`)).toEqual(consumerPasswordEndpoints)
    // Only the check is safe to repeat after a 5xx or a timeout.
    expect(cases.filter((c) => c.endpoint.retrySafe).map((c) => c.endpoint.name)).toEqual(["passwords.strengthCheck"])
  })

  for (const c of cases) {
    describe(c.endpoint.name, () => {
      it.effect("sends exactly the request's fields, Redacted passwords as plain strings", () => {
        const stub = stubHttp(() => json(200, c.response))
        return Effect.gen(function* () {
          yield* call(c.endpoint, c.request as Endpoint.Input<typeof c.endpoint>)
          yield* call(c.endpoint, c.minimal as Endpoint.Input<typeof c.endpoint>)
          expect(stub.recorded.map((r) => JSON.parse(r.body))).toEqual([c.wire, c.minimal])
          expect(stub.recorded.every((r) => r.url.endsWith(c.endpoint.path))).toBe(true)
        }).pipe(Effect.provide(stubClient(stub)))
      })

      it.effect("decodes a realistic full response", () => {
        const stub = stubHttp(() => json(200, c.response))
        return call(c.endpoint, c.minimal as Endpoint.Input<typeof c.endpoint>).pipe(
          Effect.provide(stubClient(stub)),
          Effect.map((result) => {
            expect(result).toMatchObject({ request_id: "request-id-test-full", status_code: 200 })
            // Every field decoded, none lost or changed: encoded back, it is the body that came in.
            const response: Schema.Codec<unknown, unknown> = c.endpoint.response
            expect(Schema.encodeUnknownSync(response)(result)).toEqual(c.response)
          })
        )
      })

      it.effect("decodes each of its known errors into its class", () =>
        Effect.forEach(c.endpoint.errors, (ErrorClass) => {
          const type = ErrorClass.errorType ?? "(a class without an error type)"
          expect(errorTag(type)).toBe(ErrorClass._tag)
          const stub = stubHttp(() => stytchError(400, type))
          return call(c.endpoint, c.minimal as Endpoint.Input<typeof c.endpoint>).pipe(
            Effect.flip,
            Effect.provide(stubClient(stub, { retry: false })),
            Effect.map((error) => {
              expect(error).toBeInstanceOf(ErrorClass)
              expect(error).toMatchObject({ error_type: type, http_status: 400 })
            })
          )
        })
      )
    })
  }

  it.effect("decodes empty session_token and session_jwt as Option.none, and real ones as Option.some", () =>
    Effect.gen(function* () {
      const none = stubHttp(() => json(200, { ...authenticated, session_token: "", session_jwt: "", session: undefined }))
      const withoutSession = yield* call(e.authenticate, { email: "a@b.c", password: "pw" }).pipe(Effect.provide(stubClient(none)))
      expect(Option.isNone(withoutSession.session_token)).toBe(true)
      expect(Option.isNone(withoutSession.session_jwt)).toBe(true)
      expect(withoutSession.session).toBeUndefined()
      const some = stubHttp(() => json(200, authenticated))
      const withSession = yield* call(e.authenticate, { email: "a@b.c", password: "pw" }).pipe(Effect.provide(stubClient(some)))
      expect(withSession.session_token).toEqual(Option.some(authenticated.session_token))
    })
  )

  const invalid = invalidPasswordsRequests.map(([what, place, request, field]) => [what, endpointAt(place), request, field] as const)
  for (const [what, endpoint, request, field] of invalid) {
    it.effect(`rejects ${what} before sending anything`, () => {
      const stub = stubHttp(() => json(200, {}))
      return call(endpoint, request as Endpoint.Input<typeof endpoint>).pipe(
        Effect.flip,
        Effect.provide(stubClient(stub)),
        Effect.map((error) => {
          expect(error).toMatchObject({ _tag: "StytchInvalidRequest", field, path: endpoint.path })
          expect(stub.recorded).toHaveLength(0)
        })
      )
    })
  }

  it.effect("accepts PHC-form scrypt and Argon2 hashes without a config", () => {
    const stub = stubHttp(() => json(200, { ...envelope, user_id: "u", email_id: "e", user_created: true, user: fullUser }))
    return Effect.gen(function* () {
      yield* call(e.migrate, { email: "a@b.c", hash: "$scrypt$ln=14,r=8,p=1$c2FsdA$aGFzaA", hash_type: "scrypt" })
      yield* call(e.migrate, { email: "a@b.c", hash: "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA", hash_type: "argon_2id" })
      expect(stub.recorded).toHaveLength(2)
    }).pipe(Effect.provide(stubClient(stub)))
  })

  it("narrows the error channel with catchTag (type level)", () => {
    const create = (passwords: Passwords["Service"]) => passwords.create({ email: "a@b.c", password: "pw" })
    type CreateError = Effect.Error<ReturnType<typeof create>>
    expectTypeOf<CreateError>().toEqualTypeOf<
      | DuplicateEmail
      | WeakPassword
      | BreachedPassword
      | InvalidEmail
      | InvalidSessionDurationMinutes
      | CustomClaimsTooLarge
      | MetadataInvalidFormat
      | StytchFailure
    >()
    const handled = (passwords: Passwords["Service"]) => create(passwords).pipe(Effect.catchTag("DuplicateEmail", () => Effect.succeed(null)))
    type Remaining = Effect.Error<ReturnType<typeof handled>>
    expectTypeOf<Remaining>().toEqualTypeOf<
      WeakPassword | BreachedPassword | InvalidEmail | InvalidSessionDurationMinutes | CustomClaimsTooLarge | MetadataInvalidFormat | StytchFailure
    >()
  })

  it.effect("makes PKCE pairs whose challenge is the S256 of the verifier (RFC 7636 appendix B)", () =>
    Effect.gen(function* () {
      expect(yield* Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).toBe("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")
      const pair = yield* Pkce.make
      expect(pair.code_verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(pair.code_challenge).toBe(yield* Pkce.challengeOf(pair.code_verifier))
      expect((yield* Pkce.make).code_verifier).not.toBe(pair.code_verifier)
    })
  )
})
