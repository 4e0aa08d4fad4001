/**
 * The live-log subscriber of the dashboard benchmark (condition B), in a process of its own so
 * that what reading the stream costs is not charged to the server being timed (as a browser's
 * is not): `fetch` on /emulator/v1/requests/stream, every batch of requests read and dropped,
 * only the count and the last id kept, to prove none was missed.
 *
 * Driven over IPC by bench/lib/dashboardConditions.ts, one command at a time:
 *   { command: "open" }   -> { open: true } once the stream answered 200, or { error }
 *   { command: "status" } -> { received, lastSeen }
 *   { command: "close" }  -> { closed: true } once the stream is aborted
 * It exits when its parent disconnects.
 *
 *   (forked) bench/lib/dashboardSubscriber.ts <stream url>
 */

const url = process.argv[2] ?? ""

let received = 0
let lastSeen = 0
let controller: AbortController | undefined
let reading: Promise<void> = Promise.resolve()

const read = async (body: ReadableStream<Uint8Array>) => {
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let carry = ""
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      carry += decoder.decode(value, { stream: true })
      const blocks = carry.split("\n\n")
      carry = blocks.pop() ?? ""
      for (const block of blocks) {
        // Each event is a batch of requests; its id is the last one's.
        const id = /^id: (\d+)$/m.exec(block)?.[1]
        const data = /^data: (.*)$/m.exec(block)?.[1]
        if (id === undefined || data === undefined) continue
        const batch: ReadonlyArray<unknown> = JSON.parse(data)
        received += batch.length
        lastSeen = Number(id)
      }
    }
  } catch {
    // aborted by "close"
  }
}

const handle = async (command: unknown): Promise<Record<string, unknown>> => {
  switch (command) {
    case "open": {
      controller = new AbortController()
      const response = await fetch(url, { signal: controller.signal })
      if (response.status !== 200 || response.body === null) return { error: `the live log answered ${response.status}` }
      reading = read(response.body)
      return { open: true }
    }
    case "status":
      return { received, lastSeen }
    case "close":
      controller?.abort()
      await reading
      return { closed: true }
    default:
      return { error: `unknown command ${String(command)}` }
  }
}

process.on("message", (message: { readonly command?: unknown }) => {
  handle(message.command).then(
    (answer) => process.send?.(answer),
    (error: unknown) => process.send?.({ error: String(error) })
  )
})
process.on("disconnect", () => {
  controller?.abort()
  process.exit(0)
})
