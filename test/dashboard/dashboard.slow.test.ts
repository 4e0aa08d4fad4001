/**
 * The emulator's dashboard in headless Chromium (Debian's, driven by playwright-core), served by
 * the real server on loopback. Every page renders with data; what the Stytch API does shows up
 * (a sign-up, a reset email with its link, 503s from a fault added in the page); every action
 * does what the control API does; beyond loopback the token is required. No page ever shows a
 * password, a token of the request log, or the project's secret. A screenshot of each page goes
 * to test-results/dashboard/.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs"
import { join } from "node:path"
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest"
import { Effect, Option, Redacted } from "effect"
import type { Browser, BrowserContext, Page } from "playwright-core"
import { launchChromium } from "../web/browser.js"
import { everythingOn, openTab, type ServedEmulator, serve, stytch } from "./support.js"

const screenshots = join(import.meta.dirname, "../../test-results/dashboard")
const redirect = "https://app.example.com/reset"
const strong = (name: string) => `${name} lantern harbour violet 42`

let served: ServedEmulator
let launching: Promise<Browser> | undefined
let browser: Browser
let context: BrowserContext
let page: Page
/** Every password the tests send, and the secret: none may ever be on a page. */
const secrets = new Set<string>()
const shots: Array<string> = []
/** Script errors on the page: none is expected. */
const pageErrors: Array<string> = []

const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromise(effect)

/** Saves a screenshot, and checks the page shows no secret. */
const shot = async (name: string) => {
  const path = join(screenshots, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  shots.push(path)
  const shown = await everythingOn(page)
  for (const secret of secrets) expect(shown, `${name} shows a secret`).not.toContain(secret)
}

const signUp = async (email: string, password: string) => {
  secrets.add(password)
  const answer = await stytch(served, "/v1/passwords", { email, password, session_duration_minutes: 60 })
  expect(answer.status).toBe(200)
  secrets.add(String(answer.json["session_token"]))
  secrets.add(String(answer.json["session_jwt"]))
  return answer.json
}

const logIn = (email: string, password: string) =>
  stytch(served, "/v1/passwords/authenticate", { email, password, session_duration_minutes: 60 })

/** Clicks and accepts the confirm() dialog the click opens. */
const clickConfirming = async (selector: string) => {
  page.once("dialog", (dialog) => void dialog.accept())
  await page.click(selector)
}

beforeAll(async () => {
  rmSync(screenshots, { recursive: true, force: true })
  mkdirSync(screenshots, { recursive: true })
  // Each test awaits the browser itself: without one, every test fails saying so.
  launching = launchChromium()
  launching.catch(() => {})
  served = await serve()
  secrets.add(Redacted.value(served.emulator.secret))
})

afterAll(async () => {
  await launching?.then((opened) => opened.close(), () => {})
  await served?.close()
})

beforeEach(async () => {
  if (launching === undefined) throw new Error("the emulator did not start")
  browser = await launching
  await context?.close()
  context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true })
  page = await context.newPage()
  pageErrors.length = 0
  page.on("pageerror", (error) => pageErrors.push(error.message))
  await run(served.emulator.wipe)
  await run(served.emulator.clearRequests)
  await run(served.emulator.clearFaults)
})

afterEach(() => {
  expect(pageErrors).toEqual([])
})

describe("the emulator's dashboard in headless Chromium", () => {
  it("renders every page with data, and shows a user signed up through the API without a reload", async ({ annotate }) => {
    const ada = await signUp("ada@example.com", strong("ada"))
    const session = await stytch(served, "/v1/sessions/authenticate", {
      session_token: ada["session_token"],
      session_custom_claims: { plan: "pro" }
    })
    expect(session.status).toBe(200)
    expect((await stytch(served, "/v1/passwords", { email: "weak@example.com", password: "password" })).json["error_type"]).toBe(
      "weak_password"
    )
    secrets.add("password1")
    await stytch(served, "/v1/passwords/email/reset/start", { email: "ada@example.com", reset_password_redirect_url: redirect })
    await run(served.emulator.seedOrganization({ organization_name: "Acme", organization_slug: "acme" }))
    secrets.add(strong("grace"))
    await run(served.emulator.seedMember({ organization_id: "acme", email_address: "grace@acme.com", password: strong("grace") }))
    const member = await stytch(served, "/v1/b2b/passwords/authenticate", {
      organization_id: "acme",
      email_address: "grace@acme.com",
      password: strong("grace"),
      session_duration_minutes: 60
    })
    expect(member.status).toBe(200)
    secrets.add(String(member.json["session_token"]))

    await openTab(page, served.origin, "users")
    const adaRow = page.locator("tr", { hasText: "ada@example.com" })
    await expect(adaRow.locator("td.password").innerText()).resolves.toMatch(/scrypt\s*native/)
    await expect(adaRow.innerText()).resolves.toContain(String((ada["session"] as { session_id: string }).session_id))
    await shot("users")
    // Signed up while the page is open: the live log tells the page, which redraws.
    await signUp("lin@example.com", strong("lin"))
    await page.waitForSelector("tr:has-text('lin@example.com')")
    await page.fill("#user-search", "lin@")
    await expect(page.locator("tbody tr").count()).resolves.toBe(1)

    await openTab(page, served.origin, "outbox")
    await expect(page.locator(".message").count()).resolves.toBe(1)
    await shot("outbox")

    await openTab(page, served.origin, "sessions")
    const sessionRow = page.locator("tr", { hasText: "ada@example.com" })
    await expect(sessionRow.innerText()).resolves.toContain("password: ada@example.com")
    await expect(sessionRow.innerText()).resolves.toContain('"plan": "pro"')
    await shot("sessions")

    await openTab(page, served.origin, "requests")
    await page.waitForSelector("tr[data-request-id]")
    const paths = await page.locator("tr[data-request-id] td:nth-child(3)").allInnerTexts()
    expect(paths).toContain("/v1/passwords/email/reset/start")
    await page.click("tr[data-request-id]:has-text('weak_password')")
    await page.waitForSelector("#request-detail pre")
    const detail = await page.innerText("#request-detail")
    expect(detail).toContain("400 weak_password")
    expect(detail).toContain('"password": "<redacted>"')
    await shot("requests")

    await openTab(page, served.origin, "settings")
    await expect(page.inputValue("#settings-strength_policy")).resolves.toBe("zxcvbn")
    await expect(page.inputValue("#fault-path")).resolves.toBe("*")
    await shot("settings")

    await openTab(page, served.origin, "state")
    await expect(page.locator("tbody td").allInnerTexts()).resolves.toEqual(["2", "2", "1", "1", "1"])
    await shot("state")

    await openTab(page, served.origin, "b2b")
    const memberRow = page.locator("tr[data-member-id]", { hasText: "grace@acme.com" })
    await expect(memberRow.innerText()).resolves.toMatch(/scrypt\s*native/)
    await expect(page.locator("tr[data-member-session-id]").count()).resolves.toBe(1)
    await shot("b2b")

    const report = `dashboard: ${shots.length} screenshots in ${screenshots}`
    console.log(report)
    await annotate(report)
  })

  it("shows a reset email in the outbox; its link carries the token and opens in a new tab", async () => {
    await signUp("ada@example.com", strong("ada"))
    await stytch(served, "/v1/passwords/email/reset/start", { email: "ada@example.com", reset_password_redirect_url: redirect })
    const token = Option.getOrThrow(await run(served.emulator.latestResetToken("ada@example.com")))
    // The app's reset page is offline here: the browser gets a stand-in.
    await context.route(`${redirect}**`, (route) => route.fulfill({ contentType: "text/html", body: "<h1>Reset your password</h1>" }))
    await openTab(page, served.origin, "outbox")
    const link = page.locator("a", { hasText: "Open reset link" })
    await expect(link.getAttribute("target")).resolves.toBe("_blank")
    const href = await link.getAttribute("href")
    expect(new URL(href ?? "").searchParams.get("token")).toBe(token)
    const [opened] = await Promise.all([context.waitForEvent("page"), link.click()])
    await opened.waitForLoadState()
    expect(new URL(opened.url()).searchParams.get("token")).toBe(token)
    await expect(opened.innerText("h1")).resolves.toBe("Reset your password")
    await opened.close()
    // The link works: the reset goes through with its token.
    const reset = await stytch(served, "/v1/passwords/email/reset", { token, password: strong("ada-new") })
    secrets.add(strong("ada-new"))
    expect(reset.status).toBe(200)
  })

  it("adds a fault in the page: the API answers 503 and the request log shows it, bodies redacted; clearing it restores the API", async () => {
    await signUp("ada@example.com", strong("ada"))
    await openTab(page, served.origin, "settings")
    await page.fill("#fault-path", "/v1/passwords/authenticate")
    await page.selectOption("#fault-kind", "status")
    await page.fill("#fault-status", "503")
    await page.fill("#fault-times", "2")
    await page.click("#fault-form button[type=submit]")
    await page.waitForSelector("tr[data-fault='status']")

    expect((await logIn("ada@example.com", strong("ada"))).status).toBe(503)
    expect((await logIn("ada@example.com", strong("ada"))).status).toBe(503)
    expect((await logIn("ada@example.com", strong("ada"))).status).toBe(200)

    await openTab(page, served.origin, "requests")
    await expect.poll(() => page.locator("tr[data-request-id]").count()).toBeGreaterThanOrEqual(4)
    const statuses = await page.locator("tr[data-request-id] td:nth-child(4)").allInnerTexts()
    expect(statuses.slice(0, 3)).toEqual(["200", "503", "503"])
    await page.check("#errors-only")
    await expect(page.locator("tr[data-request-id]").count()).resolves.toBe(2)
    await page.click("tr[data-request-id]")
    await page.waitForSelector("#request-detail pre")
    const detail = await page.innerText("#request-detail")
    expect(detail).toContain("503 server_unavailable")
    await shot("requests-fault")

    // Another fault, cleared from the page before it fires.
    await openTab(page, served.origin, "settings")
    await page.fill("#fault-path", "*")
    await page.click("#fault-form button[type=submit]")
    await page.waitForSelector("tr[data-fault='status']")
    await page.click("text=Clear faults")
    await page.waitForSelector("text=No fault: every request is answered normally.")
    expect((await logIn("ada@example.com", strong("ada"))).status).toBe(200)
  })

  it("keeps up with a burst: the live log shows the last 1,000 requests, newest first, none missed", async () => {
    await openTab(page, served.origin, "requests")
    await page.waitForSelector("#live.on")
    // 1,050 quick answers (no such route): more than the ring holds.
    for (let sent = 0; sent < 1050; sent += 50) {
      await Promise.all(Array.from({ length: 50 }, () => fetch(`${served.origin}/v1/no_such_route`)))
    }
    const logged = await run(served.emulator.requests)
    expect(logged).toHaveLength(1000)
    const newest = logged[logged.length - 1]?.id ?? 0
    await page.waitForSelector(`tr[data-request-id="${newest}"]`)
    await expect.poll(() => page.locator("tr[data-request-id]").count()).toBe(1000)
    const ids = (await page.locator("tr[data-request-id]").evaluateAll((rows) => rows.map((row) => Number(row.getAttribute("data-request-id")))))
    expect(ids).toEqual(logged.map((request) => request.id).reverse())
    await expect(page.innerText("#view .toolbar .muted")).resolves.toBe("1000 of the last 1000 requests")
  })

  it("users and sessions: force a reset, mark a password breached, revoke a session, delete a user", async () => {
    const ada = await signUp("ada@example.com", strong("ada"))
    const lin = await signUp("lin@example.com", strong("lin"))
    await openTab(page, served.origin, "users")

    await page.locator("tr", { hasText: "ada@example.com" }).locator("text=Force reset").click()
    await page.waitForSelector("tr:has-text('ada@example.com') .badge:has-text('reset required')")
    expect((await logIn("ada@example.com", strong("ada"))).json["error_type"]).toBe("reset_password")

    const breached = strong("breached")
    secrets.add(breached)
    await page.fill("#breach-password", breached)
    await page.click("text=Mark breached")
    await page.waitForSelector("#toast.show:has-text('Marked breached')")
    await expect(page.inputValue("#breach-password")).resolves.toBe("")
    // Stytch refuses a breached password as weak, saying why.
    const refused = await stytch(served, "/v1/passwords", { email: "new@example.com", password: breached })
    expect(refused.json).toMatchObject({ error_type: "weak_password", error_message: expect.stringContaining("data breach") })

    await openTab(page, served.origin, "sessions")
    const linSession = String((lin["session"] as { session_id: string }).session_id)
    await page.locator(`tr[data-session-id="${linSession}"]`).locator("text=Revoke").click()
    await page.waitForSelector(`tr[data-session-id="${linSession}"]`, { state: "detached" })
    expect((await stytch(served, "/v1/sessions/authenticate", { session_token: lin["session_token"] })).status).toBe(404)

    await openTab(page, served.origin, "users")
    await clickConfirming(`tr[data-user-id="${String(ada["user_id"])}"] >> text=Delete`)
    await page.waitForSelector(`tr[data-user-id="${String(ada["user_id"])}"]`, { state: "detached" })
    expect((await stytch(served, `/v1/users/${String(ada["user_id"])}`, undefined, "GET")).status).toBe(404)
    expect((await stytch(served, "/v1/sessions/authenticate", { session_token: ada["session_token"] })).status).toBe(404)
    await shot("users-after-actions")
  })

  it("settings and clock: a strength policy set in the page is the API's; moving the clock expires sessions", async () => {
    const ada = await signUp("ada@example.com", strong("ada"))
    await openTab(page, served.origin, "settings")
    await page.selectOption("#settings-strength_policy", "luds")
    await page.fill("#settings-luds_min_length", "12")
    await page.click("#settings-form button[type=submit]")
    await page.waitForSelector("#toast.show:has-text('Settings saved')")
    const settings = await run(served.emulator.settings)
    expect(settings).toMatchObject({ strength_policy: "luds", luds_min_length: 12 })
    const check = await stytch(served, "/v1/passwords/strength_check", { password: "Short1!x" })
    expect(check.json["strength_policy"]).toBe("luds")
    expect(check.json["valid_password"]).toBe(false)

    // Out of the schema's bounds: the form itself refuses it (its limits come from the schema).
    await page.fill("#settings-luds_min_complexity", "9")
    await expect(page.$eval("#settings-luds_min_complexity", (input) => "validity" in input && input.validity.valid)).resolves.toBe(false)
    await page.fill("#settings-luds_min_complexity", "3")
    // What only the route can refuse is refused with its reason, and changes nothing.
    await page.fill("#settings-migrate_rate_limit_per_second", "0")
    await page.click("#settings-form button[type=submit]")
    await page.waitForSelector("#toast.error:has-text('migrate_rate_limit_per_second')")
    expect((await run(served.emulator.settings)).migrate_rate_limit_per_second).toBe(100)

    await page.click("text=+1 day")
    await page.waitForSelector("text=moved forward 1440 minutes")
    expect((await stytch(served, "/v1/sessions/authenticate", { session_token: ada["session_token"] })).status).toBe(404)
    await shot("settings-after-changes")
  })

  it("state: exports to a file, wipes, and imports the file back; a bad file is refused and changes nothing", async () => {
    await signUp("ada@example.com", strong("ada"))
    await openTab(page, served.origin, "state")
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-state")])
    const file = join(screenshots, "exported-state.json")
    await download.saveAs(file)
    const exported: { users: ReadonlyArray<unknown>; format: string } = JSON.parse(readFileSync(file, "utf8"))
    expect(exported.format).toBe("effect-stytch-emulator")
    expect(exported.users).toHaveLength(1)
    rmSync(file)

    await clickConfirming("#wipe-state")
    await page.waitForSelector("#toast.show:has-text('State wiped')")
    expect(await run(served.emulator.users)).toEqual([])

    await page.setInputFiles("#import-file", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{not json") })
    await page.click("#import-state")
    await page.waitForSelector("#toast.error:has-text('broken.json is not JSON')")
    await page.setInputFiles("#import-file", {
      name: "other.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ ...exported, version: 99 }))
    })
    await page.click("#import-state")
    await page.waitForSelector("#toast.error:has-text('Invalid emulator state file')")
    expect(await run(served.emulator.users)).toEqual([])

    await page.setInputFiles("#import-file", { name: "state.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(exported)) })
    await page.click("#import-state")
    await page.waitForSelector("#toast.show:has-text('State imported')")
    expect((await logIn("ada@example.com", strong("ada"))).status).toBe(200)
  })

  it("B2B: organizations and members, with the same actions", async () => {
    await run(served.emulator.seedOrganization({ organization_name: "Acme", organization_slug: "acme" }))
    const grace = await run(served.emulator.seedMember({ organization_id: "acme", email_address: "grace@acme.com", password: strong("grace") }))
    const alan = await run(served.emulator.seedMember({ organization_id: "acme", email_address: "alan@acme.com", password: strong("alan") }))
    secrets.add(strong("grace"))
    secrets.add(strong("alan"))
    const memberLogIn = (email: string, password: string) =>
      stytch(served, "/v1/b2b/passwords/authenticate", { organization_id: "acme", email_address: email, password, session_duration_minutes: 60 })
    const alanSession = await memberLogIn("alan@acme.com", strong("alan"))
    secrets.add(String(alanSession.json["session_token"]))

    await openTab(page, served.origin, "b2b")
    await page.locator(`tr[data-member-id="${grace.member_id}"]`).locator("text=Force reset").click()
    await page.waitForSelector(`tr[data-member-id="${grace.member_id}"] .badge:has-text('reset required')`)
    expect((await memberLogIn("grace@acme.com", strong("grace"))).json["error_type"]).toBe("member_reset_password")

    await page.selectOption("select[data-organization='acme']", "REQUIRED_FOR_ALL")
    await page.waitForSelector("#toast.show:has-text('MFA policy changed')")
    expect((await run(served.emulator.organizations))[0]?.mfa_policy).toBe("REQUIRED_FOR_ALL")

    const sessionId = String((alanSession.json["member_session"] as { member_session_id: string }).member_session_id)
    await page.locator(`tr[data-member-session-id="${sessionId}"]`).locator("text=Revoke").click()
    await page.waitForSelector(`tr[data-member-session-id="${sessionId}"]`, { state: "detached" })
    expect((await stytch(served, "/v1/b2b/sessions/authenticate", { session_token: alanSession.json["session_token"] })).status).toBe(404)

    await clickConfirming(`tr[data-member-id="${alan.member_id}"] >> text=Delete`)
    await page.waitForSelector(`tr[data-member-id="${alan.member_id}"]`, { state: "detached" })
    expect((await run(served.emulator.members)).map((member) => member.email_address)).toEqual(["grace@acme.com"])
    await shot("b2b-after-actions")
  })

  it("beyond loopback: without the token the page and the control API answer 401; its one-time link sets the cookie", async () => {
    const guarded = await serve({ controlToken: "dashboard-test-token" })
    try {
      const refused = await page.goto(`${guarded.origin}/`)
      expect(refused?.status()).toBe(401)
      await expect(page.innerText("h1")).resolves.toBe("Token required")
      expect((await context.request.get(`${guarded.origin}/emulator/v1/users`)).status()).toBe(401)

      const opened = await page.goto(`${guarded.origin}/?token=dashboard-test-token`)
      expect(opened?.status()).toBe(200)
      expect(new URL(page.url()).search).toBe("")
      const [cookie] = await context.cookies(guarded.origin)
      expect(cookie).toMatchObject({ name: "stytch_emulator_token", httpOnly: true, sameSite: "Strict" })
      await page.waitForSelector("#live.on")
      await page.waitForSelector('main[data-ready="users"]')
      expect((await context.request.get(`${guarded.origin}/emulator/v1/users`)).status()).toBe(200)
      // The Stytch API keeps its Basic auth: the cookie is no credential there.
      expect((await context.request.post(`${guarded.origin}/v1/passwords`, { data: { email: "a@example.com", password: strong("a") } })).status()).toBe(401)
      await shot("token-granted")
    } finally {
      await guarded.close()
    }
  })
})
