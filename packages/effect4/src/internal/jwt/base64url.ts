/**
 * base64url decoding (RFC 4648 §5, unpadded): the platform's `Buffer` where there is one (Node,
 * Bun), a portable decoder everywhere else — the client runs wherever Web APIs do. Both accept
 * exactly the same strings.
 *
 * @since 0.1.0
 */

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// Character code → 6-bit value; 255 marks a character outside the alphabet (every value
// ORed with 255 is 255, so one test per group of four finds it).
const values = new Uint8Array(128).fill(255)
for (let i = 0; i < alphabet.length; i++) values[alphabet.charCodeAt(i)] = i

const valueAt = (text: string, index: number): number => {
  const code = text.charCodeAt(index)
  return code < 128 ? (values[code] ?? 255) : 255
}

/**
 * The bytes of an unpadded base64url string, or `undefined` when it is not one (a character
 * outside the alphabet, a length no byte string has, or non-zero trailing bits), in plain
 * JavaScript.
 *
 * @example
 * ```ts
 * import { decodeBase64UrlPortable } from "./base64url.js"
 * decodeBase64UrlPortable("eyJ0eXAiOiJKV1QifQ") // the bytes of {"typ":"JWT"}
 * ```
 */
export const decodeBase64UrlPortable = (text: string): Uint8Array<ArrayBuffer> | undefined => {
  const length = text.length
  const tail = length % 4
  if (tail === 1) return undefined
  const whole = length - tail
  const bytes = new Uint8Array((whole / 4) * 3 + (tail === 0 ? 0 : tail - 1))
  let out = 0
  // Four characters, three bytes at a time: a session JWT's payload is a couple of KB.
  for (let i = 0; i < whole; i += 4) {
    const a = valueAt(text, i)
    const b = valueAt(text, i + 1)
    const c = valueAt(text, i + 2)
    const d = valueAt(text, i + 3)
    if ((a | b | c | d) === 255) return undefined
    const word = (a << 18) | (b << 12) | (c << 6) | d
    bytes[out++] = word >> 16
    bytes[out++] = (word >> 8) & 0xff
    bytes[out++] = word & 0xff
  }
  if (tail === 0) return bytes
  const a = valueAt(text, whole)
  const b = valueAt(text, whole + 1)
  const c = tail === 3 ? valueAt(text, whole + 2) : 0
  if ((a | b | c) === 255) return undefined
  const word = (a << 18) | (b << 12) | (c << 6)
  // The leftover bits must be zero, as an encoder writes them: one JWT, one spelling.
  if ((tail === 2 ? word & 0xffff : word & 0xff) !== 0) return undefined
  bytes[out++] = word >> 16
  if (tail === 3) bytes[out] = (word >> 8) & 0xff
  return bytes
}

/** What the client needs of Node's `Buffer`, read structurally: `src/` assumes no Node types. */
export interface NativeBase64Url {
  readonly from: (text: string, encoding: "base64url") => Uint8Array<ArrayBuffer>
}

const isNativeBase64Url = (value: unknown): value is NativeBase64Url =>
  typeof value === "function" && typeof Reflect.get(value, "from") === "function"

/** The platform's `Buffer`, when it has one. */
const platformBuffer: unknown = Reflect.get(globalThis, "Buffer")

const base64UrlAlphabet = /^[A-Za-z0-9_-]*$/

/**
 * A decoder over a native one (`Buffer.from(text, "base64url")`: 5–30 times faster than the
 * portable loop). `Buffer` skips what it cannot read and accepts `+`, `/` and `=`, so the text
 * is checked first: the same strings as the portable decoder, no others.
 *
 * @example
 * ```ts
 * import { decodeBase64UrlWith } from "./base64url.js"
 * const decode = decodeBase64UrlWith({ from: (text) => new TextEncoder().encode(text) })
 * ```
 */
export const decodeBase64UrlWith = (native: NativeBase64Url) => (text: string): Uint8Array<ArrayBuffer> | undefined => {
  const tail = text.length % 4
  if (tail === 1 || !base64UrlAlphabet.test(text)) return undefined
  // The leftover bits of the last character must be zero, as an encoder writes them.
  if (tail !== 0 && (valueAt(text, text.length - 1) & (tail === 2 ? 0x0f : 0x03)) !== 0) return undefined
  return native.from(text, "base64url")
}

/**
 * The bytes of an unpadded base64url string, or `undefined` when it is not one (a character
 * outside the alphabet, a length no byte string has, or non-zero trailing bits): `Buffer`'s
 * decoder where the platform has one, the portable one elsewhere.
 *
 * @example
 * ```ts
 * import { decodeBase64Url } from "./base64url.js"
 * decodeBase64Url("eyJ0eXAiOiJKV1QifQ") // the bytes of {"typ":"JWT"}
 * ```
 */
export const decodeBase64Url: (text: string) => Uint8Array<ArrayBuffer> | undefined = isNativeBase64Url(platformBuffer)
  ? decodeBase64UrlWith(platformBuffer)
  : decodeBase64UrlPortable

const utf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * The JSON value a base64url segment holds, or `undefined` when it holds none.
 *
 * @example
 * ```ts
 * import { decodeJsonSegment } from "./base64url.js"
 * decodeJsonSegment("eyJ0eXAiOiJKV1QifQ") // { typ: "JWT" }
 * ```
 */
export const decodeJsonSegment = (segment: string): unknown => {
  const bytes = decodeBase64Url(segment)
  if (bytes === undefined) return undefined
  try {
    return JSON.parse(utf8.decode(bytes))
  } catch {
    return undefined
  }
}
