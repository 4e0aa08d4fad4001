/**
 * No lost writes, in-process: 100-way races on one user or member, each scenario asserting the
 * end state (see lostWrites.ts). The same scenarios run over loopback against the CLI server
 * with production hashing in lostWrites.slow.test.ts.
 */
import { describe, it } from "@effect/vitest"
import { Effect, Layer, Option } from "effect"
import { B2BOrganizations, B2BSessions, Users } from "../../src/index.js"
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
  inProcessControl.pipe(
    Layer.provideMerge(
      Layer.mergeAll(B2BSessions.layer, Users.layer, B2BOrganizations.layer).pipe(Layer.provideMerge(inProcessStack({ client: { retry: false } })))
    )
  )

describe("no lost writes, in-process, 100-way races", () => {
  const scale = { resets: 100, logins: 99, rounds: 4, tokens: 100, creates: 100, extensions: 99 }
  for (const { name, scenario } of Scenarios.races(scale, "in-process")) {
    it.live(name, () => Effect.provide(Effect.zipRight(Scenarios.setUp, scenario), stack()), 60_000)
  }
})
