/**
 * Starting a TypeScript helper in a child process (with the same tsx loader as this process)
 * that prints `PORT <n>` once it listens, and stopping it again.
 */
import { type ChildProcess, spawn } from "node:child_process"
import { createServer } from "node:net"
import { fileURLToPath } from "node:url"

export interface Child {
  readonly port: number
  readonly process: ChildProcess
  /** SIGTERM, then SIGKILL after 3 s; resolves when the child has exited. */
  readonly stop: () => Promise<void>
}

/** Resolves when the child exits, or after `ms`; true when it exited. */
const exited = (child: ChildProcess, ms: number): Promise<boolean> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(true)
    : new Promise((done) => {
        const timer = setTimeout(() => done(false), ms)
        child.once("exit", () => {
          clearTimeout(timer)
          done(true)
        })
      })

export const stopChild = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill("SIGTERM")
  if (!(await exited(child, 3_000))) {
    child.kill("SIGKILL")
    await exited(child, 3_000)
  }
}

/** Runs `bench/<relative>` (resolved from this folder's parent) and waits up to `timeoutMs` for its port. */
export const startHelper = (relative: string, args: ReadonlyArray<string>, timeoutMs = 15_000): Promise<Child> => {
  const file = fileURLToPath(new URL(`../${relative}`, import.meta.url))
  const child = spawn(process.execPath, [...process.execArgv, file, ...args], { stdio: ["ignore", "pipe", "inherit"] })
  return new Promise((resolve, reject) => {
    let buffered = ""
    const timer = setTimeout(() => {
      void stopChild(child)
      reject(new Error(`${relative} did not report a port within ${timeoutMs} ms`))
    }, timeoutMs)
    child.once("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`${relative} exited (code ${code}) before reporting a port`))
    })
    child.stdout?.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8")
      const match = /^PORT (\d+)$/m.exec(buffered)
      if (match?.[1] === undefined) return
      clearTimeout(timer)
      child.removeAllListeners("exit")
      child.stdout?.removeAllListeners("data")
      child.stdout?.resume()
      resolve({ port: Number(match[1]), process: child, stop: () => stopChild(child) })
    })
  })
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : 0
      server.close(() => resolve(port))
    })
  })
