// RFC 5321: a path holds at most 256 characters, the address 254 of them
const MAX_ADDRESS_LENGTH = 254

/**
 * The user inputs derived from an email address, which zxcvbn then treats
 * as known words: the address, its local part and, when the local part has
 * separators, its pieces and the pieces run together. So "alice.smith",
 * "alice" and "alicesmith" all score lower for alice.smith@example.com.
 * A local part longer than an address can be (254 characters) is not split:
 * that would cost time on hostile input for no real address.
 *
 * @example
 * ```ts
 * import { userInputsFromEmail } from "./email.js"
 *
 * userInputsFromEmail("Alice.Smith@example.com")
 * // ["Alice.Smith@example.com", "Alice.Smith", "Alice", "Smith", "AliceSmith"]
 * userInputsFromEmail(undefined) // []
 * ```
 * @since 0.1.0
 */
export const userInputsFromEmail = (email: string | undefined): Array<string> => {
  if (email === undefined || email === "") return []
  const at = email.lastIndexOf("@")
  const local = at > 0 ? email.slice(0, at) : ""
  const pieces = local.length > MAX_ADDRESS_LENGTH ? [] : local.split(/[._+-]+/).filter((piece) => piece !== "")
  const derived = pieces.length > 1 ? [...pieces, pieces.join("")] : []
  return [...new Set([email, local, ...derived].filter((input) => input !== ""))]
}
