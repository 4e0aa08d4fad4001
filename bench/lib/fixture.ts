/**
 * The canned answer of the client benchmark: a realistic, full `POST /v1/passwords/authenticate`
 * success, shaped like Stytch's (and the emulator's) — a user with two emails, a phone
 * number, a name, a password and metadata; a session with its password factor, attributes
 * and custom claims; a session token and an RS256-sized session JWT. Built once, checked
 * against the client's own response schema.
 */
import { createHash } from "node:crypto"
import { Redacted, Schema } from "effect"
import { Passwords } from "effect-stytch"

export const projectId = "project-test-00000000-0000-4000-8000-000000000000"
export const secret = "secret-test-benchmark-00000000000000000000"

const userId = "user-test-0b6ede88-2ee5-4b37-b73a-7111ce6be27a"
const emailId = "email-test-4f15824e-4a2d-4989-9b11-50f5f3d4c985"
const sessionId = "session-test-6c6b986c-66db-41e5-98b9-c48dcb1c7785"
const at = "2025-05-01T12:00:00.000Z"
const expires = "2025-05-01T13:00:00.000Z"

const base64url = (value: string | Buffer): string => Buffer.from(value).toString("base64url")

/** 256 deterministic bytes: the size of an RS256 signature with a 2048-bit key. */
const signature = (): Buffer => {
  const blocks: Array<Buffer> = []
  for (let index = 0; index < 4; index++) blocks.push(createHash("sha512").update(`signature-${index}`).digest())
  return Buffer.concat(blocks)
}

const factor = {
  type: "password",
  delivery_method: "knowledge",
  last_authenticated_at: at,
  created_at: at,
  updated_at: at,
  email_factor: { email_id: emailId, email_address: "ada@example.com" }
}

const session = {
  session_id: sessionId,
  user_id: userId,
  authentication_factors: [factor],
  roles: ["stytch_user"],
  started_at: at,
  last_accessed_at: at,
  expires_at: expires,
  attributes: { ip_address: "203.0.113.7", user_agent: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15" },
  custom_claims: { plan: "pro", org: "analytical-engines" }
}

const jwt = [
  base64url(JSON.stringify({ alg: "RS256", kid: "jwk-test-32370ada-6063-4f19-8336-9068573fc5c0", typ: "JWT" })),
  base64url(
    JSON.stringify({
      "https://stytch.com/session": {
        id: sessionId,
        started_at: at,
        last_accessed_at: at,
        expires_at: expires,
        attributes: session.attributes,
        authentication_factors: [factor]
      },
      plan: "pro",
      org: "analytical-engines",
      iss: `stytch.com/${projectId}`,
      aud: [projectId],
      sub: userId,
      iat: 1746100800,
      nbf: 1746100800,
      exp: 1746101100,
      jti: "jwt-test-f1e76409-bcf6-4203-b28d-850d44e04374"
    })
  ),
  base64url(signature())
].join(".")

/** The response body, as an object. */
export const authenticateResponse = {
  request_id: "request-id-test-69ca65bc-19cf-4a8b-ae51-1502d3b411de",
  status_code: 200,
  user_id: userId,
  user: {
    user_id: userId,
    emails: [
      { email_id: emailId, email: "ada@example.com", verified: true },
      { email_id: "email-test-8a1d3c55-0f5e-4a0b-9c2d-7e4b1f6a9d30", email: "ada.lovelace@example.org", verified: false }
    ],
    status: "active",
    phone_numbers: [{ phone_id: "phone-number-test-d5a3b680-e8a3-40c0-b815-ab79986666d0", phone_number: "+12025550162", verified: true }],
    webauthn_registrations: [],
    providers: [],
    totps: [],
    crypto_wallets: [],
    biometric_registrations: [],
    is_locked: false,
    roles: ["stytch_user"],
    name: { first_name: "Ada", middle_name: "", last_name: "Lovelace" },
    created_at: "2025-04-01T09:30:00.000Z",
    password: { password_id: "password-test-b1d36a0f-3674-4deb-ba12-6b1288ec2953", requires_reset: false },
    trusted_metadata: { billing_id: "cus_Q1w2E3r4T5y6", tier: 3 },
    untrusted_metadata: { theme: "dark", locale: "en-GB" }
  },
  session_token: "uJmXM8DF0NPKtMKhAxAsEB_gf0Udjw-re-X4oxhEdWo",
  session_jwt: jwt,
  session
}

/** The response body, as the bytes the canned server sends. */
export const authenticateResponseText = JSON.stringify(authenticateResponse)

/** The request every contender sends (the password as a plain string for the SDK and raw fetch). */
export const authenticateRequest = {
  email: "ada@example.com",
  password: "correct horse battery staple",
  session_duration_minutes: 60
}

/** The same request as our client takes it, with the password `Redacted`. */
export const authenticateInput = {
  email: authenticateRequest.email,
  password: Redacted.make(authenticateRequest.password),
  session_duration_minutes: authenticateRequest.session_duration_minutes
}

/** Throws unless the canned body decodes with the client's response schema, session and all. */
export const checkFixture = (): void => {
  const decoded = Schema.decodeUnknownSync(Passwords.endpoints.authenticate.response)(JSON.parse(authenticateResponseText))
  if (decoded.session === undefined || decoded.user.emails.length !== 2 || decoded.session_jwt._tag !== "Some") {
    throw new Error("the canned authenticate response lost its session, emails or JWT when decoded")
  }
}
