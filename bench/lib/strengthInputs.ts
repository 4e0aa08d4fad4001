/**
 * The strength benchmark's inputs, the same in every process: seeded random
 * and patterned text, named adversarial inputs, and a generator of random
 * adversarial ones.
 */

/** A deterministic generator of numbers in [0, 1). */
export const seeded = (start: number) => {
  let seed = start
  return (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
    return (seed >>> 8) / 16777216
  }
}

export const MiB = 1 << 20
export const PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_=+[]{};:,.<>/?|~"
const PATTERN = "P@ssw0rd!2024qwertyDragon1987-12/25/"

const pickWith = (random: () => number) => <A>(items: ReadonlyArray<A>): A => {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error("empty list")
  return item
}

/** The table's inputs: random printable text and a repeated pattern, at 10, 100, 1,000 characters and 1 MiB. */
export const tableInputs = (): ReadonlyArray<{ readonly kind: string; readonly length: number; readonly password: string }> => {
  const pick = pickWith(seeded(2024))
  const random = (length: number) => Array.from({ length }, () => pick([...PRINTABLE])).join("")
  const patterned = (length: number) => PATTERN.repeat(Math.ceil(length / PATTERN.length)).slice(0, length)
  return (["random", "patterned"] as const).flatMap((kind) =>
    [10, 100, 1000, MiB].map((length) => ({ kind, length, password: kind === "random" ? random(length) : patterned(length) }))
  )
}

/** Inputs built to make a naive zxcvbn slow, each 1 MiB. */
export const namedAdversarial = (): ReadonlyArray<readonly [string, string]> => {
  const random = seeded(7)
  return [
    ["one character", "a".repeat(MiB)],
    ["random digits", Array.from({ length: MiB }, () => String(Math.floor(random() * 10))).join("")],
    ["ambiguous l33t 1|7", "1|7".repeat(MiB / 3)],
    ["every l33t character", "4@8({[<3691!|70$5+%2".repeat(MiB / 20)],
    ["l33t words", "p@$$w0rdl0v3m0nk3y".repeat(MiB / 18)],
    ["keyboard walk", "qwertyuiopasdfghjklzxcvbnm".repeat(MiB / 26)],
    ["dictionary soup", "theandofloveinwasmyisbabyto".repeat(MiB / 27)],
    ["repeated word", "password".repeat(MiB / 8)],
    ["dates", "19871225".repeat(MiB / 8)],
    ["dotted I, sigma, l33t", "İp4ssΑΣ1|7σ".repeat(MiB / 11)]
  ]
}

/** Random adversarial inputs of 1,000 characters: l33t-dense, digit runs, word salads... */
export const adversarialGenerator = (): (() => string) => {
  const random = seeded(99)
  const pick = pickWith(random)
  const pieces = ["password", "p@$$w0rd", "love", "1987", "12/25/1987", "qwerty", "one", "two", "abc", "123", "aaa", "l0v3", "monkey", "zxcvbn", "asdf", "!", "_", " ", "EAST", "1|7", "İ", "ΑΣ"]
  const alphabets = ["0123456789", "4@8(6|)3#9&1!|<7^2$5+%0", "1!|il", "ab", "aeiou1!4@30$5", "|_|/\\<>()[]{}^nnuuvv2", "19872512", PRINTABLE]
  return () => {
    let text = ""
    const alphabet = pick(alphabets)
    const style = Math.floor(random() * 3)
    while (text.length < 1000) {
      text += style === 0 ? pick([...alphabet]) : style === 1 ? pick(pieces) : random() < 0.5 ? pick(pieces) : pick([...alphabet])
    }
    return text
  }
}
