/**
 * The client benchmark's server, run as its own process so it has its own core: node:http
 * on 127.0.0.1 (port 0), keep-alive, answering every request with the same canned bytes of
 * a full `authenticate` success. It reads each request body to the end first, as a real
 * server would. `GET /__cpu` answers with the process's CPU time so far (µs), for the
 * benchmark to tell whether the server was the bottleneck.
 *
 *   prints "PORT <n>" once listening; stops on SIGTERM.
 */
import { createServer } from "node:http"
import { authenticateResponseText } from "./fixture.js"

const body = Buffer.from(authenticateResponseText, "utf8")
const headers = {
  "content-type": "application/json; charset=utf-8",
  "content-length": String(body.length),
  "request-id": "request-id-test-69ca65bc-19cf-4a8b-ae51-1502d3b411de"
}

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (request, response) => {
  if (request.method === "GET" && request.url === "/__cpu") {
    const cpu = process.cpuUsage()
    response.writeHead(200, { "content-type": "text/plain" })
    response.end(String(cpu.user + cpu.system))
    return
  }
  request.on("data", () => undefined)
  request.on("end", () => {
    response.writeHead(200, headers)
    response.end(body)
  })
})
server.keepAliveTimeout = 60_000

server.listen(0, "127.0.0.1", () => {
  const address = server.address()
  console.log(`PORT ${typeof address === "object" && address !== null ? address.port : 0}`)
})

process.on("SIGTERM", () => {
  server.closeAllConnections()
  server.close(() => process.exit(0))
})
