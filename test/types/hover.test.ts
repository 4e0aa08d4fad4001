/**
 * What an editor shows: the hover on a service method reads with the named request,
 * response and error union, not the schemas behind them. Asked of the TypeScript language
 * service, as an editor asks it. The same service type-checks `readable.test.ts`, so its
 * `expectTypeOf` assertions hold inside `npm test` too.
 */
import { describe, expect, it } from "@effect/vitest"
import { probe } from "./languageService.js"

const app = "test/types/__hover__.ts"
const source = `import { Effect } from "effect"
import { B2BPasswords, Passwords, Sessions } from "effect-stytch"

export const program = Effect.gen(function* () {
  const passwords = yield* Passwords
  const b2b = yield* B2BPasswords
  const sessions = yield* Sessions
  return [passwords.create, b2b.authenticate, sessions.authenticate]
})
`

/** Schema internals a readable hover never shows. */
const internals = ["Struct<", "refine<", "ClientOf<", "Failure<", "transform<", "Schema<", "readonly email"]

// The first question builds the program (src and effect's declarations): seconds on a busy machine.
describe("hover text", { timeout: 120_000 }, () => {
  const editor = probe(["test/types/readable.test.ts"], { [app]: source })
  const hover = (method: string) => editor.quickInfo(app, method, method.indexOf(".") + 1)

  it("passwords.create reads (request: PasswordsCreateRequest) => Effect<PasswordsCreateResponse, PasswordsCreateError>", () => {
    const text = hover("passwords.create")
    expect(text).toBe(
      "(property) PasswordsService.create: (request: PasswordsCreateRequest) => Effect.Effect<PasswordsCreateResponse, PasswordsCreateError>"
    )
    for (const internal of internals) expect(text).not.toContain(internal)
  })

  it("b2b.authenticate reads with the B2B names", () => {
    const text = hover("b2b.authenticate")
    expect(text).toBe(
      "(property) B2BPasswordsService.authenticate: (request: B2BPasswordsAuthenticateRequest) => Effect.Effect<B2BPasswordsAuthenticateResponse, B2BPasswordsAuthenticateError>"
    )
    for (const internal of internals) expect(text).not.toContain(internal)
  })

  it("sessions.authenticate reads with the Sessions names", () => {
    const text = hover("sessions.authenticate")
    expect(text).toBe(
      "(property) SessionsService.authenticate: (request: SessionsAuthenticateRequest) => Effect.Effect<SessionsAuthenticateResponse, SessionsAuthenticateError>"
    )
    for (const internal of internals) expect(text).not.toContain(internal)
  })

  it("the service itself reads as its named interface", () => {
    expect(editor.quickInfo(app, "passwords =")).toBe("const passwords: PasswordsService")
    expect(editor.quickInfo(app, "b2b =")).toBe("const b2b: B2BPasswordsService")
  })

  it("the hover file and readable.test.ts type-check (its expectTypeOf assertions hold)", () => {
    expect(editor.errors(app)).toEqual([])
    expect(editor.errors("test/types/readable.test.ts")).toEqual([])
  })
})
