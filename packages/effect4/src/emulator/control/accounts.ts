/**
 * What the control routes answer for accounts: each user and member with its password as the
 * emulator keeps it (never the hash). The shapes of effect-stytch's `src/emulator/control/accounts.ts`,
 * in Effect 4's Schema, used to decode the `/emulator/v1/user_accounts` and `/member_accounts` answers.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { Member } from "../../models/Member.js"
import { User } from "../../models/User.js"

const PasswordSummaryFields = {
  password_id: Schema.String,
  algorithm: Schema.String,
  migrated: Schema.Boolean,
  requires_reset: Schema.Boolean
}

/**
 * A password as the emulator keeps it, without the hash: its algorithm (`scrypt` for the
 * emulator's own, the imported one's until the first login rehashes it), whether it was
 * migrated, and whether a reset is required.
 *
 * @example
 * ```ts
 * import type { PasswordSummary } from "effect4-stytch/emulator"
 *
 * const migrated: PasswordSummary = { password_id: "password-test-1", algorithm: "bcrypt", migrated: true, requires_reset: false }
 * ```
 * @since 0.1.0
 */
export interface PasswordSummary extends Schema.Struct.Type<typeof PasswordSummaryFields> {}

/**
 * `PasswordSummary`'s decoder, for the control routes' answers.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { PasswordSummary } from "./accounts.js"
 *
 * Schema.decodeUnknownSync(PasswordSummary)({ password_id: "password-test-1", algorithm: "scrypt", migrated: false, requires_reset: true })
 * ```
 * @since 0.1.0
 */
export const PasswordSummary: Schema.Decoder<PasswordSummary> = Schema.Struct(PasswordSummaryFields)

/**
 * A user as the API shows it, with its password as the emulator keeps it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect4-stytch/emulator"
 *
 * const migratedEmails = StytchEmulator.use((emulator) =>
 *   Effect.map(emulator.userAccounts, (accounts) =>
 *     accounts.filter((account) => account.password?.migrated === true).map((account) => account.user.emails[0]?.email)
 *   )
 * )
 * ```
 * @since 0.1.0
 */
export interface UserAccount {
  readonly user: User
  readonly password?: PasswordSummary
}

/**
 * `UserAccount`'s decoder, for `GET /emulator/v1/user_accounts`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { UserAccount } from "./accounts.js"
 *
 * const decode = Schema.decodeUnknownSync(Schema.Struct({ accounts: Schema.Array(UserAccount) }))
 * ```
 * @since 0.1.0
 */
export const UserAccount: Schema.Decoder<UserAccount> = Schema.Struct({ user: User, password: Schema.optionalKey(PasswordSummary) })

/**
 * A B2B member as the API shows it, with its password as the emulator keeps it.
 *
 * @example
 * ```ts
 * import type { MemberAccount } from "effect4-stytch/emulator"
 *
 * const needsReset = (account: MemberAccount) => account.password?.requires_reset === true
 * ```
 * @since 0.1.0
 */
export interface MemberAccount {
  readonly member: Member
  readonly password?: PasswordSummary
}

/**
 * `MemberAccount`'s decoder, for `GET /emulator/v1/member_accounts`.
 *
 * @example
 * ```ts
 * import { Schema } from "effect"
 * import { MemberAccount } from "./accounts.js"
 *
 * const decode = Schema.decodeUnknownSync(Schema.Struct({ accounts: Schema.Array(MemberAccount) }))
 * ```
 * @since 0.1.0
 */
export const MemberAccount: Schema.Decoder<MemberAccount> = Schema.Struct({ member: Member, password: Schema.optionalKey(PasswordSummary) })
