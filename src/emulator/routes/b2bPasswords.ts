/**
 * The B2B Passwords routes: the consumer rules with organizations, members, MFA and
 * discovery across organizations.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { endpoints } from "../../b2b/B2BPasswords.js"
import {
  CannotResetPasswordWithExistingPassword,
  EmailNotFound,
  MemberPasswordNotFound,
  MemberResetPassword,
  PasswordAlreadyExists,
  SessionTooOldToResetPassword,
  UnauthorizedCredentials
} from "../../errors/PasswordErrors.js"
import {
  InvalidDiscoveryRedirectUrl,
  InvalidLoginRedirectUrl,
  InvalidPasswordResetRedirectUrl,
  NoPasswordResetRedirectUrl,
  UnableToAuthPasswordResetToken
} from "../../errors/ResetErrors.js"
import { InvalidIntermediateSessionTokenForOrganization, NoSessionArguments, SessionNotFound } from "../../errors/SessionErrors.js"
import { revealPassword } from "../../models/Secret.js"
import {
  loginFields,
  loginHolds,
  memberOf,
  memberPasswordFactor,
  mfaDetails,
  mfaRequired,
  organizationOf,
  planLogin,
  requireCrossOrgPasswords,
  requirePasswordsAllowed,
  writeLogin
} from "../b2b/lookups.js"
import { findIntermediateSession, findLiveMemberSession, memberSessionJwt, newIntermediateSession } from "../b2b/memberSessions.js"
import { memberSessionView, memberView, organizationView } from "../b2b/views.js"
import { hashRejectionClass, parseMigratedHash } from "../hashing/index.js"
import { type Route, endpointRoute } from "../http/route.js"
import { raise } from "../http/RouteError.js"
import { checkPkce } from "../pkce.js"
import { breachDetectionOn, isBreached, requireAcceptable, strengthCheckAnswer } from "../policy.js"
import { requireMigrateSlot } from "../rateLimit.js"
import { iso, newId, newToken, now, sha256Hex } from "../runtime.js"
import { extendedBy, isLive } from "../sessions/Sessions.js"
import { Stale, untilCommitted } from "../state/optimistic.js"
import type { StoredB2BResetToken, StoredMember, StoredPassword } from "../state/State.js"
import { EmulatorStore, type StoreTransaction } from "../state/Store.js"
import { hashNative, passwordMatches } from "../users.js"

const unusableToken = () =>
  raise(UnableToAuthPasswordResetToken, 401, "password_reset_token: the reset token is unknown, expired or already used.")

const wrongPassword = (field = "password") =>
  raise(UnauthorizedCredentials, 401, `${field}: the email address and password do not match.`)

/** Checks the member's password: absent, wrong, or flagged for reset are each their own error. */
const checkPassword = (member: StoredMember, password: string) =>
  Effect.gen(function* () {
    if (member.password === undefined) {
      return yield* raise(MemberPasswordNotFound, 404, "The member has no password; start a password reset.")
    }
    if (!(yield* passwordMatches(member.password, password))) return yield* wrongPassword()
    const breached = (yield* breachDetectionOn) && (yield* isBreached(password))
    if (member.password.requires_reset || breached) {
      return yield* raise(MemberResetPassword, 400, "The member's password must be reset before it can be used to log in.")
    }
    return member.password
  })

/**
 * Inside a commit: a member's new password, with every session of theirs ended (what every
 * reset does); the member as written.
 */
const replacePassword = (tx: StoreTransaction, member: StoredMember, stored: StoredPassword, verifyEmail: boolean, at: number) => {
  const updated: StoredMember = {
    ...member,
    password: stored,
    email_address_verified: member.email_address_verified || verifyEmail,
    updated_at: iso(at)
  }
  tx.b2b.putMember(updated)
  tx.b2b.revokeMemberSessions(member.member_id)
  return updated
}

const authenticate = endpointRoute(endpoints.authenticate, (request) =>
  untilCommitted(
    Effect.gen(function* () {
      const store = yield* EmulatorStore
      const organization = yield* organizationOf(request.organization_id)
      yield* requirePasswordsAllowed(organization)
      const member = yield* memberOf(organization, request.email_address)
      const password = revealPassword(request.password)
      const current = yield* checkPassword(member, password)
      if (request.intermediate_session_token !== undefined) {
        const intermediate = yield* findIntermediateSession(request.intermediate_session_token)
        if (intermediate.organization_id !== undefined && intermediate.organization_id !== organization.organization_id) {
          return yield* raise(InvalidIntermediateSessionTokenForOrganization, 400, "intermediate_session_token: it belongs to another organization.")
        }
      }
      const at = yield* now
      // A migrated hash is replaced by the emulator's own on the first successful login.
      const upgraded = current.hash.kind === "migrated" ? yield* hashNative(password, current.password_id) : undefined
      const plan = yield* planLogin(member, organization, request, yield* findLiveMemberSession(request), at)
      const committed = yield* store.commit((tx) => {
        const latest = tx.b2b.member(member.member_id)
        // The password verified must still be the member's: a reset or a flag since then wins.
        if (latest === undefined || latest.password !== current || !loginHolds(tx, plan, at)) return Stale
        const written = upgraded === undefined ? latest : { ...latest, password: upgraded, updated_at: iso(at) }
        if (written !== latest) tx.b2b.putMember(written)
        return { member: written, login: writeLogin(tx, plan) }
      })
      if (committed === Stale) return Stale
      return {
        member_id: member.member_id,
        organization_id: organization.organization_id,
        member: memberView(committed.member),
        organization: organizationView(organization),
        ...(yield* loginFields(committed.login, organization))
      }
    })
  )
)

const strengthCheck = endpointRoute(endpoints.strengthCheck, (request) =>
  Effect.map(strengthCheckAnswer(revealPassword(request.password), request.email_address), ({ fields, verdict }) => ({
    ...fields,
    ...(verdict.luds_requirements === undefined
      ? { zxcvbn_feedback: { warning: verdict.warning, suggestions: verdict.suggestions } }
      : { luds_feedback: verdict.luds_requirements })
  }))
)

const migrate = endpointRoute(endpoints.migrate, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    yield* requireMigrateSlot
    const organization = yield* organizationOf(request.organization_id)
    const migrated = yield* parseMigratedHash(request).pipe(
      Effect.catchTag("HashRejected", (rejected) => raise(hashRejectionClass(rejected.error_type), 400, rejected.message))
    )
    const password: StoredPassword = { password_id: newId("member-password"), hash: { kind: "migrated", migrated }, requires_reset: false }
    const alreadyHasOne = () => raise(PasswordAlreadyExists, 400, "email_address: this member already has a password.")
    const existing = store.read.b2b.memberByEmail(organization.organization_id, request.email_address)
    if (existing?.password !== undefined) return yield* alreadyHasOne()
    const base: StoredMember = existing ?? {
      member_id: newId("member"),
      organization_id: organization.organization_id,
      email_address: request.email_address,
      member_email_id: newId("member-email"),
      name: "",
      status: "active",
      email_address_verified: false,
      mfa_enrolled: false,
      mfa_phone_number: "",
      is_breakglass: false,
      roles: [],
      created_at: iso(at),
      updated_at: iso(at)
    }
    // Migrating marks the email verified, as Stytch documents for B2B.
    const member: StoredMember = {
      ...base,
      password,
      email_address_verified: true,
      updated_at: iso(at),
      ...(request.name === undefined ? {} : { name: request.name }),
      ...(request.trusted_metadata === undefined ? {} : { trusted_metadata: request.trusted_metadata }),
      ...(request.untrusted_metadata === undefined ? {} : { untrusted_metadata: request.untrusted_metadata }),
      ...(request.roles === undefined ? {} : { roles: request.roles }),
      ...(request.external_id === undefined ? {} : { external_id: request.external_id }),
      ...(request.mfa_phone_number === undefined ? {} : { mfa_phone_number: request.mfa_phone_number })
    }
    // Of concurrent migrations of one email, one wins: a new member only if the email is
    // still free, an existing one only while it is as read (still without a password).
    const written = yield* store.commit((tx) => {
      if (existing === undefined) return tx.b2b.insertMember(member)
      if (tx.b2b.member(existing.member_id) !== existing) return false
      tx.b2b.putMember(member)
      return true
    })
    if (!written) return yield* alreadyHasOne()
    return {
      member_id: member.member_id,
      member_created: existing === undefined,
      member: memberView(member),
      organization: organizationView(organization)
    }
  })
)

/** What a B2B reset email needs, besides its recipient. */
interface ResetEmail {
  readonly redirect: string | undefined
  readonly login: string | undefined
  readonly minutes: number | undefined
  readonly challenge: string | undefined
  readonly locale: string | undefined
  readonly templateId: string | undefined
}

/**
 * Checks a B2B reset email's redirect URL and prepares its token and message; the caller
 * commits them with {@link writeReset}.
 */
const prepareReset = (email: string, memberId: string | undefined, organizationId: string | undefined, options: ResetEmail) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const redirect = options.redirect ?? store.read.settings().reset_password_redirect_url
    if (redirect === undefined) {
      return yield* raise(NoPasswordResetRedirectUrl, 400, "reset_password_redirect_url: give one, or set a default for the project.")
    }
    if (!URL.canParse(redirect)) {
      return yield* raise(InvalidPasswordResetRedirectUrl, 400, "reset_password_redirect_url: expected an absolute URL.")
    }
    const at = yield* now
    const token = newToken(32)
    const expiresAt = iso(at + (options.minutes ?? 30) * 60_000)
    const link = new URL(redirect)
    link.searchParams.set("stytch_token_type", organizationId === undefined ? "discovery" : "multi_tenant_passwords")
    link.searchParams.set("token", token)
    const login = options.login ?? store.read.settings().login_redirect_url
    const stored: StoredB2BResetToken = {
      token_hash: sha256Hex(token),
      email_address: email,
      ...(organizationId === undefined ? {} : { organization_id: organizationId }),
      ...(memberId === undefined ? {} : { member_id: memberId }),
      expires_at: expiresAt,
      used: false,
      ...(options.challenge === undefined ? {} : { code_challenge: options.challenge })
    }
    return {
      token: stored,
      message: {
        message_id: newId("message"),
        kind: "reset_password" as const,
        to: email,
        ...(memberId === undefined ? {} : { user_id: memberId }),
        sent_at: iso(at),
        locale: options.locale ?? "en",
        ...(options.templateId === undefined ? {} : { template_id: options.templateId }),
        subject: "Reset your password",
        reset_link: link.toString(),
        ...(login === undefined ? {} : { login_link: login }),
        token,
        expires_at: expiresAt
      }
    }
  })

/** Inside a commit: keeps a prepared reset token and sends its email. */
const writeReset = (tx: StoreTransaction, reset: Effect.Effect.Success<ReturnType<typeof prepareReset>>) => {
  tx.b2b.putB2BResetToken(reset.token)
  tx.sendMessage(reset.message)
}

const resetStart = endpointRoute(endpoints.email.resetStart, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const organization = yield* organizationOf(request.organization_id)
    yield* requirePasswordsAllowed(organization)
    const member = yield* memberOf(organization, request.email_address)
    const login = request.login_redirect_url
    if (login !== undefined && !URL.canParse(login)) {
      return yield* raise(InvalidLoginRedirectUrl, 400, "login_redirect_url: expected an absolute URL.")
    }
    const reset = yield* prepareReset(member.email_address, member.member_id, organization.organization_id, {
      redirect: request.reset_password_redirect_url,
      login,
      minutes: request.reset_password_expiration_minutes,
      challenge: request.code_challenge,
      locale: request.locale,
      templateId: request.reset_password_template_id
    })
    yield* store.commit((tx) => writeReset(tx, reset))
    return { member_id: member.member_id, member_email_id: member.member_email_id, member: memberView(member) }
  })
)

/** Checks a reset token (unspent, of the right kind) and its PKCE verifier, without spending it. */
const usableReset = (token: string, verifier: string | undefined, verifierField: string, discovery: boolean) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const stored = store.read.b2b.b2bResetToken(sha256Hex(token))
    if (stored === undefined || stored.used || !isLive(stored, at)) return yield* unusableToken()
    if ((stored.organization_id === undefined) !== discovery) return yield* unusableToken()
    yield* checkPkce(stored.code_challenge, verifier, verifierField)
    return stored
  })

const emailReset = endpointRoute(endpoints.email.reset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const password = revealPassword(request.password)
    // Checked before the token is spent: a refused request must leave the token usable.
    if (request.intermediate_session_token !== undefined) yield* findIntermediateSession(request.intermediate_session_token)
    const token = yield* usableReset(request.password_reset_token, request.code_verifier, "code_verifier", false)
    const member = token.member_id === undefined ? undefined : store.read.b2b.member(token.member_id)
    const organization = member === undefined ? undefined : store.read.b2b.organization(member.organization_id)
    if (member === undefined || organization === undefined) return yield* unusableToken()
    yield* requireAcceptable(password, token.email_address)
    const stored = yield* hashNative(password, member.password?.password_id)
    const at = yield* now
    const plan = yield* planLogin(member, organization, request, Option.none(), at)
    // The token is spent in the same step as the password is set: of concurrent resets with
    // one token, exactly one changes anything.
    const committed = yield* store.commit((tx) => {
      const current = tx.b2b.member(member.member_id)
      if (current === undefined || tx.b2b.spendB2BResetToken(token.token_hash, at) === undefined) return undefined
      return { member: replacePassword(tx, current, stored, true, at), login: writeLogin(tx, plan) }
    })
    if (committed === undefined) return yield* unusableToken()
    return {
      member_id: member.member_id,
      member_email_id: member.member_email_id,
      organization_id: organization.organization_id,
      member: memberView(committed.member),
      organization: organizationView(organization),
      ...(yield* loginFields(committed.login, organization))
    }
  })
)

const requireReset = endpointRoute(endpoints.email.requireReset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    if (request.authorization !== undefined) yield* findLiveMemberSession(request.authorization)
    const organization = request.organization_id === undefined ? undefined : yield* organizationOf(request.organization_id)
    if (organization === undefined) yield* requireCrossOrgPasswords
    const members =
      organization === undefined
        ? store.read.b2b.membersByEmail(request.email_address)
        : [yield* memberOf(organization, request.email_address)]
    const targets = members.filter((member) => request.member_id === undefined || member.member_id === request.member_id)
    if (targets.length === 0) return yield* raise(EmailNotFound, 404, "email_address: no member has this email address.")
    // Every membership is flagged in one step, each as it is then (one without a password stays as it is).
    const flagged = yield* store.commit((tx) =>
      targets.flatMap((target) => {
        const current = tx.b2b.member(target.member_id)
        if (current?.password === undefined) return []
        const next = { ...current, password: { ...current.password, requires_reset: true } }
        tx.b2b.putMember(next)
        return [next]
      })
    )
    const [first] = flagged
    if (first === undefined) return yield* raise(MemberPasswordNotFound, 404, "The member has no password to reset.")
    const firstOrganization = store.read.b2b.organization(first.organization_id)
    return flagged.length === 1 && firstOrganization !== undefined
      ? { member_id: first.member_id, member: memberView(first), organization: organizationView(firstOrganization) }
      : {}
  })
)

const existingPasswordReset = endpointRoute(endpoints.existingPassword.reset, (request) =>
  untilCommitted(
    Effect.gen(function* () {
      const store = yield* EmulatorStore
      const organization = yield* organizationOf(request.organization_id)
      const member = yield* memberOf(organization, request.email_address)
      const existingPassword = revealPassword(request.existing_password)
      const next = revealPassword(request.new_password)
      const existing = member.password
      if (existing === undefined) {
        return yield* raise(MemberPasswordNotFound, 404, "The member has no password; start a password reset.")
      }
      if (!(yield* passwordMatches(existing, existingPassword))) return yield* wrongPassword("existing_password")
      if (existingPassword === next) {
        return yield* raise(CannotResetPasswordWithExistingPassword, 400, "new_password: it must differ from the existing password.")
      }
      yield* requireAcceptable(next, member.email_address, "new_password")
      const stored = yield* hashNative(next, existing.password_id)
      const at = yield* now
      const plan = yield* planLogin(member, organization, request, Option.none(), at)
      const committed = yield* store.commit((tx) => {
        const current = tx.b2b.member(member.member_id)
        // Only while the password checked is still the member's: of concurrent resets from
        // one old password, one wins, and the others start over and no longer match.
        if (current === undefined || current.password !== existing) return Stale
        return { member: replacePassword(tx, current, stored, false, at), login: writeLogin(tx, plan) }
      })
      if (committed === Stale) return Stale
      return {
        member_id: member.member_id,
        member: memberView(committed.member),
        organization: organizationView(organization),
        ...(yield* loginFields(committed.login, organization))
      }
    })
  )
)

const sessionsReset = endpointRoute(endpoints.sessions.reset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    if (request.session_token === undefined && request.session_jwt === undefined) {
      return yield* raise(NoSessionArguments, 400, "Give a session_token or a session_jwt.")
    }
    const organization = yield* organizationOf(request.organization_id)
    const session = Option.getOrUndefined(yield* findLiveMemberSession(request))
    const member = session === undefined ? undefined : store.read.b2b.member(session.member_id)
    if (session === undefined || member === undefined || session.organization_id !== organization.organization_id) {
      return yield* raise(SessionNotFound, 404, "session_token / session_jwt: no live member session of this organization matches it.")
    }
    const at = yield* now
    const fresh = session.authentication_factors.find(
      (factor) =>
        (factor.type === "password" || factor.type === "magic_link" || factor.type === "email_otp") &&
        factor.last_authenticated_at !== undefined &&
        at - Date.parse(factor.last_authenticated_at) <= 5 * 60_000
    )
    if (fresh === undefined) {
      return yield* raise(
        SessionTooOldToResetPassword,
        400,
        "The session has no password, email magic link or email OTP factor from the last 5 minutes."
      )
    }
    const password = revealPassword(request.password)
    yield* requireAcceptable(password, member.email_address)
    const stored = yield* hashNative(password, member.password?.password_id)
    const token = request.session_token ?? newToken(32)
    const committed = yield* store.commit((tx) => {
      const live = tx.b2b.memberSessionById(session.member_session_id)
      const current = tx.b2b.member(member.member_id)
      // The session must still be live when the password changes: a revoke while hashing wins.
      if (live === undefined || !isLive(live, at) || current === undefined) return undefined
      const updated: StoredMember = { ...current, password: stored, updated_at: iso(at) }
      tx.b2b.putMember(updated)
      tx.b2b.revokeMemberSessions(member.member_id, session.member_session_id)
      const extended = extendedBy(live, request, token, at, fresh)
      tx.b2b.putMemberSession(extended)
      return { member: updated, session: extended }
    })
    if (committed === undefined) {
      return yield* raise(SessionNotFound, 404, "session_token / session_jwt: the session ended before the password could be reset.")
    }
    return {
      member_id: member.member_id,
      member: memberView(committed.member),
      organization: organizationView(organization),
      member_authenticated: true as const,
      session_token: token,
      session_jwt: yield* memberSessionJwt(committed.session, organization),
      member_session: memberSessionView(committed.session, organization)
    }
  })
)

/** The organizations an email address belongs to, as discovery shows them. */
const discovered = (members: ReadonlyArray<StoredMember>, authenticated: (member: StoredMember) => boolean) =>
  Effect.map(EmulatorStore, (store) =>
    members.flatMap((member) => {
      const organization = store.read.b2b.organization(member.organization_id)
      if (organization === undefined) return []
      const needsMfa = mfaRequired(organization, member)
      return [
        {
          member_authenticated: authenticated(member) && !needsMfa,
          organization: organizationView(organization),
          membership: { type: "active_member", member: memberView(member) },
          ...(needsMfa ? { mfa_required: mfaDetails(member) } : {}),
          ...(authenticated(member) ? {} : { primary_required: { allowed_auth_methods: ["password"] } })
        }
      ]
    })
  )

const discoveryAuthenticate = endpointRoute(endpoints.discovery.authenticate, (request) =>
  untilCommitted(
    Effect.gen(function* () {
      const store = yield* EmulatorStore
      yield* requireCrossOrgPasswords
      const members = store.read.b2b.membersByEmail(request.email_address)
      if (members.length === 0) return yield* raise(EmailNotFound, 404, "email_address: no member has this email address.")
      const password = revealPassword(request.password)
      const withPassword = members.filter((member) => member.password !== undefined)
      if (withPassword.length === 0) {
        return yield* raise(MemberPasswordNotFound, 404, "No membership of this email address has a password.")
      }
      const matched: Array<StoredMember> = []
      for (const member of withPassword) {
        if (member.password !== undefined && (yield* passwordMatches(member.password, password))) matched.push(member)
      }
      const [first] = matched
      if (first === undefined) return yield* wrongPassword()
      const breached = (yield* breachDetectionOn) && (yield* isBreached(password))
      if (breached || matched.some((member) => member.password?.requires_reset === true)) {
        return yield* raise(MemberResetPassword, 400, "The password must be reset before it can be used to log in.")
      }
      const at = yield* now
      const intermediate = newIntermediateSession(request.email_address, memberPasswordFactor(first, at), at)
      // The passwords that matched must still be the members' when the intermediate session opens.
      const opened = yield* store.commit((tx) => {
        if (matched.some((member) => tx.b2b.member(member.member_id)?.password !== member.password)) return Stale
        tx.b2b.putIntermediateSession(intermediate.session)
        return true
      })
      if (opened === Stale) return Stale
      const ids = new Set(matched.map((member) => member.member_id))
      return {
        email_address: request.email_address,
        intermediate_session_token: intermediate.token,
        discovered_organizations: yield* discovered(members, (member) => ids.has(member.member_id))
      }
    })
  )
)

const discoveryResetStart = endpointRoute(endpoints.discovery.email.resetStart, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    yield* requireCrossOrgPasswords
    if (store.read.b2b.membersByEmail(request.email_address).length === 0) {
      return yield* raise(EmailNotFound, 404, "email_address: no member has this email address.")
    }
    const discoveryUrl = request.discovery_redirect_url
    if (discoveryUrl !== undefined && !URL.canParse(discoveryUrl)) {
      return yield* raise(InvalidDiscoveryRedirectUrl, 400, "discovery_redirect_url: expected an absolute URL.")
    }
    const reset = yield* prepareReset(request.email_address, undefined, undefined, {
      redirect: request.reset_password_redirect_url,
      login: discoveryUrl,
      minutes: request.reset_password_expiration_minutes,
      challenge: request.pkce_code_challenge,
      locale: request.locale,
      templateId: request.reset_password_template_id
    })
    yield* store.commit((tx) => writeReset(tx, reset))
    return {}
  })
)

const discoveryReset = endpointRoute(endpoints.discovery.email.reset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    yield* requireCrossOrgPasswords
    const password = revealPassword(request.password)
    const token = yield* usableReset(request.password_reset_token, request.pkce_code_verifier, "pkce_code_verifier", true)
    yield* requireAcceptable(password, token.email_address)
    const at = yield* now
    // One hash for every membership: one password across organizations is what cross-org passwords mean.
    const stored = yield* hashNative(password)
    const factorOf = (member: StoredMember) => memberPasswordFactor(member, at)
    const committed = yield* store.commit((tx) => {
      if (tx.b2b.spendB2BResetToken(token.token_hash, at) === undefined) return undefined
      const updated = tx.b2b
        .membersByEmail(token.email_address)
        .map((member) => replacePassword(tx, member, { ...stored, password_id: member.password?.password_id ?? stored.password_id }, true, at))
      const [first] = updated
      const intermediate = first === undefined ? undefined : newIntermediateSession(token.email_address, factorOf(first), at)
      if (intermediate !== undefined) tx.b2b.putIntermediateSession(intermediate.session)
      return { updated, token: intermediate?.token ?? newToken(32) }
    })
    if (committed === undefined) return yield* unusableToken()
    return {
      email_address: token.email_address,
      intermediate_session_token: committed.token,
      discovered_organizations: yield* discovered(committed.updated, () => true)
    }
  })
)

/** Every B2B Passwords route. */
export const b2bPasswordRoutes: ReadonlyArray<Route> = [
  authenticate,
  strengthCheck,
  migrate,
  resetStart,
  emailReset,
  requireReset,
  existingPasswordReset,
  sessionsReset,
  discoveryAuthenticate,
  discoveryResetStart,
  discoveryReset
]

