import { scrypt } from "node:crypto"
import { Effect } from "effect"
import type { ScryptParams } from "./scryptParams.js"

/**
 * Bytes OpenSSL needs for scrypt: the V array (128 * r * (N + 2)) plus the
 * B array (128 * r * p). Node refuses anything above `maxmem`.
 */
const scryptMemory = ({ n, r, p }: ScryptParams): number => 128 * r * (n + p + 2) + 1024 * 1024

/**
 * Derives an scrypt key with node:crypto's asynchronous `scrypt`, which runs
 * on the libuv thread pool rather than blocking the event loop. Parameters
 * must already be validated; an OpenSSL refusal is therefore a defect.
 *
 * @example
 * const key = deriveScrypt(Buffer.from("pw"), Buffer.alloc(16), 32, { n: 1024, r: 8, p: 1 })
 */
export const deriveScrypt = (
  password: Uint8Array,
  salt: Uint8Array,
  keyLength: number,
  params: ScryptParams
): Effect.Effect<Buffer> =>
  Effect.async<Buffer>((resume) => {
    scrypt(
      password,
      salt,
      keyLength,
      { N: params.n, r: params.r, p: params.p, maxmem: scryptMemory(params) },
      (error, key) => resume(error === null ? Effect.succeed(key) : Effect.die(error))
    )
  })
