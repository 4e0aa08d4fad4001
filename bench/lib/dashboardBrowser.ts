/**
 * A headless Chromium for the dashboard benchmark, run as a user's browser would be: started
 * as a child of this process (Debian's, from test/web/browser.ts's `chromiumPath()`) with a
 * DevTools port, and driven by playwright-core only while a page is opened or checked.
 *
 * Why not `launchChromium()`: a browser Playwright stays attached to sends every network event
 * of its pages to this process over the DevTools protocol, one message per server-sent event
 * too, and this process is the server being timed. Attached only between segments, the pages
 * run alone while the load runs, and this process pays only for what a real dashboard costs it.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { type Browser, chromium } from "playwright-core"
import { chromiumPath } from "../../test/web/browser.js"
import { stopChild } from "./child.js"

export interface BenchBrowser {
  readonly pid: number
  /** Connects Playwright for `body`, then disconnects; pages opened in the default context stay open. */
  readonly attached: <A>(body: (browser: Browser) => Promise<A>) => Promise<A>
  /** Ends the browser (SIGTERM, then SIGKILL) and removes its profile. */
  readonly stop: () => Promise<void>
}

/** Starts Chromium on about:blank and waits (up to `timeoutMs`) for its DevTools endpoint. */
export const startBrowser = async (timeoutMs = 30_000): Promise<BenchBrowser> => {
  const profile = mkdtempSync(join(tmpdir(), "bench-dashboard-chromium-"))
  const child: ChildProcess = spawn(
    chromiumPath(),
    [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--no-default-browser-check",
      "--remote-debugging-address=127.0.0.1",
      "--remote-debugging-port=0",
      `--user-data-dir=${profile}`,
      "about:blank"
    ],
    { stdio: ["ignore", "ignore", "pipe"] }
  )
  const stop = async () => {
    await stopChild(child)
    rmSync(profile, { recursive: true, force: true })
  }
  const endpoint = await new Promise<string>((resolve, reject) => {
    let stderr = ""
    const timer = setTimeout(() => reject(new Error(`Chromium printed no DevTools endpoint within ${timeoutMs} ms: ${stderr.slice(-500)}`)), timeoutMs)
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`Chromium exited (code ${code}) before listening: ${stderr.slice(-500)}`))
    })
    child.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8")
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr)
      if (match?.[1] === undefined) return
      clearTimeout(timer)
      child.removeAllListeners("exit")
      // Keep draining what it prints, or a full pipe would stall it.
      child.stderr?.removeAllListeners("data")
      child.stderr?.resume()
      resolve(match[1])
    })
  }).catch(async (error: unknown) => {
    await stop()
    throw error
  })
  return {
    pid: child.pid ?? 0,
    attached: async (body) => {
      const browser = await chromium.connectOverCDP(endpoint, { timeout: 30_000 })
      try {
        return await body(browser)
      } finally {
        // Over CDP, close() only disconnects: the browser and its default context's pages go on.
        await browser.close()
      }
    },
    stop
  }
}
