/**
 * Cost caps for migrated (and stored) hashes. Stytch accepts expensive
 * legacy parameters, but the emulator verifies on a laptop, often on the
 * main thread (hash-wasm's bcrypt and argon2 are synchronous WASM), so each
 * cap keeps a single worst-case verification to a few seconds. Anything
 * above a cap is refused with the matching `invalid_*` error type.
 *
 * @example
 * HashingLimits.bcrypt.maxCost // 16
 */
export const HashingLimits = {
  /** Longest `hash` string looked at, to refuse absurd payloads early. */
  maxHashLength: 4096,
  /** Largest salt and derived key accepted, in bytes. */
  maxBytes: 1024,
  bcrypt: {
    minCost: 4,
    /** Cost 16 is ~65k Blowfish key setups: a few seconds of WASM. */
    maxCost: 16
  },
  argon2: {
    maxIterations: 10,
    /** 256 MiB, in KiB as Argon2 counts memory. */
    maxMemoryKiB: 262_144,
    maxThreads: 64,
    minSaltBytes: 8,
    minKeyBytes: 4
  },
  scrypt: {
    /** Stytch's own limit: N must be at most 262,144 (2^18). */
    maxN: 262_144,
    /** Memory scrypt needs is 128 * N * r bytes; keep it within 256 MiB. */
    maxMemoryBytes: 256 * 1024 * 1024,
    /** N * r * p bounds the total work: twice OWASP's N=2^17, r=8, p=1. */
    maxWork: 2 ** 21
  },
  pbkdf2: {
    /** Counts iterations times output blocks, the real PBKDF2 work. */
    maxIterations: 10_000_000
  },
  phpass: {
    minLog2Rounds: 7,
    /** phpass itself allows 2^30 MD5 rounds; 2^20 is already ~1.5 s. */
    maxLog2Rounds: 20
  }
} as const

/**
 * True when `value` is a whole number within `[min, max]`. Wire values are
 * checked at run time too, since JSON may carry floats, strings or nulls.
 *
 * @example
 * isIntBetween(3, 1, 10) // true
 * isIntBetween(2.5, 1, 10) // false
 */
export const isIntBetween = (value: unknown, min: number, max: number): value is number =>
  typeof value === "number" && Number.isSafeInteger(value) && value >= min && value <= max

/**
 * Renders a wire number for an error message, only when it is a plain
 * integer, so no free text from the request ever reaches a message.
 *
 * @example
 * describeNumber(17) // " (got 17)"
 * describeNumber("x") // ""
 */
export const describeNumber = (value: unknown): string =>
  typeof value === "number" && Number.isSafeInteger(value) ? ` (got ${value})` : ""
