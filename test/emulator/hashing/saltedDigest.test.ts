import { createHash } from "node:crypto"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { expectRejected, expectVerifiesOnly, verifies } from "./helpers.js"

const cases = [
  { type: "md_5", node: "md5", config: "md_5_config", hexLength: 32 },
  { type: "sha_1", node: "sha1", config: "sha_1_config", hexLength: 40 },
  { type: "sha_512", node: "sha512", config: "sha_512_config", hexLength: 128 }
] as const

/** Published digests of "password" and of "abc" (FIPS 180 / RFC 1321 style). */
const published = {
  md_5: {
    password: "5f4dcc3b5aa765d61d8327deb882cf99",
    abc: "900150983cd24fb0d6963f7d28e17f72"
  },
  sha_1: {
    password: "5baa61e4c9b93f3f0682250b6cf8331b7ee68fd8",
    abc: "a9993e364706816aba3e25717850c26c9cd0d89d"
  },
  sha_512: {
    password:
      "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86",
    abc:
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
  }
} as const

describe.each(cases)("$type", ({ config, hexLength, node, type }) => {
  const digest = (text: string) => createHash(node).update(text, "utf8").digest("hex")

  it.effect("unsalted vector from node:crypto", () =>
    expectVerifiesOnly({ hash: digest("S3cret-päss"), hash_type: type }, "S3cret-päss"))

  it.effect("prepend and append salts wrap the password", () =>
    Effect.gen(function*() {
      const salts = { prepend_salt: "pepper:", append_salt: ":user@example.com" }
      const hash = digest("pepper:S3cret:user@example.com")
      yield* expectVerifiesOnly({ hash, hash_type: type, [config]: salts }, "S3cret")
      // Swapping the salts must not match.
      const swapped = { prepend_salt: salts.append_salt, append_salt: salts.prepend_salt }
      expect(yield* verifies({ hash, hash_type: type, [config]: swapped }, "S3cret")).toBe(false)
      // Without the config the salts are not applied.
      expect(yield* verifies({ hash, hash_type: type }, "S3cret")).toBe(false)
    }))

  it.effect("a single salt may be omitted", () =>
    expectVerifiesOnly({ hash: digest("S3cret!salt"), hash_type: type, [config]: { append_salt: "!salt" } }, "S3cret"))

  it.effect("accepts upper-case hex", () =>
    expectVerifiesOnly({ hash: digest("Upper").toUpperCase(), hash_type: type }, "Upper"))

  it.effect("published digests of \"password\" and \"abc\"", () =>
    Effect.gen(function*() {
      yield* expectVerifiesOnly({ hash: published[type].password, hash_type: type }, "password")
      yield* expectVerifiesOnly(
        { hash: published[type].abc, hash_type: type, [config]: { prepend_salt: "a", append_salt: "c" } },
        "b"
      )
    }))

  it.effect("rejects digests of the wrong length or alphabet", () =>
    Effect.gen(function*() {
      const good = digest("whatever")
      expect(good.length).toBe(hexLength)
      yield* expectRejected({ hash: good.slice(2), hash_type: type }, "invalid_hash")
      yield* expectRejected({ hash: `${good}00`, hash_type: type }, "invalid_hash")
      yield* expectRejected({ hash: `${good.slice(1)}g`, hash_type: type }, "invalid_hash")
      yield* expectRejected({ hash: Buffer.from(good, "hex").toString("base64"), hash_type: type }, "invalid_hash")
    }))

  it.effect("rejects a non-string salt", () => {
    const salts: Record<string, unknown> = { prepend_salt: 42 }
    return Effect.asVoid(expectRejected({ hash: digest("x"), hash_type: type, [config]: salts }, "invalid_hash"))
  })
})
