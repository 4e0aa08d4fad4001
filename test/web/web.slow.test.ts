/**
 * The web example (examples/web) in a real browser: headless Chromium, driven by
 * playwright-core, against the app started in-process on port 0 with the emulator. The whole
 * journey: a weak password refused with Stytch's feedback, sign up, log in (cookie attributes
 * checked in the browser), the private page, log out (the old session cookie replayed is
 * refused: it was revoked, not just forgotten), forgot password with the link from the
 * emulator's outbox, a reset bound with PKCE, the old password refused and the new one
 * accepted, the account deleted. A screenshot of each step goes to test-results/web/.
 */
import { mkdirSync, rmSync } from "node:fs"
import { join } from "node:path"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import { Context, Effect, Exit, Layer, Option, Scope } from "effect"
import type { Browser, BrowserContext, Cookie, Page } from "playwright-core"
import { StytchEmulator } from "effect-stytch/emulator"
import { WebApp } from "../../examples/web/app.js"
import { WebConfig } from "../../examples/web/config.js"
import { launchChromium } from "./browser.js"

const screenshots = join(import.meta.dirname, "../../test-results/web")

let scope: Scope.CloseableScope
let emulator: Context.Tag.Service<StytchEmulator>
let origin = ""
let launching: Promise<Browser> | undefined
let browser: Browser

beforeAll(async () => {
  rmSync(screenshots, { recursive: true, force: true })
  mkdirSync(screenshots, { recursive: true })
  // Each test awaits the browser itself: without one, every test fails saying so (a failing
  // beforeAll would only report them skipped).
  launching = launchChromium()
  launching.catch(() => {})
  scope = Effect.runSync(Scope.make())
  const context = await Effect.runPromise(
    Layer.buildWithScope(WebApp({ port: 0 }).pipe(Layer.provideMerge(StytchEmulator.layer())), scope)
  )
  emulator = Context.get(context, StytchEmulator)
  origin = Context.get(context, WebConfig).publicUrl.origin
})

afterAll(async () => {
  await launching?.then((opened) => opened.close(), () => {})
  if (scope !== undefined) await Effect.runPromise(Scope.close(scope, Exit.void))
})

/** Whether the emulator has a user with this email. */
const userExists = (email: string) =>
  Effect.runPromise(Effect.map(emulator.users, (users) => users.some((user) => user.emails.some((entry) => entry.email === email))))

const cookieNamed = (cookies: ReadonlyArray<Cookie>, name: string) => cookies.find((cookie) => cookie.name === name)

/** Submits the form a button belongs to and waits for the page it leads to. */
const submit = async (page: Page, button = "button[type=submit]") => {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(button)])
  return response
}

const logIn = async (page: Page, email: string, password: string) => {
  await page.goto(`${origin}/login`)
  await page.fill("#email", email)
  await page.fill("#password", password)
  return submit(page)
}

describe("examples/web in headless Chromium", () => {
  // A failed journey leaves no console muted for the tests after it.
  afterEach(() => {
    vi.restoreAllMocks()
  })

  beforeEach(async () => {
    if (launching === undefined) throw new Error("the app did not start")
    browser = await launching
  })

  it("signs up, logs in and out, resets a forgotten password by email with PKCE, and deletes the account", async ({ annotate }) => {
    // Whatever the app logs during the journey is kept, to check no secret is in it.
    const logged: Array<string> = []
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((method) =>
      vi.spyOn(console, method).mockImplementation((...args: ReadonlyArray<unknown>) => {
        logged.push(args.map(String).join(" "))
      })
    )
    const context: BrowserContext = await browser.newContext()
    const page = await context.newPage()
    let step = 0
    const shot = async (name: string) => {
      step++
      await page.screenshot({ path: join(screenshots, `${String(step).padStart(2, "0")}-${name}.png`), fullPage: true })
    }
    const email = `ada+${Date.now()}@example.com`
    const weak = "qwerty2024"
    const first = "correct horse battery staple 42"
    const second = "an entirely new passphrase 7"

    // 1. A weak password is refused, with Stytch's feedback on the form; the email stays, the password does not.
    await page.goto(`${origin}/signup`)
    await page.fill("#email", email)
    await page.fill("#password", weak)
    const refused = await submit(page)
    expect(refused?.status()).toBe(400)
    await expect(page.locator("#problem strong").textContent()).resolves.toContain("strength policy")
    const advice = await page.locator("#problem li").allTextContents()
    expect(advice.length).toBeGreaterThan(0)
    expect(advice.join(" ")).toMatch(/\w/)
    expect(await page.inputValue("#email")).toBe(email)
    expect(await page.inputValue("#password")).toBe("")
    expect(await page.content()).not.toContain(weak)
    await shot("signup-weak-password")

    // 2. A strong one creates the account and leads to the login form.
    await page.fill("#password", first)
    const created = await submit(page)
    expect(created?.status()).toBe(200)
    expect(new URL(page.url()).pathname).toBe("/login")
    await expect(page.locator("#notice").textContent()).resolves.toContain("account is ready")
    expect(await userExists(email)).toBe(true)
    await shot("signup-done")

    // 3. Log in: the private page shows the email; the session cookies are HttpOnly and SameSite=Lax.
    await logIn(page, email, first)
    expect(new URL(page.url()).pathname).toBe("/private")
    await expect(page.locator("#user-email").textContent()).resolves.toBe(email)
    const cookies = await context.cookies()
    const token = cookieNamed(cookies, "stytch_session")
    const jwt = cookieNamed(cookies, "stytch_session_jwt")
    for (const cookie of [token, jwt]) {
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" })
      expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000 + 50 * 60)
    }
    expect(token?.value).toMatch(/^[\w-]{20,}$/)
    expect(jwt?.value.split(".")).toHaveLength(3)
    // HttpOnly, seen from the page: no script can read them.
    expect(await page.evaluate("document.cookie")).toBe("")
    await shot("private-page")

    // 4. Log out: the session is revoked at Stytch and the cookies cleared; the private page is refused.
    await submit(page, "#logout")
    expect(new URL(page.url()).pathname).toBe("/login")
    await expect(page.locator("#notice").textContent()).resolves.toContain("logged out")
    expect(cookieNamed(await context.cookies(), "stytch_session")).toBeUndefined()
    expect(cookieNamed(await context.cookies(), "stytch_session_jwt")).toBeUndefined()
    const signedOut = await page.goto(`${origin}/private`)
    expect(signedOut?.status()).toBe(401)
    await expect(page.locator("#notice").textContent()).resolves.toContain("Please log in")
    expect(await page.locator("form[action='/login']").count()).toBe(1)
    await shot("private-page-refused-after-logout")
    // The old token replayed is refused too: revoked, not just dropped by the browser.
    if (token === undefined) throw new Error("no session cookie")
    await context.addCookies([{ ...token }])
    expect((await page.goto(`${origin}/private`))?.status()).toBe(401)
    // The old JWT replayed still opens the private page (it is checked locally and lives five
    // minutes), but cannot delete the account: that route asks Stytch every time.
    if (jwt === undefined) throw new Error("no session JWT cookie")
    await context.clearCookies()
    await context.addCookies([{ ...jwt }])
    expect((await page.goto(`${origin}/private`))?.status()).toBe(200)
    expect((await context.request.post(`${origin}/account/delete`)).status()).toBe(401)
    expect(await userExists(email)).toBe(true)
    await context.clearCookies()

    // 5. Forgot password: the PKCE verifier is kept in an HttpOnly cookie; the emulator's email links to our /reset.
    await page.goto(`${origin}/forgot`)
    await page.fill("#email", email)
    await submit(page)
    await expect(page.locator("#notice").textContent()).resolves.toContain("reset link is on its way")
    expect(cookieNamed(await context.cookies(), "stytch_pkce_verifier")).toMatchObject({ httpOnly: true, sameSite: "Lax" })
    await shot("forgot-password")
    const message = (await Effect.runPromise(emulator.outbox)).filter((sent) => sent.to === email).at(-1)
    expect(message?.reset_link.startsWith(`${origin}/reset?`)).toBe(true)
    const linkToken = new URL(message?.reset_link ?? "").searchParams.get("token")
    expect(Option.getOrNull(await Effect.runPromise(emulator.latestResetToken(email)))).toBe(linkToken)

    // 6. The link opens the reset page; a weak new password is refused with feedback, a strong one is set.
    const opened = await page.goto(message?.reset_link ?? "")
    expect(opened?.status()).toBe(200)
    expect(await page.inputValue("input[name=token]")).toBe(linkToken)
    await page.fill("#password", weak)
    expect((await submit(page))?.status()).toBe(400)
    await expect(page.locator("#problem strong").textContent()).resolves.toContain("strength policy")
    expect(await page.locator("#problem li").count()).toBeGreaterThan(0)
    await shot("reset-weak-password")
    await page.fill("#password", second)
    await submit(page)
    expect(new URL(page.url()).pathname).toBe("/login")
    await expect(page.locator("#notice").textContent()).resolves.toContain("password is changed")
    expect(cookieNamed(await context.cookies(), "stytch_pkce_verifier")).toBeUndefined()
    await shot("reset-done")

    // 7. The old password no longer works; the new one does.
    expect((await logIn(page, email, first))?.status()).toBe(401)
    await expect(page.locator("#problem strong").textContent()).resolves.toBe("Wrong email or password.")
    await shot("login-old-password-refused")
    await logIn(page, email, second)
    expect(new URL(page.url()).pathname).toBe("/private")
    await expect(page.locator("#user-email").textContent()).resolves.toBe(email)
    await shot("login-new-password")

    // 8. Delete the account: the user is gone at Stytch, the cookies too, and logging in fails.
    await submit(page, "#delete-account")
    await expect(page.locator("h1").textContent()).resolves.toBe("Account deleted")
    expect(cookieNamed(await context.cookies(), "stytch_session")).toBeUndefined()
    expect(await userExists(email)).toBe(false)
    await shot("account-deleted")
    expect((await logIn(page, email, second))?.status()).toBe(401)
    await expect(page.locator("#problem strong").textContent()).resolves.toBe("Wrong email or password.")
    expect((await page.goto(`${origin}/private`))?.status()).toBe(401)
    await shot("login-after-delete-refused")

    await context.close()
    for (const spy of spies) spy.mockRestore()
    for (const secret of [weak, first, second, token.value, jwt?.value ?? "", linkToken ?? ""]) {
      expect(secret.length).toBeGreaterThan(0)
      expect(logged.join("\n")).not.toContain(secret)
    }
    // The test's own duration is in vitest's report; this says where the pictures are.
    const report = `web e2e: ${step} screenshots in ${screenshots}`
    console.log(report)
    await annotate(report)
  })

  /** Signs up and logs in through the context's request API, which shares the browser's cookies. */
  const signedIn = async (context: BrowserContext, email: string, password = "correct horse battery staple 42") => {
    expect((await context.request.post(`${origin}/signup`, { form: { email, password }, maxRedirects: 0 })).status()).toBe(303)
    expect((await context.request.post(`${origin}/login`, { form: { email, password }, maxRedirects: 0 })).status()).toBe(303)
  }

  it("refuses a reset link opened in another browser (PKCE) and a link used once already", async () => {
    const asking = await browser.newContext()
    const other = await browser.newContext()
    const email = `grace+${Date.now()}@example.com`
    await signedIn(asking, email)
    const page = await asking.newPage()
    await page.goto(`${origin}/forgot`)
    await page.fill("#email", email)
    await submit(page)
    const link = (await Effect.runPromise(emulator.outbox)).filter((sent) => sent.to === email).at(-1)?.reset_link ?? ""

    // Another browser has no code verifier: the link alone is not enough.
    const elsewhere = await other.newPage()
    expect((await elsewhere.goto(link))?.status()).toBe(400)
    await expect(elsewhere.locator("#problem strong").textContent()).resolves.toContain("another browser")
    expect(await elsewhere.locator("input[name=token]").count()).toBe(0)
    const forged = await other.request.post(`${origin}/reset`, {
      form: { token: new URL(link).searchParams.get("token") ?? "", password: "a strong one from elsewhere 9" }
    })
    expect(forged.status()).toBe(400)
    expect(await forged.text()).toContain("another browser")
    // Nor does a verifier of its own help: Stytch refuses the pair.
    await other.addCookies([{ name: "stytch_pkce_verifier", value: "x".repeat(43), url: origin }])
    const mismatched = await other.request.post(`${origin}/reset`, {
      form: { token: new URL(link).searchParams.get("token") ?? "", password: "a strong one from elsewhere 9" }
    })
    expect(mismatched.status()).toBe(400)
    expect(await mismatched.text()).toContain("another browser")

    // The asking browser resets once; the same link then is dead.
    await page.goto(link)
    await page.fill("#password", "a strong one from here, 10")
    await submit(page)
    expect(new URL(page.url()).pathname).toBe("/login")
    await asking.addCookies([{ name: "stytch_pkce_verifier", value: "y".repeat(43), url: origin }])
    await page.goto(link)
    await page.fill("#password", "and yet another strong one 11")
    expect((await submit(page))?.status()).toBe(400)
    await expect(page.locator("#problem strong").textContent()).resolves.toContain("expired or was used")
    await asking.close()
    await other.close()
  })

  it("refuses a forged session cookie with the login form, and answers API clients with JSON or a Bearer session", async () => {
    const context = await browser.newContext()
    await context.addCookies([{ name: "stytch_session", value: "not-a-real-session-token-000000000000", url: origin }])
    const page = await context.newPage()
    expect((await page.goto(`${origin}/private`))?.status()).toBe(401)
    await expect(page.locator("#notice").textContent()).resolves.toContain("Please log in")
    // The stale cookie is cleared on the way.
    expect(cookieNamed(await context.cookies(), "stytch_session")).toBeUndefined()

    const api = await context.request.get(`${origin}/private`, { headers: { accept: "application/json" } })
    expect(api.status()).toBe(401)
    expect(await api.json()).toMatchObject({ _tag: "Unauthenticated" })

    const email = `alan+${Date.now()}@example.com`
    await signedIn(context, email)
    const jwt = cookieNamed(await context.cookies(), "stytch_session_jwt")?.value ?? ""
    const bearer = await browser.newContext()
    const viaJwt = await bearer.request.get(`${origin}/private`, { headers: { authorization: `Bearer ${jwt}` } })
    expect(viaJwt.status()).toBe(200)
    expect(await viaJwt.text()).toContain(email)
    const viaNonsense = await bearer.request.get(`${origin}/private`, { headers: { authorization: "Bearer a.b.c" } })
    expect(viaNonsense.status()).toBe(401)
    await bearer.close()
    await context.close()
  })

  it("sends no session cookie with a form posted from another site (SameSite=Lax): the account survives", async () => {
    const context = await browser.newContext()
    const email = `mallory-target+${Date.now()}@example.com`
    await signedIn(context, email)
    const page = await context.newPage()
    // A page on another site, with a form aimed at our delete button.
    await page.route("http://attacker.test/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" action="${origin}/account/delete"><button id="go">Win a prize</button></form>`
      })
    )
    await page.goto("http://attacker.test/")
    const [response] = await Promise.all([page.waitForNavigation(), page.click("#go")])
    expect(response?.status()).toBe(401)
    expect(await userExists(email)).toBe(true)
    // Nor did the refusal log the visitor out: still signed in, and from our own page the same button works.
    expect(cookieNamed(await context.cookies(), "stytch_session")).toBeDefined()
    expect((await page.goto(`${origin}/private`))?.status()).toBe(200)
    await submit(page, "#delete-account")
    expect(await userExists(email)).toBe(false)
    await context.close()
  })
})
