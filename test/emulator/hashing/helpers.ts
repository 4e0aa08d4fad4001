import { Effect } from "effect"
import { expect } from "@effect/vitest"
import {
  type HashRejected,
  type HashRejectionType,
  type MigratedHash,
  type MigrateHashInput,
  parseMigratedHash,
  verifyMigratedHash
} from "../../../src/emulator/hashing/index.js"

/** Parses, then verifies through a JSON round trip, as the emulator state would. */
export const verifies = (input: MigrateHashInput, password: string): Effect.Effect<boolean, HashRejected> =>
  Effect.gen(function*() {
    const stored = yield* parseMigratedHash(input)
    const reloaded: MigratedHash = JSON.parse(JSON.stringify(stored))
    return yield* verifyMigratedHash(reloaded, password)
  })

/** Right password verifies, a near miss and a different one do not. */
export const expectVerifiesOnly = (input: MigrateHashInput, password: string): Effect.Effect<void, HashRejected> =>
  Effect.gen(function*() {
    expect(yield* verifies(input, password)).toBe(true)
    expect(yield* verifies(input, `${password}x`)).toBe(false)
    expect(yield* verifies(input, "definitely not it")).toBe(false)
  })

/** Every string the request carries that could be sensitive (hash, salts). */
const sensitiveStrings = (input: MigrateHashInput): Array<string> => {
  const found: Array<string> = [input.hash]
  const configs = [
    input.md_5_config,
    input.sha_1_config,
    input.sha_512_config,
    input.argon_2_config,
    input.scrypt_config,
    input.pbkdf_2_config
  ]
  for (const config of configs) {
    if (config === undefined) continue
    for (const [key, value] of Object.entries(config)) {
      if (key !== "algorithm" && typeof value === "string") found.push(value)
    }
  }
  // Very short strings (e.g. "abc") could appear in prose by chance.
  return found.filter((value) => value.length >= 6)
}

/**
 * Asserts parsing fails with `errorType` and that neither the message nor
 * the serialised error repeats the hash or a salt. (Parsing never sees a
 * password, and verification has no error channel, so no message can
 * carry one.)
 */
export const expectRejected = (input: MigrateHashInput, errorType: HashRejectionType): Effect.Effect<HashRejected> =>
  Effect.gen(function*() {
    const error = yield* Effect.flip(parseMigratedHash(input)).pipe(
      Effect.catchAll((stored) => Effect.dieMessage(`expected ${errorType}, but it parsed as ${stored.type}`))
    )
    expect(error._tag).toBe("HashRejected")
    expect(error.error_type).toBe(errorType)
    expect(error.message.length).toBeGreaterThan(10)
    const rendered = `${error.message}\n${JSON.stringify(error)}`
    for (const secret of sensitiveStrings(input)) expect(rendered).not.toContain(secret)
    return error
  })
