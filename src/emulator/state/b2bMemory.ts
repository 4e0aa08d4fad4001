/**
 * The B2B half of the store: organizations, members, member sessions, intermediate
 * sessions and B2B reset tokens. Like the rest of the store, every method is synchronous, so
 * each check-and-write is one atomic step.
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

const key = (organizationId: string, email: string) => `${organizationId}\u0000${email.toLowerCase()}`

export const makeB2BMemory = () => {
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
    /** An organization by id, slug or external id. */
    organization: (reference: string) =>
      organizations.get(reference) ??
      [...organizations.values()].find(
        (organization) => organization.organization_slug === reference || organization.organization_external_id === reference
      ),
    /** Inserts an organization unless its slug is taken; whether it did. */
    insertOrganization: (organization: StoredOrganization): boolean => {
      const taken = [...organizations.values()].some((other) => other.organization_slug === organization.organization_slug)
      if (!taken) organizations.set(organization.organization_id, organization)
      return !taken
    },

    /** Replaces an organization (its slug stays as it was). */
    putOrganization: (organization: StoredOrganization) => {
      organizations.set(organization.organization_id, organization)
    },

    members: () => [...members.values()],
    member: (memberId: string) => members.get(memberId),
    memberByEmail: (organizationId: string, email: string) => {
      const id = memberIdByOrgEmail.get(key(organizationId, email))
      return id === undefined ? undefined : members.get(id)
    },
    /** Every membership of an email address, across organizations. */
    membersByEmail: (email: string) =>
      [...members.values()].filter((member) => member.email_address.toLowerCase() === email.toLowerCase()),
    /** Inserts a member unless the organization has one with the email; whether it did. */
    insertMember: (member: StoredMember): boolean => {
      if (memberIdByOrgEmail.has(key(member.organization_id, member.email_address))) return false
      putMember(member)
      return true
    },
    updateMember: (memberId: string, update: (member: StoredMember) => StoredMember): StoredMember | undefined => {
      const member = members.get(memberId)
      if (member === undefined) return undefined
      const next = update(member)
      putMember(next)
      return next
    },
    /** Applies `update` only if `condition` holds for the member now; whether it did. */
    updateMemberIf: (
      memberId: string,
      condition: (member: StoredMember) => boolean,
      update: (member: StoredMember) => StoredMember
    ): boolean => {
      const member = members.get(memberId)
      if (member === undefined || !condition(member)) return false
      putMember(update(member))
      return true
    },

    memberSessions: () => [...sessions.values()],
    memberSessionById: (sessionId: string) => sessions.get(sessionId),
    memberSessionByTokenHash: (tokenHash: string) => {
      const id = sessionIdByToken.get(tokenHash)
      return id === undefined ? undefined : sessions.get(id)
    },
    putMemberSession: putSession,
    deleteMemberSession: deleteSession,
    /** Revokes every session of a member but `keep`; how many. */
    revokeMemberSessions: (memberId: string, keep?: string): number => {
      let count = 0
      for (const session of [...sessions.values()]) {
        if (session.member_id === memberId && session.member_session_id !== keep) {
          deleteSession(session.member_session_id)
          count++
        }
      }
      return count
    },

    putIntermediateSession: (session: StoredIntermediateSession) => {
      intermediate.set(session.token_hash, session)
    },
    intermediateSession: (tokenHash: string) => intermediate.get(tokenHash),

    putB2BResetToken: (token: StoredB2BResetToken) => {
      resetTokens.set(token.token_hash, token)
    },
    b2bResetToken: (tokenHash: string) => resetTokens.get(tokenHash),
    /** Marks a token used if it still is usable at `now`; the token as it was, or undefined. */
    spendB2BResetToken: (tokenHash: string, now: number): StoredB2BResetToken | undefined => {
      const token = resetTokens.get(tokenHash)
      if (token === undefined || token.used || Date.parse(token.expires_at) <= now) return undefined
      resetTokens.set(tokenHash, { ...token, used: true })
      return token
    },

    /** Drops expired member and intermediate sessions and spent or expired tokens; how many. */
    sweep: (now: number): number => {
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

    snapshot: (): B2BSnapshot => ({
      organizations: [...organizations.values()],
      members: [...members.values()],
      member_sessions: [...sessions.values()],
      intermediate_sessions: [...intermediate.values()],
      b2b_reset_tokens: [...resetTokens.values()]
    }),
    load
  }
}
