/**
 * The B2B Passwords routes: the consumer rules with organizations, members, MFA and
 * discovery across organizations.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { endpoints } from "../../b2b/B2BPasswords.js"
import { revealPassword } from "../../models/Secret.js"
import { finishLogin, memberOf, memberPasswordFactor, mfaDetails, mfaRequired, organizationOf, requireCrossOrgPasswords, requirePasswordsAllowed } from "../b2b/lookups.js"
import { findIntermediateSession, findLiveMemberSession, issueMemberSession, openIntermediateSession } from "../b2b/memberSessions.js"
import { memberSessionView, memberView, organizationView } from "../b2b/views.js"
import { stytchError } from "../EmulatorError.js"
import { requireMigrateSlot } from "../rateLimit.js"
import { parseMigratedHash } from "../hashing/index.js"
import { type Route, endpointRoute } from "../http/route.js"
import { checkPkce } from "../pkce.js"
import { breachDetectionOn, isBreached, requireAcceptable, strengthCheckAnswer } from "../policy.js"
import { iso, newId, newToken, now, sha256Hex } from "../runtime.js"
import type { StoredMember, StoredPassword } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"
import { hashNative, passwordMatches } from "../users.js"

const unusableToken = () =>
  stytchError(401, "unable_to_auth_password_reset_token", "password_reset_token: the reset token is unknown, expired or already used.")

/** Checks the member's password: absent, wrong, or flagged for reset are each their own error. */
const checkPassword = (member: StoredMember, password: string) =>
  Effect.gen(function* () {
    if (member.password === undefined) {
      return yield* stytchError(404, "member_password_not_found", "The member has no password; start a password reset.")
    }
    if (!(yield* passwordMatches(member.password, password))) {
      return yield* stytchError(401, "unauthorized_credentials", "The email address and password do not match.")
    }
    const breached = (yield* breachDetectionOn) && (yield* isBreached(password))
    if (member.password.requires_reset || breached) {
      return yield* stytchError(400, "member_reset_password", "The member's password must be reset before it can be used to log in.")
    }
    return member.password
  })

/** Sets a member's password (a fresh native hash) and, when asked, verifies the email. */
const setMemberPassword = (member: StoredMember, stored: StoredPassword, verifyEmail: boolean) =>
  Effect.zipWith(EmulatorStore, now, (store, at) =>
    store.memory.b2b.updateMember(member.member_id, (current) => ({
      ...current,
      password: stored,
      email_address_verified: current.email_address_verified || verifyEmail,
      updated_at: iso(at)
    })) ?? member
  )

/** What every reset does: the member's new password stored, every session of theirs ended. */
const replacePassword = (member: StoredMember, password: string, verifyEmail: boolean) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const updated = yield* setMemberPassword(member, yield* hashNative(password, member.password?.password_id), verifyEmail)
    store.memory.b2b.revokeMemberSessions(member.member_id)
    return updated
  })

const authenticate = endpointRoute(endpoints.authenticate, (request) =>
  Effect.gen(function* () {
    const organization = yield* organizationOf(request.organization_id)
    yield* requirePasswordsAllowed(organization)
    const member = yield* memberOf(organization, request.email_address)
    const password = revealPassword(request.password)
    const current = yield* checkPassword(member, password)
    if (request.intermediate_session_token !== undefined) {
      const intermediate = yield* findIntermediateSession(request.intermediate_session_token)
      if (intermediate.organization_id !== undefined && intermediate.organization_id !== organization.organization_id) {
        return yield* stytchError(400, "invalid_intermediate_session_token_for_organization", "intermediate_session_token: it belongs to another organization.")
      }
    }
    // A migrated hash is replaced by the emulator's own on the first successful login.
    const latest = current.hash.kind === "migrated" ? yield* setMemberPassword(member, yield* hashNative(password, current.password_id), false) : member
    const existing = yield* findLiveMemberSession(request)
    const outcome = yield* finishLogin(latest, organization, request, existing)
    return {
      member_id: member.member_id,
      organization_id: organization.organization_id,
      member: memberView(latest),
      organization: organizationView(organization),
      ...outcome
    }
  })
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
      Effect.mapError((rejected) => stytchError(400, rejected.error_type, rejected.message))
    )
    const password: StoredPassword = { password_id: newId("member-password"), hash: { kind: "migrated", migrated }, requires_reset: false }
    const alreadyHasOne = () => stytchError(400, "password_already_exists", "email_address: this member already has a password.")
    const existing = store.memory.b2b.memberByEmail(organization.organization_id, request.email_address)
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
    const written =
      existing === undefined
        ? store.memory.b2b.insertMember(member)
        : store.memory.b2b.updateMemberIf(member.member_id, (current) => current.password === undefined, () => member)
    if (!written) return yield* alreadyHasOne()
    return {
      member_id: member.member_id,
      member_created: existing === undefined,
      member: memberView(member),
      organization: organizationView(organization)
    }
  })
)

/** Stores a B2B reset token, sends the email, and returns the token. */
const sendReset = (
  email: string,
  memberId: string | undefined,
  organizationId: string | undefined,
  options: {
    readonly redirect: string | undefined
    readonly login: string | undefined
    readonly minutes: number | undefined
    readonly challenge: string | undefined
    readonly locale: string | undefined
    readonly templateId: string | undefined
  }
) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const redirect = options.redirect ?? store.memory.settings().reset_password_redirect_url
    if (redirect === undefined) {
      return yield* stytchError(400, "no_password_reset_redirect_url", "reset_password_redirect_url: give one, or set a default for the project.")
    }
    if (!URL.canParse(redirect)) {
      return yield* stytchError(400, "invalid_password_reset_redirect_url", "reset_password_redirect_url: expected an absolute URL.")
    }
    const at = yield* now
    const token = newToken(32)
    const expiresAt = iso(at + (options.minutes ?? 30) * 60_000)
    store.memory.b2b.putB2BResetToken({
      token_hash: sha256Hex(token),
      email_address: email,
      ...(organizationId === undefined ? {} : { organization_id: organizationId }),
      ...(memberId === undefined ? {} : { member_id: memberId }),
      expires_at: expiresAt,
      used: false,
      ...(options.challenge === undefined ? {} : { code_challenge: options.challenge })
    })
    const link = new URL(redirect)
    link.searchParams.set("stytch_token_type", organizationId === undefined ? "discovery" : "multi_tenant_passwords")
    link.searchParams.set("token", token)
    const login = options.login ?? store.memory.settings().login_redirect_url
    store.memory.sendMessage({
      message_id: newId("message"),
      kind: "reset_password",
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
    })
  })

const resetStart = endpointRoute(endpoints.email.resetStart, (request) =>
  Effect.gen(function* () {
    const organization = yield* organizationOf(request.organization_id)
    yield* requirePasswordsAllowed(organization)
    const member = yield* memberOf(organization, request.email_address)
    const login = request.login_redirect_url
    if (login !== undefined && !URL.canParse(login)) {
      return yield* stytchError(400, "invalid_login_redirect_url", "login_redirect_url: expected an absolute URL.")
    }
    yield* sendReset(member.email_address, member.member_id, organization.organization_id, {
      redirect: request.reset_password_redirect_url,
      login,
      minutes: request.reset_password_expiration_minutes,
      challenge: request.code_challenge,
      locale: request.locale,
      templateId: request.reset_password_template_id
    })
    return { member_id: member.member_id, member_email_id: member.member_email_id, member: memberView(member) }
  })
)

/** Checks a reset token, its PKCE verifier and the new password; spends the token last, atomically. */
const spendReset = (token: string, verifier: string | undefined, verifierField: string, password: string, discovery: boolean) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const hash = sha256Hex(token)
    const stored = store.memory.b2b.b2bResetToken(hash)
    if (stored === undefined || stored.used || Date.parse(stored.expires_at) <= at) return yield* unusableToken()
    if ((stored.organization_id === undefined) !== discovery) return yield* unusableToken()
    yield* checkPkce(stored.code_challenge, verifier, verifierField)
    yield* requireAcceptable(password, stored.email_address)
    const spent = store.memory.b2b.spendB2BResetToken(hash, at)
    if (spent === undefined) return yield* unusableToken()
    return spent
  })

const emailReset = endpointRoute(endpoints.email.reset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const password = revealPassword(request.password)
    // Checked before the token is spent: a refused request must leave the token usable.
    if (request.intermediate_session_token !== undefined) yield* findIntermediateSession(request.intermediate_session_token)
    const token = yield* spendReset(request.password_reset_token, request.code_verifier, "code_verifier", password, false)
    const member = token.member_id === undefined ? undefined : store.memory.b2b.member(token.member_id)
    const organization = member === undefined ? undefined : store.memory.b2b.organization(member.organization_id)
    if (member === undefined || organization === undefined) return yield* unusableToken()
    const updated = yield* replacePassword(member, password, true)
    const outcome = yield* finishLogin(updated, organization, request, Option.none())
    return {
      member_id: member.member_id,
      member_email_id: member.member_email_id,
      organization_id: organization.organization_id,
      member: memberView(updated),
      organization: organizationView(organization),
      ...outcome
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
        ? store.memory.b2b.membersByEmail(request.email_address)
        : [yield* memberOf(organization, request.email_address)]
    const targets = members.filter((member) => request.member_id === undefined || member.member_id === request.member_id)
    if (targets.length === 0) return yield* stytchError(404, "email_not_found", "email_address: no member has this email address.")
    const withPassword = targets.filter((member) => member.password !== undefined)
    if (withPassword.length === 0) {
      return yield* stytchError(404, "member_password_not_found", "The member has no password to reset.")
    }
    for (const member of withPassword) {
      store.memory.b2b.updateMember(member.member_id, (current) =>
        current.password === undefined ? current : { ...current, password: { ...current.password, requires_reset: true } }
      )
    }
    const [first] = withPassword
    const firstOrganization = first === undefined ? undefined : store.memory.b2b.organization(first.organization_id)
    return withPassword.length === 1 && first !== undefined && firstOrganization !== undefined
      ? { member_id: first.member_id, member: memberView(first), organization: organizationView(firstOrganization) }
      : {}
  })
)

const existingPasswordReset = endpointRoute(endpoints.existingPassword.reset, (request) =>
  Effect.gen(function* () {
    const organization = yield* organizationOf(request.organization_id)
    const member = yield* memberOf(organization, request.email_address)
    const existing = revealPassword(request.existing_password)
    const next = revealPassword(request.new_password)
    if (member.password === undefined) {
      return yield* stytchError(404, "member_password_not_found", "The member has no password; start a password reset.")
    }
    if (!(yield* passwordMatches(member.password, existing))) {
      return yield* stytchError(401, "unauthorized_credentials", "existing_password: the email address and existing password do not match.")
    }
    if (existing === next) {
      return yield* stytchError(400, "cannot_reset_password_with_existing_password", "new_password: it must differ from the existing password.")
    }
    yield* requireAcceptable(next, member.email_address, "new_password")
    const updated = yield* replacePassword(member, next, false)
    const outcome = yield* finishLogin(updated, organization, request, Option.none())
    return { member_id: member.member_id, member: memberView(updated), organization: organizationView(organization), ...outcome }
  })
)

const sessionsReset = endpointRoute(endpoints.sessions.reset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    if (request.session_token === undefined && request.session_jwt === undefined) {
      return yield* stytchError(400, "no_session_arguments", "Give a session_token or a session_jwt.")
    }
    const organization = yield* organizationOf(request.organization_id)
    const session = yield* findLiveMemberSession(request).pipe(Effect.map(Option.getOrUndefined))
    const member = session === undefined ? undefined : store.memory.b2b.member(session.member_id)
    if (session === undefined || member === undefined || session.organization_id !== organization.organization_id) {
      return yield* stytchError(404, "session_not_found", "No live member session of this organization matches the session_token or session_jwt.")
    }
    const at = yield* now
    const fresh = session.authentication_factors.find(
      (factor) =>
        (factor.type === "password" || factor.type === "magic_link" || factor.type === "email_otp") &&
        factor.last_authenticated_at !== undefined &&
        at - Date.parse(factor.last_authenticated_at) <= 5 * 60_000
    )
    if (fresh === undefined) {
      return yield* stytchError(400, "session_too_old_to_reset_password", "The session has no password, email magic link or email OTP factor from the last 5 minutes.")
    }
    const password = revealPassword(request.password)
    yield* requireAcceptable(password, member.email_address)
    const stored = yield* hashNative(password, member.password?.password_id)
    // Checked again in one step with the write: a session revoked while hashing changes nothing.
    const written = store.memory.b2b.updateMemberIf(
      member.member_id,
      () => store.memory.b2b.memberSessionById(session.member_session_id) !== undefined,
      (current) => ({ ...current, password: stored, updated_at: iso(at) })
    )
    if (!written) return yield* stytchError(404, "session_not_found", "The session was revoked before the password could be reset.")
    const updated = store.memory.b2b.member(member.member_id) ?? member
    store.memory.b2b.revokeMemberSessions(member.member_id, session.member_session_id)
    const issued = yield* issueMemberSession(updated, organization, fresh, request, Option.some(session))
    return {
      member_id: member.member_id,
      member: memberView(updated),
      organization: organizationView(organization),
      member_authenticated: true as const,
      session_token: issued.token,
      session_jwt: issued.jwt,
      member_session: memberSessionView(issued.session, organization)
    }
  })
)

/** The organizations an email address belongs to, as discovery shows them. */
const discovered = (members: ReadonlyArray<StoredMember>, authenticated: (member: StoredMember) => boolean) =>
  Effect.map(EmulatorStore, (store) =>
    members.flatMap((member) => {
      const organization = store.memory.b2b.organization(member.organization_id)
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
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    yield* requireCrossOrgPasswords
    const members = store.memory.b2b.membersByEmail(request.email_address)
    if (members.length === 0) return yield* stytchError(404, "email_not_found", "email_address: no member has this email address.")
    const password = revealPassword(request.password)
    const withPassword = members.filter((member) => member.password !== undefined)
    if (withPassword.length === 0) {
      return yield* stytchError(404, "member_password_not_found", "No membership of this email address has a password.")
    }
    const matched = new Set<string>()
    for (const member of withPassword) {
      if (member.password !== undefined && (yield* passwordMatches(member.password, password))) matched.add(member.member_id)
    }
    if (matched.size === 0) return yield* stytchError(401, "unauthorized_credentials", "The email address and password do not match.")
    const breached = (yield* breachDetectionOn) && (yield* isBreached(password))
    if (breached || withPassword.some((member) => matched.has(member.member_id) && member.password?.requires_reset === true)) {
      return yield* stytchError(400, "member_reset_password", "The password must be reset before it can be used to log in.")
    }
    const first = withPassword.find((member) => matched.has(member.member_id))
    if (first === undefined) return yield* stytchError(401, "unauthorized_credentials", "The email address and password do not match.")
    const token = yield* openIntermediateSession(request.email_address, memberPasswordFactor(first, yield* now))
    return {
      email_address: request.email_address,
      intermediate_session_token: token,
      discovered_organizations: yield* discovered(members, (member) => matched.has(member.member_id))
    }
  })
)

const discoveryResetStart = endpointRoute(endpoints.discovery.email.resetStart, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    yield* requireCrossOrgPasswords
    if (store.memory.b2b.membersByEmail(request.email_address).length === 0) {
      return yield* stytchError(404, "email_not_found", "email_address: no member has this email address.")
    }
    const discoveryUrl = request.discovery_redirect_url
    if (discoveryUrl !== undefined && !URL.canParse(discoveryUrl)) {
      return yield* stytchError(400, "invalid_discovery_redirect_url", "discovery_redirect_url: expected an absolute URL.")
    }
    yield* sendReset(request.email_address, undefined, undefined, {
      redirect: request.reset_password_redirect_url,
      login: discoveryUrl,
      minutes: request.reset_password_expiration_minutes,
      challenge: request.pkce_code_challenge,
      locale: request.locale,
      templateId: request.reset_password_template_id
    })
    return {}
  })
)

const discoveryReset = endpointRoute(endpoints.discovery.email.reset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    yield* requireCrossOrgPasswords
    const password = revealPassword(request.password)
    const token = yield* spendReset(request.password_reset_token, request.pkce_code_verifier, "pkce_code_verifier", password, true)
    const members = store.memory.b2b.membersByEmail(token.email_address)
    // One password for every membership of the address: that is what cross-org passwords mean.
    const updated: Array<StoredMember> = []
    for (const member of members) updated.push(yield* replacePassword(member, password, true))
    const first = updated[0]
    const intermediate =
      first === undefined ? newToken(32) : yield* openIntermediateSession(token.email_address, memberPasswordFactor(first, yield* now))
    return {
      email_address: token.email_address,
      intermediate_session_token: intermediate,
      discovered_organizations: yield* discovered(updated, () => true)
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

