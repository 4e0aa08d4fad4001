// hash-wasm ships one build per algorithm (UMD, no types of their own): these are the two
// wasmHashes.ts loads, typed by the package's own declarations.
declare module "hash-wasm/dist/bcrypt.umd.min.js" {
  const build: Pick<typeof import("hash-wasm"), "bcrypt" | "bcryptVerify">
  export default build
}

declare module "hash-wasm/dist/argon2.umd.min.js" {
  const build: Pick<typeof import("hash-wasm"), "argon2i" | "argon2id" | "argon2d" | "argon2Verify">
  export default build
}
