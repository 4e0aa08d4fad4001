/**
 * A closed-loop load driver: `concurrency` workers, each sending one request, awaiting its
 * answer, then sending the next, until a request count or a deadline is reached (both bound
 * every loop). It records each request's latency and the process's CPU time.
 */

/** One run's outcome. */
export interface Segment {
  /** Requests completed. */
  readonly count: number
  /** Wall time from the first send to the last answer, ms. */
  readonly elapsedMs: number
  /** Process CPU time (user + system, all threads), ms. */
  readonly cpuMs: number
  /** Per-request latency, ms. */
  readonly latencies: ReadonlyArray<number>
}

export interface LoadOptions {
  readonly concurrency: number
  /** Stop sending after this many requests. */
  readonly maxRequests: number
  /** Stop sending after this many ms (requests in flight still complete). */
  readonly maxMs: number
}

/** Runs `call` in a closed loop; the first failure stops the run and is rethrown. */
export const closedLoop = async (call: () => Promise<unknown>, options: LoadOptions): Promise<Segment> => {
  const latencies: Array<number> = []
  let issued = 0
  let failure: { readonly error: unknown } | undefined
  const cpuStart = process.cpuUsage()
  const start = performance.now()
  const deadline = start + options.maxMs
  const worker = async () => {
    while (failure === undefined && issued < options.maxRequests && performance.now() < deadline) {
      issued++
      const sent = performance.now()
      try {
        await call()
      } catch (error) {
        failure = { error }
        return
      }
      latencies.push(performance.now() - sent)
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
  const elapsedMs = performance.now() - start
  const cpu = process.cpuUsage(cpuStart)
  if (failure !== undefined) throw failure.error
  return { count: latencies.length, elapsedMs, cpuMs: (cpu.user + cpu.system) / 1000, latencies }
}

/** Segments of one contender, added up. */
export interface Totals {
  count: number
  elapsedMs: number
  cpuMs: number
  readonly latencies: Array<number>
  /** Requests per second of each segment, in run order. */
  readonly segmentRps: Array<number>
}

export const emptyTotals = (): Totals => ({ count: 0, elapsedMs: 0, cpuMs: 0, latencies: [], segmentRps: [] })

export const addSegment = (totals: Totals, segment: Segment): void => {
  totals.count += segment.count
  totals.elapsedMs += segment.elapsedMs
  totals.cpuMs += segment.cpuMs
  for (const latency of segment.latencies) totals.latencies.push(latency)
  totals.segmentRps.push((segment.count / segment.elapsedMs) * 1000)
}

export const rps = (totals: Totals): number => (totals.count / totals.elapsedMs) * 1000

/** Runs `body` `times` times after `warmup` untimed runs; per-run ms. Bounded by `maxMs` too. */
export const timeEach = async (
  body: (index: number) => Promise<unknown>,
  options: { readonly warmup: number; readonly times: number; readonly maxMs: number }
): Promise<Array<number>> => {
  for (let index = 0; index < options.warmup; index++) await body(-1 - index)
  const samples: Array<number> = []
  const start = performance.now()
  for (let index = 0; index < options.times && (index < 3 || performance.now() - start < options.maxMs); index++) {
    const begin = performance.now()
    await body(index)
    samples.push(performance.now() - begin)
  }
  return samples
}

/** Options of {@link rotatingRounds}. */
export interface RoundsOptions {
  readonly concurrency: number
  readonly rounds: number
  readonly segmentMs: number
  /** Untimed calls per contender first. */
  readonly warmup: number
  /** Wraps each timed segment (to read the server's CPU around it, say); `index` is the contender's. */
  readonly around?: (index: number, segment: () => Promise<Segment>) => Promise<Segment>
}

/**
 * Warm-up, then `rounds` rounds of one segment per contender, the order rotating from round to
 * round so that no contender always runs first; the totals in the contenders' order.
 */
export const rotatingRounds = async (
  calls: ReadonlyArray<() => Promise<unknown>>,
  options: RoundsOptions
): Promise<ReadonlyArray<Totals>> => {
  const { concurrency } = options
  for (const call of calls) await closedLoop(call, { concurrency, maxRequests: options.warmup, maxMs: 30_000 })
  const totals = calls.map(() => emptyTotals())
  const around = options.around ?? ((_index, segment) => segment())
  for (let round = 0; round < options.rounds; round++) {
    for (let step = 0; step < calls.length; step++) {
      const index = (round + step) % calls.length
      const call = calls[index]!
      const segment = await around(index, () => closedLoop(call, { concurrency, maxRequests: Number.MAX_SAFE_INTEGER, maxMs: options.segmentMs }))
      addSegment(totals[index]!, segment)
    }
  }
  return totals
}
