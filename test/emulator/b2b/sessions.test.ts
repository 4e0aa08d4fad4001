/** B2B Sessions through our client: authenticate and revoke member sessions. */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { B2BSessions } from "../../../src/index.js"
import { b2bEmulator, login, seedCast, verifyB2BJwt } from "./support.js"

const withSessions = B2BSessions.layer.pipe(Layer.provideMerge(b2bEmulator()))

describe("B2B Sessions", () => {
  it.live("authenticate by token or JWT returns the session, its member and organization; a duration extends it", () =>
    Effect.gen(function* () {
      const sessions = yield* B2BSessions
      const { acme, ada } = yield* seedCast
      const first = yield* login(acme.organization_id, "ada@acme.com")
      const byToken = yield* sessions.authenticate({ session_token: first.session_token, session_duration_minutes: 600 })
      expect(byToken.member_session.member_session_id).toBe(first.member_session.member_session_id)
      expect(byToken.member.member_id).toBe(ada.member_id)
      expect(byToken.organization.organization_slug).toBe("acme")
      expect(Date.parse(byToken.member_session.expires_at)).toBeGreaterThan(Date.parse(first.member_session.expires_at))
      const byJwt = yield* sessions.authenticate({ session_jwt: first.session_jwt })
      expect(byJwt.member_session.member_session_id).toBe(first.member_session.member_session_id)
      const claims = yield* verifyB2BJwt(byJwt.session_jwt)
      expect(claims.payload["https://stytch.com/organization"]).toEqual({ organization_id: acme.organization_id, slug: "acme" })
    }).pipe(Effect.provide(withSessions)))

  it.live("revoke by token, by id and every session of a member; a revoked session is not found", () =>
    Effect.gen(function* () {
      const sessions = yield* B2BSessions
      const { acme, ada } = yield* seedCast
      const one = yield* login(acme.organization_id, "ada@acme.com")
      yield* sessions.revoke({ session_token: one.session_token })
      expect((yield* Effect.flip(sessions.authenticate({ session_token: one.session_token })))._tag).toBe("SessionNotFound")
      const two = yield* login(acme.organization_id, "ada@acme.com")
      yield* sessions.revoke({ member_session_id: two.member_session.member_session_id })
      expect((yield* Effect.flip(sessions.authenticate({ session_jwt: two.session_jwt })))._tag).toBe("SessionNotFound")
      const three = yield* login(acme.organization_id, "ada@acme.com")
      const four = yield* login(acme.organization_id, "ada@acme.com")
      yield* sessions.revoke({ member_id: ada.member_id })
      for (const gone of [three, four]) {
        expect((yield* Effect.flip(sessions.authenticate({ session_token: gone.session_token })))._tag).toBe("SessionNotFound")
      }
      expect((yield* Effect.flip(sessions.revoke({ member_id: "member-test-nobody" })))._tag).toBe("MemberNotFound")
      expect((yield* Effect.flip(sessions.authenticate({})))._tag).toBe("NoSessionArguments")
    }).pipe(Effect.provide(withSessions)))
})
