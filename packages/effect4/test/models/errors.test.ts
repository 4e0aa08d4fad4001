/**
 * The known error classes of the Effect 4 line are the Effect 3 line's: the same tags, the
 * same wire `error_type`s, the same groups (read from the root's sources, so a class added
 * to one line and not the other is noticed). Each is a yieldable, schema-backed error with a
 * readable message; the JWT errors never quote the JWT.
 */
import { describe, expect, it } from "@effect/vitest"
import { Effect, Exit, Schema } from "effect"
import { readdirSync, readFileSync } from "node:fs"
import * as Jwt from "../../src/errors/JwtErrors.js"
import * as Migrate from "../../src/errors/MigrateErrors.js"
import * as Organization from "../../src/errors/OrganizationErrors.js"
import * as Password from "../../src/errors/PasswordErrors.js"
import * as Platform from "../../src/errors/PlatformErrors.js"
import * as Reset from "../../src/errors/ResetErrors.js"
import * as Session from "../../src/errors/SessionErrors.js"
import * as groups from "../../src/errors/groups.js"

const rootErrors = new URL("../../../../src/errors/", import.meta.url)
const rootSource = (file: string) => readFileSync(new URL(file, rootErrors), "utf8")

const knownFiles = {
  "MigrateErrors.ts": Migrate,
  "OrganizationErrors.ts": Organization,
  "PasswordErrors.ts": Password,
  "PlatformErrors.ts": Platform,
  "ResetErrors.ts": Reset,
  "SessionErrors.ts": Session
}

interface Known {
  readonly _tag: string
  readonly errorType: string
}

const isKnown = (value: unknown): value is Known =>
  typeof value === "function" && "errorType" in value && typeof value.errorType === "string"

/** `[class name, tag, error_type]` of every known error class a root source declares. */
const rootClasses = (source: string) =>
  [...source.matchAll(/export class (\w+) extends knownErrorClass\("(\w+)", Schema\.TaggedError<\1>\(\)\("(\w+)", ApiErrorFields\)\)/g)]
    .map(([, name = "", errorType = "", tag = ""]) => [name, tag, errorType] as const)

/** The members of every group of the root's groups.ts, spreads expanded. */
const rootGroups = (source: string) => {
  const found = new Map<string, Array<string>>()
  for (const [, name = "", body = ""] of source.matchAll(/export const (\w+) = \[([^\]]*)\] as const/g)) {
    const members = body.split(",").map((entry) => entry.trim()).filter((entry) => entry !== "")
    found.set(name, members.flatMap((member) => member.startsWith("...") ? found.get(member.slice(3)) ?? [`?${member}`] : [member]))
  }
  return found
}

const props = {
  status_code: 400,
  request_id: "request-id-test-1",
  error_type: "weak_password",
  error_message: "The password is too weak.",
  error_url: "https://stytch.com/docs/api/errors/400#weak_password",
  http_status: 400
}

describe("known error classes", () => {
  it("every root error file has its port, and nothing more", () => {
    const rootFiles = readdirSync(rootErrors).filter((file) => file.endsWith("Errors.ts") && file !== "JwtErrors.ts").sort()
    expect(Object.keys(knownFiles).sort()).toEqual(rootFiles)
  })

  for (const [file, module] of Object.entries(knownFiles)) {
    it(`${file}: the same classes, tags and error_types as the Effect 3 line`, () => {
      const expected = rootClasses(rootSource(file))
      expect(expected.length).toBeGreaterThan(0)
      const actual = Object.entries(module)
        .filter((entry): entry is [string, Known] => isKnown(entry[1]))
        .map(([name, known]) => [name, known._tag, known.errorType] as const)
      expect(actual.sort()).toEqual([...expected].sort())
    })
  }

  it("an instance carries its tag and fields, reads well, and fails an Effect", () => {
    const error = new Password.WeakPassword(props)
    expect(error._tag).toBe("WeakPassword")
    expect(error).toBeInstanceOf(Password.WeakPassword)
    expect(error).toBeInstanceOf(Error)
    expect(error.error_type).toBe("weak_password")
    expect(error.request_id).toBe("request-id-test-1")
    expect(error.message).toBe("weak_password: The password is too weak.")
    const exit = Effect.runSyncExit(Effect.gen(function*() {
      return yield* error
    }))
    expect(exit).toEqual(Exit.fail(error))
  })

  it("Effect.catchTag tells the classes apart", () => {
    const failing: Effect.Effect<never, Password.WeakPassword | Password.BreachedPassword> = Effect.fail(
      new Password.BreachedPassword({ ...props, error_type: "breached_password" })
    )
    const caught = Effect.runSync(
      failing.pipe(
        Effect.catchTag("WeakPassword", () => Effect.succeed("weak")),
        Effect.catchTag("BreachedPassword", () => Effect.succeed("breached"))
      )
    )
    expect(caught).toBe("breached")
  })

  it("decodes from and encodes to its tagged JSON", () => {
    const encoded = { _tag: "DuplicateEmail", ...props, error_type: "duplicate_email" }
    const decoded = Schema.decodeUnknownSync(Password.DuplicateEmail)(encoded)
    expect(decoded).toBeInstanceOf(Password.DuplicateEmail)
    expect(decoded.error_type).toBe("duplicate_email")
    expect(Schema.encodeSync(Password.DuplicateEmail)(decoded)).toEqual(encoded)
    expect(Exit.isFailure(Schema.decodeUnknownExit(Password.DuplicateEmail)({ ...encoded, _tag: "WeakPassword" }))).toBe(true)
    expect(Exit.isFailure(Schema.decodeUnknownExit(Password.DuplicateEmail)({ ...encoded, http_status: "400" }))).toBe(true)
  })
})

describe("groups", () => {
  it("hold the same classes, in the same order, as the Effect 3 line", () => {
    const expected = rootGroups(rootSource("groups.ts"))
    expect([...expected.keys()].sort()).toEqual(Object.keys(groups).sort())
    for (const [name, members] of expected) {
      const group: ReadonlyArray<Known> = groups[name as keyof typeof groups]
      const names = group.map((known) => known._tag)
      expect(names, name).toEqual(members)
    }
  })
})

describe("JWT errors", () => {
  const secretJwt = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyLXRlc3QtMSJ9.c2lnbmF0dXJl"

  it("carry their tags and readable messages", () => {
    expect(new Jwt.JwtMalformed({ reason: "not three parts" }).message).toBe("Malformed session JWT: not three parts")
    expect(new Jwt.JwtBadSignature({ kid: "jwk-test-1" })._tag).toBe("JwtBadSignature")
    expect(new Jwt.JwtUnknownKey({ kid: "jwk-test-2" }).message).toContain("jwk-test-2")
    expect(new Jwt.JwtWrongIssuer({ expected: ["stytch.com/project-test-1"] }).message).toContain("stytch.com/project-test-1")
    expect(new Jwt.JwtWrongAudience({ expected: "project-test-1" }).message).toContain("project-test-1")
    expect(new Jwt.JwtExpired({ reason: "expired", bound: 10, now: 20 }).message).toBe("The session JWT expired at 10 (now 20)")
    expect(new Jwt.JwtExpired({ reason: "not_yet_valid", bound: 30, now: 20 }).message)
      .toBe("The session JWT is not valid before 30 (now 20)")
    expect(new Jwt.JwtTooOld({ issued_at: 10, max_token_age_seconds: 60 })._tag).toBe("JwtTooOld")
  })

  it("refuse a reason other than expired or not_yet_valid", () => {
    const decode = Schema.decodeUnknownExit(Jwt.JwtExpired)
    expect(Exit.isSuccess(decode({ _tag: "JwtExpired", reason: "expired", bound: 1, now: 2 }))).toBe(true)
    expect(Exit.isFailure(decode({ _tag: "JwtExpired", reason: "revoked", bound: 1, now: 2 }))).toBe(true)
  })

  it("have no field that could hold the JWT, and print none", () => {
    const errors: ReadonlyArray<Jwt.JwtError> = [
      new Jwt.JwtBadSignature({ kid: "jwk-test-1" }),
      new Jwt.JwtUnknownKey({ kid: "jwk-test-1" }),
      new Jwt.JwtWrongIssuer({ expected: ["stytch.com/project-test-1"] }),
      new Jwt.JwtWrongAudience({ expected: "project-test-1" }),
      new Jwt.JwtExpired({ reason: "expired", bound: 1, now: 2 }),
      new Jwt.JwtTooOld({ issued_at: 1, max_token_age_seconds: 0 })
    ]
    for (const error of errors) {
      const printed = [String(error), JSON.stringify(error), error.message, Object.keys(error).join(",")].join("\n")
      expect(printed).not.toContain(secretJwt)
      expect(Object.keys(error).filter((key) => /jwt|token/.test(key) && key !== "max_token_age_seconds")).toEqual([])
    }
  })
})
