import { randomBytes } from "node:crypto"
import { Effect, Either } from "effect"
import { constantTimeEqual, utf8 } from "./bytes.js"
import { deriveScrypt } from "./scryptKdf.js"
import { formatScryptPhc, parseScryptPhc } from "./scryptPhc.js"

/**
 * Names of the storage hashing profiles.
 *
 * @example
 * const name: HashingProfileName = "fast"
 */
export type HashingProfileName = "fast" | "production"

/**
 * scrypt settings used when the emulator stores a password.
 *
 * @example
 * const custom: HashingProfile = { name: "fast", log2N: 9, r: 8, p: 1, keyLength: 32, saltLength: 16 }
 */
export interface HashingProfile {
  readonly name: HashingProfileName
  /** log2 of scrypt's N. */
  readonly log2N: number
  readonly r: number
  readonly p: number
  /** Derived key length in bytes. */
  readonly keyLength: number
  /** Random salt length in bytes. */
  readonly saltLength: number
}

/**
 * For tests: real scrypt at N=2^6 (64 KiB, about 0.12 ms), so the two hashes of a create
 * plus authenticate round trip cost a fraction of its 5 ms budget. Not for real secrets.
 *
 * @example
 * hashPassword(fastProfile, "correct horse battery staple")
 */
export const fastProfile: HashingProfile = {
  name: "fast",
  log2N: 6,
  r: 8,
  p: 1,
  keyLength: 32,
  saltLength: 16
}

/**
 * OWASP's scrypt recommendation: N=2^17, r=8, p=1 (128 MiB, ~0.5 s).
 *
 * @example
 * hashPassword(productionProfile, "correct horse battery staple")
 */
export const productionProfile: HashingProfile = {
  name: "production",
  log2N: 17,
  r: 8,
  p: 1,
  keyLength: 32,
  saltLength: 16
}

/**
 * The storage profiles by name.
 *
 * @example
 * const profile = HashingProfiles[process.env.CI ? "fast" : "production"]
 */
export const HashingProfiles: { readonly [Name in HashingProfileName]: HashingProfile } = {
  fast: fastProfile,
  production: productionProfile
}

/**
 * Hashes a password for storage with a fresh random salt. The result is a
 * self-describing PHC string (`$scrypt$ln=17,r=8,p=1$<salt>$<hash>`), so
 * {@link verifyPassword} needs no profile.
 *
 * @example
 * const stored = yield* hashPassword(fastProfile, "hunter2")
 */
export const hashPassword = (profile: HashingProfile, password: string): Effect.Effect<string> =>
  Effect.gen(function*() {
    const salt = randomBytes(profile.saltLength)
    const params = { n: 2 ** profile.log2N, r: profile.r, p: profile.p }
    const hash = yield* deriveScrypt(utf8(password), salt, profile.keyLength, params)
    return formatScryptPhc({ params, salt, hash })
  })

/**
 * Checks a password against a string produced by {@link hashPassword}.
 * Unparseable or over-cap strings (e.g. a hand-edited state file) verify as
 * `false`: failing closed beats crashing or hanging the emulator.
 *
 * @example
 * const ok = yield* verifyPassword(stored, "hunter2")
 */
export const verifyPassword = (stored: string, password: string): Effect.Effect<boolean> =>
  Either.match(parseScryptPhc(stored), {
    onLeft: () => Effect.succeed(false),
    onRight: ({ hash, params, salt }) =>
      deriveScrypt(utf8(password), salt, hash.length, params).pipe(
        Effect.map((candidate) => constantTimeEqual(candidate, hash))
      )
  })
