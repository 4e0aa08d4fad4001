/**
 * Our strength checks timed in a process of their own, as the emulator runs
 * them: no reference library's heap around (their garbage collections would
 * show in our maximums). Prints one JSON object for bench/strength.ts.
 */
import { checkStrength, zxcvbnPolicy } from "../../src/emulator/strength/index.js"
import { adversarialGenerator, namedAdversarial, tableInputs } from "./strengthInputs.js"

const check = (password: string) => checkStrength(password, { policy: zxcvbnPolicy })

const time = (password: string): number => {
  const started = performance.now()
  check(password)
  return performance.now() - started
}

const summary = (times: Array<number>) => {
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN
  return { runs: times.length, median: at(0.5), p99: at(0.99), max: at(1) }
}

// the first checks of a process (after the one that builds the index), each input once, before V8 has optimised anything
check("")
const firstChecks = tableInputs().map(({ password }) => time(password))

// then warm up as a server would after its first requests
const warm = adversarialGenerator()
for (let k = 0; k < 300; k += 1) check(warm().slice(0, 10 + (k % 200)))

const table = tableInputs().map(({ kind, length, password }) => {
  const times: Array<number> = []
  const started = performance.now()
  while (times.length < 20 || (performance.now() - started < 300 && times.length < 500)) times.push(time(password))
  return { kind, length, ...summary(times) }
})

const named = namedAdversarial().map(([name, password]) => ({ name, ...summary(Array.from({ length: 100 }, () => time(password))) }))

// random adversarial inputs for 20 s, best of 3 each (filters out pauses caused by other processes)
const next = adversarialGenerator()
const best: Array<number> = []
const all: Array<number> = []
let slowest = ""
let slowestMs = 0
const started = performance.now()
while (performance.now() - started < 20_000) {
  const password = next()
  const times = [time(password), time(password), time(password)]
  all.push(...times)
  const fastest = Math.min(...times)
  best.push(fastest)
  if (fastest > slowestMs) {
    slowestMs = fastest
    slowest = password
  }
}

console.log(JSON.stringify({
  firstChecks: summary(firstChecks),
  table,
  named,
  adversarial: { bestOf3: summary(best), every: summary(all), slowest: slowest.slice(0, 60) }
}))
