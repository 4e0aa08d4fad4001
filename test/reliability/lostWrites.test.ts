/**
 * No lost writes, in-process: 100-way races on one user or member, each scenario asserting the
 * end state (see lostWrites.ts). The same scenarios run over loopback against the CLI server
 * with production hashing in lostWrites.slow.test.ts.
 */
import { describe, it } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import { B2BSessions } from "../../src/index.js"
import { StytchEmulator } from "../../src/emulator/index.js"
import * as Scenarios from "./lostWrites.js"
import { inProcessStack } from "./support.js"

/** The scenarios' control surface on the emulator's Effect API. */
const inProcessControl = Layer.effect(
  Scenarios.RaceControl,
  Effect.map(StytchEmulator, (emulator): Scenarios.RaceControlService => ({
    wipe: emulator.wipe,
    updateSettings: (patch) => Effect.orDie(Effect.asVoid(emulator.updateSettings(patch))),
    seedOrganization: (slug) => Effect.orDie(Effect.asVoid(emulator.seedOrganization({ organization_name: slug, organization_slug: slug }))),
    seedMember: (email, password) => Effect.orDie(Effect.asVoid(emulator.seedMember({ organization_id: "acme", email_address: email, password }))),
    forceReset: (email) => Effect.orDie(emulator.forceReset(email)),
    requiresReset: (email) =>
      Effect.map(emulator.users, (users) =>
        users.some((user) => user.emails.some((entry) => entry.email === email) && user.password?.requires_reset === true)
      ),
    liveSessionIds: Effect.map(emulator.sessions, (sessions) => sessions.map((session) => session.session_id)),
    latestResetToken: (email) => Effect.map(emulator.latestResetToken(email), Option.getOrThrow)
  }))
)

/** A fresh in-process emulator per test, every service on it, retries off (a retry would hide nothing here, but count twice). */
const stack = () =>
  inProcessControl.pipe(Layer.provideMerge(B2BSessions.layer.pipe(Layer.provideMerge(inProcessStack({ client: { retry: false } })))))

const race = <E>(name: string, scenario: Effect.Effect<void, E, Layer.Layer.Success<ReturnType<typeof stack>>>) =>
  it.live(name, () => Effect.provide(Effect.zipRight(Scenarios.setUp, scenario), stack()), 60_000)

describe("no lost writes, in-process, 100-way races", () => {
  race(
    "consumer existing_password.reset from one old password: one 200, 99 unauthorized_credentials, only the winner's password logs in",
    Scenarios.existingResetsFromOnePassword(100, "existing")
  )
  race(
    "B2B existing_password.reset from one old password: one 200, 99 unauthorized_credentials, only the winner's password logs in",
    Scenarios.memberExistingResetsFromOnePassword(100, "member-existing")
  )
  race(
    "consumer: 99 first logins with a migrated hash racing a reset (existing and email), 5 rounds each: the reset's password logs in, the old does not, no login's session survives",
    Scenarios.migratedLoginsRaceResets(99, 5, "migrated")
  )
  race(
    "B2B: 99 first logins with a migrated hash racing an existing-password reset, 5 rounds: the reset's password logs in, the old does not",
    Scenarios.migratedMemberLoginsRaceReset(99, 5, "member-migrated")
  )
  race(
    "consumer: 100 email resets with 100 tokens: exactly one password logs in afterwards, and its reset's session is the only live one",
    Scenarios.emailResetsRaceEachOther(100, "email-resets")
  )
  race(
    "require_reset racing 99 first logins with a migrated hash (consumer force reset, B2B require_reset), 8 rounds: the flag survives",
    Scenarios.requireResetRacesLogins(99, 8, "require-reset")
  )
  race(
    "50 creates and 50 migrates of one new email: one account, whose password logs in; the rest duplicate_email / password_already_exists",
    Scenarios.createRacesMigrate(100, "create-migrate")
  )
  race("99 session extensions racing a revoke: the session stays revoked", Scenarios.extensionsRaceRevoke(99, "extensions"))
})
