/**
 * The most UTF-16 code units of a password zxcvbn examines. zxcvbn's cost
 * grows with length (its search is quadratic), so this cap is what bounds
 * every check; 64 keeps scores identical to stock zxcvbn-ts for every
 * password up to 64 characters. zxcvbn-ts itself stops at 256.
 *
 * @example
 * ```ts
 * examinedText("x".repeat(1000)).length === MAX_EXAMINED_LENGTH // true
 * ```
 * @since 0.1.0
 */
export const MAX_EXAMINED_LENGTH = 64

/**
 * The most user inputs (email and its parts) passed to zxcvbn per check.
 *
 * @example
 * ```ts
 * examinedUserInputs(Array(100).fill("a")).length === MAX_USER_INPUTS // true
 * ```
 * @since 0.1.0
 */
export const MAX_USER_INPUTS = 16

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * The part of a password zxcvbn scores: all of it up to
 * {@link MAX_EXAMINED_LENGTH} code units, else its first 64 (63 if that
 * would split an emoji's surrogate pair). Guesses only grow as a password
 * gets longer, so the prefix's score is a floor for the whole.
 *
 * @example
 * ```ts
 * examinedText("correct horse battery staple") // the same string
 * examinedText("a".repeat(100)).length // 64
 * ```
 * @since 0.1.0
 */
export const examinedText = (password: string): string => {
  if (password.length <= MAX_EXAMINED_LENGTH) return password
  const splitsPair =
    isHighSurrogate(password.charCodeAt(MAX_EXAMINED_LENGTH - 1)) && isLowSurrogate(password.charCodeAt(MAX_EXAMINED_LENGTH))
  return password.slice(0, splitsPair ? MAX_EXAMINED_LENGTH - 1 : MAX_EXAMINED_LENGTH)
}

/**
 * The user inputs zxcvbn sees: at most {@link MAX_USER_INPUTS}, each cut to
 * one code unit more than the examined text. A cut input is still longer
 * than any part of the examined text, so it matches exactly what the whole
 * input would (nothing), and zxcvbn-ts's size bookkeeping stays the same.
 *
 * @example
 * ```ts
 * examinedUserInputs(["alice@example.com", "alice"]) // unchanged
 * examinedUserInputs(["x".repeat(10_000)])[0]?.length // 65
 * ```
 * @since 0.1.0
 */
export const examinedUserInputs = (userInputs: ReadonlyArray<string>): Array<string> =>
  userInputs.slice(0, MAX_USER_INPUTS).map((input) => input.slice(0, MAX_EXAMINED_LENGTH + 1))
