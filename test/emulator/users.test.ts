/**
 * The rest of a consumer login's lifecycle through our client on the in-process emulator:
 * reading a user, deleting a password or a user (and what stops working then), listing a
 * user's sessions, and verifying a session JWT against the JWKS the client fetched.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import * as Jose from "jose"
import { type Jwk, Passwords, Sessions, StytchClient, Users } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import { emulator, expectApiError, redirect, signUp, some, strong, strong2 } from "./support.js"

const withUsers = Users.layer.pipe(Layer.provideMerge(emulator()))

/** A JWKS as jose takes it (mutable arrays). */
const keySet = (keys: ReadonlyArray<Jwk>): Jose.JSONWebKeySet => ({
  keys: keys.map((key) => ({ ...key, key_ops: [...key.key_ops], x5c: [...key.x5c] }))
})

const wellFormedUnknown = "user-test-00000000-0000-4000-8000-000000000000"

describe("users.get", () => {
  it.live("answers the user as the other calls show it, by id and by external id", () =>
    Effect.gen(function* () {
      const users = yield* Users
      const passwords = yield* Passwords
      const ada = yield* signUp("ada@example.com")
      const got = yield* users.get({ user_id: ada.user_id })
      const { request_id, status_code, ...fields } = got
      expect(status_code).toBe(200)
      expect(request_id).toMatch(/^request-id-test-/)
      expect(fields).toEqual(ada.user)
      expect(got.password?.password_id).toMatch(/^password-test-/)
      const migrated = yield* passwords.migrate({
        email: "grace@example.com",
        hash: "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
        hash_type: "bcrypt",
        external_id: "grace-42"
      })
      expect((yield* users.get({ user_id: "grace-42" })).user_id).toBe(migrated.user_id)
    }).pipe(Effect.provide(withUsers)))

  it.live("an unknown id: 404 user_not_found; something that is not an id: 400 invalid_user_id", () =>
    Effect.gen(function* () {
      const users = yield* Users
      expectApiError(yield* Effect.flip(users.get({ user_id: wellFormedUnknown })), "UserNotFound", "user_not_found", 404)
      expectApiError(yield* Effect.flip(users.get({ user_id: "not-an-id" })), "InvalidUserId", "invalid_user_id", 400)
    }).pipe(Effect.provide(withUsers)))

  it.live("a / in the id is one path segment: it reaches users.get as the value given, and names no user", () =>
    Effect.gen(function* () {
      const users = yield* Users
      const ada = yield* signUp("ada@example.com")
      // `<id>/..` as one segment cannot climb back to `/v1/users/<id>`.
      const error = yield* Effect.flip(users.get({ user_id: `${ada.user_id}/..` }))
      expectApiError(error, "InvalidUserId", "invalid_user_id", 400)
      expectApiError(yield* Effect.flip(users.delete({ user_id: `x/../${ada.user_id}` })), "InvalidUserId", "invalid_user_id", 400)
      expect((yield* users.get({ user_id: ada.user_id })).user_id).toBe(ada.user_id)
    }).pipe(Effect.provide(withUsers)))
})

describe("users.deletePassword", () => {
  it.live("the user stays, without a password: passwords.authenticate answers 400 no_user_password", () =>
    Effect.gen(function* () {
      const users = yield* Users
      const passwords = yield* Passwords
      const ada = yield* signUp("ada@example.com")
      const passwordId = ada.user.password?.password_id ?? ""
      const deleted = yield* users.deletePassword({ password_id: passwordId })
      expect(deleted.user_id).toBe(ada.user_id)
      expect(deleted.user.password).toBeUndefined()
      expect((yield* users.get({ user_id: ada.user_id })).password).toBeUndefined()
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "NoUserPassword", "no_user_password", 400)
      // The sessions the password made are the user's, not the password's: they stay.
      yield* (yield* Sessions).authenticate({ session_token: ada.token })
    }).pipe(Effect.provide(withUsers)))

  it.live("gone once: a second delete is 404 password_not_found; not an id: 400 invalid_password_id", () =>
    Effect.gen(function* () {
      const users = yield* Users
      const ada = yield* signUp("ada@example.com")
      const passwordId = ada.user.password?.password_id ?? ""
      yield* users.deletePassword({ password_id: passwordId })
      expectApiError(yield* Effect.flip(users.deletePassword({ password_id: passwordId })), "PasswordNotFound", "password_not_found", 404)
      expectApiError(yield* Effect.flip(users.deletePassword({ password_id: "nope" })), "InvalidPasswordId", "invalid_password_id", 400)
    }).pipe(Effect.provide(withUsers)))

  it.live("a reset by email gives the user a password again, and the login works", () =>
    Effect.gen(function* () {
      const users = yield* Users
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      yield* users.deletePassword({ password_id: ada.user.password?.password_id ?? "" })
      yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      const reset = yield* passwords.email.reset({ token, password: strong2 })
      expect(reset.user.password?.password_id).toMatch(/^password-test-/)
      yield* passwords.authenticate({ email: "ada@example.com", password: strong2 })
    }).pipe(Effect.provide(withUsers)))
  // Races with logins: test/reliability/lostWrites.ts.
})

describe("users.delete", () => {
  it.live("its sessions stop working (token and JWT), its email logs in no more, its reset link is dead", () =>
    Effect.gen(function* () {
      const users = yield* Users
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com")
      yield* passwords.email.resetStart({ email: "ada@example.com", reset_password_redirect_url: redirect })
      const token = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      const deleted = yield* users.delete({ user_id: ada.user_id })
      expect(deleted.user_id).toBe(ada.user_id)
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_token: ada.token })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(sessions.authenticate({ session_jwt: ada.jwt })), "SessionNotFound", "session_not_found", 404)
      expectApiError(yield* Effect.flip(passwords.authenticate({ email: "ada@example.com", password: strong })), "EmailNotFound", "email_not_found", 404)
      expectApiError(
        yield* Effect.flip(passwords.email.reset({ token, password: strong2 })),
        "UnableToAuthPasswordResetToken",
        "unable_to_auth_password_reset_token",
        401
      )
      expectApiError(yield* Effect.flip(users.get({ user_id: ada.user_id })), "UserNotFound", "user_not_found", 404)
      expectApiError(yield* Effect.flip(sessions.get({ user_id: ada.user_id })), "UserNotFound", "user_not_found", 404)
      expectApiError(yield* Effect.flip(users.delete({ user_id: ada.user_id })), "UserNotFound", "user_not_found", 404)
      expect(yield* control.users).toEqual([])
      expect(yield* control.sessions).toEqual([])
    }).pipe(Effect.provide(withUsers)))

  it.live("the email is free again: a new sign-up is a new user", () =>
    Effect.gen(function* () {
      const users = yield* Users
      const ada = yield* signUp("ada@example.com")
      yield* users.delete({ user_id: ada.user_id })
      const again = yield* signUp("ADA@example.com")
      expect(again.user_id).not.toBe(ada.user_id)
      expect((yield* users.get({ user_id: again.user_id })).emails.map((email) => email.email)).toEqual(["ADA@example.com"])
    }).pipe(Effect.provide(withUsers)))

  it.live("only that user: another user's sessions and login are untouched", () =>
    Effect.gen(function* () {
      const users = yield* Users
      const sessions = yield* Sessions
      const ada = yield* signUp("ada@example.com")
      const grace = yield* signUp("grace@example.com")
      yield* users.delete({ user_id: ada.user_id })
      expect((yield* sessions.authenticate({ session_token: grace.token })).user.user_id).toBe(grace.user_id)
      expect((yield* sessions.get({ user_id: grace.user_id })).sessions).toHaveLength(1)
    }).pipe(Effect.provide(withUsers)))
})

describe("sessions.get", () => {
  it.live("lists the user's live sessions, oldest first, as sessions.authenticate shows them; not the expired or revoked ones", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const ada = yield* signUp("ada@example.com") // 60 minutes
      yield* control.advanceClock("1 minute")
      const long = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 600 })
      yield* control.advanceClock("1 minute")
      const revoked = yield* passwords.authenticate({ email: "ada@example.com", password: strong, session_duration_minutes: 600 })
      yield* sessions.revoke({ session_token: some(revoked.session_token) })
      yield* signUp("grace@example.com")
      const authenticated = yield* sessions.authenticate({ session_token: ada.token })
      const listed = yield* sessions.get({ user_id: ada.user_id })
      expect(listed.sessions.map((session) => session.session_id)).toEqual([ada.session?.session_id, long.session?.session_id])
      expect(listed.sessions[0]).toEqual(authenticated.session)
      yield* control.advanceClock("60 minutes")
      expect((yield* sessions.get({ user_id: ada.user_id })).sessions.map((session) => session.session_id)).toEqual([long.session?.session_id])
    }).pipe(Effect.provide(withUsers)))

  it.live("a user without sessions: an empty list; an unknown user: user_not_found", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const passwords = yield* Passwords
      const created = yield* passwords.create({ email: "ada@example.com", password: strong })
      expect((yield* sessions.get({ user_id: created.user_id })).sessions).toEqual([])
      expectApiError(yield* Effect.flip(sessions.get({ user_id: wellFormedUnknown })), "UserNotFound", "user_not_found", 404)
    }).pipe(Effect.provide(withUsers)))
})

describe("sessions.getJWKS", () => {
  it.live("the keys the client fetched verify a session JWT with jose (issuer, audience, typ)", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const { projectId } = yield* StytchClient
      const ada = yield* signUp("ada@example.com")
      const jwks = yield* sessions.getJWKS({ project_id: projectId })
      expect(jwks.keys.length).toBeGreaterThan(0)
      for (const key of jwks.keys) expect(key).toMatchObject({ kty: "RSA", alg: "RS256", use: "sig", key_ops: ["verify"], e: "AQAB" })
      const verified = yield* Effect.promise(() =>
        Jose.jwtVerify(ada.jwt, Jose.createLocalJWKSet(keySet(jwks.keys)), { issuer: `stytch.com/${projectId}`, audience: projectId, typ: "JWT" })
      )
      expect(verified.payload.sub).toBe(ada.user_id)
      // No private part is published.
      expect(JSON.stringify(jwks)).not.toMatch(/"(d|p|q|dp|dq|qi)":/)
    }).pipe(Effect.provide(withUsers)))

  it.live("a JWT signed by another key does not verify with them", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const { projectId } = yield* StytchClient
      const jwks = yield* sessions.getJWKS({ project_id: projectId })
      const { privateKey } = yield* Effect.promise(() => Jose.generateKeyPair("RS256"))
      const kid = jwks.keys[0]?.kid ?? ""
      const forged = yield* Effect.promise(() =>
        new Jose.SignJWT({}).setProtectedHeader({ alg: "RS256", kid, typ: "JWT" }).setIssuer(`stytch.com/${projectId}`).setAudience(projectId).sign(privateKey)
      )
      const outcome = yield* Effect.promise(() => Jose.jwtVerify(forged, Jose.createLocalJWKSet(keySet(jwks.keys))).then(() => "verified", () => "refused"))
      expect(outcome).toBe("refused")
    }).pipe(Effect.provide(withUsers)))

  it.live("another project's id: 404 project_not_found, a StytchApiError (the endpoint declares no error of its own)", () =>
    Effect.gen(function* () {
      const sessions = yield* Sessions
      const error = yield* Effect.flip(sessions.getJWKS({ project_id: "project-test-someone-else" }))
      expect(error).toMatchObject({ _tag: "StytchApiError", error_type: "project_not_found", http_status: 404 })
    }).pipe(Effect.provide(withUsers)))
})
