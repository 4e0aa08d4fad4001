/**
 * zxcvbn's date matcher.
 *
 * @since 0.1.0
 */
import type { DateMatch } from "./matchTypes.js"

const DATE_MAX_YEAR = 2050
const DATE_MIN_YEAR = 1000

// where the second and third numbers start, by length of a separator-less date
const DATE_SPLITS: ReadonlyMap<number, ReadonlyArray<readonly [number, number]>> = new Map([
  [4, [[1, 2], [2, 3]]],
  [5, [[1, 3], [2, 3]]],
  [6, [[1, 2], [2, 4], [4, 5]]],
  [7, [[1, 3], [2, 3], [4, 5], [4, 6]]],
  [8, [[2, 4], [4, 6]]]
])

const MAYBE_DATE_WITH_SEPARATOR = /^(\d{1,4})([\s/\\_.-])(\d{1,2})\2(\d{1,4})$/

interface Dmy {
  readonly year: number
  readonly month: number
  readonly day: number
}

const isDay = (n: number): boolean => n >= 1 && n <= 31
const isMonth = (n: number): boolean => n >= 1 && n <= 12

// zxcvbn's map_ints_to_dm on (first, second): day-month, else month-day; the day, or 0.
const dayOf = (first: number, second: number): number =>
  isDay(first) && isMonth(second) ? first : isDay(second) && isMonth(first) ? second : 0

// The number the digits from..to (exclusive) spell: parseInt of a digit run, without the slice.
const digitsValue = (text: string, from: number, to: number): number => {
  let value = 0
  for (let k = from; k < to; k += 1) value = value * 10 + text.charCodeAt(k) - 48
  return value
}

const twoToFourDigitYear = (year: number): number => (year > 99 ? year : year > 50 ? year + 1900 : year + 2000)

// zxcvbn's map_ints_to_dmy: a day, a month and a year (first or last), or nothing.
const mapIntsToDmy = (a: number, b: number, c: number): Dmy | undefined => {
  if (b > 31 || b <= 0) return undefined
  let over12 = 0
  let over31 = 0
  let under1 = 0
  for (const int of [a, b, c]) {
    if ((int > 99 && int < DATE_MIN_YEAR) || int > DATE_MAX_YEAR) return undefined
    if (int > 31) over31 += 1
    if (int > 12) over12 += 1
    if (int <= 0) under1 += 1
  }
  if (over31 >= 2 || over12 === 3 || under1 >= 2) return undefined
  // a four-digit year, last then first; if its rest is no day and month, not a date
  if (c >= DATE_MIN_YEAR && c <= DATE_MAX_YEAR) {
    const day = dayOf(a, b)
    return day === 0 ? undefined : { year: c, month: day === a ? b : a, day }
  }
  if (a >= DATE_MIN_YEAR && a <= DATE_MAX_YEAR) {
    const day = dayOf(b, c)
    return day === 0 ? undefined : { year: a, month: day === b ? c : b, day }
  }
  // else a two-digit year, last then first
  const dayFirst = dayOf(a, b)
  if (dayFirst !== 0) return { year: twoToFourDigitYear(c), month: dayFirst === a ? b : a, day: dayFirst }
  const dayLast = dayOf(b, c)
  if (dayLast !== 0) return { year: twoToFourDigitYear(a), month: dayLast === b ? c : b, day: dayLast }
  return undefined
}

/**
 * Dates of 4 to 10 characters ("1191", "11-1-91", "1991.11.01"), as zxcvbn's
 * `date_match` finds them: of a digit run's possible readings, the one whose
 * year is nearest `referenceYear`; then any date inside another is dropped.
 *
 * @example
 * ```ts
 * import { dateMatch } from "./dateMatch.js"
 *
 * dateMatch("12/25/1987", 2025)[0] // { pattern: "date", separator: "/", year: 1987, month: 12, day: 25, ... }
 * ```
 * @since 0.1.0
 */
export const dateMatch = (password: string, referenceYear: number): Array<DateMatch> => {
  const matches: Array<DateMatch> = []
  const n = password.length
  // how many digits run from each position: a date without separator is digits only
  const digits = new Int32Array(n + 1)
  for (let k = n - 1; k >= 0; k -= 1) {
    const code = password.charCodeAt(k)
    digits[k] = code >= 48 && code <= 57 ? (digits[k + 1] ?? 0) + 1 : 0
  }
  for (let i = 0; i <= n - 4; i += 1) {
    for (let j = i + 3; j <= i + 7 && j < n && j - i < (digits[i] ?? 0); j += 1) {
      const token = password.slice(i, j + 1)
      let best: Dmy | undefined
      let bestDistance = 0
      for (const [k, l] of DATE_SPLITS.get(token.length) ?? []) {
        const dmy = mapIntsToDmy(digitsValue(password, i, i + k), digitsValue(password, i + k, i + l), digitsValue(password, i + l, j + 1))
        if (dmy === undefined) continue
        const distance = Math.abs(dmy.year - referenceYear)
        if (best === undefined || distance < bestDistance) {
          best = dmy
          bestDistance = distance
        }
      }
      if (best === undefined) continue
      matches.push({ pattern: "date", token, i, j, separator: "", year: best.year, month: best.month, day: best.day })
    }
  }
  for (let i = 0; i <= n - 6; i += 1) {
    // a date with separators starts with a digit and has one within its first 5 characters after it
    if (digits[i] === 0) continue
    for (let j = i + 5; j <= i + 9 && j < n; j += 1) {
      if (digits[j] === 0) continue
      const token = password.slice(i, j + 1)
      const found = MAYBE_DATE_WITH_SEPARATOR.exec(token)
      if (found === null) continue
      const dmy = mapIntsToDmy(parseInt(found[1] ?? ""), parseInt(found[3] ?? ""), parseInt(found[4] ?? ""))
      if (dmy === undefined) continue
      matches.push({ pattern: "date", token, i, j, separator: found[2] ?? "", year: dmy.year, month: dmy.month, day: dmy.day })
    }
  }
  // drop the dates inside another (spans are at most 10 long, so look nearby)
  const sorted = matches.sort((a, b) => a.i - b.i || a.j - b.j)
  return sorted.filter((match, k) => {
    for (let other = k - 1; other >= 0; other -= 1) {
      const candidate = sorted[other]
      if (candidate === undefined || candidate.i < match.i - 10) break
      if (candidate.j >= match.j) return false
    }
    for (let other = k + 1; other < sorted.length; other += 1) {
      const candidate = sorted[other]
      if (candidate === undefined || candidate.i > match.i) break
      if (candidate.j >= match.j) return false
    }
    return true
  })
}
