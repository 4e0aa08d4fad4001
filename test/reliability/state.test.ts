/**
 * State: export, import and re-export give back the same bytes, also with writes running
 * while the import happens; a bad file is refused, names its field, and changes nothing.
 */
import { describe, expect, it } from "@effect/vitest"
import { Arbitrary, Effect, Either, FastCheck, Fiber, Option } from "effect"
import { Passwords, Sessions } from "../../src/index.js"
import { EmulatorState, StytchEmulator } from "../../src/emulator/index.js"
import { canonical, inProcessStack, ludsPassword, populate, realPause } from "./support.js"

const text = (state: unknown) => JSON.stringify(state)
const exported = Effect.flatMap(StytchEmulator, (control) => control.exportState)

describe("export → import → export", () => {
  it.live("with no writes between: the same state (every record, every field), in the same emulator after a wipe and in a fresh one", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      yield* populate
      const a = text(yield* exported)
      const state = JSON.parse(a) as EmulatorState
      // Every kind of record is there, so a loss anywhere would show.
      for (const key of ["users", "sessions", "reset_tokens", "outbox", "breached_password_hashes", "organizations", "members", "member_sessions", "intermediate_sessions", "b2b_reset_tokens"] as const) {
        expect(state[key].length, key).toBeGreaterThan(0)
      }
      expect(state.clock_offset_ms).toBe(1234)
      yield* control.wipe
      expect(canonical(yield* exported)).not.toBe(canonical(state))
      yield* control.importState(JSON.parse(a))
      const b = text(yield* exported)
      expect(canonical(JSON.parse(b))).toBe(canonical(state))
      // Importing what was exported after an import gives back the very same bytes.
      yield* control.importState(JSON.parse(b))
      expect(text(yield* exported)).toBe(b)
      const fresh = yield* Effect.gen(function* () {
        const other = yield* StytchEmulator
        yield* other.importState(JSON.parse(a))
        return text(yield* other.exportState)
      }).pipe(Effect.provide(inProcessStack()))
      expect(fresh).toBe(b)
    }).pipe(Effect.provide(inProcessStack())))

  // An import keeps the file's key order (`propertyOrder: "original"`), so a state file that is
  // imported and exported again shows no spurious diff.
  it.live("with no writes between: export → import → export is byte-identical JSON", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      yield* populate
      const a = text(yield* exported)
      yield* control.importState(JSON.parse(a))
      expect(text(yield* exported)).toBe(a)
    }).pipe(Effect.provide(inProcessStack())))

  it.live("the imported state works: logins, sessions and reset tokens from the file are honoured", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      const { password } = yield* populate
      const login = yield* passwords.authenticate({ email: "ada@example.com", password, session_duration_minutes: 30 })
      const token = Option.getOrThrow(login.session_token)
      const reset = Option.getOrThrow(yield* control.latestResetToken("ada@example.com"))
      const file = JSON.parse(text(yield* exported))
      yield* control.wipe
      yield* control.importState(file)
      yield* sessions.authenticate({ session_token: token })
      yield* passwords.email.reset({ token: reset, password: ludsPassword("ada-after-import") })
      yield* passwords.authenticate({ email: "ada@example.com", password: ludsPassword("ada-after-import") })
    }).pipe(Effect.provide(inProcessStack())))

  it.live("an import while 60 creates run concurrently: afterwards the state is the file plus exactly the writes that landed after it, each whole", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* populate
      const a = yield* exported
      const aText = text(a)
      let importStarted = false
      let importDone = false
      let finished = 0
      const writes = Array.from({ length: 60 }, (_, i) => ({
        email: `write-${i}@example.com`,
        startedAfterImport: false,
        finishedBeforeImport: false,
        userId: "",
        sessionId: ""
      }))
      const run = Effect.forEach(
        writes,
        (write) =>
          Effect.gen(function* () {
            write.startedAfterImport = importDone
            const created = yield* passwords.create({ email: write.email, password: ludsPassword("w"), session_duration_minutes: 30 })
            write.userId = created.user_id
            write.sessionId = created.session?.session_id ?? ""
            write.finishedBeforeImport = !importStarted
            finished++
          }),
        { concurrency: 6, discard: true }
      )
      const fiber = yield* Effect.fork(run)
      // Import once about a third of the writes have landed.
      for (let i = 0; i < 5_000 && finished < 20; i++) yield* realPause(1)
      importStarted = true
      yield* control.importState(JSON.parse(aText))
      importDone = true
      yield* Fiber.join(fiber)
      const f = yield* exported

      const byUser = new Map(writes.map((write) => [write.userId, write]))
      const bySession = new Map(writes.map((write) => [write.sessionId, write]))
      const presentUsers = new Set(f.users.map((user) => user.user_id))
      const presentSessions = new Set(f.sessions.map((session) => session.session_id))
      for (const write of writes) {
        // Whole or nothing: the user and its session together.
        expect(presentUsers.has(write.userId), write.email).toBe(presentSessions.has(write.sessionId))
        if (write.finishedBeforeImport) expect(presentUsers.has(write.userId), `${write.email} was replaced by the import`).toBe(false)
        if (write.startedAfterImport) expect(presentUsers.has(write.userId), `${write.email} came after the import`).toBe(true)
      }
      expect(writes.some((write) => write.finishedBeforeImport)).toBe(true)
      expect(writes.some((write) => write.startedAfterImport)).toBe(true)
      // No orphans: every session's user exists.
      for (const session of f.sessions) expect(presentUsers.has(session.user_id)).toBe(true)
      // Take the writes away again: exactly the file remains, every record and field.
      const rest = {
        ...f,
        users: f.users.filter((user) => !byUser.has(user.user_id)),
        sessions: f.sessions.filter((session) => !bySession.has(session.session_id))
      }
      expect(canonical(rest)).toBe(canonical(a))
    }).pipe(Effect.provide(inProcessStack())))

  it.live("any state file the import accepts re-exports identically (generated files, unique keys)", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const keys = (yield* control.exportState).signing_keys
      const samples = FastCheck.sample(Arbitrary.make(EmulatorState), { numRuns: 20, seed: 20_301 })
      let accepted = 0
      for (const sample of samples) {
        // A JSON file: what JSON cannot hold (undefined, NaN, -0) is normalised first.
        const file = JSON.parse(JSON.stringify({ ...uniqueKeys(sample), signing_keys: keys }))
        const before = text(yield* control.exportState)
        const result = yield* Effect.either(control.importState(file))
        if (Either.isLeft(result)) {
          expect(text(yield* control.exportState)).toBe(before)
          continue
        }
        accepted++
        expect(canonical(yield* control.exportState)).toBe(canonical(file))
      }
      expect(accepted).toBeGreaterThanOrEqual(12)
    }).pipe(Effect.provide(inProcessStack())))
})

/** Drops the records whose key repeats: the store keys users, sessions and tokens by id. */
const uniqueKeys = (state: EmulatorState): EmulatorState => {
  const unique = <A>(items: ReadonlyArray<A>, key: (item: A) => ReadonlyArray<string>) => {
    const seen = new Set<string>()
    return items.filter((item) => {
      const keys = key(item)
      if (keys.some((k) => seen.has(k))) return false
      for (const k of keys) seen.add(k)
      return true
    })
  }
  const members = unique(state.members, (member) => [
    `id:${member.member_id}`,
    `email:${member.organization_id}\u0000${member.email_address.toLowerCase()}`
  ])
  return {
    ...state,
    users: unique(state.users, (user) => [`id:${user.user_id}`, ...user.emails.map((email) => `email:${email.email.toLowerCase()}`)]).filter(
      // One user with the same address twice is not a state the emulator can make either.
      (user) => new Set(user.emails.map((email) => email.email.toLowerCase())).size === user.emails.length
    ),
    sessions: unique(state.sessions, (session) => [`id:${session.session_id}`, ...session.token_hashes.map((hash) => `token:${hash}`)]).filter(
      // Nor one session holding the same token twice.
      (session) => new Set(session.token_hashes).size === session.token_hashes.length
    ),
    reset_tokens: unique(state.reset_tokens, (token) => [token.token_hash]),
    breached_password_hashes: unique(state.breached_password_hashes, (hash) => [hash]),
    organizations: unique(state.organizations, (organization) => [organization.organization_id]),
    members,
    member_sessions: unique(state.member_sessions, (session) => [
      `id:${session.member_session_id}`,
      ...session.token_hashes.map((hash) => `token:${hash}`)
    ]).filter((session) => new Set(session.token_hashes).size === session.token_hashes.length),
    intermediate_sessions: unique(state.intermediate_sessions, (session) => [session.token_hash]),
    b2b_reset_tokens: unique(state.b2b_reset_tokens, (token) => [token.token_hash])
  }
}

interface BadFile {
  readonly name: string
  readonly file: (good: EmulatorState) => unknown
  /** The field the refusal must name ("" for the whole file). */
  readonly field: string
}

const badFiles: ReadonlyArray<BadFile> = [
  { name: "another version", file: (good) => ({ ...good, version: 2 }), field: "version" },
  { name: "another format", file: (good) => ({ ...good, format: "some-other-tool" }), field: "format" },
  { name: "a string", file: () => "not a state file", field: "" },
  { name: "null", file: () => null, field: "" },
  { name: "an array", file: (good) => [good], field: "" },
  { name: "no users", file: ({ users: _, ...rest }) => rest, field: "users" },
  { name: "a user without emails", file: (good) => ({ ...good, users: good.users.map(({ emails: _, ...user }) => user) }), field: "users.0.emails" },
  {
    name: "a session whose expiry is a number",
    file: (good) => ({ ...good, sessions: good.sessions.map((session) => ({ ...session, expires_at: 1 })) }),
    field: "sessions.0.expires_at"
  },
  { name: "settings out of range", file: (good) => ({ ...good, settings: { ...good.settings, luds_min_length: 0 } }), field: "settings.luds_min_length" },
  { name: "an unknown top-level field", file: (good) => ({ ...good, surprise: true }), field: "surprise" },
  {
    name: "an organization id that is a number",
    file: (good) => ({ ...good, organizations: good.organizations.map((organization) => ({ ...organization, organization_id: 7 })) }),
    field: "organizations.0.organization_id"
  },
  {
    name: "a hash of an unknown kind",
    file: (good) => ({
      ...good,
      users: good.users.map((user) => ({ ...user, password: { password_id: "p", hash: { kind: "plaintext", value: "x" }, requires_reset: false } }))
    }),
    field: "users.0.password.hash.kind"
  }
]

describe("a bad state file is refused, names its field, and changes nothing", () => {
  it.live("through the Effect API: InvalidStateFile naming the field; the export before and after is byte-identical", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      yield* populate
      const good = yield* control.exportState
      const before = text(good)
      for (const bad of badFiles) {
        const error = yield* Effect.flip(control.importState(bad.file(JSON.parse(before))))
        expect(error._tag, bad.name).toBe("InvalidStateFile")
        expect(error.field, bad.name).toBe(bad.field)
        expect(error.message, bad.name).toContain("Invalid emulator state file")
        if (bad.field !== "") expect(error.message, bad.name).toContain(bad.field)
        expect(text(yield* control.exportState), bad.name).toBe(before)
      }
    }).pipe(Effect.provide(inProcessStack())))

  it.live("through the control route: 400 invalid_state_file naming the field, or 400 invalid_argument for a body that is not JSON; state untouched", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      yield* populate
      const before = text(yield* control.exportState)
      const post = (body: string) =>
        Effect.promise(async () => {
          const response = await control.handler(
            new Request("http://emulator.local/emulator/v1/import", { method: "POST", body, headers: { "content-type": "application/json" } })
          )
          return { status: response.status, json: (await response.json()) as Record<string, unknown> }
        })
      const wrongVersion = yield* post(JSON.stringify({ ...JSON.parse(before), version: 2 }))
      expect(wrongVersion.status).toBe(400)
      expect(wrongVersion.json).toMatchObject({ status_code: 400, error_type: "invalid_state_file" })
      expect(String(wrongVersion.json["error_message"])).toContain("version")
      const truncated = yield* post(before.slice(0, Math.floor(before.length / 2)))
      expect(truncated.status).toBe(400)
      expect(truncated.json).toMatchObject({ status_code: 400, error_type: "invalid_argument" })
      expect(text(yield* control.exportState)).toBe(before)
    }).pipe(Effect.provide(inProcessStack())))

  // Keys that must be unique are checked after decoding: a repeat is refused, naming the first one
  // (e.g. "users.1.user_id"), never merged silently.
  it.live("a file with two users sharing an id or an email is refused (not silently merged)", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      yield* populate
      const good = JSON.parse(text(yield* control.exportState)) as EmulatorState
      const first = good.users[0]
      if (first === undefined) throw new Error("populate made no users")
      const twin = { ...first, emails: first.emails.map((email) => ({ ...email, email_id: "email-test-twin", email: `twin-${email.email}` })) }
      const file = { ...good, users: [...good.users, twin] }
      const result = yield* Effect.either(control.importState(file))
      // Either refused naming the repeated field, or (if accepted) every record kept.
      if (Either.isLeft(result)) {
        expect(result.left.field).toBe(`users.${good.users.length}.user_id`)
      } else {
        const after = yield* control.exportState
        expect(after.users).toHaveLength(file.users.length)
        expect(canonical(after)).toBe(canonical(file))
      }
    }).pipe(Effect.provide(inProcessStack())))
})
