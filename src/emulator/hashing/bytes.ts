import { timingSafeEqual } from "node:crypto"

/**
 * Compares two digests in constant time. Different lengths return `false`
 * straight away: a digest's length comes from the stored parameters, so it
 * reveals nothing about the password being checked.
 *
 * @example
 * constantTimeEqual(Buffer.from("ab"), Buffer.from("ab")) // true
 */
export const constantTimeEqual = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && timingSafeEqual(a, b)

/**
 * The UTF-8 bytes of a string. Passwords are hashed as given, without
 * Unicode normalisation, because legacy systems hashed the raw bytes.
 *
 * @example
 * utf8("é").length // 2
 */
export const utf8 = (text: string): Buffer => Buffer.from(text, "utf8")
