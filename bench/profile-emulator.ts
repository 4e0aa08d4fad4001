/**
 * The in-process emulator round trip alone, for profiling: create + authenticate (fast
 * hashing) for new users, in a loop, with the V8 profiler (node:inspector, 100 µs sampling)
 * running only after warm-up.
 *
 *   npx tsx bench/profile-emulator.ts [--seconds 5] [--only authenticate] [--profile /tmp/emulator.cpuprofile]
 *   npx tsx bench/analyze-profile.ts /tmp/emulator.cpuprofile --filter emulator
 *
 * `--only authenticate` creates the users during warm-up and profiles the logins alone.
 */
import { profiled } from "./lib/profiler.js"
import { Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { Passwords } from "effect-stytch"
import { StytchEmulator } from "effect-stytch/emulator"
import { int, ms, numberFlag } from "./lib/report.js"

const seconds = numberFlag("seconds", 5)
const profileIndex = process.argv.indexOf("--profile")
const profileFile = profileIndex < 0 ? undefined : process.argv[profileIndex + 1]
const onlyAuthenticate = process.argv.includes("--only") && process.argv[process.argv.indexOf("--only") + 1] === "authenticate"
const password = Redacted.make("Qz-7f3a9c1e-Lantern")

const runtime = ManagedRuntime.make(
  Passwords.layer.pipe(Layer.provideMerge(StytchEmulator.layer({ hashing: "fast", client: { retry: false } })))
)
try {
  const passwords = await runtime.runPromise(Passwords)
  const create = (email: string) => Effect.runPromise(passwords.create({ email, password, session_duration_minutes: 60 }))
  const authenticate = (email: string) => Effect.runPromise(passwords.authenticate({ email, password, session_duration_minutes: 60 }))
  for (let index = 0; index < 20; index++) {
    await create(`warm-${index}@example.com`)
    await authenticate(`warm-${index}@example.com`)
  }
  const maxUsers = 5_000
  if (onlyAuthenticate) for (let index = 0; index < 50; index++) await create(`user-${index}@example.com`)
  const { count, elapsed } = await profiled(profileFile, async () => {
    const start = performance.now()
    let count = 0
    while (count < maxUsers && performance.now() - start < seconds * 1000) {
      const email = onlyAuthenticate ? `user-${count % 50}@example.com` : `user-${count}-new@example.com`
      if (!onlyAuthenticate) await create(email)
      await authenticate(email)
      count++
    }
    return { count, elapsed: performance.now() - start }
  })
  console.log(`${onlyAuthenticate ? "authenticate" : "create + authenticate"}: ${int(count)} in ${ms(elapsed)} ms, ${ms(elapsed / count)} ms each`)
} finally {
  await runtime.dispose()
}
