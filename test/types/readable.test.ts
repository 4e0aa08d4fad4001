/**
 * The public types read with their names: each service method takes its named request and
 * returns an Effect of its named response and error union; the named unions still narrow
 * with `Effect.catchTag`; the error classes keep `_tag`, `errorType`, their fields,
 * `instanceof` and their Schema. The `expectTypeOf` assertions are checked by the compiler
 * (`tsc -p tsconfig.json`, and `hover.test.ts` type-checks this file inside `npm test`).
 */
import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import {
  type Authenticated,
  B2BPasswords,
  type B2BPasswordsAuthenticateError,
  type B2BPasswordsAuthenticateRequest,
  type B2BPasswordsAuthenticateResponse,
  type B2BPasswordsAuthenticateResponseAuthenticated,
  type B2BPasswordsAuthenticateResponsePending,
  type B2BPasswordsDiscoveryAuthenticateError,
  type B2BPasswordsDiscoveryAuthenticateRequest,
  type B2BPasswordsDiscoveryAuthenticateResponse,
  type B2BPasswordsDiscoveryEmailResetError,
  type B2BPasswordsDiscoveryEmailResetRequest,
  type B2BPasswordsDiscoveryEmailResetResponse,
  type B2BPasswordsDiscoveryEmailResetStartError,
  type B2BPasswordsDiscoveryEmailResetStartRequest,
  type B2BPasswordsDiscoveryEmailResetStartResponse,
  type B2BPasswordsEmailRequireResetError,
  type B2BPasswordsEmailRequireResetRequest,
  type B2BPasswordsEmailRequireResetResponse,
  type B2BPasswordsEmailResetError,
  type B2BPasswordsEmailResetRequest,
  type B2BPasswordsEmailResetResponse,
  type B2BPasswordsEmailResetStartError,
  type B2BPasswordsEmailResetStartRequest,
  type B2BPasswordsEmailResetStartResponse,
  type B2BPasswordsExistingPasswordResetError,
  type B2BPasswordsExistingPasswordResetRequest,
  type B2BPasswordsExistingPasswordResetResponse,
  type B2BPasswordsMigrateError,
  type B2BPasswordsMigrateRequest,
  type B2BPasswordsMigrateResponse,
  type B2BPasswordsService,
  type B2BPasswordsSessionResetError,
  type B2BPasswordsSessionResetRequest,
  type B2BPasswordsSessionResetResponse,
  type B2BPasswordsStrengthCheckError,
  type B2BPasswordsStrengthCheckRequest,
  type B2BPasswordsStrengthCheckResponse,
  B2BSessions,
  type B2BSessionsAuthenticateError,
  type B2BSessionsAuthenticateRequest,
  type B2BSessionsAuthenticateResponse,
  type B2BSessionsRevokeError,
  type B2BSessionsRevokeRequest,
  type B2BSessionsRevokeResponse,
  type B2BSessionsService,
  type ClientOf,
  type DuplicateEmail,
  type Endpoint,
  type MemberResetPassword,
  Passwords,
  type PasswordsAuthenticateError,
  type PasswordsAuthenticateRequest,
  type PasswordsAuthenticateResponse,
  type PasswordsCreateError,
  type PasswordsCreateRequest,
  type PasswordsCreateResponse,
  type PasswordsEmailResetError,
  type PasswordsEmailResetRequest,
  type PasswordsEmailResetResponse,
  type PasswordsEmailResetStartError,
  type PasswordsEmailResetStartRequest,
  type PasswordsEmailResetStartResponse,
  type PasswordsExistingPasswordResetError,
  type PasswordsExistingPasswordResetRequest,
  type PasswordsExistingPasswordResetResponse,
  type PasswordsMigrateError,
  type PasswordsMigrateRequest,
  type PasswordsMigrateResponse,
  type PasswordsService,
  type PasswordsSessionResetError,
  type PasswordsSessionResetRequest,
  type PasswordsSessionResetResponse,
  type PasswordsStrengthCheckError,
  type PasswordsStrengthCheckRequest,
  type PasswordsStrengthCheckResponse,
  type Pending,
  type SessionNotFound,
  Sessions,
  type SessionsAuthenticateError,
  type SessionsAuthenticateRequest,
  type SessionsAuthenticateResponse,
  type SessionsRevokeError,
  type SessionsRevokeRequest,
  type SessionsRevokeResponse,
  type SessionsService,
  type StytchFailure,
  WeakPassword
} from "../../src/index.js"

/** The method type a named request, response and error union make. */
type Method<Request, Response, Failure> = (request: Request) => Effect.Effect<Response, Failure>

type PasswordsMethods = Passwords["Type"]
type SessionsMethods = Sessions["Type"]
type B2BMethods = B2BPasswords["Type"]
type B2BSessionsMethods = B2BSessions["Type"]

describe("each service is its named interface, equal to the client derived from its endpoints (plus the local JWT checks)", () => {
  it("the tags hold the named service interfaces", () => {
    expectTypeOf<Passwords["Type"]>().toEqualTypeOf<PasswordsService>()
    expectTypeOf<Sessions["Type"]>().toEqualTypeOf<SessionsService>()
    expectTypeOf<B2BPasswords["Type"]>().toEqualTypeOf<B2BPasswordsService>()
    expectTypeOf<B2BSessions["Type"]>().toEqualTypeOf<B2BSessionsService>()
  })

  it("the named interfaces are the clients derived from the endpoint descriptions", () => {
    expectTypeOf<ClientOf<typeof Passwords.endpoints>>().toEqualTypeOf<PasswordsService>()
    expectTypeOf<ClientOf<typeof Sessions.endpoints>>().toEqualTypeOf<Omit<SessionsService, "authenticateJwt" | "authenticateJwtLocal">>()
    expectTypeOf<ClientOf<typeof B2BPasswords.endpoints>>().toEqualTypeOf<B2BPasswordsService>()
    expectTypeOf<ClientOf<typeof B2BSessions.endpoints>>().toEqualTypeOf<Omit<B2BSessionsService, "authenticateJwt" | "authenticateJwtLocal">>()
  })
})

describe("each method takes its named request and returns its named response and error union", () => {
  it("consumer Passwords", () => {
    expectTypeOf<PasswordsMethods["create"]>().toEqualTypeOf<Method<PasswordsCreateRequest, PasswordsCreateResponse, PasswordsCreateError>>()
    expectTypeOf<PasswordsMethods["create"]>().parameter(0).toEqualTypeOf<PasswordsCreateRequest>()
    expectTypeOf<PasswordsMethods["create"]>().returns.toEqualTypeOf<Effect.Effect<PasswordsCreateResponse, PasswordsCreateError>>()
    expectTypeOf<PasswordsMethods["authenticate"]>().toEqualTypeOf<
      Method<PasswordsAuthenticateRequest, PasswordsAuthenticateResponse, PasswordsAuthenticateError>
    >()
    expectTypeOf<PasswordsMethods["strengthCheck"]>().toEqualTypeOf<
      Method<PasswordsStrengthCheckRequest, PasswordsStrengthCheckResponse, PasswordsStrengthCheckError>
    >()
    expectTypeOf<PasswordsMethods["migrate"]>().toEqualTypeOf<Method<PasswordsMigrateRequest, PasswordsMigrateResponse, PasswordsMigrateError>>()
    expectTypeOf<PasswordsMethods["email"]["resetStart"]>().toEqualTypeOf<
      Method<PasswordsEmailResetStartRequest, PasswordsEmailResetStartResponse, PasswordsEmailResetStartError>
    >()
    expectTypeOf<PasswordsMethods["email"]["reset"]>().toEqualTypeOf<
      Method<PasswordsEmailResetRequest, PasswordsEmailResetResponse, PasswordsEmailResetError>
    >()
    expectTypeOf<PasswordsMethods["existingPassword"]["reset"]>().toEqualTypeOf<
      Method<PasswordsExistingPasswordResetRequest, PasswordsExistingPasswordResetResponse, PasswordsExistingPasswordResetError>
    >()
    expectTypeOf<PasswordsMethods["sessions"]["reset"]>().toEqualTypeOf<
      Method<PasswordsSessionResetRequest, PasswordsSessionResetResponse, PasswordsSessionResetError>
    >()
  })

  it("consumer Sessions", () => {
    expectTypeOf<SessionsMethods["authenticate"]>().toEqualTypeOf<
      Method<SessionsAuthenticateRequest, SessionsAuthenticateResponse, SessionsAuthenticateError>
    >()
    expectTypeOf<SessionsMethods["revoke"]>().toEqualTypeOf<Method<SessionsRevokeRequest, SessionsRevokeResponse, SessionsRevokeError>>()
  })

  it("B2B Passwords", () => {
    expectTypeOf<B2BMethods["authenticate"]>().toEqualTypeOf<
      Method<B2BPasswordsAuthenticateRequest, B2BPasswordsAuthenticateResponse, B2BPasswordsAuthenticateError>
    >()
    expectTypeOf<B2BMethods["strengthCheck"]>().toEqualTypeOf<
      Method<B2BPasswordsStrengthCheckRequest, B2BPasswordsStrengthCheckResponse, B2BPasswordsStrengthCheckError>
    >()
    expectTypeOf<B2BMethods["migrate"]>().toEqualTypeOf<Method<B2BPasswordsMigrateRequest, B2BPasswordsMigrateResponse, B2BPasswordsMigrateError>>()
    expectTypeOf<B2BMethods["email"]["resetStart"]>().toEqualTypeOf<
      Method<B2BPasswordsEmailResetStartRequest, B2BPasswordsEmailResetStartResponse, B2BPasswordsEmailResetStartError>
    >()
    expectTypeOf<B2BMethods["email"]["reset"]>().toEqualTypeOf<
      Method<B2BPasswordsEmailResetRequest, B2BPasswordsEmailResetResponse, B2BPasswordsEmailResetError>
    >()
    expectTypeOf<B2BMethods["email"]["requireReset"]>().toEqualTypeOf<
      Method<B2BPasswordsEmailRequireResetRequest, B2BPasswordsEmailRequireResetResponse, B2BPasswordsEmailRequireResetError>
    >()
    expectTypeOf<B2BMethods["existingPassword"]["reset"]>().toEqualTypeOf<
      Method<B2BPasswordsExistingPasswordResetRequest, B2BPasswordsExistingPasswordResetResponse, B2BPasswordsExistingPasswordResetError>
    >()
    expectTypeOf<B2BMethods["sessions"]["reset"]>().toEqualTypeOf<
      Method<B2BPasswordsSessionResetRequest, B2BPasswordsSessionResetResponse, B2BPasswordsSessionResetError>
    >()
    expectTypeOf<B2BMethods["discovery"]["authenticate"]>().toEqualTypeOf<
      Method<B2BPasswordsDiscoveryAuthenticateRequest, B2BPasswordsDiscoveryAuthenticateResponse, B2BPasswordsDiscoveryAuthenticateError>
    >()
    expectTypeOf<B2BMethods["discovery"]["email"]["resetStart"]>().toEqualTypeOf<
      Method<
        B2BPasswordsDiscoveryEmailResetStartRequest,
        B2BPasswordsDiscoveryEmailResetStartResponse,
        B2BPasswordsDiscoveryEmailResetStartError
      >
    >()
    expectTypeOf<B2BMethods["discovery"]["email"]["reset"]>().toEqualTypeOf<
      Method<B2BPasswordsDiscoveryEmailResetRequest, B2BPasswordsDiscoveryEmailResetResponse, B2BPasswordsDiscoveryEmailResetError>
    >()
  })

  it("B2B Sessions", () => {
    expectTypeOf<B2BSessionsMethods["authenticate"]>().toEqualTypeOf<
      Method<B2BSessionsAuthenticateRequest, B2BSessionsAuthenticateResponse, B2BSessionsAuthenticateError>
    >()
    expectTypeOf<B2BSessionsMethods["revoke"]>().toEqualTypeOf<Method<B2BSessionsRevokeRequest, B2BSessionsRevokeResponse, B2BSessionsRevokeError>>()
  })
})

describe("the named types are what the endpoint descriptions say", () => {
  it("requests, responses and error unions", () => {
    const { create } = Passwords.endpoints
    expectTypeOf<Endpoint.Input<typeof create>>().toEqualTypeOf<PasswordsCreateRequest>()
    expectTypeOf<Endpoint.Success<typeof create>>().toEqualTypeOf<PasswordsCreateResponse>()
    expectTypeOf<Endpoint.Failure<typeof create>>().toEqualTypeOf<PasswordsCreateError>()
    expectTypeOf<Schema.Schema.Type<typeof create.request>>().toEqualTypeOf<PasswordsCreateRequest>()
    expectTypeOf<Endpoint.Failure<typeof B2BPasswords.endpoints.authenticate>>().toEqualTypeOf<B2BPasswordsAuthenticateError>()
    expectTypeOf<Endpoint.Success<typeof Sessions.endpoints.authenticate>>().toEqualTypeOf<SessionsAuthenticateResponse>()
  })

  it("a B2B login answer is the union of its two named outcomes", () => {
    expectTypeOf<B2BPasswordsAuthenticateResponse>().toEqualTypeOf<
      B2BPasswordsAuthenticateResponseAuthenticated | B2BPasswordsAuthenticateResponsePending
    >()
    expectTypeOf<Authenticated<B2BPasswordsAuthenticateResponse>>().toEqualTypeOf<B2BPasswordsAuthenticateResponseAuthenticated>()
    expectTypeOf<Pending<B2BPasswordsAuthenticateResponse>>().toEqualTypeOf<B2BPasswordsAuthenticateResponsePending>()
    expectTypeOf<B2BPasswordsAuthenticateResponseAuthenticated["session_token"]>().toEqualTypeOf<string>()
    expectTypeOf<B2BPasswordsAuthenticateResponsePending["intermediate_session_token"]>().toEqualTypeOf<string>()
  })
})

describe("catchTag narrows the named error unions", () => {
  it("consumer create: a caught DuplicateEmail leaves the rest of PasswordsCreateError", () => {
    const handled = (passwords: PasswordsService) =>
      passwords.create({ email: "ada@example.com", password: "pw" }).pipe(Effect.catchTag("DuplicateEmail", () => Effect.succeed(null)))
    expectTypeOf<Effect.Effect.Error<ReturnType<typeof handled>>>().toEqualTypeOf<Exclude<PasswordsCreateError, DuplicateEmail>>()
    expectTypeOf<Extract<PasswordsCreateError, StytchFailure>>().toEqualTypeOf<StytchFailure>()
  })

  it("B2B authenticate: a caught MemberResetPassword leaves the rest of B2BPasswordsAuthenticateError", () => {
    const handled = (b2b: B2BPasswordsService) =>
      b2b
        .authenticate({ organization_id: "acme", email_address: "ada@example.com", password: "pw" })
        .pipe(Effect.catchTag("MemberResetPassword", () => Effect.succeed(null)))
    expectTypeOf<Effect.Effect.Error<ReturnType<typeof handled>>>().toEqualTypeOf<
      Exclude<B2BPasswordsAuthenticateError, MemberResetPassword>
    >()
  })

  it("sessions authenticate: catchTags on several tags at once", () => {
    const handled = (sessions: SessionsService) =>
      sessions.authenticate({ session_token: "token" }).pipe(
        Effect.catchTags({
          SessionNotFound: () => Effect.succeed(null),
          StytchTimeout: () => Effect.succeed(null)
        })
      )
    expectTypeOf<Effect.Effect.Error<ReturnType<typeof handled>>>().toEqualTypeOf<
      Exclude<SessionsAuthenticateError, SessionNotFound | { readonly _tag: "StytchTimeout" }>
    >()
  })
})

describe("a known error class keeps what it had", () => {
  const props = {
    status_code: 400,
    request_id: "request-id-test-1",
    error_type: "weak_password",
    error_message: "The password is too weak.",
    error_url: "https://stytch.com/docs/api/errors/400",
    http_status: 400
  }

  it("_tag, errorType, the fields, instanceof, yield*", () =>
    Effect.gen(function* () {
      const error = new WeakPassword(props)
      expect(error).toBeInstanceOf(WeakPassword)
      expect(error._tag).toBe("WeakPassword")
      expect(WeakPassword._tag).toBe("WeakPassword")
      expect(WeakPassword.errorType).toBe("weak_password")
      expect(Object.keys(WeakPassword.fields)).toContain("error_message")
      expect(error.message).toBe("weak_password: The password is too weak.")
      expectTypeOf(error._tag).toEqualTypeOf<"WeakPassword">()
      expectTypeOf(WeakPassword.errorType).toEqualTypeOf<"weak_password">()
      const unknownError: unknown = error
      if (unknownError instanceof WeakPassword) expectTypeOf(unknownError).toEqualTypeOf<WeakPassword>()
      const caught = yield* Effect.flip(
        Effect.gen(function* () {
          return yield* new WeakPassword(props)
        })
      )
      expect(caught).toBeInstanceOf(WeakPassword)
    }).pipe(Effect.runSync))

  it("is still the Schema of its instances", () => {
    const decoded = Schema.decodeUnknownSync(WeakPassword)({ _tag: "WeakPassword", ...props })
    expectTypeOf(decoded).toEqualTypeOf<WeakPassword>()
    expect(decoded).toBeInstanceOf(WeakPassword)
    expect(Schema.encodeSync(WeakPassword)(decoded)).toEqual({ _tag: "WeakPassword", ...props })
  })
})
