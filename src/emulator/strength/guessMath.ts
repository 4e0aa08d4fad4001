/**
 * The arithmetic zxcvbn-ts's guess estimates share, computed in its order so that floats
 * agree with it to the last digit.
 */

const MIN_SUBMATCH_GUESSES_SINGLE_CHAR = 10
const MIN_SUBMATCH_GUESSES_MULTI_CHAR = 50
const LOG10 = Math.log(10)

/** Binomial coefficient. */
export const nCk = (n: number, k: number): number => {
  if (k > n) return 0
  if (k === 0) return 1
  let count = n
  let result = 1
  for (let i = 1; i <= k; i += 1) {
    result *= count
    result /= i
    count -= 1
  }
  return result
}

/** Ways to pick at most min(a, b) of a + b characters: the case (or shift) variations. */
export const mixedCases = (a: number, b: number): number => {
  let total = 0
  for (let i = 1; i <= Math.min(a, b); i += 1) total += nCk(a + b, i)
  return total
}

/** The fewest guesses a match may count: 1 when it is the whole password, more for a part of it. */
export const minimumGuesses = (tokenLength: number, passwordLength: number): number =>
  tokenLength >= passwordLength
    ? 1
    : tokenLength === 1
    ? MIN_SUBMATCH_GUESSES_SINGLE_CHAR
    : MIN_SUBMATCH_GUESSES_MULTI_CHAR

/** log10 of a guess count, 0 for none. */
export const guessesLog10 = (guesses: number): number => (guesses === 0 ? 0 : Math.log(guesses) / LOG10)

/** The fewest guesses a bruteforce match counts: one more than a submatch's floor. */
export const bruteforceMinimum = (tokenLength: number): number =>
  tokenLength === 1 ? MIN_SUBMATCH_GUESSES_SINGLE_CHAR + 1 : MIN_SUBMATCH_GUESSES_MULTI_CHAR + 1
