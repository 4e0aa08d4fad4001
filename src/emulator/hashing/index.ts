/**
 * Password hashing for the emulator: scrypt storage hashes and verification
 * of hashes imported through `POST /v1/passwords/migrate`.
 *
 * @example
 * import { hashPassword, fastProfile, parseMigratedHash } from "./emulator/hashing/index.js"
 */
export { HashRejected, hashRejectionClass, type HashRejectionClass, type HashRejectionType } from "./HashRejected.js"
export { HashingLimits } from "./limits.js"
export type {
  Argon2Config,
  MigrateHashInput,
  Pbkdf2Config,
  SaltedDigestConfig,
  ScryptConfig
} from "./MigrateHashInput.js"
export {
  type Argon2Hash,
  type BcryptHash,
  isMigratedHashType,
  type MigratedHash,
  type MigratedHashType,
  migratedHashTypes,
  type Pbkdf2Hash,
  type PhpassHash,
  type SaltedDigestHash,
  type ScryptHash
} from "./MigratedHash.js"
export { parseMigratedHash } from "./parseMigratedHash.js"
export {
  fastProfile,
  type HashingProfile,
  type HashingProfileName,
  HashingProfiles,
  hashPassword,
  productionProfile,
  verifyPassword
} from "./PasswordHasher.js"
export { verifyMigratedHash } from "./verifyMigratedHash.js"
