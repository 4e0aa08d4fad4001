import { describe, expect, it } from "@effect/vitest"
import { checkStrength, userInputsFromEmail, zxcvbnPolicy } from "../../../src/emulator/strength/index.js"

describe("the email as a zxcvbn user input", () => {
  it("derives the address and its local part", () => {
    expect(userInputsFromEmail("alice@example.com")).toEqual(["alice@example.com", "alice"])
    expect(userInputsFromEmail("Alice.Smith@example.com")).toEqual([
      "Alice.Smith@example.com",
      "Alice.Smith",
      "Alice",
      "Smith",
      "AliceSmith"
    ])
    expect(userInputsFromEmail("no-at-sign")).toEqual(["no-at-sign"])
    expect(userInputsFromEmail(undefined)).toEqual([])
  })

  it("does not split a local part longer than any address (254 characters)", () => {
    const local = "a.".repeat(1 << 19)
    expect(userInputsFromEmail(`${local}@example.com`)).toEqual([`${local}@example.com`, local])
    const result = checkStrength("a.a.a.a.a.a", { policy: zxcvbnPolicy, userInputs: userInputsFromEmail(`${local}@example.com`) })
    expect(result.score).toBeGreaterThanOrEqual(0)
  })

  it.each(["quentinmarlowe2024", "quentin.marlowe!", "QuentinMarlowe", "Quentin.Marlowe@lakeside.org"])(
    "lowers the score of %s, built from the email",
    (password) => {
      const without = checkStrength(password, { policy: zxcvbnPolicy })
      const withEmail = checkStrength(password, {
        policy: zxcvbnPolicy,
        userInputs: userInputsFromEmail("Quentin.Marlowe@lakeside.org")
      })
      expect(withEmail.score).toBeLessThan(without.score)
      expect(withEmail.valid_password).toBe(false)
    }
  )

  it("gives a user-input match no warning of its own, as Stytch does", () => {
    const result = checkStrength("quentin.marlowe", {
      policy: zxcvbnPolicy,
      userInputs: userInputsFromEmail("quentin.marlowe@lakeside.org")
    })
    expect(result).toEqual({
      score: 0,
      valid_password: false,
      warning: "",
      suggestions: ["Add another word or two. Uncommon words are better."]
    })
  })
})
