/**
 * The Effect 4 line's port of the root's test/emulator/b2b/support.ts (same names and
 * signatures). Shared helpers for the B2B emulator suites: a fresh in-process emulator with our
 * `B2BPasswords` client on top, seeding through the control API, the two login outcomes
 * narrowed with assertions, member sessions read from an export, and the B2B JWKS.
 */
import { expect } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import * as Jose from "jose"
import { type Authenticated, type AuthOutcome, isMemberAuthenticated, type Pending } from "../../../src/b2b/AuthResult.js"
import { B2BPasswords } from "../../../src/b2b/B2BPasswords.js"
import { type EmulatorOptions, type EmulatorState, type MemberSeed, type OrganizationSeed, StytchEmulator } from "../../../src/emulator/index.js"
import { raw, strong } from "../support.js"

export { callUnchecked, common, expectApiError, expectStytchError, raw, redirect, strong, strong2, strong3, weak } from "../support.js"

/** A fresh emulator with `B2BPasswords`, `StytchClient` and `StytchEmulator`. */
export const b2bEmulator = (options?: EmulatorOptions) => B2BPasswords.layer.pipe(Layer.provideMerge(StytchEmulator.layer(options)))

export const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

/** Seeds an organization through the control API. */
export const seedOrganization = (seed: typeof OrganizationSeed.Type) =>
  StytchEmulator.use((control) => Effect.orDie(control.seedOrganization(seed)))

/** Seeds a member through the control API. */
export const seedMember = (seed: typeof MemberSeed.Type) =>
  StytchEmulator.use((control) => Effect.orDie(control.seedMember(seed)))

/**
 * The usual cast: `acme` (MFA optional, external id `acme-external`) with Ada, whose password
 * is `strong`, and `globex` (MFA required for all) with Grace, same password.
 */
export const seedCast = Effect.gen(function* () {
  const acme = yield* seedOrganization({
    organization_name: "Acme",
    organization_slug: "acme",
    organization_external_id: "acme-external"
  })
  const globex = yield* seedOrganization({ organization_name: "Globex", organization_slug: "globex", mfa_policy: "REQUIRED_FOR_ALL" })
  const ada = yield* seedMember({ organization_id: acme.organization_id, email_address: "ada@acme.com", name: "Ada", password: strong })
  const grace = yield* seedMember({ organization_id: "globex", email_address: "grace@globex.com", password: strong, mfa_phone_number: "+12025550162" })
  return { acme, globex, ada, grace }
})

/** Asserts a login result is the authenticated outcome, and narrows it. */
export const expectAuthenticated = <R extends AuthOutcome>(result: R): Authenticated<R> => {
  expect(result.member_authenticated).toBe(true)
  if (!isMemberAuthenticated(result)) throw new Error("expected an authenticated result")
  return result
}

/** Asserts a login result is the pending outcome, and narrows it. */
export const expectPending = <R extends AuthOutcome>(result: R): Pending<R> => {
  expect(result.member_authenticated).toBe(false)
  if (isMemberAuthenticated(result)) throw new Error("expected a pending result")
  return result as Pending<R>
}

/** Logs a member in (an organization without MFA) and returns the authenticated result. */
export const login = (organization_id: string, email_address: string, password: string = strong, session_duration_minutes?: number) =>
  B2BPasswords.use((b2b) =>
    b2b.authenticate({
      organization_id,
      email_address,
      password,
      ...(session_duration_minutes === undefined ? {} : { session_duration_minutes })
    })
  ).pipe(Effect.map(expectAuthenticated))

/** The token of the newest reset email to an address. */
export const resetTokenFor = (email: string) =>
  StytchEmulator.use((control) => control.latestResetToken(email)).pipe(
    Effect.map((token) => {
      expect(Option.isSome(token)).toBe(true)
      return Option.getOrThrow(token)
    })
  )

/** The state as an export shows it. */
export const exported = StytchEmulator.use((control) => control.exportState)

/** The ids of the member sessions the emulator holds for a member. */
export const memberSessionIds = (memberId: string) =>
  Effect.map(exported, (state) =>
    state.member_sessions.filter((session) => session.member_id === memberId).map((session) => session.member_session_id).sort()
  )

/** Rewrites the state through an export and an import (what the control API cannot change directly). */
export const editState = (edit: (state: EmulatorState) => EmulatorState) =>
  Effect.gen(function* () {
    const control = yield* StytchEmulator
    yield* Effect.orDie(control.importState(edit(yield* control.exportState)))
  })

/** Enrolls a member in MFA, as if they had set up a second factor. */
export const enrollInMfa = (memberId: string) =>
  StytchEmulator.use((control) => Effect.orDie(control.updateMember(memberId, { mfa_enrolled: true })))

/** Turns an organization's MFA policy to `REQUIRED_FOR_ALL`. */
export const requireMfaIn = (organizationId: string) =>
  StytchEmulator.use((control) =>
    Effect.orDie(control.updateOrganization(organizationId, { mfa_policy: "REQUIRED_FOR_ALL" }))
  )

/** The B2B JWKS, fetched without auth from `/v1/b2b/sessions/jwks/<project_id>`. */
export const b2bJwks = Effect.gen(function* () {
  const control = yield* StytchEmulator
  const answer = yield* raw({ method: "GET", path: `/v1/b2b/sessions/jwks/${control.projectId}`, authorization: null })
  expect(answer.status).toBe(200)
  return answer.json as Jose.JSONWebKeySet
})

/** Verifies a B2B session JWT with jose against the B2B JWKS, as an SDK would. */
export const verifyB2BJwt = (jwt: string) =>
  Effect.gen(function* () {
    const control = yield* StytchEmulator
    const jwks = Jose.createLocalJWKSet(yield* b2bJwks)
    return yield* Effect.promise(() =>
      Jose.jwtVerify(jwt, jwks, { issuer: `stytch.com/${control.projectId}`, audience: control.projectId, typ: "JWT" })
    )
  })

/** Milliseconds between two RFC 3339 times. */
export const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000
