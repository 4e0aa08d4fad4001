import { describe, expect, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import {
  DuplicateEmail,
  Endpoint,
  errorTag,
  StytchApiError,
  StytchClient,
  StytchDecodeError,
  StytchUnexpectedResponse,
  WeakPassword
} from "../../src/index.js"
import { allErrorClasses } from "../support/allErrors.js"
import { stubClient } from "../support/client.js"
import { json, type Reply, stubHttp, stytchError } from "../support/stubHttp.js"

const catalogueEndpoint = Endpoint.make({
  name: "test.everything",
  path: "/v1/test/everything",
  request: Schema.Struct({}),
  response: Schema.Struct({
    request_id: Schema.String,
    status_code: Schema.Number,
    user: Schema.Struct({ emails: Schema.Array(Schema.Struct({ email: Schema.String, verified: Schema.Boolean })) })
  }),
  errors: allErrorClasses,
  retrySafe: false
})

const onlyDuplicate = Endpoint.make({ ...catalogueEndpoint, errors: [DuplicateEmail] })

const failWith = <E extends Endpoint.Endpoint>(endpoint: E, reply: Reply) => {
  const stub = stubHttp(() => reply)
  return Effect.flatMap(StytchClient, (stytch) => stytch.call(endpoint, {} as Endpoint.Input<E>)).pipe(
    Effect.flip,
    Effect.provide(stubClient(stub, { retry: false }))
  )
}

describe("errors as data", () => {
  it("covers every password-related error type of the reference with its own class", () => {
    expect(allErrorClasses.length).toBeGreaterThanOrEqual(130)
    const tags = new Set(allErrorClasses.map((c) => c._tag))
    expect(tags.size).toBe(allErrorClasses.length)
    for (const tag of ["DuplicateEmail", "WeakPassword", "ResetPassword", "PkceMismatch", "InvalidMd5Hash", "MemberResetPassword"]) {
      expect(tags).toContain(tag)
    }
  })

  it("names tags in PascalCase of the error type", () => {
    expect(errorTag("duplicate_email")).toBe("DuplicateEmail")
    expect(errorTag("invalid_pbkdf_2_hash")).toBe("InvalidPbkdf2Hash")
    expect(errorTag("argon_2_key_length_mismatch")).toBe("Argon2KeyLengthMismatch")
  })

  it.effect("decodes each known error type into its class, keeping every field", () =>
    Effect.forEach(allErrorClasses, (ErrorClass) => {
      const type = ErrorClass.errorType ?? "(a class without an error type)"
      expect(errorTag(type)).toBe(ErrorClass._tag)
      return failWith(catalogueEndpoint, stytchError(400, type, { error_details: { field: "email" } })).pipe(
        Effect.map((error) => {
          expect(error).toBeInstanceOf(ErrorClass)
          expect(error).toMatchObject({
            _tag: ErrorClass._tag,
            error_type: type,
            status_code: 400,
            http_status: 400,
            request_id: "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141",
            error_message: `Something about ${type}.`,
            error_url: `https://stytch.com/docs/api/errors/400#${type}`,
            error_details: { field: "email" }
          })
          // A log line reads like Stytch's answer: the type, then the sentence.
          expect(error.message).toBe(`${type}: Something about ${type}.`)
        })
      )
    })
  )

  it.effect("decodes an unknown error type into StytchApiError with all fields", () =>
    failWith(catalogueEndpoint, stytchError(418, "brand_new_error", { error_details: { hint: 1 } })).pipe(
      Effect.map((error) => {
        expect(error).toBeInstanceOf(StytchApiError)
        expect(error).toMatchObject({ error_type: "brand_new_error", http_status: 418, error_details: { hint: 1 } })
        expect(error.message).toBe("brand_new_error: Something about brand_new_error.")
        expect(String(error)).toContain("brand_new_error: Something about brand_new_error.")
      })
    )
  )

  it.effect("decodes a known type the endpoint does not list into StytchApiError", () =>
    failWith(onlyDuplicate, stytchError(400, "weak_password")).pipe(
      Effect.map((error) => {
        expect(error._tag).toBe("StytchApiError")
        expect(error).not.toBeInstanceOf(WeakPassword)
        expect(error).toMatchObject({ error_type: "weak_password" })
      })
    )
  )

  it.effect("keeps the HTTP status apart from the body's status_code", () =>
    failWith(onlyDuplicate, json(409, { status_code: 400, request_id: "r", error_type: "duplicate_email", error_message: "m", error_url: "u" })).pipe(
      Effect.map((error) => expect(error).toMatchObject({ _tag: "DuplicateEmail", status_code: 400, http_status: 409 }))
    )
  )

  it.effect("maps OAuth2-style bodies onto the same fields", () =>
    failWith(catalogueEndpoint, json(401, { status_code: 401, request_id: "request-id-test-9", error: "unauthorized_credentials", error_description: "Bad client credentials.", error_uri: "https://stytch.com/docs" })).pipe(
      Effect.map((error) =>
        expect(error).toMatchObject({
          _tag: "UnauthorizedCredentials",
          error_type: "unauthorized_credentials",
          error_message: "Bad client credentials.",
          error_url: "https://stytch.com/docs",
          request_id: "request-id-test-9",
          http_status: 401
        })
      )
    )
  )

  it.effect("fills what a sparse error body lacks from the response", () =>
    failWith(onlyDuplicate, json(400, { error_type: "duplicate_email" })).pipe(
      Effect.map((error) => expect(error).toMatchObject({ _tag: "DuplicateEmail", status_code: 400, request_id: "", error_message: "" }))
    )
  )

  it.effect("turns an HTML 502 page into StytchUnexpectedResponse with the status and an excerpt", () =>
    failWith(catalogueEndpoint, {
      status: 502,
      body: `<html>\n<head><title>502 Bad Gateway</title></head><body>${"x".repeat(1000)}</body></html>`,
      headers: { "content-type": "text/html" }
    }).pipe(
      Effect.map((error) => {
        expect(error).toBeInstanceOf(StytchUnexpectedResponse)
        expect(error).toMatchObject({ http_status: 502, content_type: "text/html", path: "/v1/test/everything" })
        if (error instanceof StytchUnexpectedResponse) {
          expect(error.excerpt).toContain("502 Bad Gateway")
          expect(error.excerpt.length).toBeLessThanOrEqual(200)
        }
      })
    )
  )

  it.effect("turns a truncated JSON error body into StytchUnexpectedResponse, excerpting only its length", () =>
    failWith(catalogueEndpoint, { status: 401, body: `{"status_code":401,"session_token":"mZAYn5aLEqKUlZ_Ad9U_fW` }).pipe(
      Effect.map((error) => {
        expect(error).toMatchObject({ _tag: "StytchUnexpectedResponse", http_status: 401, excerpt: "JSON that does not parse (58 characters)" })
        expect(JSON.stringify(error)).not.toContain("mZAYn5a")
      })
    )
  )

  it.effect("turns a JSON error body without error_type into StytchUnexpectedResponse, excerpting its field names, not its values", () =>
    failWith(catalogueEndpoint, json(500, { message: "upstream failed", request_id: "request-id-test-2", session_jwt: "eyJhbGciOiJSUzI1NiJ9.e30.c2ln" })).pipe(
      Effect.map((error) => {
        expect(error).toMatchObject({
          _tag: "StytchUnexpectedResponse",
          http_status: 500,
          request_id: "request-id-test-2",
          excerpt: "JSON object with fields: message, request_id, session_jwt"
        })
        expect(JSON.stringify(error)).not.toContain("eyJhbGci")
      })
    )
  )

  it.effect("never excerpts a truncated success body, which may hold tokens", () =>
    failWith(catalogueEndpoint, { status: 200, body: `{"session_token":"mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q","us` }).pipe(
      Effect.map((error) => {
        expect(error).toMatchObject({ _tag: "StytchUnexpectedResponse", http_status: 200, excerpt: "" })
        expect(JSON.stringify(error)).not.toContain("mZAYn5a")
      })
    )
  )

  it.effect("reports a success body that fails its schema with the request id and the field path, not the value", () =>
    failWith(catalogueEndpoint, json(200, { request_id: "request-id-test-3", status_code: 200, user: { emails: [{ email: "a@b.c", verified: "yes-secret" }] } })).pipe(
      Effect.map((error) => {
        expect(error).toBeInstanceOf(StytchDecodeError)
        expect(error).toMatchObject({ request_id: "request-id-test-3", field: "user.emails.0.verified", issue: "expected a boolean", http_status: 200 })
        expect(JSON.stringify(error)).not.toContain("yes-secret")
        expect(String(error)).not.toContain("yes-secret")
      })
    )
  )

  it.effect("reports a missing field of a success body", () =>
    failWith(catalogueEndpoint, json(200, { request_id: "request-id-test-4", status_code: 200 })).pipe(
      Effect.map((error) => expect(error).toMatchObject({ _tag: "StytchDecodeError", field: "user", issue: "is missing" }))
    )
  )

  it.effect("lets Effect.catchTag narrow a known error", () =>
    failWith(onlyDuplicate, stytchError(400, "duplicate_email")).pipe(
      Effect.flip,
      Effect.catchTag("DuplicateEmail", (error) => Effect.succeed(`caught ${error.error_type}`)),
      Effect.catchAll((other) => Effect.succeed(`not narrowed: ${other._tag}`)),
      Effect.map((result) => expect(result).toBe("caught duplicate_email"))
    )
  )
})
