/**
 * base64url decoding (RFC 4648 §5, unpadded) without `Buffer`: the client runs wherever Web
 * APIs do.
 *
 * @since 0.1.0
 */

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// Character code → 6-bit value; 255 marks a character outside the alphabet.
const values = new Uint8Array(128).fill(255)
for (let i = 0; i < alphabet.length; i++) values[alphabet.charCodeAt(i)] = i

/**
 * The bytes of an unpadded base64url string, or `undefined` when it is not one (a character
 * outside the alphabet, a length no byte string has, or non-zero trailing bits).
 *
 * @example
 * ```ts
 * import { decodeBase64Url } from "./base64url.js"
 * decodeBase64Url("eyJ0eXAiOiJKV1QifQ") // the bytes of {"typ":"JWT"}
 * ```
 */
export const decodeBase64Url = (text: string): Uint8Array<ArrayBuffer> | undefined => {
  const length = text.length
  if (length % 4 === 1) return undefined
  const bytes = new Uint8Array(Math.floor((length * 3) / 4))
  let buffer = 0
  let bits = 0
  let out = 0
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    const value = code < 128 ? (values[code] ?? 255) : 255
    if (value === 255) return undefined
    buffer = ((buffer << 6) | value) & 0xffffff
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes[out++] = (buffer >> bits) & 0xff
    }
  }
  // The leftover bits must be zero, as an encoder writes them: one JWT, one spelling.
  if ((buffer & ((1 << bits) - 1)) !== 0) return undefined
  return bytes
}

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
