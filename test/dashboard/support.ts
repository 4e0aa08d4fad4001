/**
 * What the dashboard's browser tests share: the emulator served on loopback (optionally with a
 * control token), calls to its Stytch API with the project's credentials, and the pages opened
 * in Chromium, each waited for until its data is drawn.
 */
import { HttpServer } from "@effect/platform"
import { Context, Effect, Exit, Layer, Redacted, Scope } from "effect"
import type { Page } from "playwright-core"
import * as StytchEmulatorServer from "../../src/emulator/server.js"
import { type EmulatorControl, StytchEmulator } from "../../src/emulator/StytchEmulator.js"

export interface ServedEmulator {
  readonly emulator: EmulatorControl
  /** `http://127.0.0.1:<port>` */
  readonly origin: string
  readonly close: () => Promise<void>
}

/** The emulator served over HTTP on a free loopback port, until `close`. */
export const serve = async (options: StytchEmulatorServer.ServerOptions = {}): Promise<ServedEmulator> => {
  const scope = Effect.runSync(Scope.make())
  const context = await Effect.runPromise(Layer.buildWithScope(StytchEmulatorServer.layer({ port: 0, ...options }), scope))
  const origin = await Effect.runPromise(HttpServer.addressFormattedWith(Effect.succeed).pipe(Effect.provide(context)))
  return {
    emulator: Context.get(context, StytchEmulator),
    origin,
    close: () => Effect.runPromise(Scope.close(scope, Exit.void))
  }
}

export interface Answer {
  readonly status: number
  readonly json: Record<string, unknown>
}

/** A call to the emulator's Stytch API with the project's credentials. */
export const stytch = async (served: ServedEmulator, path: string, body?: unknown, method = "POST"): Promise<Answer> => {
  const credentials = `${served.emulator.projectId}:${Redacted.value(served.emulator.secret)}`
  const response = await fetch(`${served.origin}${path}`, {
    method,
    headers: { authorization: `Basic ${Buffer.from(credentials).toString("base64")}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  const json = (await response.json()) as Record<string, unknown>
  return { status: response.status, json }
}

/** Opens a dashboard page and waits until it has drawn its data. */
export const openTab = async (page: Page, origin: string, tab: string): Promise<void> => {
  await page.goto(`${origin}/#/${tab}`)
  await page.waitForSelector(`main[data-ready="${tab}"]`)
}

/** Everything the page shows or holds: its text, its HTML, and the values of its inputs. */
export const everythingOn = async (page: Page): Promise<string> => {
  const inputs = await page.$$eval("input, select, textarea", (elements) =>
    elements.map((element) => ("value" in element ? String(element.value) : ""))
  )
  return [await page.content(), await page.innerText("body"), ...inputs].join("\n")
}
