/**
 * The B2B Passwords client on the wire, over a recording stub transport: the exact JSON each
 * endpoint sends, the headers requireReset moves out of the body, realistic answers decoded,
 * every known error decoded into its class, and bad requests refused before anything is sent.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Option, Redacted, Schema } from "effect"
import {
  B2BPasswords,
  Endpoint,
  errorTag,
  getErrorType,
  IntermediateSessionTokenInput,
  OrganizationIdInput,
  StytchApiError,
  StytchInvalidRequest
} from "../../src/index.js"
import { b2bKnownErrorTypes, b2bWireCases, invalidB2BRequests } from "../cases/b2bWire.js"
import { capture, withCapture } from "../support/capture.js"
import { stytchError } from "../support/stubHttp.js"
import {
  discoveryBody,
  emailId,
  intermediateSessionToken,
  memberId,
  memberSession,
  organizationId,
  sessionJwt,
  sessionToken,
  successBodies
} from "../cases/b2bSamples.js"
import { answering, type Call, type Client, errorTypeOf, succeeding, tagOf, withB2B } from "./support.js"

const email = "ada@example.com"

interface WireCase {
  readonly label: string
  readonly path: string
  readonly run: (b2b: Client) => Effect.Effect<unknown, unknown>
  readonly body: Readonly<Record<string, unknown>>
}

/** The service method at a dotted place in the client (`email.resetStart`), called with `request`. */
const callAt = (b2b: Client, place: string, request: unknown): Effect.Effect<unknown, unknown> => {
  const method: unknown = place.split(".").reduce<unknown>(
    (node, key) => (typeof node === "object" && node !== null ? Object.entries(node).find(([k]) => k === key)?.[1] : undefined),
    b2b
  )
  if (typeof method !== "function") throw new Error(`no method ${place}`)
  const result: unknown = method(request)
  return Effect.isEffect(result) ? (result as Effect.Effect<unknown, unknown>) : Effect.die(`${place} did not return an Effect`)
}

/** The request with the named fields passed as Redacted values. */
const withRedacted = (request: Readonly<Record<string, unknown>>, fields: ReadonlyArray<string>) =>
  Object.fromEntries(Object.entries(request).map(([key, value]) => [key, fields.includes(key) && typeof value === "string" ? Redacted.make(value) : value]))

/** The path of the endpoint at a dotted place in `B2BPasswords.endpoints`. */
const pathAt = (place: string): string => {
  const endpoint: unknown = place.split(".").reduce<unknown>(
    (node, key) => (typeof node === "object" && node !== null ? Object.entries(node).find(([k]) => k === key)?.[1] : undefined),
    B2BPasswords.endpoints
  )
  if (!Endpoint.isEndpoint(endpoint)) throw new Error(`no endpoint ${place}`)
  return endpoint.path
}

/** The exact-body cases, shared with the root's test/b2b/wire.test.ts (../cases/b2bWire.ts). */
const cases: ReadonlyArray<WireCase> = b2bWireCases.map((c) => ({
  label: c.label,
  path: pathAt(c.endpoint),
  run: (b2b) => callAt(b2b, c.endpoint, withRedacted(c.request, c.redacted)),
  body: c.body
}))

describe("B2B Passwords on the wire", () => {
  it("covers every endpoint with at least one exact-body case", () => {
    const paths = new Set(cases.map((c) => c.path))
    expect([...paths].sort()).toEqual(Object.keys(successBodies).sort())
  })

  for (const { body, label, path, run } of cases) {
    it.effect(`${label}: POSTs exactly this JSON to ${path}`, () => {
      const stub = succeeding()
      return withB2B(stub, run).pipe(
        Effect.map(() => {
          expect(stub.recorded).toHaveLength(1)
          const [request] = stub.recorded
          expect(request?.method).toBe("POST")
          expect(request?.url).toBe(`http://stytch.local${path}`)
          expect(request?.headers["content-type"]).toBe("application/json")
          expect(JSON.parse(request?.body ?? "null")).toStrictEqual(body)
        })
      )
    })
  }

  it.effect("requireReset sends the member session as X-Stytch-Member-Session / -SessionJWT headers only", () => {
    const stub = succeeding()
    return Effect.gen(function* () {
      yield* withB2B(stub, (b2b) =>
        b2b.email.requireReset({ email_address: email, authorization: { session_token: sessionToken, session_jwt: sessionJwt } })
      )
      yield* withB2B(stub, (b2b) => b2b.email.requireReset({ email_address: email, authorization: { session_jwt: sessionJwt } }))
      yield* withB2B(stub, (b2b) => b2b.email.requireReset({ email_address: email, organization_id: "acme" }))
      const [both, jwtOnly, none] = stub.recorded
      expect(both?.headers["x-stytch-member-session"]).toBe(sessionToken)
      expect(both?.headers["x-stytch-member-sessionjwt"]).toBe(sessionJwt)
      expect(both?.body).not.toContain(sessionToken)
      expect(both?.body).not.toContain(sessionJwt)
      expect(both?.body).not.toContain("authorization")
      expect(jwtOnly?.headers).not.toHaveProperty("x-stytch-member-session")
      expect(jwtOnly?.headers["x-stytch-member-sessionjwt"]).toBe(sessionJwt)
      expect(none?.headers).not.toHaveProperty("x-stytch-member-session")
      expect(none?.headers).not.toHaveProperty("x-stytch-member-sessionjwt")
      // the project's Basic auth is still there
      expect(both?.headers["authorization"]).toMatch(/^Basic /)
    })
  })

  it.effect("names each call's span after its place in the tree", () => {
    const captured = capture()
    return withCapture(
      withB2B(succeeding(), (b2b) => b2b.discovery.email.resetStart({ email_address: email })),
      captured
    ).pipe(
      Effect.map(() => {
        expect(captured.spans.map((span) => span.name)).toContain("Stytch.b2b.passwords.discovery.email.resetStart")
      })
    )
  })
})

describe("B2B answers decoded", () => {
  it.effect("authenticate: the member, the organization, the session and the device", () =>
    withB2B(succeeding(), (b2b) => b2b.authenticate({ organization_id: "acme", email_address: email, password: "pw" })).pipe(
      Effect.map((result) => {
        expect(result.member.member_id).toBe(memberId)
        expect(result.member.roles[0]?.sources[0]?.type).toBe("direct_assignment")
        expect(result.member.scim_registration?.scim_attributes?.["user_name"]).toBe(email)
        expect(result.organization.mfa_policy).toBe("REQUIRED_FOR_ALL")
        expect(result.organization.custom_roles[0]?.permissions[0]?.actions).toEqual(["read", "write"])
        expect(result.organization_id).toBe(organizationId)
        expect(result.member_device?.ip_geo_country).toBe("GB")
        if (!result.member_authenticated) throw new Error("expected the authenticated outcome")
        expect(result.member_session).toEqual(memberSession)
        expect(result.session_token).toBe(sessionToken)
      })
    )
  )

  it.effect("strengthCheck: luds_feedback and zxcvbn_feedback, not the consumer's feedback", () =>
    withB2B(succeeding(), (b2b) => b2b.strengthCheck({ password: "pw" })).pipe(
      Effect.map((result) => {
        expect(result.strength_policy).toBe("luds")
        expect(result.luds_feedback?.missing_characters).toBe(2)
        expect(result.zxcvbn_feedback).toEqual({ warning: "", suggestions: [] })
        expect(result).not.toHaveProperty("feedback")
      })
    )
  )

  it.effect("migrate: member_created, the member and its organization", () =>
    withB2B(succeeding(), (b2b) => b2b.migrate({ email_address: email, hash: "x", hash_type: "bcrypt", organization_id: "acme" })).pipe(
      Effect.map((result) => {
        expect(result.member_created).toBe(true)
        expect(result.member.email_address_verified).toBe(true)
        expect(result.organization.organization_slug).toBe("acme")
      })
    )
  )

  it.effect("email.resetStart and email.reset: the member email id", () =>
    Effect.gen(function* () {
      const started = yield* withB2B(succeeding(), (b2b) => b2b.email.resetStart({ organization_id: "acme", email_address: email }))
      expect(started.member_email_id).toBe(emailId)
      const reset = yield* withB2B(succeeding(), (b2b) => b2b.email.reset({ password_reset_token: "t", password: "pw" }))
      expect(reset.member_email_id).toBe(emailId)
      expect(reset.member_authenticated).toBe(true)
    })
  )

  it.effect("email.requireReset: member and organization are optional", () =>
    Effect.gen(function* () {
      const full = yield* withB2B(succeeding(), (b2b) => b2b.email.requireReset({ email_address: email }))
      expect(full.member?.member_id).toBe(memberId)
      const bare = yield* withB2B(
        answering({ status: 200, body: JSON.stringify({ request_id: "request-id-test-1", status_code: 200 }) }),
        (b2b) => b2b.email.requireReset({ email_address: email })
      )
      expect(bare).toEqual({ request_id: "request-id-test-1", status_code: 200 })
    })
  )

  it.effect("discovery: the intermediate session token and the organizations found", () =>
    Effect.gen(function* () {
      for (const result of [
        yield* withB2B(succeeding(), (b2b) => b2b.discovery.authenticate({ email_address: email, password: "pw" })),
        yield* withB2B(succeeding(), (b2b) => b2b.discovery.email.reset({ password_reset_token: "t", password: "pw" }))
      ]) {
        expect(result.intermediate_session_token).toBe(intermediateSessionToken)
        expect(result.discovered_organizations.map((o) => o.member_authenticated)).toEqual([false, true])
        expect(result.discovered_organizations[0]?.membership?.member?.member_id).toBe(memberId)
        expect(result.discovered_organizations[0]?.mfa_required?.secondary_auth_initiated).toBe("sms_otp")
      }
      const started = yield* withB2B(succeeding(), (b2b) => b2b.discovery.email.resetStart({ email_address: email }))
      expect(started).toEqual(successBodies["/v1/b2b/passwords/discovery/email/reset/start"])
    })
  )

  it.effect("a discovery answer with an empty intermediate session token is a decode error", () =>
    withB2B(
      answering({
        status: 200,
        body: JSON.stringify({ ...discoveryBody, intermediate_session_token: "" })
      }),
      (b2b) => b2b.discovery.authenticate({ email_address: email, password: "pw" })
    ).pipe(
      Effect.flip,
      Effect.map((error) => expect(error).toMatchObject({ _tag: "StytchDecodeError", field: "intermediate_session_token" }))
    )
  )
})

/** One valid call per endpoint. */
const oneCallEach: ReadonlyArray<Call> = [
  { endpoint: B2BPasswords.endpoints.authenticate, run: (b2b) => b2b.authenticate({ organization_id: "acme", email_address: email, password: "pw" }) },
  { endpoint: B2BPasswords.endpoints.strengthCheck, run: (b2b) => b2b.strengthCheck({ password: "pw" }) },
  {
    endpoint: B2BPasswords.endpoints.migrate,
    run: (b2b) => b2b.migrate({ email_address: email, hash: "x", hash_type: "bcrypt", organization_id: "acme" })
  },
  { endpoint: B2BPasswords.endpoints.email.resetStart, run: (b2b) => b2b.email.resetStart({ organization_id: "acme", email_address: email }) },
  { endpoint: B2BPasswords.endpoints.email.reset, run: (b2b) => b2b.email.reset({ password_reset_token: "t", password: "pw" }) },
  { endpoint: B2BPasswords.endpoints.email.requireReset, run: (b2b) => b2b.email.requireReset({ email_address: email }) },
  {
    endpoint: B2BPasswords.endpoints.existingPassword.reset,
    run: (b2b) => b2b.existingPassword.reset({ email_address: email, existing_password: "a", new_password: "b", organization_id: "acme" })
  },
  { endpoint: B2BPasswords.endpoints.sessions.reset, run: (b2b) => b2b.sessions.reset({ organization_id: "acme", password: "pw", session_token: sessionToken }) },
  { endpoint: B2BPasswords.endpoints.discovery.authenticate, run: (b2b) => b2b.discovery.authenticate({ email_address: email, password: "pw" }) },
  { endpoint: B2BPasswords.endpoints.discovery.email.resetStart, run: (b2b) => b2b.discovery.email.resetStart({ email_address: email }) },
  { endpoint: B2BPasswords.endpoints.discovery.email.reset, run: (b2b) => b2b.discovery.email.reset({ password_reset_token: "t", password: "pw" }) }
]

describe("B2B known errors", () => {
  it("has one valid call per endpoint in this table", () => {
    expect(oneCallEach.map((c) => c.endpoint.name).sort()).toEqual(Object.keys(b2bKnownErrorTypes).sort())
  })

  for (const { endpoint } of oneCallEach) {
    it(`${endpoint.name} knows at least the error types the reference gives it, once each`, () => {
      const types = endpoint.errors.map((ErrorClass) => errorTypeOf(tagOf(ErrorClass)))
      expect(types).toEqual(expect.arrayContaining([...(b2bKnownErrorTypes[endpoint.name] ?? ["<missing>"])]))
      expect(new Set(types).size).toBe(types.length)
    })
  }

  for (const { endpoint, run } of oneCallEach) {
    it.effect(`${endpoint.name} decodes each of its ${endpoint.errors.length} known errors into its class`, () =>
      Effect.forEach(endpoint.errors, (ErrorClass) => {
        const type = errorTypeOf(tagOf(ErrorClass))
        expect(errorTag(type)).toBe(tagOf(ErrorClass))
        const status = type === "too_many_requests" ? 429 : 400
        return withB2B(answering(stytchError(status, type, { error_details: { field: "x" } })), run).pipe(
          Effect.flip,
          Effect.map((error) => {
            expect(error).toBeInstanceOf(ErrorClass)
            expect(error).toMatchObject({
              _tag: tagOf(ErrorClass),
              error_type: type,
              status_code: status,
              http_status: status,
              error_details: { field: "x" }
            })
          })
        )
      })
    )
  }

  it.effect("an error type the endpoint does not list is a StytchApiError that keeps it", () =>
    withB2B(answering(stytchError(400, "member_reset_password")), (b2b) => b2b.strengthCheck({ password: "pw" })).pipe(
      Effect.flip,
      Effect.map((error) => {
        expect(error).toBeInstanceOf(StytchApiError)
        expect(error).toMatchObject({ error_type: "member_reset_password" })
      })
    )
  )

  it.effect("breach on B2B authenticate is MemberResetPassword, not the consumer's ResetPassword", () =>
    withB2B(answering(stytchError(400, "member_reset_password")), (b2b) =>
      b2b.authenticate({ organization_id: "acme", email_address: email, password: "pw" })
    ).pipe(
      Effect.catchTag("MemberResetPassword", (error) => Effect.succeed(`reset required (${error.request_id})`)),
      Effect.map((handled) => expect(handled).toMatch(/^reset required/))
    )
  )
})

/** The refused requests, shared with the other line (../cases/b2bWire.ts), each called by its place. */
const invalid = invalidB2BRequests.map(([label, place, request, field]) => ({ label, field, run: (b2b: Client) => callAt(b2b, place, request) }))

// A hash_type outside the closed set of literals does not type-check.
void ((b2b: Client) =>
  b2b.migrate({
    email_address: email,
    hash: "x",
    // @ts-expect-error hash_type is a closed set of literals
    hash_type: "sha_256",
    organization_id: "acme"
  }))

describe("B2B requests refused before anything is sent", () => {
  for (const { field, label, run } of invalid) {
    it.effect(`${label}: StytchInvalidRequest on ${field}, nothing sent`, () => {
      const stub = succeeding()
      return withB2B(stub, run).pipe(
        Effect.flip,
        Effect.map((error) => {
          expect(error).toBeInstanceOf(StytchInvalidRequest)
          expect(error).toMatchObject({ _tag: "StytchInvalidRequest", field })
          expect(stub.recorded).toHaveLength(0)
        })
      )
    })
  }

  it("the new B2B fields name the Stytch error type the API answers with", () => {
    expect(getErrorType(OrganizationIdInput.ast)).toEqual(Option.some("invalid_organization_id"))
    expect(getErrorType(IntermediateSessionTokenInput.ast)).toEqual(Option.some("intermediate_session_not_found"))
  })

  it("an organization slug or external id is as good as an id", () => {
    for (const organization_id of ["acme", organizationId, "acme-external-1"]) {
      expect(Schema.is(OrganizationIdInput)(organization_id)).toBe(true)
    }
  })

  it.effect("a password never reaches an error, even when the request is refused", () => {
    const stub = succeeding()
    return withB2B(stub, (b2b) =>
      b2b.authenticate({ organization_id: "", email_address: email, password: Redacted.make("hunter2-secret") })
    ).pipe(
      Effect.flip,
      Effect.map((error) => expect(JSON.stringify(error)).not.toContain("hunter2-secret"))
    )
  })

  it("every endpoint's description is well formed", () => {
    for (const { endpoint } of oneCallEach) {
      expect(Endpoint.isEndpoint(endpoint)).toBe(true)
      expect(endpoint.path.startsWith("/v1/b2b/passwords/")).toBe(true)
    }
  })
})
