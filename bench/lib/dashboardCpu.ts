/**
 * CPU time read from /proc, for the dashboard benchmark: the processes below this one (the
 * Chromium it started, renderers and all) and the whole machine. Linux only; elsewhere both
 * read as NaN and the table says "-".
 */
import { readdirSync, readFileSync } from "node:fs"

/** USER_HZ: /proc counts CPU time in ticks of 10 ms on Linux. */
const tickMs = 10

interface ProcStat {
  readonly ppid: number
  /** utime + stime + cutime + cstime, ms: a reaped child's time moves to its parent, the sum stays. */
  readonly cpuMs: number
}

/** One process's line, or undefined when it has gone. The command name may hold spaces: read after its `)`. */
const procStat = (pid: number): ProcStat | undefined => {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8")
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ")
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0)
    return { ppid: Number(fields[1]), cpuMs: ticks * tickMs }
  } catch {
    return undefined
  }
}

/** CPU ms of every process below `root` (not `root` itself). */
export const descendantsCpuMs = (root: number = process.pid): number => {
  let entries: Array<string>
  try {
    entries = readdirSync("/proc")
  } catch {
    return Number.NaN
  }
  const children = new Map<number, Array<number>>()
  const stats = new Map<number, ProcStat>()
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    const pid = Number(entry)
    const stat = procStat(pid)
    if (stat === undefined) continue
    stats.set(pid, stat)
    const siblings = children.get(stat.ppid)
    if (siblings === undefined) children.set(stat.ppid, [pid])
    else siblings.push(pid)
  }
  let total = 0
  const pending = [...(children.get(root) ?? [])]
  while (pending.length > 0) {
    const pid = pending.pop()!
    total += stats.get(pid)?.cpuMs ?? 0
    pending.push(...(children.get(pid) ?? []))
  }
  return total
}

/** Busy CPU ms of the whole machine (all cores) so far, from the `cpu` line of /proc/stat. */
export const machineBusyMs = (): number => {
  try {
    const line = readFileSync("/proc/stat", "utf8").split("\n")[0] ?? ""
    const [, user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).map(Number)
    return (user + nice + system + irq + softirq + steal) * tickMs
  } catch {
    return Number.NaN
  }
}

/** A reading of the three clocks a segment is charged with. */
export interface CpuReading {
  /** This process (server, load and, in condition B, the subscriber), ms. */
  readonly ownMs: number
  /** The processes below this one: the browser, ms. */
  readonly browserMs: number
  /** The whole machine, ms. */
  readonly machineMs: number
}

export const readCpu = (): CpuReading => {
  const own = process.cpuUsage()
  return { ownMs: (own.user + own.system) / 1000, browserMs: descendantsCpuMs(), machineMs: machineBusyMs() }
}

/** `after - before`, field by field; `others` is what the machine spent outside this process and its children. */
export const cpuBetween = (before: CpuReading, after: CpuReading): CpuReading & { readonly othersMs: number } => {
  const ownMs = after.ownMs - before.ownMs
  const browserMs = after.browserMs - before.browserMs
  const machineMs = after.machineMs - before.machineMs
  return { ownMs, browserMs, machineMs, othersMs: Math.max(0, machineMs - ownMs - browserMs) }
}
