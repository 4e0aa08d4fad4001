import { describe, expect, it } from "@effect/vitest"
import { createRequire } from "node:module"
import { isBreachedPassword, isCommonBreachedPassword } from "../../../src/emulator/strength/index.js"

const require = createRequire(import.meta.url)
const passwords: ReadonlyArray<string> = require("zxcvbn/lib/frequency_lists.js").passwords

describe("breach detection", () => {
  it("finds every entry of zxcvbn 4.4.2's passwords list, from the top to the bottom", () => {
    expect(passwords.length).toBe(30_000)
    for (const password of ["123456", "password", "qwerty", "barney", passwords[passwords.length - 1] ?? ""]) {
      expect(isCommonBreachedPassword(password)).toBe(true)
      expect(isBreachedPassword(password)).toBe(true)
    }
    expect(passwords.every(isCommonBreachedPassword)).toBe(true)
  })

  it("matches exactly and case-sensitively", () => {
    expect(isCommonBreachedPassword("Password")).toBe(false)
    expect(isCommonBreachedPassword("password ")).toBe(false)
    // a word of the other lists is no breached password
    expect(isCommonBreachedPassword("constructor")).toBe(false)
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
