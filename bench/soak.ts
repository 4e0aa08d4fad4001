/**
 * Soak: 50,000 mixed requests over loopback against the emulator server, 16 at a time, through
 * our client. Not a vitest test (not in CI):
 *
 *   npx tsx bench/soak.ts [--requests 50000] [--concurrency 16]
 *
 * Reports throughput, every error by type (expected ones per operation; any other is
 * unexpected and fails the run), and memory (heapUsed, RSS) before, after, and after moving the
 * emulator's clock past every expiry and sweeping. Checks, and exits 1 on a breach:
 *
 * - 0 unexpected errors;
 * - after the sweep: no session, member session, intermediate session or reset token is left;
 * - heap after the sweep (after a full GC) within BOUND of the heap before the run, where
 *   BOUND = 16 MiB + 4 KiB per record the run legitimately keeps (users, members, outbox
 *   messages: the sweep never drops those).
 *
 * The project's default settings are kept (zxcvbn strength policy, breach detection on), with
 * fast hashing (the emulator's default): what a test suite against the emulator runs with.
 */
import { createHash } from "node:crypto"
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import { Effect, Either, Layer, ManagedRuntime, Option } from "effect"
import { B2BPasswords, Passwords, Sessions } from "../src/index.js"
import { type EmulatorState, StytchEmulator } from "../src/emulator/index.js"
import { serverStack } from "../test/reliability/support.js"

setFlagsFromString("--expose-gc")
const gc = runInNewContext("gc") as () => void

const flag = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  const value = index === -1 ? undefined : Number(process.argv[index + 1])
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback
}
const total = flag("requests", 50_000)
const concurrency = flag("concurrency", 16)

const MiB = 1024 * 1024
const memory = () => {
  gc()
  gc()
  const { heapUsed, rss } = process.memoryUsage()
  return { heapUsed, rss }
}
const mib = (bytes: number) => `${(bytes / MiB).toFixed(1)} MiB`

/** Strong under zxcvbn (score 4), in no breach list. */
const password = "correct horse battery staple 42"
const poolSize = 200
const md5 = (text: string) => createHash("md5").update(text).digest("hex")

/** An operation of the mix: what it calls, and the error tags it may legitimately meet. */
interface Operation {
  readonly name: string
  readonly weight: number
  readonly expected: ReadonlySet<string>
  readonly run: (i: number) => Effect.Effect<unknown, { readonly _tag: string }, Passwords | Sessions | B2BPasswords | StytchEmulator>
}

const tokens: Array<string> = []
const pickToken = (i: number) => tokens[(i * 7919) % Math.max(1, tokens.length)] ?? "none"
const remember = (token: Option.Option<string>) => {
  if (Option.isSome(token)) {
    if (tokens.length < 2_000) tokens.push(token.value)
    else tokens[Math.floor(Math.random() * tokens.length)] = token.value
  }
}
const poolEmail = (i: number) => `pool-${i % poolSize}@soak.example`

const operations: ReadonlyArray<Operation> = [
  {
    name: "strengthCheck",
    weight: 4,
    expected: new Set(),
    run: (i) => Effect.flatMap(Passwords, (p) => p.strengthCheck({ password: `${password}-${i}` }))
  },
  {
    name: "create",
    weight: 2,
    expected: new Set(),
    run: (i) =>
      Effect.flatMap(Passwords, (p) => p.create({ email: `new-${i}@soak.example`, password, session_duration_minutes: 60 })).pipe(
        Effect.tap((created) => remember(created.session_token))
      )
  },
  {
    name: "create duplicate",
    weight: 1,
    expected: new Set(["DuplicateEmail"]),
    run: (i) => Effect.flatMap(Passwords, (p) => p.create({ email: poolEmail(i), password }))
  },
  {
    name: "authenticate",
    weight: 3,
    expected: new Set(),
    run: (i) =>
      Effect.flatMap(Passwords, (p) => p.authenticate({ email: poolEmail(i), password, session_duration_minutes: 30 })).pipe(
        Effect.tap((login) => remember(login.session_token))
      )
  },
  {
    name: "authenticate wrong password",
    weight: 1,
    expected: new Set(["UnauthorizedCredentials"]),
    run: (i) => Effect.flatMap(Passwords, (p) => p.authenticate({ email: poolEmail(i), password: `${password}-wrong` }))
  },
  {
    name: "sessions.authenticate",
    weight: 2,
    // A reset revokes the user's sessions, a revoke one of them: a token may be dead by now.
    expected: new Set(["SessionNotFound"]),
    run: (i) => Effect.flatMap(Sessions, (s) => s.authenticate({ session_token: pickToken(i) }))
  },
  {
    name: "sessions.revoke",
    weight: 1,
    expected: new Set(["SessionNotFound"]),
    run: (i) => Effect.flatMap(Sessions, (s) => s.revoke({ session_token: pickToken(i + 1) }))
  },
  {
    name: "email reset (start, then reset to the same password)",
    weight: 1,
    // Two resets of one user may race: the later token wins, the earlier may be looked up late.
    expected: new Set(["UnableToAuthPasswordResetToken"]),
    run: (i) =>
      Effect.gen(function* () {
        const passwords = yield* Passwords
        const control = yield* StytchEmulator
        const email = poolEmail(i)
        yield* passwords.email.resetStart({ email, reset_password_redirect_url: "https://app.example.com/reset" })
        const token = Option.getOrElse(yield* control.latestResetToken(email), () => "none")
        return yield* passwords.email.reset({ token, password })
      })
  },
  {
    name: "migrate",
    weight: 1,
    expected: new Set(),
    run: (i) => Effect.flatMap(Passwords, (p) => p.migrate({ email: `migrated-${i}@soak.example`, hash: md5(password), hash_type: "md_5" }))
  },
  {
    name: "b2b.authenticate",
    weight: 2,
    expected: new Set(),
    run: (i) =>
      Effect.flatMap(B2BPasswords, (b) =>
        b.authenticate({ organization_id: "acme", email_address: `member-${i % 50}@acme.example`, password, session_duration_minutes: 30 })
      )
  },
  {
    name: "b2b.strengthCheck",
    weight: 1,
    expected: new Set(),
    run: (i) => Effect.flatMap(B2BPasswords, (b) => b.strengthCheck({ password: `${password}-${i}` }))
  },
  {
    name: "b2b.discovery.authenticate",
    weight: 1,
    expected: new Set(),
    run: (i) => Effect.flatMap(B2BPasswords, (b) => b.discovery.authenticate({ email_address: `member-${i % 50}@acme.example`, password }))
  }
]

/** How many records of each kind a state holds, and its size as an export file. */
const counts = (state: EmulatorState) => ({
  users: state.users.length,
  sessions: state.sessions.length,
  reset_tokens: state.reset_tokens.length,
  outbox: state.outbox.length,
  members: state.members.length,
  member_sessions: state.member_sessions.length,
  intermediate_sessions: state.intermediate_sessions.length,
  b2b_reset_tokens: state.b2b_reset_tokens.length,
  export_bytes: Buffer.byteLength(JSON.stringify(state))
})

const schedule: ReadonlyArray<Operation> = operations.flatMap((operation) => Array.from({ length: operation.weight }, () => operation))

const main = Effect.gen(function* () {
  const control = yield* StytchEmulator
  const passwords = yield* Passwords
  yield* control.updateSettings({ cross_org_passwords_enabled: true, migrate_rate_limit_per_second: 1_000_000 })
  yield* Effect.forEach(
    Array.from({ length: poolSize }, (_, i) => i),
    (i) => passwords.create({ email: poolEmail(i), password }),
    { concurrency, discard: true }
  )
  yield* control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
  for (let i = 0; i < 50; i++) yield* control.seedMember({ organization_id: "acme", email_address: `member-${i}@acme.example`, password })
  // Warm-up, so that "before" measures a running system, not one still loading code.
  // Indices past the run's own, so that warm-up users do not collide with the run's.
  yield* Effect.forEach(
    Array.from({ length: 500 }, (_, i) => i),
    (i) => Effect.either(schedule[i % schedule.length]?.run(total + i) ?? Effect.void),
    { concurrency, discard: true }
  )
  const before = memory()
  const stats = new Map<string, { count: number; expected: Map<string, number>; unexpected: Map<string, number> }>()
  for (const operation of operations) stats.set(operation.name, { count: 0, expected: new Map(), unexpected: new Map() })
  let done = 0
  const started = performance.now()
  yield* Effect.forEach(
    Array.from({ length: total }, (_, i) => i),
    (i) => {
      const operation = schedule[i % schedule.length]
      if (operation === undefined) return Effect.void
      return Effect.either(operation.run(i)).pipe(
        Effect.map((result) => {
          const entry = stats.get(operation.name)
          if (entry === undefined) return
          entry.count++
          if (Either.isLeft(result)) {
            const tag = result.left._tag
            const bucket = operation.expected.has(tag) ? entry.expected : entry.unexpected
            bucket.set(tag, (bucket.get(tag) ?? 0) + 1)
          }
          done++
          if (done % 10_000 === 0) console.log(`  ${done} requests, ${(done / ((performance.now() - started) / 1000)).toFixed(0)}/s`)
        })
      )
    },
    { concurrency, discard: true }
  )
  const seconds = (performance.now() - started) / 1000
  // The reset flow is two requests; the count below is of client calls.
  const calls = total
  const requests = [...stats.entries()].reduce(
    (sum, [name, entry]) => sum + entry.count * (name.startsWith("email reset") ? 2 : 1),
    0
  )
  const after = memory()
  // Counts only: an export is a deep copy of the state, which must not stay alive while memory is measured.
  const liveBefore = counts(yield* control.exportState)
  // Past every expiry (sessions of at most 60 minutes, tokens of 30, intermediate sessions of 10).
  yield* control.advanceClock("2 days")
  const removed = yield* control.sweep
  const liveAfter = counts(yield* control.exportState)
  const afterSweep = memory()

  const unexpected = [...stats.values()].reduce((sum, entry) => sum + [...entry.unexpected.values()].reduce((a, b) => a + b, 0), 0)
  const kept = liveAfter.users + liveAfter.members + liveAfter.outbox
  const bound = 16 * MiB + 4 * 1024 * kept
  const growth = afterSweep.heapUsed - before.heapUsed
  const leftovers = liveAfter.sessions + liveAfter.reset_tokens + liveAfter.member_sessions + liveAfter.intermediate_sessions + liveAfter.b2b_reset_tokens

  console.log(`\nSoak: ${calls} client calls (${requests} HTTP requests), concurrency ${concurrency}, loopback, Node ${process.version}`)
  console.log(`  time ${seconds.toFixed(1)} s, throughput ${(calls / seconds).toFixed(0)} calls/s (${(requests / seconds).toFixed(0)} requests/s)`)
  console.log("  by operation (calls, expected errors, unexpected errors):")
  for (const [name, entry] of stats) {
    const fmt = (map: Map<string, number>) => (map.size === 0 ? "-" : [...map].map(([tag, n]) => `${tag} ${n}`).join(", "))
    console.log(`    ${name.padEnd(52)} ${String(entry.count).padStart(6)}  expected: ${fmt(entry.expected)}  unexpected: ${fmt(entry.unexpected)}`)
  }
  console.log(`  unexpected errors: ${unexpected}`)
  console.log(`  state after the run: ${JSON.stringify(liveBefore)}`)
  console.log(`  sweep (clock +2 days) removed ${removed}; state after: ${JSON.stringify(liveAfter)}`)
  console.log(`  memory   before: heapUsed ${mib(before.heapUsed)}, RSS ${mib(before.rss)}`)
  console.log(`           after:  heapUsed ${mib(after.heapUsed)}, RSS ${mib(after.rss)}`)
  console.log(`           swept:  heapUsed ${mib(afterSweep.heapUsed)}, RSS ${mib(afterSweep.rss)}`)
  console.log(`  bound: heap growth after the sweep ${mib(growth)} <= 16 MiB + 4 KiB x ${kept} kept records = ${mib(bound)}`)

  const breaches = [
    ...(unexpected === 0 ? [] : [`${unexpected} unexpected errors`]),
    ...(leftovers === 0 ? [] : [`${leftovers} sessions or tokens left after the sweep`]),
    ...(growth <= bound ? [] : [`heap grew ${mib(growth)}, bound ${mib(bound)}`])
  ]
  console.log(breaches.length === 0 ? "  PASS" : `  FAIL: ${breaches.join("; ")}`)
  return breaches.length === 0
})

const runtime = ManagedRuntime.make(serverStack({ client: { retry: false }, recordArrivals: false }).pipe(Layer.orDie))
runtime
  .runPromise(main)
  .then(
    (ok) => {
      process.exitCode = ok ? 0 : 1
    },
    (error: unknown) => {
      console.error(error)
      process.exitCode = 1
    }
  )
  .finally(() => runtime.dispose())
