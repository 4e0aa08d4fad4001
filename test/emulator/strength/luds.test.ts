import { describe, expect, it } from "@effect/vitest"
import {
  checkStrength,
  DEFAULT_LUDS_MIN_COMPLEXITY,
  DEFAULT_LUDS_MIN_LENGTH,
  ludsPolicy,
  ludsRequirements,
  zxcvbnPolicy
} from "../../../src/emulator/strength/index.js"

const defaults = { min_length: DEFAULT_LUDS_MIN_LENGTH, min_complexity: DEFAULT_LUDS_MIN_COMPLEXITY }

describe("LUDS policy", () => {
  it("defaults to 8 characters from 3 classes", () => {
    expect(ludsPolicy()).toEqual({ kind: "luds", min_length: 8, min_complexity: 3 })
    expect(ludsPolicy({ min_length: 12 })).toEqual({ kind: "luds", min_length: 12, min_complexity: 3 })
  })

  it.each([
    ["abcdefgh", { has_lower_case: true, has_upper_case: false, has_digit: false, has_symbol: false }],
    ["ABCDEFGH", { has_lower_case: false, has_upper_case: true, has_digit: false, has_symbol: false }],
    ["12345678", { has_lower_case: false, has_upper_case: false, has_digit: true, has_symbol: false }],
    ["!@#$%^&*", { has_lower_case: false, has_upper_case: false, has_digit: false, has_symbol: true }],
    ["aB3!", { has_lower_case: true, has_upper_case: true, has_digit: true, has_symbol: true }]
  ])("flags the classes of %s", (password, flags) => {
    expect(ludsRequirements(password, defaults)).toMatchObject(flags)
  })

  it("counts anything outside a-z, A-Z and 0-9 as a symbol", () => {
    for (const symbol of [" ", "é", "😀", "\u0000", "ש", "\ud800"]) {
      expect(ludsRequirements(`abc${symbol}`, defaults).has_symbol).toBe(true)
    }
    expect(ludsRequirements("éü", defaults)).toMatchObject({ has_lower_case: false, has_upper_case: false })
  })

  it("counts missing classes against min_complexity", () => {
    expect(ludsRequirements("abcdefgh", defaults).missing_complexity).toBe(2)
    expect(ludsRequirements("abcdEFGH", defaults).missing_complexity).toBe(1)
    expect(ludsRequirements("abcdEF12", defaults).missing_complexity).toBe(0)
    expect(ludsRequirements("abcdEF12", { min_length: 8, min_complexity: 4 }).missing_complexity).toBe(1)
    expect(ludsRequirements("abcdefgh", { min_length: 8, min_complexity: 1 }).missing_complexity).toBe(0)
  })

  it("counts missing characters against min_length, in code points", () => {
    expect(ludsRequirements("aB3!", defaults).missing_characters).toBe(4)
    expect(ludsRequirements("aB3!aB3!", defaults).missing_characters).toBe(0)
    expect(ludsRequirements("aB3!aB3!aB3!", defaults).missing_characters).toBe(0)
    expect(ludsRequirements("aB3!", { min_length: 12, min_complexity: 3 }).missing_characters).toBe(8)
    expect(ludsRequirements("😀😀😀", defaults).missing_characters).toBe(5)
    expect(ludsRequirements("", defaults).missing_characters).toBe(8)
  })

  it("is valid exactly when nothing is missing, with plain-English feedback otherwise", () => {
    const weak = checkStrength("abc", { policy: ludsPolicy() })
    expect(weak.valid_password).toBe(false)
    expect(weak.warning).toBe("Password does not meet LUDS requirements.")
    expect(weak.suggestions).toEqual([
      "Add 5 more characters.",
      "Use 2 more kinds of character from: uppercase letters, digits, symbols."
    ])
    expect(weak.luds_requirements).toEqual({
      has_lower_case: true,
      has_upper_case: false,
      has_digit: false,
      has_symbol: false,
      missing_complexity: 2,
      missing_characters: 5
    })
    const ok = checkStrength("Password1", { policy: ludsPolicy() })
    expect(ok).toMatchObject({ valid_password: true, warning: "", suggestions: [] })
  })

  it("reports the zxcvbn score without letting it decide validity", () => {
    const weakButLuds = checkStrength("Password1", { policy: ludsPolicy() })
    expect(weakButLuds.score).toBe(checkStrength("Password1", { policy: zxcvbnPolicy }).score)
    expect(weakButLuds.score).toBeLessThan(3)
    expect(weakButLuds.valid_password).toBe(true)
    const strongButNotLuds = checkStrength("correcthorsebatterystaple", { policy: ludsPolicy() })
    expect(strongButNotLuds.score).toBe(4)
    expect(strongButNotLuds.valid_password).toBe(false)
  })

  it("has no luds_requirements under zxcvbn", () => {
    expect(checkStrength("abc", { policy: zxcvbnPolicy }).luds_requirements).toBeUndefined()
  })
})
