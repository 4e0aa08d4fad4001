/**
 * The MFA branch of the B2B login answers: `member_authenticated: true` decodes into the
 * authenticated outcome (a session, nothing else), `false` into the pending one (an
 * intermediate session token, what is still required, no session), over the stub
 * transport; `matchAuthResult` and the type-level narrowing on both the outcome and the
 * error channel.
 */
import { describe, expect, expectTypeOf, it } from "@effect/vitest"
import { Effect, pipe, Schema } from "effect"
import {
  type Authenticated,
  B2BPasswords,
  type Endpoint,
  isMemberAuthenticated,
  matchAuthResult,
  type MemberResetPassword,
  type MemberSession,
  type MfaRequired,
  type Pending,
  type PrimaryRequired,
  StytchDecodeError,
  type UnauthorizedCredentials
} from "../../src/index.js"
import { json } from "../support/stubHttp.js"
import {
  authenticatedBody,
  emailId,
  intermediateSessionToken,
  memberSession,
  mfaRequired,
  pendingBody,
  primaryRequired,
  sessionJwt,
  sessionToken
} from "../../packages/effect4/test/cases/b2bSamples.js"
import { answering, type Client, withB2B } from "./support.js"

const email = "ada@example.com"
const { organization_id: _, ...withoutOrganizationId } = authenticatedBody
const { organization_id: __, ...pendingWithoutOrganizationId } = pendingBody
const { primary_required: ___, ...pendingSessionReset } = pendingWithoutOrganizationId

interface Login {
  readonly name: string
  readonly endpoint: Endpoint.Endpoint
  readonly authenticated: Record<string, unknown>
  readonly pending: Record<string, unknown>
  readonly run: (b2b: Client) => Effect.Effect<{ readonly member_authenticated: boolean }, unknown>
}

const logins: ReadonlyArray<Login> = [
  {
    name: "authenticate",
    endpoint: B2BPasswords.endpoints.authenticate,
    authenticated: authenticatedBody,
    pending: pendingBody,
    run: (b2b) => b2b.authenticate({ organization_id: "acme", email_address: email, password: "pw" })
  },
  {
    name: "email.reset",
    endpoint: B2BPasswords.endpoints.email.reset,
    authenticated: { ...authenticatedBody, member_email_id: emailId },
    pending: { ...pendingBody, member_email_id: emailId },
    run: (b2b) => b2b.email.reset({ password_reset_token: "t", password: "pw" })
  },
  {
    name: "existingPassword.reset",
    endpoint: B2BPasswords.endpoints.existingPassword.reset,
    authenticated: withoutOrganizationId,
    pending: pendingWithoutOrganizationId,
    run: (b2b) => b2b.existingPassword.reset({ email_address: email, existing_password: "a", new_password: "b", organization_id: "acme" })
  },
  {
    name: "sessions.reset",
    endpoint: B2BPasswords.endpoints.sessions.reset,
    authenticated: withoutOrganizationId,
    pending: pendingSessionReset,
    run: (b2b) => b2b.sessions.reset({ organization_id: "acme", password: "pw", session_token: sessionToken })
  }
]

const authenticate = (b2b: Client) => b2b.authenticate({ organization_id: "acme", email_address: email, password: "pw" })

describe("the two outcomes of a B2B login", () => {
  for (const login of logins) {
    describe(login.name, () => {
      it.effect("member_authenticated: true decodes into the session outcome, without the pending fields", () =>
        withB2B(answering(json(200, login.authenticated)), login.run).pipe(
          Effect.map((result) => {
            expect(result.member_authenticated).toBe(true)
            expect(result).toMatchObject({ session_token: sessionToken, session_jwt: sessionJwt, member_session: memberSession })
            expect(result).not.toHaveProperty("intermediate_session_token")
            expect(result).not.toHaveProperty("mfa_required")
            expect(result).not.toHaveProperty("primary_required")
          })
        )
      )

      it.effect("member_authenticated: false decodes into the pending outcome, without a session", () =>
        withB2B(answering(json(200, login.pending)), login.run).pipe(
          Effect.map((result) => {
            expect(result.member_authenticated).toBe(false)
            expect(result).toMatchObject({ intermediate_session_token: intermediateSessionToken, mfa_required: mfaRequired })
            expect(result).not.toHaveProperty("session_token")
            expect(result).not.toHaveProperty("session_jwt")
            expect(result).not.toHaveProperty("member_session")
          })
        )
      )

      it("encodes each outcome back to Stytch's one flat object, with its empty strings", () => {
        for (const body of [login.authenticated, login.pending]) {
          const decoded = Schema.decodeUnknownSync(login.endpoint.response)(body)
          expect(Schema.encodeSync(login.endpoint.response)(decoded)).toEqual(body)
        }
      })
    })
  }

  it.effect("the pending outcome keeps primary_required where the endpoint has it, and sessions.reset never has it", () =>
    Effect.gen(function* () {
      const pending = yield* withB2B(answering(json(200, pendingBody)), authenticate)
      expect(pending).toMatchObject({ primary_required: primaryRequired })
      const sessionReset = yield* withB2B(answering(json(200, pendingBody)), (b2b) =>
        b2b.sessions.reset({ organization_id: "acme", password: "pw", session_token: sessionToken })
      )
      expect(sessionReset).not.toHaveProperty("primary_required")
    })
  )

  it.effect("a pending answer with only primary_required (no MFA) decodes", () =>
    withB2B(answering(json(200, { ...pendingBody, mfa_required: undefined })), authenticate).pipe(
      Effect.map((result) => {
        expect(result.member_authenticated).toBe(false)
        expect(result).not.toHaveProperty("mfa_required")
        expect(result).toMatchObject({ primary_required: primaryRequired })
      })
    )
  )

  const broken: ReadonlyArray<readonly [string, unknown, string]> = [
    ["an authenticated answer without member_session", { ...authenticatedBody, member_session: undefined }, "member_session"],
    ["an authenticated answer with an empty session_token", { ...authenticatedBody, session_token: "" }, "session_token"],
    ["an authenticated answer with an empty session_jwt", { ...authenticatedBody, session_jwt: "" }, "session_jwt"],
    ["a pending answer with an empty intermediate_session_token", { ...pendingBody, intermediate_session_token: "" }, "intermediate_session_token"],
    ["an answer without member_authenticated", { ...pendingBody, member_authenticated: undefined }, "member_authenticated"],
    ["an answer whose member_authenticated is not a boolean", { ...pendingBody, member_authenticated: "false" }, "member_authenticated"]
  ]
  for (const [label, body, field] of broken) {
    it.effect(`${label} is a StytchDecodeError naming ${field}`, () =>
      withB2B(answering(json(200, body)), authenticate).pipe(
        Effect.flip,
        Effect.map((error) => {
          expect(error).toBeInstanceOf(StytchDecodeError)
          expect(error).toMatchObject({ field, path: "/v1/b2b/passwords/authenticate" })
          expect(JSON.stringify(error)).not.toContain(sessionToken)
        })
      )
    )
  }

  it("the discriminant narrows the type: a session on one side, an intermediate token on the other", () => {
    type Result = Endpoint.Success<typeof B2BPasswords.endpoints.authenticate>
    const result = Schema.decodeUnknownSync(B2BPasswords.endpoints.authenticate.response)(authenticatedBody)
    expectTypeOf(result).toEqualTypeOf<Result>()
    if (result.member_authenticated) {
      expectTypeOf(result.session_token).toEqualTypeOf<string>()
      expectTypeOf(result.session_jwt).toEqualTypeOf<string>()
      expectTypeOf(result.member_session).toEqualTypeOf<MemberSession>()
      expectTypeOf(result.intermediate_session_token).toEqualTypeOf<undefined>()
      expectTypeOf(result.mfa_required).toEqualTypeOf<undefined>()
      expect(result.member_session.member_id).toBe(memberSession.member_id)
    } else {
      expectTypeOf(result.intermediate_session_token).toEqualTypeOf<string>()
      expectTypeOf(result.mfa_required).toEqualTypeOf<MfaRequired | undefined>()
      expectTypeOf(result.primary_required).toEqualTypeOf<PrimaryRequired | undefined>()
      expectTypeOf(result.session_token).toEqualTypeOf<undefined>()
      expectTypeOf(result.member_session).toEqualTypeOf<undefined>()
      throw new Error("expected the authenticated outcome")
    }
    // sessions.reset: the pending outcome has no primary_required at all
    type SessionReset = Pending<Endpoint.Success<typeof B2BPasswords.endpoints.sessions.reset>>
    expectTypeOf<SessionReset>().not.toHaveProperty("primary_required")
    expectTypeOf<Pending<Result>>().toHaveProperty("primary_required")
  })
})

describe("matchAuthResult and isMemberAuthenticated", () => {
  const authenticated = Schema.decodeUnknownSync(B2BPasswords.endpoints.authenticate.response)(authenticatedBody)
  const pending = Schema.decodeUnknownSync(B2BPasswords.endpoints.authenticate.response)(pendingBody)
  const cases = {
    authenticated: (result: Authenticated<typeof authenticated>) => ({ _tag: "LoggedIn" as const, token: result.session_token }),
    pending: (result: Pending<typeof authenticated>) => ({ _tag: "NeedsMfa" as const, token: result.intermediate_session_token })
  }

  it("calls the handler of the outcome, data-first", () => {
    expect(matchAuthResult(authenticated, cases)).toEqual({ _tag: "LoggedIn", token: sessionToken })
    expect(matchAuthResult(pending, cases)).toEqual({ _tag: "NeedsMfa", token: intermediateSessionToken })
  })

  it("calls the handler of the outcome, data-last in a pipe, inferring the outcomes", () => {
    const label = pipe(
      pending,
      matchAuthResult({
        authenticated: (result) => `session ${result.member_session.member_session_id}`,
        pending: (result) => `mfa via ${result.mfa_required?.secondary_auth_initiated ?? "?"}`
      })
    )
    expectTypeOf(label).toEqualTypeOf<string>()
    expect(label).toBe("mfa via sms_otp")
  })

  it("types each handler's argument as its outcome", () => {
    matchAuthResult(authenticated, {
      authenticated: (result) => {
        expectTypeOf(result.session_token).toEqualTypeOf<string>()
        expectTypeOf(result.member_authenticated).toEqualTypeOf<true>()
      },
      pending: (result) => {
        expectTypeOf(result.intermediate_session_token).toEqualTypeOf<string>()
        expectTypeOf(result.member_authenticated).toEqualTypeOf<false>()
      }
    })
  })

  it.effect("works on what the service returns, for every login endpoint", () =>
    Effect.forEach(logins, (login) =>
      Effect.gen(function* () {
        const loggedIn = yield* withB2B(answering(json(200, login.authenticated)), login.run)
        const needsMfa = yield* withB2B(answering(json(200, login.pending)), login.run)
        const outcome = matchAuthResult({ authenticated: () => "authenticated", pending: () => "pending" })
        expect([outcome(loggedIn), outcome(needsMfa)]).toEqual(["authenticated", "pending"])
      })
    )
  )

  it("isMemberAuthenticated narrows and tells the outcomes apart", () => {
    expect(isMemberAuthenticated(authenticated)).toBe(true)
    expect(isMemberAuthenticated(pending)).toBe(false)
    if (isMemberAuthenticated(authenticated)) expectTypeOf(authenticated.member_session).toEqualTypeOf<MemberSession>()
  })
})

describe("catchTag narrows the error channel of a B2B call", () => {
  it.effect("a caught MemberResetPassword leaves the other errors, and only them", () => {
    const program = Effect.flatMap(B2BPasswords, authenticate).pipe(
      Effect.catchTag("MemberResetPassword", (error) => Effect.succeed(`reset: ${error.error_type}`))
    )
    type Remaining = Effect.Effect.Error<typeof program>
    expectTypeOf<Extract<Remaining, { readonly _tag: "MemberResetPassword" }>>().toBeNever()
    expectTypeOf<Extract<Remaining, { readonly _tag: "UnauthorizedCredentials" }>>().toEqualTypeOf<UnauthorizedCredentials>()
    expectTypeOf<Extract<Effect.Effect.Error<ReturnType<typeof authenticate>>, { readonly _tag: "MemberResetPassword" }>>()
      .toEqualTypeOf<MemberResetPassword>()
    // catchTag only accepts tags the endpoint can fail with
    // @ts-expect-error ResetPassword is the consumer error: B2B authenticate never fails with it
    Effect.flatMap(B2BPasswords, authenticate).pipe(Effect.catchTag("ResetPassword", () => Effect.void))
    // @ts-expect-error strengthCheck does not list MemberResetPassword
    Effect.flatMap(B2BPasswords, (b2b) => b2b.strengthCheck({ password: "pw" })).pipe(Effect.catchTag("MemberResetPassword", () => Effect.void))
    return withB2B(
      answering(json(400, { status_code: 400, request_id: "request-id-test-1", error_type: "member_reset_password", error_message: "", error_url: "" })),
      (b2b) => authenticate(b2b).pipe(Effect.catchTag("MemberResetPassword", (error) => Effect.succeed(`reset: ${error.error_type}`)))
    ).pipe(Effect.map((handled) => expect(handled).toBe("reset: member_reset_password")))
  })
})
