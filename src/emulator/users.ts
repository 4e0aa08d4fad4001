/**
 * Users as the emulator keeps them and as the API shows them, and their passwords.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import type { AuthenticationFactor } from "../models/Session.js"
import type { User } from "../models/User.js"
import { EmulatorConfig } from "./EmulatorConfig.js"
import { HashingProfiles, hashPassword, verifyMigratedHash, verifyPassword } from "./hashing/index.js"
import { iso, newId } from "./runtime.js"
import type { StoredPassword, StoredUser } from "./state/State.js"

/** The user as the API returns it. */
export const userView = (user: StoredUser): User => ({
  user_id: user.user_id,
  emails: user.emails,
  status: user.status,
  phone_numbers: user.phone_numbers,
  webauthn_registrations: [],
  providers: [],
  totps: [],
  crypto_wallets: [],
  biometric_registrations: [],
  is_locked: false,
  roles: user.roles,
  created_at: user.created_at,
  ...(user.name === undefined ? {} : { name: user.name }),
  ...(user.password === undefined
    ? {}
    : { password: { password_id: user.password.password_id, requires_reset: user.password.requires_reset } }),
  trusted_metadata: user.trusted_metadata ?? {},
  untrusted_metadata: user.untrusted_metadata ?? {},
  ...(user.external_id === undefined ? {} : { external_id: user.external_id })
})

/** A new user with one unverified email. */
export const newUser = (email: string, at: number): StoredUser => ({
  user_id: newId("user"),
  created_at: iso(at),
  status: "active",
  emails: [{ email_id: newId("email"), email, verified: false }],
  phone_numbers: [],
  roles: []
})

/** The emulator's own hash of a password, at the instance's hashing cost. */
export const hashNative = (password: string, passwordId: string = newId("password")) =>
  Effect.flatMap(EmulatorConfig, (config) => hashPassword(HashingProfiles[config.hashing], password)).pipe(
    Effect.map((phc): StoredPassword => ({ password_id: passwordId, hash: { kind: "native", phc }, requires_reset: false }))
  )

/** Whether the password matches, whatever algorithm the stored hash uses. */
export const passwordMatches = (stored: StoredPassword, password: string): Effect.Effect<boolean> =>
  stored.hash.kind === "native" ? verifyPassword(stored.hash.phc, password) : verifyMigratedHash(stored.hash.migrated, password)

/** The email a login or reset names, matched without regard to case. */
export const emailOf = (user: StoredUser, email: string) =>
  user.emails.find((candidate) => candidate.email.toLowerCase() === email.toLowerCase())

/** The factor a password login adds to a session. */
export const passwordFactor = (email: { readonly email_id: string; readonly email: string }, at: number): AuthenticationFactor => ({
  type: "password",
  delivery_method: "knowledge",
  last_authenticated_at: iso(at),
  created_at: iso(at),
  updated_at: iso(at),
  email_factor: { email_id: email.email_id, email_address: email.email }
})
