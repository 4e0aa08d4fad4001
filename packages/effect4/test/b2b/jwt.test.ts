/**
 * B2B member session JWTs verified in-process (`authenticateJwtLocal`) and local-first with
 * Stytch as the fallback (`authenticateJwt`), against the emulator through real HTTP.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { B2BPasswords, B2BSessions, isMemberAuthenticated } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import {
  b2bAuthenticate,
  b2bJwks,
  catchUp,
  consumerJwks,
  countedEmulator,
  elapse,
  ownKey,
  partsOf,
  signAsEmulator,
  signWithOwnKey,
  tampered
} from "../sessions/jwtSupport.js"

const strong = "correct horse battery staple 42"

/** The emulator's clock and ours: real time, frozen until the test moves it. */
const frozenNow = TestClock.setTime(Date.now())

/** Acme with Ada; Ada logged in for an hour, her session carrying custom claims. */
const adaLoggedIn = Effect.gen(function* () {
  const control = yield* StytchEmulator
  const acme = yield* Effect.orDie(control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" }))
  const ada = yield* Effect.orDie(
    control.seedMember({ organization_id: acme.organization_id, email_address: "ada@acme.com", password: strong, roles: ["admin"] })
  )
  const b2bPasswords = yield* B2BPasswords
  const first = yield* b2bPasswords.authenticate({
    organization_id: acme.organization_id,
    email_address: "ada@acme.com",
    password: strong,
    session_duration_minutes: 60
  })
  if (!isMemberAuthenticated(first)) return yield* Effect.die(new Error("expected Ada to be logged in"))
  // Custom claims come with an extension of the session.
  const b2bSessions = yield* B2BSessions
  const extended = yield* b2bSessions.authenticate({
    session_token: first.session_token,
    session_duration_minutes: 60,
    session_custom_claims: { team: "research", level: 3 }
  })
  // The v4 emulator keeps its own clock: ours catches up with the JWT's issue time.
  yield* catchUp(extended.session_jwt)
  return { acme, ada, jwt: extended.session_jwt, session_token: extended.session_token }
})

describe("b2bSessions.authenticateJwtLocal", () => {
  it.effect("decodes the member session and its organization: the fields b2bSessions.authenticate answers", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const b2bSessions = yield* B2BSessions
      const { acme, ada, jwt } = yield* adaLoggedIn
      const local = yield* b2bSessions.authenticateJwtLocal({ session_jwt: jwt })
      expect(local.session_jwt).toBe(jwt)
      expect(local.member_session).toMatchObject({
        member_id: ada.member_id,
        organization_id: acme.organization_id,
        organization_slug: "acme",
        custom_claims: { team: "research", level: 3 }
      })
      expect(log.count(b2bJwks)).toBe(1)
      expect(log.count(consumerJwks)).toBe(0)
      expect(log.count(b2bAuthenticate)).toBe(1) // the extension above, not the check
      // The same member session as Stytch describes it, but for the access time: the v4
      // emulator's clock runs (a TestClock does not freeze it), and authenticate moves that time.
      const remote = yield* b2bSessions.authenticate({ session_jwt: jwt })
      expect({ ...local.member_session, last_accessed_at: remote.member_session.last_accessed_at }).toEqual(remote.member_session)
      expect(Date.parse(remote.member_session.last_accessed_at)).toBeGreaterThanOrEqual(Date.parse(local.member_session.last_accessed_at))
    }).pipe(Effect.provide(layer))
  })

  it.effect("refuses tampered, misaddressed, unknown-key, organization-less, expired and too-old JWTs with typed errors", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const b2bSessions = yield* B2BSessions
      const { jwt } = yield* adaLoggedIn
      const authenticateCalls = log.count(b2bAuthenticate)
      const refusal = (session_jwt: string, max_token_age_seconds?: number) =>
        Effect.flip(
          b2bSessions.authenticateJwtLocal({
            session_jwt,
            ...(max_token_age_seconds === undefined ? {} : { max_token_age_seconds })
          })
        )
      const { claims } = partsOf(jwt)
      const organization = { ...claims["https://stytch.com/organization"] as object }
      expect((yield* refusal(tampered(jwt, (c) => ({ ...c, "https://stytch.com/organization": { ...organization, slug: "evil" } }))))._tag).toBe(
        "JwtBadSignature"
      )
      expect((yield* refusal(yield* signAsEmulator({ ...claims, iss: "stytch.com/other" })))._tag).toBe("JwtWrongIssuer")
      expect((yield* refusal(yield* signAsEmulator({ ...claims, aud: "other" })))._tag).toBe("JwtWrongAudience")
      const noOrganization = yield* refusal(yield* signAsEmulator({ ...claims, "https://stytch.com/organization": undefined }))
      expect(noOrganization._tag).toBe("JwtMalformed")
      expect(noOrganization.message).toContain("https://stytch.com/organization")
      const { privateKey } = yield* ownKey
      expect((yield* refusal(yield* signWithOwnKey(claims, "jwk-test-other", privateKey)))._tag).toBe("JwtUnknownKey")
      expect((yield* refusal(jwt, 0))._tag).toBe("JwtTooOld")
      yield* elapse("5 minutes")
      expect(yield* refusal(jwt)).toMatchObject({ _tag: "JwtExpired", reason: "expired" })
      expect(log.count(b2bAuthenticate)).toBe(authenticateCalls)
    }).pipe(Effect.provide(layer))
  })
})

describe("b2bSessions.authenticateJwt", () => {
  it.effect("local when it can; Stytch for an expired JWT or a maximum age of 0, in the same shape", () => {
    const { layer, log } = countedEmulator()
    return Effect.gen(function* () {
      yield* frozenNow
      const b2bSessions = yield* B2BSessions
      const { ada, jwt } = yield* adaLoggedIn
      const calls = log.count(b2bAuthenticate)
      const local = yield* b2bSessions.authenticateJwt({ session_jwt: jwt })
      expect(log.count(b2bAuthenticate)).toBe(calls)
      const forced = yield* b2bSessions.authenticateJwt({ session_jwt: jwt, max_token_age_seconds: 0 })
      expect(log.count(b2bAuthenticate)).toBe(calls + 1)
      // The same member session, but for the access time (the emulator's clock runs).
      expect({ ...forced.member_session, last_accessed_at: local.member_session.last_accessed_at }).toEqual(local.member_session)
      yield* elapse("6 minutes")
      const remote = yield* b2bSessions.authenticateJwt({ session_jwt: jwt })
      expect(log.count(b2bAuthenticate)).toBe(calls + 2)
      expect(Object.keys(remote).sort()).toEqual(["member_session", "session_jwt"])
      expect(remote.member_session.member_id).toBe(ada.member_id)
      expect(remote.session_jwt).not.toBe(jwt)
      // A tampered JWT: refused locally, then by Stytch.
      const error = yield* Effect.flip(b2bSessions.authenticateJwt({ session_jwt: tampered(jwt, (c) => ({ ...c, sub: "member-test-x" })) }))
      expect(error._tag).not.toMatch(/^Jwt/)
    }).pipe(Effect.provide(layer))
  })
})
