/**
 * The conditions the dashboard benchmark compares, each set up before a timed segment and
 * checked and taken down after it:
 *
 *   A  nothing subscribed to the request log (the baseline);
 *   B  one server-sent-events subscriber (fetch, a process of its own) reading the live log and dropping it;
 *   C  the dashboard in headless Chromium on `#/requests` (the live log, redrawn after a burst);
 *   D  the dashboard on `#/users` (polls the control API every 3 s, refreshes after a burst).
 *
 * Every check throws when the condition was not what it says: B must have received every
 * request of the segment as an event; C and D must read "live" before and after, C must show
 * the segment's last request as its newest row.
 */
import { fork } from "node:child_process"
import { fileURLToPath } from "node:url"
import type { Page } from "playwright-core"
import { stopChild } from "./child.js"
import type { BenchBrowser } from "./dashboardBrowser.js"

/** What a condition reports about one segment, once checked. */
export interface SegmentCheck {
  /** Log events the subscriber received during the segment, and the requests logged in it (B). */
  readonly events?: readonly [received: number, logged: number]
  /** Rows in the page's request table, and whether their ids run without a gap up to the last request (C). */
  readonly rows?: { readonly count: number; readonly contiguous: boolean }
  /** The page's control API fetches that started during the segment (C, D). */
  readonly pageFetches?: number
}

/** A condition in place for one segment. */
export interface Opened {
  /** Called right before the segment starts. */
  readonly started: (lastId: number) => void
  /** Checks the segment (`lastId`: the last request logged in it) and takes the condition down. */
  readonly finish: (lastId: number) => Promise<SegmentCheck>
}

export interface Condition {
  readonly id: string
  readonly name: string
  readonly open: () => Promise<Opened>
}

/** What the conditions need from the run. */
export interface ConditionContext {
  readonly origin: string
  readonly browser: BenchBrowser
  readonly subscriber: Subscriber
  /** Sends one logged API request and resolves with its log id. */
  readonly probe: () => Promise<number>
}

const none: Condition = {
  id: "A",
  name: "A  no dashboard",
  open: async () => ({ started: () => undefined, finish: async () => ({}) })
}

/** The parent's side of bench/lib/dashboardSubscriber.ts: a process holding the live log open on command. */
export interface Subscriber {
  readonly ask: (command: "open" | "status" | "close") => Promise<Readonly<Record<string, unknown>>>
  readonly stop: () => Promise<void>
}

/** Forks the subscriber (with this process's tsx loader) for the stream at `url`. */
export const startSubscriber = (url: string): Subscriber => {
  const child = fork(fileURLToPath(new URL("./dashboardSubscriber.ts", import.meta.url)), [url], {
    execArgv: process.execArgv,
    stdio: ["ignore", "inherit", "inherit", "ipc"]
  })
  return {
    ask: (command) =>
      new Promise((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`the subscriber process exited (code ${code})`))
        child.once("exit", onExit)
        child.once("message", (answer: Readonly<Record<string, unknown>>) => {
          child.off("exit", onExit)
          if (typeof answer["error"] === "string") reject(new Error(answer["error"]))
          else resolve(answer)
        })
        child.send({ command })
      }),
    stop: async () => {
      if (child.connected) child.disconnect()
      await stopChild(child)
    }
  }
}

const status = async (subscriber: Subscriber): Promise<{ readonly received: number; readonly lastSeen: number }> => {
  const answer = await subscriber.ask("status")
  return { received: Number(answer["received"]), lastSeen: Number(answer["lastSeen"]) }
}

/** Polls the subscriber until it has heard request `id`; throws after `timeoutMs`. */
const heard = async (subscriber: Subscriber, id: number, timeoutMs: number): Promise<number> => {
  const deadline = performance.now() + timeoutMs
  for (;;) {
    const { received, lastSeen } = await status(subscriber)
    if (lastSeen >= id) return received
    if (performance.now() > deadline) throw new Error(`the SSE subscriber stopped at request ${lastSeen} of ${id}`)
    await new Promise((done) => setTimeout(done, 10))
  }
}

/** B: one reader of the live log, as a script would hold it open, in a process of its own. */
const subscriber = (context: ConditionContext): Condition => ({
  id: "B",
  name: "B  SSE subscriber (fetch, events dropped)",
  open: async () => {
    const { subscriber } = context
    await subscriber.ask("open")
    let receivedBefore = 0
    try {
      // Subscribed when a request sent now comes back as an event (the backlog is read by then).
      receivedBefore = await heard(subscriber, await context.probe(), 5_000)
    } catch (error) {
      await subscriber.ask("close")
      throw error
    }
    let firstId = 0
    return {
      started: (lastId) => {
        firstId = lastId
      },
      finish: async (lastId) => {
        try {
          const received = await heard(subscriber, lastId, 5_000)
          return { events: [received - receivedBefore, lastId - firstId] }
        } finally {
          await subscriber.ask("close")
        }
      }
    }
  }
})

const pageUrl = (origin: string, tab: string) => `${origin}/#/${tab}`

/** Epoch ms at which the page's control API fetches started. */
const fetchStarts = async (page: Page): Promise<ReadonlyArray<number>> => {
  const starts: unknown = await page.evaluate(
    `performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/emulator/v1/")).map((entry) => performance.timeOrigin + entry.startTime)`
  )
  return Array.isArray(starts) ? starts.filter((value): value is number => typeof value === "number") : []
}

const readsLive = async (page: Page, when: string): Promise<void> => {
  const live = await page.textContent("#live")
  if (live !== "live") throw new Error(`the dashboard's #live read "${live}" ${when}`)
}

/** The request ids of the page's table, top (newest) first. */
const rowIds = async (page: Page): Promise<ReadonlyArray<number>> => {
  const ids: unknown = await page.evaluate(
    `Array.from(document.querySelectorAll("tr[data-request-id]"), (row) => Number(row.getAttribute("data-request-id")))`
  )
  return Array.isArray(ids) ? ids.filter((value): value is number => typeof value === "number") : []
}

/** C and D: the dashboard on `tab`, opened and checked with Playwright attached, left alone in between. */
const dashboard = (context: ConditionContext, id: string, name: string, tab: "requests" | "users"): Condition => ({
  id,
  name,
  open: async () => {
    const url = pageUrl(context.origin, tab)
    await context.browser.attached(async (browser) => {
      const page = await browser.contexts()[0]!.newPage()
      try {
        await page.goto(url)
        await page.waitForSelector(`main[data-ready="${tab}"]`, { timeout: 15_000 })
        await page.waitForFunction(`document.getElementById("live").textContent === "live"`, undefined, { timeout: 15_000 })
        await page.evaluate("performance.setResourceTimingBufferSize(100000)")
        // Subscribed: a request sent now shows as a row (C); the users page has drawn its user (D).
        const probed = await context.probe()
        if (tab === "requests") await page.waitForSelector(`tr[data-request-id="${probed}"]`, { timeout: 15_000 })
        else await page.waitForSelector("tr[data-user-id]", { timeout: 15_000 })
        // Let the redraw the probe set off (250 ms after it) pass before the segment.
        await page.waitForTimeout(400)
      } catch (error) {
        await page.close()
        throw error
      }
    })
    let startedAt = 0
    return {
      started: () => {
        startedAt = Date.now()
      },
      finish: (lastId) => {
        const endedAt = Date.now()
        return context.browser.attached(async (browser) => {
          const page = browser.contexts()[0]!.pages().find((candidate) => candidate.url() === url)
          if (page === undefined) throw new Error(`the dashboard page ${url} is gone`)
          try {
            await readsLive(page, "after the segment")
            const fetches = (await fetchStarts(page)).filter((at) => at >= startedAt && at <= endedAt).length
            if (tab !== "requests") {
              if ((await page.$$("tr[data-user-id]")).length === 0) throw new Error("the users page shows no user after the segment")
              return { pageFetches: fetches }
            }
            await page.waitForSelector(`tr[data-request-id="${lastId}"]`, { timeout: 10_000 }).catch(() => {
              throw new Error(`the requests page never showed request ${lastId}, the segment's last`)
            })
            const ids = await rowIds(page)
            return {
              pageFetches: fetches,
              rows: { count: ids.length, contiguous: ids[0] === lastId && ids.every((rowId, index) => rowId === lastId - index) }
            }
          } finally {
            await page.close()
          }
        })
      }
    }
  }
})

/** A, B, C and, when `users`, D. */
export const conditions = (context: ConditionContext, users: boolean): ReadonlyArray<Condition> => [
  none,
  subscriber(context),
  dashboard(context, "C", "C  dashboard page, #/requests (live log)", "requests"),
  ...(users ? [dashboard(context, "D", "D  dashboard page, #/users (polls 3 s)", "users")] : [])
]
