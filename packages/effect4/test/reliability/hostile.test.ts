/**
 * Hostile input, client side (the Effect 4 line's port of the root's
 * test/reliability/hostile.test.ts): what this line's client does with values JSON cannot
 * carry, with header-bound credentials HTTP would alter, with huge passwords, and how it decodes
 * answers full of unicode edge cases and prototype-pollution keys.
 *
 * The root's raw-body parts (1 MiB and 10,000-level bodies sent straight to the emulator's
 * handler, every field of the wrong type, ...) test the emulator, which both lines share: the
 * root runs them.
 */
import { describe, expect, it } from "@effect/vitest"
import { Cause, Effect, Exit, Option } from "effect"
import * as Jose from "jose"
import { B2BPasswords, Passwords, Sessions, StytchClient } from "effect4-stytch"
import { StytchEmulator } from "effect4-stytch/emulator"
import { endpointNamed, inProcessStack, ludsPassword, present, ServerArrivals, serverStack } from "./support.js"

type Body = Record<string, unknown>

const MiB = 1024 * 1024

const outcomeOf = <A, E extends { readonly _tag: string }>(exit: Exit.Exit<A, E>): string => {
  if (Exit.isSuccess(exit)) return "success"
  if (Cause.hasDies(exit.cause)) return "defect"
  return Option.match(Cause.findErrorOption(exit.cause), { onNone: () => "?", onSome: (error) => error._tag })
}

const notPolluted = () => {
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false)
  expect(({} as Body)["polluted"]).toBeUndefined()
  expect(Object.getPrototypeOf({})).toBe(Object.prototype)
}

describe("values our client cannot put into JSON", () => {
  // What JSON cannot represent (a BigInt, a cycle, nesting too deep) fails with the typed
  // StytchInvalidRequest before anything is sent, never a defect.
  it.live("a BigInt, a cycle or 10,000 levels of metadata fail as StytchInvalidRequest, not as a defect; nothing is sent", () =>
    Effect.gen(function* () {
      const control = yield* StytchEmulator
      const create = endpointNamed("passwords.create")
      const cycle: Record<string, unknown> = {}
      cycle["self"] = cycle
      let deep: Record<string, unknown> = { leaf: 1 }
      for (let i = 0; i < 10_000; i++) deep = { a: deep }
      const outcomes: Array<string> = []
      for (const [label, trusted_metadata] of [["BigInt", { n: 10n }], ["cycle", cycle], ["10,000 levels", deep]] as const) {
        const exit = yield* Effect.exit(
          StytchClient.use((stytch) =>
            stytch.call(create, { email: `${label.length}@example.com`, password: ludsPassword("json"), trusted_metadata })
          )
        )
        outcomes.push(`${label}: ${outcomeOf(exit)}`)
      }
      expect(yield* control.users).toHaveLength(0)
      expect(outcomes).toEqual(["BigInt: StytchInvalidRequest", "cycle: StytchInvalidRequest", "10,000 levels: StytchInvalidRequest"])
    }).pipe(Effect.provide(inProcessStack({ client: { retry: false } }))))
})

describe("huge passwords through the client", () => {
  it.live("a 1 MiB password: StytchApiError 413 request_too_large (typed, not a defect), nothing created, the password not in the error", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      const password = `Pw!${"x".repeat(MiB)}`
      const error = yield* Effect.flip(passwords.create({ email: "huge@example.com", password }))
      expect(error).toMatchObject({ _tag: "StytchApiError", http_status: 413, error_type: "request_too_large" })
      expect(JSON.stringify(error).length).toBeLessThan(10_000)
      expect(String(error)).not.toContain("x".repeat(64))
      expect(yield* control.users).toHaveLength(0)
    }).pipe(Effect.provide(inProcessStack({ client: { retry: false } }))))

  it.live("a password just under the limit (64 KiB) is created and logs in, every character counting", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.updateSettings({ strength_policy: "luds" })
      const password = `Lu-${"y".repeat(64 * 1024)}-Pw9x`
      yield* passwords.create({ email: "long@example.com", password })
      yield* passwords.authenticate({ email: "long@example.com", password })
      const wrong = yield* Effect.flip(passwords.authenticate({ email: "long@example.com", password: `${password.slice(0, -1)}y` }))
      expect(wrong._tag).toBe("UnauthorizedCredentials")
    }).pipe(Effect.provide(inProcessStack({ client: { retry: false } }))))
})

const unicodeEdges: ReadonlyArray<readonly [string, string]> = [
  ["NUL", "a\u0000b"],
  ["lone high surrogate", "x\uD800y"],
  ["lone low surrogate", "\uDC00x"],
  ["RTL override", "\u202Eevil\u202C.txt"],
  ["emoji ZWJ sequence", "👩‍👩‍👧‍👦🏳️‍🌈"],
  ["combining marks", "e\u0301\u0301\u0301\u0301"],
  ["BOM", "\uFEFFbom"],
  ["line and paragraph separators", "a\u2028b\u2029c"],
  ["noncharacter", "\uFFFF\uFFFE"]
]

describe("unicode edge cases through the client", () => {
  it.live("a name of each edge case goes out and comes back decoded exactly (create, authenticate, the stored user), metadata too", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const control = yield* StytchEmulator
      yield* control.updateSettings({ strength_policy: "luds" })
      const password = ludsPassword("unicode")
      for (const [index, [label, edge]] of unicodeEdges.entries()) {
        const email = `unicode-${index}@example.com`
        const created = yield* passwords.create({
          email,
          password,
          name: { first_name: edge, last_name: `\u202E${edge}` },
          trusted_metadata: { [edge]: edge, emoji: "😀".repeat(1_000) }
        })
        expect(created.user.name?.first_name, label).toBe(edge)
        expect(created.user.name?.last_name, label).toBe(`\u202E${edge}`)
        expect(created.user.trusted_metadata, label).toEqual({ [edge]: edge, emoji: "😀".repeat(1_000) })
        const login = yield* passwords.authenticate({ email, password })
        expect(login.user.name?.first_name, label).toBe(edge)
      }
      const users = yield* control.users
      for (const [label, edge] of unicodeEdges) {
        expect(users.some((user) => user.name?.first_name === edge), label).toBe(true)
      }
    }).pipe(Effect.provide(inProcessStack({ client: { retry: false } }))), 30_000)
})

describe("prototype-pollution keys in custom claims and metadata, through the client", () => {
  const hostile = (marker: string): Body =>
    JSON.parse(
      `{"__proto__":{"polluted":"${marker}"},"constructor":{"prototype":{"polluted":"${marker}"}},"prototype":{"polluted":"${marker}"},"plain":"${marker}"}`
    )

  const ownKeys = (where: string, value: unknown, marker: string) => {
    expect(typeof value, where).toBe("object")
    expect(Object.getOwnPropertyDescriptor(value, "__proto__")?.value, where).toEqual({ polluted: marker })
    expect(Object.getOwnPropertyDescriptor(value, "constructor")?.value, where).toEqual({ prototype: { polluted: marker } })
    expect(Object.getOwnPropertyDescriptor(value, "prototype")?.value, where).toEqual({ polluted: marker })
    expect(Object.getOwnPropertyDescriptor(value, "plain")?.value, where).toBe(marker)
  }

  it.live("sent and decoded as data (the answer, the JWT, Sessions, B2B); Object.prototype never polluted", () =>
    Effect.gen(function* () {
      const passwords = yield* Passwords
      const b2b = yield* B2BPasswords
      const sessions = yield* Sessions
      const control = yield* StytchEmulator
      yield* control.updateSettings({ strength_policy: "luds" })
      const password = ludsPassword("proto")
      const created = yield* passwords.create({
        email: "proto@example.com",
        password,
        session_duration_minutes: 60,
        session_custom_claims: hostile("c"),
        trusted_metadata: hostile("t"),
        untrusted_metadata: hostile("u")
      })
      notPolluted()
      ownKeys("user.trusted_metadata", created.user.trusted_metadata, "t")
      ownKeys("user.untrusted_metadata", created.user.untrusted_metadata, "u")
      ownKeys("session.custom_claims", created.session?.custom_claims, "c")
      const payload = Jose.decodeJwt(present(created.session_jwt))
      expect(Object.getOwnPropertyDescriptor(payload, "constructor")?.value).toEqual({ prototype: { polluted: "c" } })
      const extended = yield* sessions.authenticate({ session_token: present(created.session_token), session_custom_claims: hostile("s") })
      notPolluted()
      ownKeys("sessions.authenticate session.custom_claims", extended.session.custom_claims, "s")
      const migrated = yield* passwords.migrate({
        email: "proto-m@example.com",
        hash: "5f4dcc3b5aa765d61d8327deb882cf99",
        hash_type: "md_5",
        trusted_metadata: hostile("m")
      })
      notPolluted()
      ownKeys("migrate user.trusted_metadata", migrated.user.trusted_metadata, "m")
      yield* control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
      yield* control.seedMember({ organization_id: "acme", email_address: "ada@acme.example", password })
      const login = yield* b2b.authenticate({
        organization_id: "acme",
        email_address: "ada@acme.example",
        password,
        session_duration_minutes: 60,
        session_custom_claims: hostile("b")
      })
      notPolluted()
      if (!login.member_authenticated) throw new Error("expected a member session")
      ownKeys("member_session.custom_claims", login.member_session.custom_claims, "b")
    }).pipe(Effect.provide(inProcessStack({ client: { retry: false } }))))
})

describe("fields the client sends as headers (B2B require_reset's member session)", () => {
  const requireReset = (session_token: string) =>
    B2BPasswords.use((b2b) =>
      b2b.email.requireReset({ email_address: "ada@acme.example", organization_id: "acme", authorization: { session_token } })
    )

  const seeded = Effect.gen(function* () {
    const control = yield* StytchEmulator
    yield* control.seedOrganization({ organization_name: "Acme", organization_slug: "acme" })
    yield* control.seedMember({ organization_id: "acme", email_address: "ada@acme.example", password: ludsPassword("h") })
  }).pipe(Effect.orDie)

  // A header-bound token that HTTP would change in transit is refused before sending.
  it.live("a token HTTP would trim is refused by the client (StytchInvalidRequest), not altered in transit", () =>
    Effect.gen(function* () {
      yield* seeded
      const arrivals = yield* ServerArrivals
      for (const token of [" ", " padded", "padded\t"]) {
        const error = yield* Effect.flip(requireReset(token))
        expect({ _tag: error._tag, field: "field" in error ? error.field : undefined }, JSON.stringify(token)).toEqual({
          _tag: "StytchInvalidRequest",
          field: "authorization.session_token"
        })
      }
      expect(arrivals.on("/v1/b2b/passwords/email/require_reset")).toHaveLength(0)
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  // A header value the transport would refuse is refused before sending (StytchInvalidRequest),
  // not reported as a transport error that "may have reached the server".
  it.live("a token HTTP cannot carry (non-Latin-1, newline) never reports request_sent: true; nothing reached the server", () =>
    Effect.gen(function* () {
      yield* seeded
      const arrivals = yield* ServerArrivals
      const outcomes: Array<unknown> = []
      for (const token of ["t\u00f6k\u20acn", "a\nb"]) {
        const error = yield* Effect.flip(requireReset(token))
        outcomes.push({ _tag: error._tag, request_sent: "request_sent" in error ? error.request_sent : undefined })
      }
      // Passes: nothing was sent.
      expect(arrivals.on("/v1/b2b/passwords/email/require_reset")).toHaveLength(0)
      // Fails: the client says it may have been.
      for (const outcome of outcomes) {
        expect(outcome).not.toEqual(expect.objectContaining({ _tag: "StytchTransportError", request_sent: true }))
      }
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))

  it.live("a header-bound token of visible ASCII is carried exactly: an unknown one is SessionNotFound, a live one works", () =>
    Effect.gen(function* () {
      yield* seeded
      const b2b = yield* B2BPasswords
      const arrivals = yield* ServerArrivals
      const unknown = yield* Effect.flip(requireReset("no-such-token"))
      expect(unknown._tag).toBe("SessionNotFound")
      const login = yield* b2b.authenticate({
        organization_id: "acme",
        email_address: "ada@acme.example",
        password: ludsPassword("h"),
        session_duration_minutes: 60
      })
      if (!login.member_authenticated) throw new Error("expected a session")
      const done = yield* requireReset(login.session_token)
      expect(done.member_id).toBe(login.member_id)
      expect(arrivals.on("/v1/b2b/passwords/email/require_reset")).toHaveLength(2)
    }).pipe(Effect.provide(serverStack({ client: { retry: false } }))))
})
