/**
 * The rest of a member's lifecycle through our client on the in-process emulator: listing a
 * member's sessions, deleting a member (and what stops working then), and verifying a member
 * session JWT against the B2B JWKS the client fetched.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import * as Jose from "jose"
import { B2BOrganizations, B2BPasswords, B2BSessions, type Jwk, Sessions, StytchClient } from "../../../src/index.js"
import { StytchEmulator } from "../../../src/emulator/index.js"
import { b2bEmulator, expectApiError, login, redirect, resetTokenFor, seedCast, seedMember, strong, strong2 } from "./support.js"

const withLifecycle = Layer.mergeAll(B2BSessions.layer, B2BOrganizations.layer, Sessions.layer).pipe(Layer.provideMerge(b2bEmulator()))

const keySet = (keys: ReadonlyArray<Jwk>): Jose.JSONWebKeySet => ({
  keys: keys.map((key) => ({ ...key, key_ops: [...key.key_ops], x5c: [...key.x5c] }))
})

describe("b2bSessions.get", () => {
  it.live("lists the member's live sessions, oldest first, by organization id, slug or external id; not revoked, expired or others' ones", () =>
    Effect.gen(function* () {
      const sessions = yield* B2BSessions
      const control = yield* StytchEmulator
      const { acme, ada } = yield* seedCast
      yield* seedMember({ organization_id: "acme", email_address: "bob@acme.com", password: strong })
      const first = yield* login("acme", "ada@acme.com") // 60 minutes
      yield* control.advanceClock("1 minute")
      const second = yield* login("acme", "ada@acme.com", strong, 600)
      const revoked = yield* login("acme", "ada@acme.com", strong, 600)
      yield* sessions.revoke({ session_token: revoked.session_token })
      yield* login("acme", "bob@acme.com")
      for (const organization_id of [acme.organization_id, "acme", "acme-external"]) {
        const listed = yield* sessions.get({ organization_id, member_id: ada.member_id })
        expect(listed.member_sessions.map((session) => session.member_session_id)).toEqual([
          first.member_session.member_session_id,
          second.member_session.member_session_id
        ])
        expect(listed.member_sessions[1]).toEqual(second.member_session)
      }
      yield* control.advanceClock("60 minutes")
      const later = yield* sessions.get({ organization_id: "acme", member_id: ada.member_id })
      expect(later.member_sessions.map((session) => session.member_session_id)).toEqual([second.member_session.member_session_id])
    }).pipe(Effect.provide(withLifecycle)))

  it.live("an unknown organization: 404 organization_not_found; a member of another organization or none: 404 member_not_found", () =>
    Effect.gen(function* () {
      const sessions = yield* B2BSessions
      const { ada, grace } = yield* seedCast
      expectApiError(
        yield* Effect.flip(sessions.get({ organization_id: "initech", member_id: ada.member_id })),
        "OrganizationNotFound",
        "organization_not_found",
        404
      )
      expectApiError(yield* Effect.flip(sessions.get({ organization_id: "acme", member_id: grace.member_id })), "MemberNotFound", "member_not_found", 404)
      expectApiError(yield* Effect.flip(sessions.get({ organization_id: "acme", member_id: "member-test-nobody" })), "MemberNotFound", "member_not_found", 404)
    }).pipe(Effect.provide(withLifecycle)))
})

describe("b2bOrganizations.members.delete", () => {
  it.live("the member's sessions stop working, its login and reset link too; it is gone from the organization", () =>
    Effect.gen(function* () {
      const organizations = yield* B2BOrganizations
      const sessions = yield* B2BSessions
      const b2b = yield* B2BPasswords
      const control = yield* StytchEmulator
      const { ada } = yield* seedCast
      const session = yield* login("acme", "ada@acme.com")
      yield* b2b.email.resetStart({ organization_id: "acme", email_address: "ada@acme.com", reset_password_redirect_url: redirect })
      const token = yield* resetTokenFor("ada@acme.com")
      const deleted = yield* organizations.members.delete({ organization_id: "acme", member_id: ada.member_id })
      expect(deleted.member_id).toBe(ada.member_id)
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: session.session_token })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_jwt: session.session_jwt })), "SessionNotFound", "session_not_found", 404)
      expectApiError(
        yield* Effect.flip(b2b.authenticate({ organization_id: "acme", email_address: "ada@acme.com", password: strong })),
        "MemberNotFound",
        "member_not_found",
        404
      )
      const reset = yield* Effect.flip(b2b.email.reset({ password_reset_token: token, password: strong2 }))
      expect(reset._tag).toBe("UnableToAuthPasswordResetToken")
      expectApiError(yield* Effect.flip(sessions.get({ organization_id: "acme", member_id: ada.member_id })), "MemberNotFound", "member_not_found", 404)
      expectApiError(
        yield* Effect.flip(organizations.members.delete({ organization_id: "acme", member_id: ada.member_id })),
        "MemberNotFound",
        "member_not_found",
        404
      )
      expect((yield* control.members).map((member) => member.email_address)).toEqual(["grace@globex.com"])
      expect((yield* control.exportState).member_sessions).toEqual([])
      // The address is free in the organization again.
      const again = yield* seedMember({ organization_id: "acme", email_address: "ada@acme.com", password: strong2 })
      expect(again.member_id).not.toBe(ada.member_id)
      yield* login("acme", "ada@acme.com", strong2)
    }).pipe(Effect.provide(withLifecycle)))

  it.live("only in its own organization: another organization, or an unknown one, does not delete it", () =>
    Effect.gen(function* () {
      const organizations = yield* B2BOrganizations
      const { ada } = yield* seedCast
      expectApiError(
        yield* Effect.flip(organizations.members.delete({ organization_id: "globex", member_id: ada.member_id })),
        "MemberNotFound",
        "member_not_found",
        404
      )
      expectApiError(
        yield* Effect.flip(organizations.members.delete({ organization_id: "initech", member_id: ada.member_id })),
        "OrganizationNotFound",
        "organization_not_found",
        404
      )
      yield* login("acme", "ada@acme.com")
    }).pipe(Effect.provide(withLifecycle)))

  it.live("with a member session to act as: a live one is accepted, a revoked one is 404 session_not_found and deletes nothing", () =>
    Effect.gen(function* () {
      const organizations = yield* B2BOrganizations
      const sessions = yield* B2BSessions
      const { ada } = yield* seedCast
      const bob = yield* seedMember({ organization_id: "acme", email_address: "bob@acme.com", password: strong })
      const admin = yield* login("acme", "bob@acme.com")
      const stale = yield* login("acme", "bob@acme.com")
      yield* sessions.revoke({ session_token: stale.session_token })
      expectApiError(
        yield* Effect.flip(
          organizations.members.delete({ organization_id: "acme", member_id: ada.member_id, authorization: { session_token: stale.session_token } })
        ),
        "SessionNotFound",
        "session_not_found",
        404
      )
      yield* login("acme", "ada@acme.com")
      yield* organizations.members.delete({ organization_id: "acme", member_id: ada.member_id, authorization: { session_jwt: admin.session_jwt } })
      expect((yield* sessions.get({ organization_id: "acme", member_id: bob.member_id })).member_sessions).toHaveLength(1)
    }).pipe(Effect.provide(withLifecycle)))
})

describe("b2bSessions.getJWKS", () => {
  it.live("the keys the client fetched verify a member session JWT with jose; they are the consumer JWKS's keys", () =>
    Effect.gen(function* () {
      const b2bSessions = yield* B2BSessions
      const consumer = yield* Sessions
      const { projectId } = yield* StytchClient
      const { ada } = yield* seedCast
      const session = yield* login("acme", "ada@acme.com")
      const jwks = yield* b2bSessions.getJWKS({ project_id: projectId })
      const verified = yield* Effect.promise(() =>
        Jose.jwtVerify(session.session_jwt, Jose.createLocalJWKSet(keySet(jwks.keys)), { issuer: `stytch.com/${projectId}`, audience: projectId, typ: "JWT" })
      )
      expect(verified.payload.sub).toBe(ada.member_id)
      expect((yield* consumer.getJWKS({ project_id: projectId })).keys).toEqual(jwks.keys)
      const other = yield* Effect.flip(b2bSessions.getJWKS({ project_id: "project-test-someone-else" }))
      expect(other).toMatchObject({ _tag: "StytchApiError", error_type: "project_not_found", http_status: 404 })
    }).pipe(Effect.provide(withLifecycle)))
})
