/**
 * Small helpers the benchmark parts share: tables, number formats, percentiles, the
 * "run me alone" check, and a note about the machine and its load.
 */
import { cpus, loadavg } from "node:os"
import { resolve } from "node:path"
import { fileURLToPath } from "node:url"

/** A table: a title, a header row, body rows, and notes printed under it. */
export interface Table {
  readonly title: string
  readonly header: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
  readonly notes?: ReadonlyArray<string> | undefined
  /** How many leading columns are text, left-aligned (default 1); the rest are right-aligned. */
  readonly textColumns?: number | undefined
}

/** Prints a table as aligned text (text columns left-aligned, the others right-aligned). */
export const printTable = (table: Table): void => {
  const all = [table.header, ...table.rows]
  const widths = table.header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? "").length)))
  const text = table.textColumns ?? 1
  const line = (row: ReadonlyArray<string>) =>
    row.map((cell, column) => (column < text ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")
  console.log(`\n${table.title}`)
  console.log(line(table.header))
  console.log(widths.map((width) => "-".repeat(width)).join("  "))
  for (const row of table.rows) console.log(line(row))
  for (const note of table.notes ?? []) console.log(`  ${note}`)
}

/** Whether the module at `metaUrl` is the script node was started with. */
export const isMain = (metaUrl: string): boolean =>
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(metaUrl)

/** The value of `--name value` on the command line, as a number, or the fallback. */
export const numberFlag = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`)
  const value = index < 0 ? undefined : Number(process.argv[index + 1])
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback
}

/** Whether `--name` is on the command line. */
export const flag = (name: string): boolean => process.argv.includes(`--${name}`)

/** The p-th percentile (0..100) of samples, nearest-rank; NaN when there are none. */
export const percentile = (samples: ReadonlyArray<number>, p: number): number => {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank] ?? Number.NaN
}

export const median = (samples: ReadonlyArray<number>): number => percentile(samples, 50)

/** Milliseconds with a precision that suits their size. */
export const ms = (value: number): string =>
  Number.isNaN(value) ? "-" : value < 1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)

/** A count with thousands separators. */
export const int = (value: number): string => Math.round(value).toLocaleString("en-US")

/** A ratio as `0.93x`. */
export const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}x` : "-")

/** Bytes as KB (1 KB = 1024 bytes) with one decimal. */
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`

/** `met` or `MISSED`, for the targets column. */
export const verdict = (ok: boolean): string => (ok ? "met" : "MISSED")

/** One line on the machine and its current load, printed before measurements. */
export const machineLine = (): string => {
  const [one = 0, five = 0] = loadavg()
  return `node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? "unknown"}), load average ${one.toFixed(2)} (1 min) ${five.toFixed(2)} (5 min)`
}

/** Waits until the 1-minute load average is under `limit`, for at most `maxMs`; says what it found. */
export const waitForQuiet = async (limit: number, maxMs: number): Promise<void> => {
  const start = Date.now()
  while ((loadavg()[0] ?? 0) > limit && Date.now() - start < maxMs) {
    await new Promise((done) => setTimeout(done, 2_000))
  }
  const now = loadavg()[0] ?? 0
  if (now > limit) console.log(`  note: load average ${now.toFixed(2)} is above ${limit}; numbers may be noisy`)
}
