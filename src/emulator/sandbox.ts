/**
 * Stytch's test-environment sandbox values: fixed inputs that test projects answer the same
 * way every time, without touching any state. Existing test suites rely on them; the
 * `sandbox_values` setting turns them off, and a live project (`project-live-...`) never
 * has them.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import type { User } from "../models/User.js"
import { EmulatorConfig } from "./EmulatorConfig.js"
import { iso, now } from "./runtime.js"
import { sessionJwt, sessionView } from "./sessions/Sessions.js"
import type { StoredSession } from "./state/State.js"
import { EmulatorStore } from "./state/Store.js"

/** The email that `POST /v1/passwords` and `/v1/passwords/authenticate` accept with any password. */
export const sandboxEmail = "sandbox@stytch.com"

/** The session token `POST /v1/sessions/authenticate` answers 200 to. */
export const sandboxSessionToken = "WJtR5BCy38Szd5AfoDpf0iqFKEt4EE5JhjlWUY7l3FtY"

/** The session token `POST /v1/sessions/authenticate` answers 404 `session_not_found` to. */
export const sandboxMissingSessionToken = "59cnLELtq5cFVS6uYK9f-pAWzBkhqZl8AvLhbhOvKNWw"

const sandboxUserId = "user-test-e3795c81-f849-4167-bfda-e4a6e9c280fd"
const sandboxEmailId = "email-test-81bf03a8-86e1-4d95-bd44-bb3495224953"
const sandboxSessionId = "session-test-fe6c042b-6286-479f-8a4f-b046a6c46509"

/** Whether this emulator answers the sandbox values: a test project with the setting on. */
export const sandboxOn: Effect.Effect<boolean, never, EmulatorStore | EmulatorConfig> = Effect.zipWith(
  EmulatorStore,
  EmulatorConfig,
  (store, config) => config.projectId.startsWith("project-test-") && store.read.settings().sandbox_values
)

/** Whether a request names the sandbox user (emails match without regard to case). */
export const isSandboxEmail = (email: string): Effect.Effect<boolean, never, EmulatorStore | EmulatorConfig> =>
  email.toLowerCase() === sandboxEmail ? sandboxOn : Effect.succeed(false)

/** The sandbox user, as the API shows it. */
export const sandboxUser: User = {
  user_id: sandboxUserId,
  emails: [{ email_id: sandboxEmailId, email: sandboxEmail, verified: true }],
  status: "active",
  phone_numbers: [],
  webauthn_registrations: [],
  providers: [],
  totps: [],
  crypto_wallets: [],
  biometric_registrations: [],
  is_locked: false,
  roles: [],
  created_at: "2021-01-01T00:00:00.000Z",
  password: { password_id: "password-test-b8a3d4ff-f2ba-4d8b-a1f0-d3aa7f1d2b2e", requires_reset: false },
  trusted_metadata: {},
  untrusted_metadata: {}
}

/** The sandbox session, live for the hour from `at`. */
const sandboxSession = (at: number): StoredSession => ({
  session_id: sandboxSessionId,
  user_id: sandboxUserId,
  token_hashes: [],
  started_at: iso(at),
  last_accessed_at: iso(at),
  expires_at: iso(at + 60 * 60_000),
  authentication_factors: [
    {
      type: "password",
      delivery_method: "knowledge",
      last_authenticated_at: iso(at),
      created_at: iso(at),
      updated_at: iso(at),
      email_factor: { email_id: sandboxEmailId, email_address: sandboxEmail }
    }
  ],
  custom_claims: {},
  attributes: {},
  roles: ["stytch_user"]
})

/** The sandbox session's wire fields: its fixed token, a JWT for it, and the session. */
const sandboxSessionFields = Effect.gen(function* () {
  const session = sandboxSession(yield* now)
  return { session_token: sandboxSessionToken, session_jwt: yield* sessionJwt(session), session: sessionView(session) }
})

/** A password create or login of the sandbox user: the user, and the sandbox session when one is asked for. */
export const sandboxLogin = (request: { readonly session_duration_minutes?: number | undefined }) =>
  Effect.gen(function* () {
    const session = request.session_duration_minutes === undefined ? undefined : yield* sandboxSessionFields
    return {
      user_id: sandboxUserId,
      email_id: sandboxEmailId,
      user: sandboxUser,
      ...(session === undefined
        ? { session_token: Option.none<string>(), session_jwt: Option.none<string>() }
        : { session_token: Option.some(session.session_token), session_jwt: Option.some(session.session_jwt), session: session.session })
    }
  })

/** The answer of `POST /v1/sessions/authenticate` to the sandbox session token. */
export const sandboxSessionAnswer = Effect.map(sandboxSessionFields, (fields) => ({ ...fields, user: sandboxUser }))
