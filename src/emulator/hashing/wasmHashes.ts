/**
 * The WASM hashes migrate verifies with: bcrypt and Argon2, from hash-wasm's builds of one
 * algorithm each (30 KB apiece, where its full index is 200 KB). The build inlines them into
 * this module, so the published package has no dependency of its own.
 *
 * @since 0.1.0
 */
import type * as HashWasm from "hash-wasm"

/**
 * hash-wasm's bcrypt, loaded on first use.
 *
 * @example
 * ```ts
 * import { loadBcrypt } from "./wasmHashes.js"
 *
 * const bcrypt = await loadBcrypt()
 * ```
 */
export const loadBcrypt = async (): Promise<typeof HashWasm.bcrypt> =>
  (await import("hash-wasm/dist/bcrypt.umd.min.js")).default.bcrypt

/**
 * hash-wasm's Argon2i and Argon2id, loaded on first use.
 *
 * @example
 * ```ts
 * import { loadArgon2 } from "./wasmHashes.js"
 *
 * const { argon2id } = await loadArgon2()
 * ```
 */
export const loadArgon2 = async (): Promise<Pick<typeof HashWasm, "argon2i" | "argon2id">> => {
  const { argon2i, argon2id } = (await import("hash-wasm/dist/argon2.umd.min.js")).default
  return { argon2i, argon2id }
}
