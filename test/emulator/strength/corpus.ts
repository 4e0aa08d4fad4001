import { createRequire } from "node:module"

// zxcvbn 4.4.2's own data (a devDependency): the corpus is built from the
// reference's lists, not from ours.
const require = createRequire(import.meta.url)
const frequencyLists: Record<string, ReadonlyArray<string>> = require("zxcvbn/lib/frequency_lists.js")
const adjacencyGraphs: Record<string, Record<string, ReadonlyArray<string | null>>> = require(
  "zxcvbn/lib/adjacency_graphs.js"
)

/**
 * mulberry32: tiny, fast, deterministic.
 *
 * @example
 * const random = seeded(42); random() // always the same first number
 */
export const seeded = (seed: number) => {
  let state = seed >>> 0
  return (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * One corpus entry: the family it comes from, the password and the user inputs to score it with.
 *
 * @example
 * const e: CorpusEntry = { kind: "date", password: "12/25/1987", userInputs: [] }
 */
export interface CorpusEntry {
  readonly kind: string
  readonly password: string
  readonly userInputs: ReadonlyArray<string>
}

const L33T: Record<string, ReadonlyArray<string>> = {
  a: ["4", "@"],
  b: ["8"],
  c: ["(", "{", "[", "<"],
  e: ["3"],
  g: ["6", "9"],
  i: ["1", "!", "|"],
  l: ["1", "|", "7"],
  o: ["0"],
  s: ["$", "5"],
  t: ["+", "7"],
  x: ["%"],
  z: ["2"]
}
const L33T_CHARACTERS = "4@8({[<3691!|70$5+%2"
const SYMBOLS = "!@#$%^&*()-_=+[]{};:,.<>/?|~`'\" \\"
const PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + SYMBOLS
const NON_ASCII = [
  "é", "ü", "ñ", "ç", "ø", "Å", "É", "Ü", "ß", "İ", "ı", "Σ", "ς", "σ", "Ω", "ж", "Ж", "中", "文", "密码", "日本",
  "😀", "🔥", "👩‍👩‍👧", "🏳️‍🌈", "\u0301", "\u200d", "\ud800", "\udc00", "ǅ", "ﬁ", "Ⅻ"
]
const NAMES = ["passwords", "english_wikipedia", "female_names", "surnames", "us_tv_and_film", "male_names"]

/**
 * A deterministic corpus for the agreement tests: every dictionary at every
 * rank band, capitals, l33t, reversal, years, dates in every format, every
 * keyboard graph, sequences, repeats, mixtures, random and non-ASCII text,
 * user inputs, and every length from 0 to 100.
 *
 * @example
 * buildCorpus(42, 5000).length // 5000
 */
export const buildCorpus = (seed: number, size: number): Array<CorpusEntry> => {
  const random = seeded(seed)
  const int = (below: number) => Math.floor(random() * below)
  const chance = (p: number) => random() < p
  const pick = <A>(items: ReadonlyArray<A>): A => {
    const item = items[int(items.length)]
    if (item === undefined) throw new Error("empty list")
    return item
  }
  const list = (name: string): ReadonlyArray<string> => frequencyLists[name] ?? []
  // a rank band: top-10, top-100, top-1000, deep, or the last entries
  const word = (name: string = pick(NAMES)): string => {
    const entries = list(name)
    const band = int(5)
    const at = band === 0
      ? int(10)
      : band === 1
      ? int(100)
      : band === 2
      ? int(1000)
      : band === 3
      ? int(entries.length)
      : entries.length - 1 - int(20)
    return entries[Math.max(0, Math.min(entries.length - 1, at))] ?? "x"
  }
  const digits = (n: number) => Array.from({ length: n }, () => String(int(10))).join("")
  const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1)
  const capitals = (w: string) => {
    switch (int(6)) {
      case 0:
        return capitalise(w)
      case 1:
        return w.toUpperCase()
      case 2:
        return w.slice(0, -1) + w.slice(-1).toUpperCase()
      case 3:
        return w.split("").map((c) => (chance(0.4) ? c.toUpperCase() : c)).join("")
      default:
        return w
    }
  }
  const l33t = (w: string, rate = 0.6) => w.split("").map((c) => (chance(rate) ? pick(L33T[c] ?? [c]) : c)).join("")
  const reverse = (w: string) => w.split("").reverse().join("")
  const pad = (n: number) => String(n).padStart(2, "0")
  const year = () => pick([1900 + int(130), 1000 + int(1100), 1990 + int(40), 2000 + int(30)])
  const date = () => {
    const [y, m, d] = [year(), 1 + int(12), 1 + int(31)]
    const yy = chance(0.5) ? String(y) : String(y).slice(-2)
    const [mm, dd] = chance(0.5) ? [pad(m), pad(d)] : [String(m), String(d)]
    const separator = pick(["", "", "/", "-", ".", "_", " ", "\\", "\t"])
    const order = pick([[mm, dd, yy], [dd, mm, yy], [yy, mm, dd], [yy, dd, mm]])
    return order.join(separator)
  }
  const walk = () => {
    const graphName = pick(["qwerty", "dvorak", "keypad", "mac_keypad"])
    const graph = adjacencyGraphs[graphName] ?? {}
    let key = pick(Object.keys(graph))
    let out = key
    const length = 3 + int(14)
    let direction = int(6)
    while (out.length < length) {
      const neighbours = graph[key] ?? []
      // keep a direction for a while (straight rows), then turn
      if (chance(0.3)) direction = int(neighbours.length)
      const next = neighbours[direction] ?? neighbours.find((k) => k !== null)
      if (next === null || next === undefined) {
        direction = int(neighbours.length)
        continue
      }
      key = next.charAt(chance(0.8) ? 0 : next.length - 1)
      out += key
    }
    return out
  }
  const sequence = () => {
    const alphabet = pick([
      "abcdefghijklmnopqrstuvwxyz",
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      "0123456789",
      "αβγδεζηθικλμνξοπρστυφχψω",
      "абвгдежзийклмнопрстуф",
      "acegikmoqsuwy",
      "13579",
      "adgjmpsvy",
      "あいうえおかきくけこ"
    ])
    const start = int(Math.max(1, alphabet.length - 2))
    const run = alphabet.slice(start, start + 2 + int(alphabet.length))
    return chance(0.35) ? reverse(run) : run
  }
  const repeat = (): string => {
    const unit = pick([
      () => pick([...PRINTABLE]),
      () => word().slice(0, 1 + int(5)),
      () => digits(1 + int(3)),
      () => sequence().slice(0, 4),
      () => walk().slice(0, 4),
      () => repeat().slice(0, 6)
    ])()
    return unit.repeat(2 + int(6))
  }
  const randomString = (length = 1 + int(40)) => Array.from({ length }, () => pick([...PRINTABLE])).join("")
  const nonAscii = () =>
    Array.from({ length: 1 + int(8) }, () => (chance(0.5) ? pick(NON_ASCII) : chance(0.5) ? word() : pick([...PRINTABLE]))).join("")
  const email = () => {
    const first = word("female_names")
    const last = word("surnames")
    return `${pick([first, capitalise(first)])}${pick([".", "_", "", "-"])}${last}@${pick(["example.com", "lakeside.org"])}`
  }
  const userInputsFor = (address: string) => {
    const local = address.slice(0, address.lastIndexOf("@"))
    const pieces = local.split(/[._+-]+/).filter((piece) => piece !== "")
    return [address, local, ...(pieces.length > 1 ? [...pieces, pieces.join("")] : [])]
  }
  const piece = (): string =>
    pick([
      () => capitals(word()),
      () => l33t(word()),
      () => reverse(word()),
      () => digits(1 + int(4)),
      () => String(year()),
      date,
      walk,
      sequence,
      () => pick([...SYMBOLS]),
      () => pick(["1", "!", "|", "7", "0", "@", "$"])
    ])()
  const mixture = () => Array.from({ length: 2 + int(5) }, piece).join(pick(["", "", "", " ", "-", "_", "."]))

  const families: ReadonlyArray<readonly [string, number, () => string]> = [
    ["word", 10, () => word()],
    ["capitals", 6, () => capitals(word())],
    ["l33t", 8, () => l33t(word(), pick([0.2, 0.5, 1]))],
    ["l33tAmbiguous", 4, () => Array.from({ length: 2 + int(12) }, () => pick([..."1|7!il1|7ti"])).join("")],
    ["l33tDense", 3, () => Array.from({ length: 3 + int(20) }, () => pick([...L33T_CHARACTERS])).join("")],
    ["reversed", 5, () => capitals(reverse(word()))],
    ["year", 3, () => pick([String(year()), `${word()}${year()}`, `${year()}${word()}`])],
    ["date", 8, date],
    ["dateInText", 3, () => `${word()}${date()}${pick(["", "!", word()])}`],
    ["keyboard", 8, walk],
    ["sequence", 5, sequence],
    ["repeat", 7, repeat],
    ["mixture", 14, mixture],
    ["random", 6, () => randomString()],
    ["nonAscii", 6, nonAscii],
    ["userInputs", 4, () => ""],
    ["empty", 0.2, () => ""]
  ]
  const total = families.reduce((sum, [, weight]) => sum + weight, 0)
  const entries: Array<CorpusEntry> = []
  // every length from 0 to 100, from each family in turn
  for (let length = 0; length <= 100; length += 1) {
    let password = ""
    while (password.length < length) password += mixture()
    entries.push({ kind: `length${length}`, password: password.slice(0, length), userInputs: [] })
  }
  while (entries.length < size) {
    let roll = random() * total
    const family = families.find(([, weight]) => (roll -= weight) < 0) ?? families[0]
    if (family === undefined) break
    const [kind, , make] = family
    if (kind === "userInputs") {
      const address = email()
      const inputs = userInputsFor(address)
      const local = inputs[1] ?? ""
      const password = pick([local, capitalise(local), `${local}${digits(2)}`, `${pick(inputs)}${year()}`, l33t(local), mixture() + pick(inputs)])
      entries.push({ kind, password, userInputs: inputs })
      continue
    }
    entries.push({ kind, password: make().slice(0, 100), userInputs: chance(0.05) ? userInputsFor(email()) : [] })
  }
  return entries
}
