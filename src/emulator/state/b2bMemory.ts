/**
 * The B2B half of the store: organizations, members, member sessions, intermediate
 * sessions and B2B reset tokens. Like the rest of the store, every method is synchronous, so
 * a commit step that calls them is atomic (see `Store.ts` for the rule).
 *
 * @since 0.1.0
 */
import type {
  StoredB2BResetToken,
  StoredIntermediateSession,
  StoredMember,
  StoredMemberSession,
  StoredOrganization
} from "./State.js"

/** The B2B part of an export file. */
export interface B2BSnapshot {
  readonly organizations: ReadonlyArray<StoredOrganization>
  readonly members: ReadonlyArray<StoredMember>
  readonly member_sessions: ReadonlyArray<StoredMemberSession>
  readonly intermediate_sessions: ReadonlyArray<StoredIntermediateSession>
  readonly b2b_reset_tokens: ReadonlyArray<StoredB2BResetToken>
}

export const emptyB2B: B2BSnapshot = {
  organizations: [],
  members: [],
  member_sessions: [],
  intermediate_sessions: [],
  b2b_reset_tokens: []
}

/**
 * The B2B reads, at any time.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import { EmulatorStore } from "./Store.js"
 *
 * const memberOf = (organization_id: string) => Effect.map(EmulatorStore, (store) => store.read.b2b.memberByEmail(organization_id, "ada@acme.com"))
 * ```
 * @since 0.1.0
 */
export interface B2BReads {
  readonly organizations: () => ReadonlyArray<StoredOrganization>
  /** An organization by id, slug or external id. */
  readonly organization: (reference: string) => StoredOrganization | undefined
  readonly members: () => ReadonlyArray<StoredMember>
  readonly member: (memberId: string) => StoredMember | undefined
  /** The member of an organization with an email address, without regard to case. */
  readonly memberByEmail: (organizationId: string, email: string) => StoredMember | undefined
  /** Every membership of an email address, across organizations. */
  readonly membersByEmail: (email: string) => ReadonlyArray<StoredMember>
  readonly memberSessions: () => ReadonlyArray<StoredMemberSession>
  readonly memberSessionById: (sessionId: string) => StoredMemberSession | undefined
  readonly memberSessionByTokenHash: (tokenHash: string) => StoredMemberSession | undefined
  readonly intermediateSession: (tokenHash: string) => StoredIntermediateSession | undefined
  readonly b2bResetToken: (tokenHash: string) => StoredB2BResetToken | undefined
}

/**
 * The B2B writes, inside a commit step only.
 *
 * @example
 * ```ts
 * import { Effect } from "effect"
 * import type { StoredMember } from "./State.js"
 * import { EmulatorStore } from "./Store.js"
 *
 * // false when the organization already has a member with the email
 * const insert = (member: StoredMember) => Effect.flatMap(EmulatorStore, (store) => store.commit((tx) => tx.b2b.insertMember(member)))
 * ```
 * @since 0.1.0
 */
export interface B2BWrites {
  /** Inserts an organization unless its slug is taken; whether it did. */
  readonly insertOrganization: (organization: StoredOrganization) => boolean
  /** Replaces an organization (its slug stays as it was). */
  readonly putOrganization: (organization: StoredOrganization) => void
  /** Inserts a member unless the organization has one with the email; whether it did. */
  readonly insertMember: (member: StoredMember) => boolean
  /** Replaces a member (found by id). */
  readonly putMember: (member: StoredMember) => void
  /**
   * Deletes a member with its member sessions, intermediate sessions and reset tokens, freeing
   * its email in the organization; whether it was there.
   */
  readonly deleteMember: (memberId: string) => boolean
  readonly putMemberSession: (session: StoredMemberSession) => void
  readonly deleteMemberSession: (sessionId: string) => void
  /** Revokes every session of a member but `keep`; how many. */
  readonly revokeMemberSessions: (memberId: string, keep?: string) => number
  readonly putIntermediateSession: (session: StoredIntermediateSession) => void
  readonly putB2BResetToken: (token: StoredB2BResetToken) => void
  /** Marks a token used if it is still usable at `now`; the token as it was, or undefined. */
  readonly spendB2BResetToken: (tokenHash: string, now: number) => StoredB2BResetToken | undefined
}

const key = (organizationId: string, email: string) => `${organizationId}\u0000${email.toLowerCase()}`

/** The B2B memory: its reads and writes, and what the store needs to sweep, export and import. */
export const makeB2BMemory = (): B2BReads &
  B2BWrites & {
    readonly sweep: (now: number) => number
    readonly snapshot: () => B2BSnapshot
    readonly load: (snapshot: B2BSnapshot) => void
  } => {
  const organizations = new Map<string, StoredOrganization>()
  const members = new Map<string, StoredMember>()
  const memberIdByOrgEmail = new Map<string, string>()
  const sessions = new Map<string, StoredMemberSession>()
  const sessionIdByToken = new Map<string, string>()
  const intermediate = new Map<string, StoredIntermediateSession>()
  const resetTokens = new Map<string, StoredB2BResetToken>()

  const putMember = (member: StoredMember) => {
    const previous = members.get(member.member_id)
    if (previous !== undefined) memberIdByOrgEmail.delete(key(previous.organization_id, previous.email_address))
    members.set(member.member_id, member)
    memberIdByOrgEmail.set(key(member.organization_id, member.email_address), member.member_id)
  }

  const putSession = (session: StoredMemberSession) => {
    const previous = sessions.get(session.member_session_id)
    for (const hash of previous?.token_hashes ?? []) sessionIdByToken.delete(hash)
    sessions.set(session.member_session_id, session)
    for (const hash of session.token_hashes) sessionIdByToken.set(hash, session.member_session_id)
  }

  const deleteSession = (sessionId: string) => {
    const session = sessions.get(sessionId)
    if (session === undefined) return
    sessions.delete(sessionId)
    for (const hash of session.token_hashes) sessionIdByToken.delete(hash)
  }

  const load = (snapshot: B2BSnapshot) => {
    organizations.clear()
    members.clear()
    memberIdByOrgEmail.clear()
    sessions.clear()
    sessionIdByToken.clear()
    intermediate.clear()
    resetTokens.clear()
    for (const organization of snapshot.organizations) organizations.set(organization.organization_id, organization)
    snapshot.members.forEach(putMember)
    snapshot.member_sessions.forEach(putSession)
    for (const session of snapshot.intermediate_sessions) intermediate.set(session.token_hash, session)
    for (const token of snapshot.b2b_reset_tokens) resetTokens.set(token.token_hash, token)
  }

  return {
    organizations: () => [...organizations.values()],
    organization: (reference) =>
      organizations.get(reference) ??
      [...organizations.values()].find(
        (organization) => organization.organization_slug === reference || organization.organization_external_id === reference
      ),
    insertOrganization: (organization) => {
      const taken = [...organizations.values()].some((other) => other.organization_slug === organization.organization_slug)
      if (!taken) organizations.set(organization.organization_id, organization)
      return !taken
    },
    putOrganization: (organization) => {
      organizations.set(organization.organization_id, organization)
    },

    members: () => [...members.values()],
    member: (memberId) => members.get(memberId),
    memberByEmail: (organizationId, email) => {
      const id = memberIdByOrgEmail.get(key(organizationId, email))
      return id === undefined ? undefined : members.get(id)
    },
    membersByEmail: (email) => [...members.values()].filter((member) => member.email_address.toLowerCase() === email.toLowerCase()),
    insertMember: (member) => {
      if (members.has(member.member_id) || memberIdByOrgEmail.has(key(member.organization_id, member.email_address))) return false
      putMember(member)
      return true
    },
    putMember,
    deleteMember: (memberId) => {
      const member = members.get(memberId)
      if (member === undefined) return false
      members.delete(memberId)
      memberIdByOrgEmail.delete(key(member.organization_id, member.email_address))
      for (const session of [...sessions.values()]) if (session.member_id === memberId) deleteSession(session.member_session_id)
      for (const [hash, session] of [...intermediate]) if (session.member_id === memberId) intermediate.delete(hash)
      for (const [hash, token] of [...resetTokens]) if (token.member_id === memberId) resetTokens.delete(hash)
      return true
    },

    memberSessions: () => [...sessions.values()],
    memberSessionById: (sessionId) => sessions.get(sessionId),
    memberSessionByTokenHash: (tokenHash) => {
      const id = sessionIdByToken.get(tokenHash)
      return id === undefined ? undefined : sessions.get(id)
    },
    putMemberSession: putSession,
    deleteMemberSession: deleteSession,
    revokeMemberSessions: (memberId, keep) => {
      let count = 0
      for (const session of [...sessions.values()]) {
        if (session.member_id === memberId && session.member_session_id !== keep) {
          deleteSession(session.member_session_id)
          count++
        }
      }
      return count
    },

    putIntermediateSession: (session) => {
      intermediate.set(session.token_hash, session)
    },
    intermediateSession: (tokenHash) => intermediate.get(tokenHash),

    putB2BResetToken: (token) => {
      resetTokens.set(token.token_hash, token)
    },
    b2bResetToken: (tokenHash) => resetTokens.get(tokenHash),
    spendB2BResetToken: (tokenHash, now) => {
      const token = resetTokens.get(tokenHash)
      if (token === undefined || token.used || Date.parse(token.expires_at) <= now) return undefined
      resetTokens.set(tokenHash, { ...token, used: true })
      return token
    },

    sweep: (now) => {
      let count = 0
      for (const session of [...sessions.values()]) {
        if (Date.parse(session.expires_at) <= now) {
          deleteSession(session.member_session_id)
          count++
        }
      }
      for (const [hash, session] of [...intermediate]) {
        if (Date.parse(session.expires_at) <= now) {
          intermediate.delete(hash)
          count++
        }
      }
      for (const [hash, token] of [...resetTokens]) {
        if (token.used || Date.parse(token.expires_at) <= now) {
          resetTokens.delete(hash)
          count++
        }
      }
      return count
    },

    snapshot: () => ({
      organizations: [...organizations.values()],
      members: [...members.values()],
      member_sessions: [...sessions.values()],
      intermediate_sessions: [...intermediate.values()],
      b2b_reset_tokens: [...resetTokens.values()]
    }),
    load
  }
}
