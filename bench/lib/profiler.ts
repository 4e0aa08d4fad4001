/**
 * The V8 sampling profiler around one piece of work, for the profiling tools: nothing is
 * recorded when no file is asked for.
 */
import { writeFileSync } from "node:fs"
import { Session } from "node:inspector/promises"

/** Runs `work`, sampling every 100 µs into `profileFile` (a .cpuprofile) when one is given. */
export const profiled = async <A>(profileFile: string | undefined, work: () => Promise<A>): Promise<A> => {
  if (profileFile === undefined) return work()
  const session = new Session()
  session.connect()
  await session.post("Profiler.enable")
  await session.post("Profiler.setSamplingInterval", { interval: 100 })
  await session.post("Profiler.start")
  try {
    return await work()
  } finally {
    const { profile } = await session.post("Profiler.stop")
    writeFileSync(profileFile, JSON.stringify(profile))
    session.disconnect()
    console.log(`profile written to ${profileFile}`)
  }
}
