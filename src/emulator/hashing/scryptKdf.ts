import { scrypt, scryptSync } from "node:crypto"
import { Effect, FiberRef } from "effect"
import type { ScryptParams } from "./scryptParams.js"

/**
 * Bytes OpenSSL needs for scrypt: the V array (128 * r * (N + 2)) plus the
 * B array (128 * r * p). Node refuses anything above `maxmem`.
 */
const scryptMemory = ({ n, r, p }: ScryptParams): number => 128 * r * (n + p + 2) + 1024 * 1024

/**
 * The most work (N * r * p) a derivation may take to run on the calling thread: about half a
 * millisecond of CPU, four times the "fast" profile's. Below it, the hop to the thread pool
 * and back costs more latency than it saves.
 */
const inlineWork = 2 ** 8 * 8 * 1

/**
 * When derivations as cheap as the "fast" profile's may run on the calling thread: asked at
 * each derivation. The in-process emulator says yes while it serves one request alone (the
 * thread pool would only add latency); a server, and concurrent requests, keep the pool, so
 * that requests hash in parallel and timers and I/O get their turn between them.
 *
 * @example
 * const key = deriveScrypt(password, salt, 32, params).pipe(Effect.locally(inlineCheapDerivations, () => true))
 */
export const inlineCheapDerivations: FiberRef.FiberRef<() => boolean> = FiberRef.unsafeMake<() => boolean>(() => false)

/**
 * Derives an scrypt key with node:crypto's asynchronous `scrypt`, which runs
 * on the libuv thread pool rather than blocking the event loop (or inline, see
 * {@link inlineCheapDerivations}). Parameters must already be validated; an
 * OpenSSL refusal is therefore a defect.
 *
 * @example
 * const key = deriveScrypt(Buffer.from("pw"), Buffer.alloc(16), 32, { n: 1024, r: 8, p: 1 })
 */
export const deriveScrypt = (
  password: Uint8Array,
  salt: Uint8Array,
  keyLength: number,
  params: ScryptParams
): Effect.Effect<Buffer> => {
  const options = { N: params.n, r: params.r, p: params.p, maxmem: scryptMemory(params) }
  const onPool = Effect.async<Buffer>((resume) => {
    scrypt(password, salt, keyLength, options, (error, key) => resume(error === null ? Effect.succeed(key) : Effect.die(error)))
  })
  if (params.n * params.r * params.p > inlineWork) return onPool
  return Effect.flatMap(FiberRef.get(inlineCheapDerivations), (inline) =>
    inline() ? Effect.sync(() => scryptSync(password, salt, keyLength, options)) : onPool
  )
}
