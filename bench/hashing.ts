/**
 * Rough timings for the emulator's password hashing: ms per hash and per
 * verify for each storage profile, and ms per parse and per verify for each
 * migrate hash type at typical real-world parameters.
 *
 *   npx tsx bench/hashing.ts          typical parameters
 *   npx tsx bench/hashing.ts --caps   adds rows at the emulator's cost caps (slow)
 *
 * Verification cost does not depend on whether the password matches, so the
 * numbers are for the correct password.
 */
import { createHash, pbkdf2Sync, scryptSync } from "node:crypto"
import { Effect } from "effect"
import { argon2i, argon2id, bcrypt } from "hash-wasm"
import {
  fastProfile,
  type HashingProfile,
  hashPassword,
  type MigrateHashInput,
  parseMigratedHash,
  productionProfile,
  verifyMigratedHash,
  verifyPassword
} from "../src/emulator/hashing/index.js"

const password = "correct horse battery staple"
const salt16 = Buffer.from("0123456789abcdef")
const withCaps = process.argv.includes("--caps")

/** Mean ms of `run`, repeated until ~300 ms have passed (at least 2, at most 200 runs). */
const time = async (run: () => Promise<unknown>): Promise<number> => {
  await run() // warm-up: WASM instantiation, thread pool start
  let runs = 0
  const start = performance.now()
  while (runs < 2 || (runs < 200 && performance.now() - start < 300)) {
    await run()
    runs++
  }
  return (performance.now() - start) / runs
}

const rows: Array<[string, string, string, string]> = [["case", "parameters", "hash/parse ms", "verify ms"]]
const ms = (value: number): string => value < 10 ? value.toFixed(3) : value.toFixed(1)

const benchProfile = async (profile: HashingProfile) => {
  const stored = await Effect.runPromise(hashPassword(profile, password))
  const hashMs = await time(() => Effect.runPromise(hashPassword(profile, password)))
  const verifyMs = await time(() => Effect.runPromise(verifyPassword(stored, password)))
  rows.push([`storage: ${profile.name}`, `scrypt N=2^${profile.log2N} r=${profile.r} p=${profile.p}`, ms(hashMs), ms(verifyMs)])
}

const benchMigrate = async (label: string, parameters: string, input: MigrateHashInput) => {
  const stored = await Effect.runPromise(parseMigratedHash(input))
  if (!(await Effect.runPromise(verifyMigratedHash(stored, password))) && !label.startsWith("phpass")) {
    throw new Error(`${label}: the benchmark vector does not verify`)
  }
  const parseMs = await time(() => Effect.runPromise(parseMigratedHash(input)))
  const verifyMs = await time(() => Effect.runPromise(verifyMigratedHash(stored, password)))
  rows.push([`migrate: ${label}`, parameters, ms(parseMs), ms(verifyMs)])
}

const salted = (algorithm: string) => createHash(algorithm).update(`pre${password}post`).digest("hex")
const saltConfig = { prepend_salt: "pre", append_salt: "post" }
const bcryptHash = (costFactor: number) =>
  bcrypt({ password, salt: salt16, costFactor, outputType: "encoded" })
const argon = (variant: typeof argon2i, memorySize: number, iterations: number, parallelism: number) =>
  variant({ password, salt: salt16, memorySize, iterations, parallelism, hashLength: 32, outputType: "encoded" })
const scryptPhc = (log2N: number, r: number, p: number) => {
  const key = scryptSync(password, salt16, 32, { N: 2 ** log2N, r, p, maxmem: 512 * 1024 * 1024 })
  const b64 = (bytes: Buffer) => bytes.toString("base64").replace(/=+$/, "")
  return `$scrypt$ln=${log2N},r=${r},p=${p}$${b64(salt16)}$${b64(key)}`
}
const pbkdf2Input = (algorithm: "sha256" | "sha512", iteration_amount: number): MigrateHashInput => ({
  hash: pbkdf2Sync(password, salt16, iteration_amount, 32, algorithm).toString("base64"),
  hash_type: "pbkdf_2",
  pbkdf_2_config: { salt: salt16.toString("base64"), iteration_amount, key_length: 32, algorithm }
})

await benchProfile(fastProfile)
await benchProfile(productionProfile)

await benchMigrate("md_5", "salted", { hash: salted("md5"), hash_type: "md_5", md_5_config: saltConfig })
await benchMigrate("sha_1", "salted", { hash: salted("sha1"), hash_type: "sha_1", sha_1_config: saltConfig })
await benchMigrate("sha_512", "salted", { hash: salted("sha512"), hash_type: "sha_512", sha_512_config: saltConfig })
await benchMigrate("bcrypt", "cost 10", { hash: await bcryptHash(10), hash_type: "bcrypt" })
await benchMigrate("bcrypt", "cost 12", { hash: await bcryptHash(12), hash_type: "bcrypt" })
await benchMigrate("argon_2id", "m=19 MiB t=2 p=1 (OWASP)", {
  hash: await argon(argon2id, 19_456, 2, 1),
  hash_type: "argon_2id"
})
await benchMigrate("argon_2i", "m=64 MiB t=2 p=4 (reference README)", {
  hash: await argon(argon2i, 65_536, 2, 4),
  hash_type: "argon_2i"
})
await benchMigrate("scrypt", "N=2^14 r=8 p=1", { hash: scryptPhc(14, 8, 1), hash_type: "scrypt" })
await benchMigrate("pbkdf_2", "sha256, 600k (OWASP)", pbkdf2Input("sha256", 600_000))
await benchMigrate("pbkdf_2", "sha512, 210k (OWASP)", pbkdf2Input("sha512", 210_000))
// Timing does not depend on a match, so a well-formed WordPress-style hash will do.
await benchMigrate("phpass", "$P$B: 2^13 rounds (WordPress)", { hash: "$P$BIQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", hash_type: "phpass" })

if (withCaps) {
  await benchMigrate("bcrypt", "cost 16 (cap)", { hash: await bcryptHash(16), hash_type: "bcrypt" })
  await benchMigrate("argon_2id", "m=256 MiB t=10 p=1 (cap)", {
    hash: await argon(argon2id, 262_144, 10, 1),
    hash_type: "argon_2id"
  })
  await benchMigrate("scrypt", "N=2^18 r=8 p=1 (cap)", { hash: scryptPhc(18, 8, 1), hash_type: "scrypt" })
  await benchMigrate("pbkdf_2", "sha256, 10M (cap)", pbkdf2Input("sha256", 10_000_000))
  await benchMigrate("phpass", "$P$I: 2^20 rounds (cap)", { hash: "$P$IIQRaTwmfeRo7ud9Fh4E2PdI0S3r.L0", hash_type: "phpass" })
}

const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
for (const [index, row] of rows.entries()) {
  console.log(row.map((cell, column) => column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)).join("  "))
  if (index === 0) console.log(widths.map((width) => "-".repeat(width)).join("  "))
}
