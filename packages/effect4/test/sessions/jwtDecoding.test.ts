/**
 * The pieces local JWT verification is built from, each on its own: base64url decoding on
 * both paths (Node's `Buffer` and the portable loop, which must accept exactly the same
 * strings), and the memo that keeps a JWT's parse from its second sighting.
 */
import { describe, expect, it } from "@effect/vitest"
import { Buffer } from "node:buffer"
import {
  decodeBase64Url,
  decodeBase64UrlPortable,
  decodeBase64UrlWith,
  decodeJsonSegment
} from "../../src/internal/jwt/base64url.js"
import { boundedMemo } from "../../src/internal/jwt/memo.js"

/** The bytes as numbers: a `Buffer` and a `Uint8Array` of the same bytes compare equal. */
const asBytes = (decode: (text: string) => Uint8Array | undefined) => (text: string) => {
  const bytes = decode(text)
  return bytes === undefined ? undefined : Array.from(bytes)
}

const decoders = [
  ["Buffer", asBytes(decodeBase64UrlWith(Buffer))],
  ["portable", asBytes(decodeBase64UrlPortable)],
  ["the one in use", asBytes(decodeBase64Url)]
] as const

/** Every byte value, and lengths 0 to 9 (each remainder mod 3 several times). */
const samples = [
  ...Array.from({ length: 10 }, (_, length) => Uint8Array.from({ length }, (_, i) => (i * 37 + length) & 0xff)),
  Uint8Array.from({ length: 256 }, (_, i) => i),
  new TextEncoder().encode('{"sub":"user-test-1","name":"Zoë ✓ 🎉"}')
]

/** Strings no JWT segment is: each refused by both decoders. */
const refused = [
  ["a character outside the alphabet", "ab!d"],
  ["standard base64's +", "ab+d"],
  ["standard base64's /", "ab/d"],
  ["padding", "YQ=="],
  ["padding, unpadded length", "YQ="],
  ["a space", "YW Jj"],
  ["a newline", "YWJj\n"],
  ["a non-ASCII letter", "YWJé"],
  ["a length no byte string has", "YWJjZ"],
  ["non-zero trailing bits (one byte)", "YR"],
  ["non-zero trailing bits (two bytes)", "YWJ"]
] as const

describe("base64url decoding", () => {
  for (const [name, decode] of decoders) {
    it(`${name}: the bytes Buffer encodes, at every length, every byte value`, () => {
      for (const bytes of samples) {
        const text = Buffer.from(bytes).toString("base64url")
        expect(decode(text), text).toEqual(Array.from(bytes))
      }
      expect(decode("")).toEqual([])
    })

    it(`${name}: refuses what is not unpadded base64url`, () => {
      for (const [why, text] of refused) expect(decode(text), why).toBeUndefined()
      // The same bits with zero trailing bits are fine: the refusal was about those bits.
      expect(decode("YQ")).toEqual([0x61])
      expect(decode("YWI")).toEqual([0x61, 0x62])
    })
  }

  it("the native path runs only after the text is checked: Buffer never sees a refused string", () => {
    const seen: Array<string> = []
    const decode = decodeBase64UrlWith({
      from: (text) => {
        seen.push(text)
        return new Uint8Array(Buffer.from(text, "base64url"))
      }
    })
    for (const [, text] of refused) expect(decode(text)).toBeUndefined()
    expect(seen).toEqual([])
    expect(Array.from(decode("YWJj") ?? [])).toEqual([0x61, 0x62, 0x63])
    expect(seen).toEqual(["YWJj"])
  })

  it("a JSON segment: the value, or undefined for bad base64url, bad UTF-8 or bad JSON", () => {
    const segment = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url")
    expect(decodeJsonSegment(segment(new TextEncoder().encode('{"name":"Zoë"}')))).toEqual({ name: "Zoë" })
    expect(decodeJsonSegment("e30+")).toBeUndefined()
    // A lone continuation byte is not UTF-8: refused, not read as U+FFFD.
    expect(decodeJsonSegment(segment(Uint8Array.from([0x22, 0x80, 0x22])))).toBeUndefined()
    expect(decodeJsonSegment(segment(new TextEncoder().encode("{nope")))).toBeUndefined()
  })
})

describe("the parse memo", () => {
  it("computes for a first sighting without keeping the result, keeps it from the second", () => {
    const calls: Array<readonly [string, boolean]> = []
    const memo = boundedMemo(10, (key: string, kept: boolean) => {
      calls.push([key, kept])
      return { key }
    })
    const first = memo("a")
    const second = memo("a")
    const third = memo("a")
    expect(calls).toEqual([["a", false], ["a", true]])
    // The first caller's result is its own; later callers share the kept one.
    expect(first).not.toBe(second)
    expect(third).toBe(second)
  })

  it("holds at most `capacity` keys, the oldest going first, whether seen once or kept", () => {
    const calls: Array<string> = []
    const memo = boundedMemo(2, (key: string) => {
      calls.push(key)
      return key.length
    })
    memo("a")
    memo("a") // kept
    memo("b") // seen once
    memo("c") // seen once: "a", the oldest, goes
    memo("a") // a first sighting again
    memo("c") // kept
    expect(calls).toEqual(["a", "a", "b", "c", "a", "c"])
    memo("c")
    expect(calls.length).toBe(6)
  })
})
