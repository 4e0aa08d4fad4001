/**
 * How much of a password the strength estimator reads.
 *
 * @since 0.1.0
 */

/**
 * The most UTF-16 code units of a password that are scored. The rule: a
 * password longer than `MAX_EXAMINED_LENGTH` (128) code units is scored on
 * its first 128 (127 when the cut would split a surrogate pair), the rest is
 * ignored. Up to that length the score is exactly zxcvbn 4.4.2's. zxcvbn's
 * cost grows quickly with length (about a minute at 1,000 characters); this
 * cut keeps every check to a few milliseconds whatever the input (128 was
 * picked by measuring adversarial inputs: 192 and 256 cost several times
 * more). A long password whose first 128 characters are weak scores as weak.
 *
 * @example
 * ```ts
 * import { examinedText, MAX_EXAMINED_LENGTH } from "./examine.js"
 *
 * examinedText("x".repeat(1000)).length === MAX_EXAMINED_LENGTH // true
 * ```
 * @since 0.1.0
 */
export const MAX_EXAMINED_LENGTH = 128

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * The part of a password that is scored (see {@link MAX_EXAMINED_LENGTH}).
 *
 * @example
 * ```ts
 * import { examinedText } from "./examine.js"
 *
 * examinedText("correct horse battery staple") // the same string
 * examinedText("a".repeat(1000)).length // 128
 * ```
 * @since 0.1.0
 */
export const examinedText = (password: string): string => {
  if (password.length <= MAX_EXAMINED_LENGTH) return password
  const splitsPair =
    isHighSurrogate(password.charCodeAt(MAX_EXAMINED_LENGTH - 1)) && isLowSurrogate(password.charCodeAt(MAX_EXAMINED_LENGTH))
  return password.slice(0, splitsPair ? MAX_EXAMINED_LENGTH - 1 : MAX_EXAMINED_LENGTH)
}
