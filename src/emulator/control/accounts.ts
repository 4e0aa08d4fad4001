/**
 * The control operations the dashboard's actions need besides the originals: each user's and
 * member's password as the emulator keeps it, deleting users and members, revoking sessions,
 * forcing a member's reset, and the request log. The Effect API and the `/emulator/v1` routes
 * call these too. Each write commits only if what it names is still there.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import type { Member } from "../../models/Member.js"
import type { MemberSession } from "../../models/MemberSession.js"
import type { User } from "../../models/User.js"
import { memberSessionView, memberView } from "../b2b/views.js"
import type { EmulatorConfig } from "../EmulatorConfig.js"
import { type LoggedRequest, RequestLog } from "../requests/RequestLog.js"
import { now } from "../runtime.js"
import { isLive } from "../sessions/Sessions.js"
import type { StoredPassword } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"
import { userView } from "../users.js"
import { EmulatorControlError } from "./operations.js"

/**
 * A password as the emulator keeps it, without the hash: its algorithm (`scrypt` for the
 * emulator's own, the imported one's until the first login rehashes it), whether it was
 * migrated, and whether a reset is required.
 *
 * @example
 * ```ts
 * import type { PasswordSummary } from "effect-stytch/emulator"
 *
 * const migrated: PasswordSummary = { password_id: "password-test-1", algorithm: "bcrypt", migrated: true, requires_reset: false }
 * ```
 * @since 0.1.0
 */
export interface PasswordSummary {
  readonly password_id: string
  readonly algorithm: string
  readonly migrated: boolean
  readonly requires_reset: boolean
}

/**
 * A user as the API shows it, with its password as the emulator keeps it.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { StytchEmulator } from "effect-stytch/emulator"
 *
 * const migratedEmails = Effect.map(Effect.flatMap(StytchEmulator, (emulator) => emulator.userAccounts), (accounts) =>
 *   accounts.filter((account) => account.password?.migrated === true).map((account) => account.user.emails[0]?.email)
 * )
 * ```
 * @since 0.1.0
 */
export interface UserAccount {
  readonly user: User
  readonly password?: PasswordSummary
}

/**
 * A B2B member as the API shows it, with its password as the emulator keeps it.
 *
 * @example
 * ```ts
 * import type { MemberAccount } from "effect-stytch/emulator"
 *
 * const needsReset = (account: MemberAccount) => account.password?.requires_reset === true
 * ```
 * @since 0.1.0
 */
export interface MemberAccount {
  readonly member: Member
  readonly password?: PasswordSummary
}

const refuse = (reason: string) => new EmulatorControlError({ reason })

const summary = (password: StoredPassword | undefined): { readonly password?: PasswordSummary } =>
  password === undefined
    ? {}
    : {
        password: {
          password_id: password.password_id,
          // A native hash is a PHC string, `$scrypt$...`.
          algorithm: password.hash.kind === "native" ? (password.hash.phc.split("$")[1] ?? "unknown") : password.hash.migrated.type,
          migrated: password.hash.kind === "migrated",
          requires_reset: password.requires_reset
        }
      }

export const userAccounts: Effect.Effect<ReadonlyArray<UserAccount>, never, EmulatorStore> = Effect.map(EmulatorStore, (store) =>
  store.read.users().map((user) => ({ user: userView(user), ...summary(user.password) }))
)

export const memberAccounts: Effect.Effect<ReadonlyArray<MemberAccount>, never, EmulatorStore> = Effect.map(EmulatorStore, (store) =>
  store.read.b2b.members().map((member) => ({ member: memberView(member), ...summary(member.password) }))
)

/** Deletes a user with its sessions and reset tokens, as `DELETE /v1/users/{user_id}` does. */
export const deleteUser = (userId: string): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => store.commit((tx) => tx.deleteUser(userId))).pipe(
    Effect.filterOrFail((deleted) => deleted, () => refuse("user_id: no user has this id.")),
    Effect.asVoid
  )

/** Revokes one session (live or expired): its tokens and JWTs stop working. */
export const revokeSession = (sessionId: string): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) =>
    store.commit((tx) => {
      if (tx.sessionById(sessionId) === undefined) return false
      tx.deleteSession(sessionId)
      return true
    })
  ).pipe(Effect.filterOrFail((revoked) => revoked, () => refuse("session_id: no session has this id.")), Effect.asVoid)

/** The live member sessions (expired ones are left out). */
export const memberSessions: Effect.Effect<ReadonlyArray<MemberSession>, never, EmulatorStore | EmulatorConfig> = Effect.gen(
  function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    return store.read.b2b.memberSessions().flatMap((session) => {
      const organization = store.read.b2b.organization(session.organization_id)
      return organization !== undefined && isLive(session, at) ? [memberSessionView(session, organization)] : []
    })
  }
)

export const revokeMemberSession = (sessionId: string): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) =>
    store.commit((tx) => {
      if (tx.b2b.memberSessionById(sessionId) === undefined) return false
      tx.b2b.deleteMemberSession(sessionId)
      return true
    })
  ).pipe(Effect.filterOrFail((revoked) => revoked, () => refuse("member_session_id: no member session has this id.")), Effect.asVoid)

/** Deletes a member with its sessions, as `DELETE /v1/b2b/organizations/{organization_id}/members/{member_id}` does. */
export const deleteMember = (memberId: string): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) => store.commit((tx) => tx.b2b.deleteMember(memberId))).pipe(
    Effect.filterOrFail((deleted) => deleted, () => refuse("member_id: no member has this id.")),
    Effect.asVoid
  )

/** Flags a member's password so that logins answer `reset_password` until it is reset. */
export const forceResetMember = (memberId: string): Effect.Effect<void, EmulatorControlError, EmulatorStore> =>
  Effect.flatMap(EmulatorStore, (store) =>
    store.commit((tx) => {
      const member = tx.b2b.member(memberId)
      if (member?.password === undefined) return false
      tx.b2b.putMember({ ...member, password: { ...member.password, requires_reset: true } })
      return true
    })
  ).pipe(Effect.filterOrFail((flagged) => flagged, () => refuse("member_id: no member with a password has this id.")), Effect.asVoid)

/** The Stytch API requests the emulator answered, oldest first (the last 1,000), bodies redacted. */
export const requests: Effect.Effect<ReadonlyArray<LoggedRequest>, never, RequestLog> = Effect.map(RequestLog, (log) => log.entries())

export const clearRequests: Effect.Effect<void, never, RequestLog> = Effect.map(RequestLog, (log) => log.clear())
