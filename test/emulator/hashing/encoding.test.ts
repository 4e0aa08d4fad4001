import { describe, expect, it } from "@effect/vitest"
import { constantTimeEqual } from "../../../src/emulator/hashing/bytes.js"
import { decodeBase64, decodeHex, encodeBase64Unpadded } from "../../../src/emulator/hashing/encoding.js"
import { readPhcParams } from "../../../src/emulator/hashing/phcParams.js"

describe("encoding helpers", () => {
  it("decodeBase64 accepts standard and URL-safe, padded or not", () => {
    const bytes = Buffer.from([0xfb, 0xff, 0xbf, 0x01])
    for (const text of ["+/+/AQ==", "+/+/AQ", "-_-_AQ==", "-_-_AQ"]) expect(decodeBase64(text)?.equals(bytes)).toBe(true)
    expect(decodeBase64("")?.length).toBe(0)
  })

  it("decodeBase64 refuses what Buffer.from would silently accept", () => {
    for (const text of ["ab cd", "abc*", "a", "abcde", "ab=", "abcd=", "ab===", "a=bc", "YQ==YQ=="]) {
      expect(decodeBase64(text)).toBeUndefined()
    }
  })

  it("encodeBase64Unpadded drops padding only", () => {
    expect(encodeBase64Unpadded(Buffer.from("somesalt"))).toBe("c29tZXNhbHQ")
    expect(encodeBase64Unpadded(Buffer.from("abc"))).toBe("YWJj")
  })

  it("decodeHex is strict about alphabet and length", () => {
    expect(decodeHex("00fF")?.equals(Buffer.from([0, 255]))).toBe(true)
    for (const text of ["0", "0g", "0x00", " 00"]) expect(decodeHex(text)).toBeUndefined()
  })

  it("constantTimeEqual compares contents and treats length differences as unequal", () => {
    expect(constantTimeEqual(Buffer.from("abc"), Buffer.from("abc"))).toBe(true)
    expect(constantTimeEqual(Buffer.from("abc"), Buffer.from("abd"))).toBe(false)
    expect(constantTimeEqual(Buffer.from("abc"), Buffer.from("abcd"))).toBe(false)
  })

  it("readPhcParams wants each key exactly once, in any order", () => {
    expect(readPhcParams("p=1,ln=17,r=8", ["ln", "r", "p"])).toEqual({ ln: 17, r: 8, p: 1 })
    for (const segment of ["ln=17,r=8", "ln=17,r=8,p=1,p=1", "ln=17,r=8,p=1,x=2", "ln=17,r=8,p=-1", "ln=1.5,r=8,p=1", "ln=17=1,r=8,p=1", ""]) {
      expect(readPhcParams(segment, ["ln", "r", "p"])).toBeUndefined()
    }
  })
})
