/** Characters of standard and URL-safe base64, with up to two `=` of padding. */
const base64Shape = /^[A-Za-z0-9+/_-]*={0,2}$/

/**
 * Strictly decodes base64 (standard or URL-safe alphabet, padding optional).
 * `Buffer.from(text, "base64")` silently skips bad characters, so the shape
 * is checked first and `undefined` is returned for anything malformed.
 *
 * @example
 * decodeBase64("c29tZXNhbHQ")?.toString() // "somesalt"
 * decodeBase64("not base64!") // undefined
 */
export const decodeBase64 = (text: string): Buffer | undefined => {
  if (!base64Shape.test(text)) return undefined
  const body = text.replace(/=+$/, "")
  if (body.length % 4 === 1) return undefined
  if (body.length !== text.length && text.length % 4 !== 0) return undefined
  return Buffer.from(body.replace(/-/g, "+").replace(/_/g, "/"), "base64")
}

/**
 * Standard base64 without padding, as the PHC string format writes salts and
 * hashes.
 *
 * @example
 * encodeBase64Unpadded(Buffer.from("somesalt")) // "c29tZXNhbHQ"
 */
export const encodeBase64Unpadded = (bytes: Uint8Array): string =>
  Buffer.from(bytes).toString("base64").replace(/=+$/, "")

/**
 * Standard padded base64, used for byte fields kept in the emulator state.
 *
 * @example
 * encodeBase64(Buffer.from("somesalt")) // "c29tZXNhbHQ="
 */
export const encodeBase64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("base64")

/**
 * Strictly decodes hexadecimal (either case); `undefined` when malformed.
 *
 * @example
 * decodeHex("BEEF")?.length // 2
 */
export const decodeHex = (text: string): Buffer | undefined =>
  /^(?:[0-9a-fA-F]{2})*$/.test(text) ? Buffer.from(text, "hex") : undefined
