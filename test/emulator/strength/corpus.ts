import * as zxcvbnCommon from "@zxcvbn-ts/language-common"
import * as zxcvbnEn from "@zxcvbn-ts/language-en"

// mulberry32: tiny, fast, deterministic
const seeded = (seed: number) => {
  let state = seed >>> 0
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const L33T: Record<string, string> = { a: "4", e: "3", i: "1", o: "0", s: "$", t: "7", l: "1", g: "9", b: "8" }
const SYMBOLS = "!@#$%^&*()-_=+[]{};:,.<>/?|~"
const PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + SYMBOLS

/**
 * One corpus entry and the family it was generated from.
 *
 * @example
 * const e: CorpusEntry = { kind: "date", password: "12/25/1987" }
 */
export interface CorpusEntry {
  readonly kind: string
  readonly password: string
}

/**
 * A deterministic corpus of ordinary passwords (at most 64 characters):
 * dictionary words with digits, symbols, l33t and capitals; keyboard walks;
 * dates; repeats; sequences; random strings of 6..64; common passwords;
 * short strings made of l33t look-alikes.
 *
 * @example
 * buildCorpus(42, 10).length // 10 × the number of families
 */
export const buildCorpus = (seed: number, perKind: number): Array<CorpusEntry> => {
  const random = seeded(seed)
  const int = (below: number) => Math.floor(random() * below)
  const pick = <A>(items: ReadonlyArray<A>): A => {
    const item = items[int(items.length)]
    if (item === undefined) throw new Error("empty list")
    return item
  }
  const top = (list: ReadonlyArray<string>, n: number) => list.slice(0, n)
  const passwords = top(zxcvbnCommon.dictionary["passwords-common"], 5000)
  const words = [
    ...top(zxcvbnEn.dictionary["commonWords-en"], 3000),
    ...top(zxcvbnEn.dictionary["firstnames-en"], 500),
    ...top(zxcvbnEn.dictionary["lastnames-en"], 500),
    ...top(zxcvbnEn.dictionary["wikipedia-en"], 1000)
  ]
  const digits = (n: number) => Array.from({ length: n }, () => String(int(10))).join("")
  const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
  const l33t = (w: string) => w.split("").map((c) => (random() < 0.6 ? L33T[c] ?? c : c)).join("")
  const decorate = (w: string) => {
    const styled = [w, capitalise(w), l33t(w), w.toUpperCase(), capitalise(l33t(w))][int(5)] ?? w
    return [styled, styled + digits(1 + int(4)), styled + pick([...SYMBOLS]), digits(2) + styled + pick([...SYMBOLS])][int(4)] ?? styled
  }
  const walk = (graphName: "qwerty" | "dvorak" | "keypad") => {
    const graph: Record<string, ReadonlyArray<string | null>> = zxcvbnCommon.adjacencyGraphs[graphName]
    let key = pick(Object.keys(graph))
    let out = key
    const length = 4 + int(12)
    while (out.length < length) {
      const options = (graph[key] ?? []).filter((k): k is string => k !== null)
      const next = options.length === 0 ? undefined : pick(options)
      if (next === undefined) break
      key = next.charAt(random() < 0.8 ? 0 : next.length - 1)
      out += key
    }
    return out
  }
  const pad = (n: number) => String(n).padStart(2, "0")
  const date = () => {
    const [y, m, d] = [1950 + int(75), 1 + int(12), 1 + int(28)]
    return pick([`${pad(m)}/${pad(d)}/${y}`, `${y}${pad(m)}${pad(d)}`, `${pad(d)}.${pad(m)}.${String(y).slice(2)}`, `${pick(words)}${y}`, `${d}${m}${y}`])
  }
  const sequence = () => {
    const alphabet = pick(["abcdefghijklmnopqrstuvwxyz", "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"])
    const start = int(alphabet.length - 3)
    const run = alphabet.slice(start, start + 3 + int(alphabet.length - start - 3))
    return random() < 0.3 ? run.split("").reverse().join("") : run
  }
  const repeat = () => {
    const unit = pick([pick(words).slice(0, 1 + int(4)), digits(1 + int(3)), pick([...SYMBOLS])])
    return unit.repeat(2 + int(8)).slice(0, 64)
  }
  const randomString = () => Array.from({ length: 6 + int(59) }, () => pick([...PRINTABLE])).join("")
  const phrase = () =>
    Array.from({ length: 2 + int(4) }, () => pick(words)).join(pick(["", " ", "-", "_", "."])).slice(0, 64)

  const families: Record<string, () => string> = {
    word: () => decorate(pick(words)),
    phrase: () => decorate(phrase()).slice(0, 64),
    common: () => pick(passwords),
    commonDecorated: () => decorate(pick(passwords)),
    keyboard: () => walk(pick(["qwerty", "dvorak", "keypad"] as const)),
    date,
    sequence,
    repeat,
    random: randomString,
    // short but full of l33t look-alikes: zxcvbn-ts hits its cap of 100
    // un-l33ted candidates on these
    l33tDense: () => Array.from({ length: 3 + int(4) }, () => pick([..."4@8(6|310!$5+7%2<9"])).join("")
  }
  return Object.entries(families).flatMap(([kind, make]) =>
    Array.from({ length: perKind }, () => ({ kind, password: make().slice(0, 64) }))
  )
}
