import { describe, expect, it } from "@effect/vitest"
import * as zxcvbnCommon from "@zxcvbn-ts/language-common"
import { isBreachedPassword, isCommonBreachedPassword } from "../../../src/emulator/strength/index.js"

describe("breach detection", () => {
  it("finds entries of the built-in list, from the top to the bottom", () => {
    const list = zxcvbnCommon.dictionary["passwords-common"]
    for (const password of ["123456", "password", "qwerty", list[list.length - 1] ?? ""]) {
      expect(isCommonBreachedPassword(password)).toBe(true)
      expect(isBreachedPassword(password)).toBe(true)
    }
  })

  it("matches exactly and case-sensitively", () => {
    expect(isCommonBreachedPassword("Password")).toBe(false)
    expect(isCommonBreachedPassword("password ")).toBe(false)
  })

  it("finds passwords marked at run time, as a set or a predicate", () => {
    const password = "Zq7!vintage-harbour"
    expect(isBreachedPassword(password)).toBe(false)
    expect(isBreachedPassword(password, new Set([password]))).toBe(true)
    expect(isBreachedPassword(password, (p) => p.startsWith("Zq7!"))).toBe(true)
    // nothing is remembered between calls
    expect(isBreachedPassword(password)).toBe(false)
  })

  it("misses unknown passwords, including huge ones", () => {
    expect(isBreachedPassword("Zq7!vintage-harbour", new Set(["other"]))).toBe(false)
    expect(isBreachedPassword("x".repeat(1 << 20), () => false)).toBe(false)
    expect(isBreachedPassword("")).toBe(false)
  })
})
