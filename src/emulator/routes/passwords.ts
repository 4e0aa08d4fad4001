/**
 * The consumer Passwords routes, rule by rule as in the emulator's README. Each reads, does
 * its slow work (verifying, hashing), then commits only if what it read still holds (see
 * `state/Store.ts`); a request whose reads went stale starts over.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import {
  DuplicateEmail,
  EmailNotFound,
  NoUserPassword,
  PasswordAlreadyExists,
  ResetPassword,
  SessionTooOldToResetPassword,
  UnauthorizedCredentials
} from "../../errors/PasswordErrors.js"
import { NoSessionArguments, SessionNotFound } from "../../errors/SessionErrors.js"
import {
  AttributeMismatch,
  InvalidLoginRedirectUrl,
  InvalidPasswordResetRedirectUrl,
  NoPasswordResetRedirectUrl,
  UnableToAuthPasswordResetToken
} from "../../errors/ResetErrors.js"
import { revealPassword } from "../../models/Secret.js"
import { endpoints } from "../../passwords/Passwords.js"
import { hashRejectionClass, parseMigratedHash } from "../hashing/index.js"
import { type Route, endpointRoute } from "../http/route.js"
import { raise } from "../http/RouteError.js"
import { checkPkce } from "../pkce.js"
import { breachDetectionOn, isBreached, requireAcceptable, strengthCheckAnswer } from "../policy.js"
import { requireMigrateSlot } from "../rateLimit.js"
import { iso, newId, newToken, now, sha256Hex } from "../runtime.js"
import { isSandboxEmail, sandboxLogin } from "../sandbox.js"
import { extendedBy, findLiveSession, isLive, planHolds, planNewSession, planSession, sessionFields, writePlannedSession } from "../sessions/Sessions.js"
import { Stale, untilCommitted } from "../state/optimistic.js"
import type { StoredUser } from "../state/State.js"
import { EmulatorStore } from "../state/Store.js"
import { emailOf, hashNative, newUser, passwordFactor, passwordMatches, userView } from "../users.js"

const emailNotFound = () => raise(EmailNotFound, 404, "email: no user has this email address.")

/** The user a request names by email, with that email. */
const userWithEmail = (address: string) =>
  Effect.gen(function* () {
    const user = (yield* EmulatorStore).read.userByEmail(address)
    const email = user === undefined ? undefined : emailOf(user, address)
    if (user === undefined || email === undefined) return yield* emailNotFound()
    return { user, email }
  })

const create = endpointRoute(endpoints.create, (request) =>
  Effect.gen(function* () {
    if (yield* isSandboxEmail(request.email)) return yield* sandboxLogin(request)
    const store = yield* EmulatorStore
    const duplicate = () => raise(DuplicateEmail, 400, "email: a user with this email already exists.")
    if (store.read.userByEmail(request.email) !== undefined) return yield* duplicate()
    const password = revealPassword(request.password)
    yield* requireAcceptable(password, request.email)
    const at = yield* now
    const user: StoredUser = {
      ...newUser(request.email, at),
      password: yield* hashNative(password),
      ...(request.name === undefined ? {} : { name: request.name }),
      ...(request.trusted_metadata === undefined ? {} : { trusted_metadata: request.trusted_metadata }),
      ...(request.untrusted_metadata === undefined ? {} : { untrusted_metadata: request.untrusted_metadata })
    }
    const email = user.emails[0] ?? { email_id: "", email: request.email, verified: false }
    const plan = planNewSession(user.user_id, passwordFactor(email, at), request, at)
    // The user and its session land together, and only if the email is still free.
    const inserted = yield* store.commit((tx) => {
      if (!tx.insertUser(user)) return undefined
      return { session: writePlannedSession(tx, plan) }
    })
    if (inserted === undefined) return yield* duplicate()
    return { user_id: user.user_id, email_id: email.email_id, user: userView(user), ...(yield* sessionFields(inserted.session, plan)) }
  })
)

const authenticate = endpointRoute(endpoints.authenticate, (request) =>
  untilCommitted(
    Effect.gen(function* () {
      if (yield* isSandboxEmail(request.email)) return yield* sandboxLogin(request)
      const store = yield* EmulatorStore
      const { email, user } = yield* userWithEmail(request.email)
      const stored = user.password
      if (stored === undefined) return yield* raise(NoUserPassword, 400, "The user has no password; start a password reset.")
      const password = revealPassword(request.password)
      if (!(yield* passwordMatches(stored, password))) {
        return yield* raise(UnauthorizedCredentials, 401, "The email and password do not match.")
      }
      const breached = (yield* breachDetectionOn) && (yield* isBreached(password))
      if (stored.requires_reset || breached) {
        return yield* raise(ResetPassword, 400, "The password must be reset before it can be used to log in.")
      }
      const at = yield* now
      const plan = yield* planSession(user.user_id, passwordFactor(email, at), request, at)
      // A migrated hash is replaced by the emulator's own on the first successful login.
      const upgraded = stored.hash.kind === "migrated" ? yield* hashNative(password, stored.password_id) : undefined
      const committed = yield* store.commit((tx) => {
        const current = tx.userById(user.user_id)
        // The password verified must still be the user's: a reset or a flag since then wins.
        if (current === undefined || current.password !== stored || !planHolds(tx, plan, at)) return Stale
        const latest = upgraded === undefined ? current : { ...current, password: upgraded }
        if (latest !== current) tx.putUser(latest)
        return { user: latest, session: writePlannedSession(tx, plan) }
      })
      if (committed === Stale) return Stale
      return { user_id: user.user_id, user: userView(committed.user), ...(yield* sessionFields(committed.session, plan)) }
    })
  )
)

const strengthCheck = endpointRoute(endpoints.strengthCheck, (request) =>
  Effect.map(strengthCheckAnswer(revealPassword(request.password), request.email), ({ fields, verdict }) => ({
    ...fields,
    feedback: {
      warning: verdict.warning,
      suggestions: verdict.suggestions,
      ...(verdict.luds_requirements === undefined ? {} : { luds_requirements: verdict.luds_requirements })
    }
  }))
)

const migrate = endpointRoute(endpoints.migrate, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    yield* requireMigrateSlot
    const migrated = yield* parseMigratedHash(request).pipe(
      Effect.catchTag("HashRejected", (rejected) => raise(hashRejectionClass(rejected.error_type), 400, rejected.message))
    )
    const password = { password_id: newId("password"), hash: { kind: "migrated" as const, migrated }, requires_reset: false }
    const alreadyHasOne = () => raise(PasswordAlreadyExists, 400, "email: this user already has a password.")
    const existing = store.read.userByEmail(request.email)
    if (existing?.password !== undefined) return yield* alreadyHasOne()
    const base = existing ?? newUser(request.email, at)
    const user: StoredUser = {
      ...base,
      password,
      emails: base.emails.map((email) =>
        request.set_email_verified === true && email.email.toLowerCase() === request.email.toLowerCase() ? { ...email, verified: true } : email
      ),
      phone_numbers:
        request.phone_number === undefined
          ? base.phone_numbers
          : [...base.phone_numbers, { phone_id: newId("phone-number"), phone_number: request.phone_number, verified: request.set_phone_number_verified === true }],
      ...(request.name === undefined ? {} : { name: request.name }),
      ...(request.trusted_metadata === undefined ? {} : { trusted_metadata: request.trusted_metadata }),
      ...(request.untrusted_metadata === undefined ? {} : { untrusted_metadata: request.untrusted_metadata }),
      ...(request.external_id === undefined ? {} : { external_id: request.external_id }),
      ...(request.roles === undefined ? {} : { roles: request.roles })
    }
    // A new user only if the email is still free; an existing one only while it is as read
    // (still without a password): of concurrent creates and migrations of one email, one wins.
    const written = yield* store.commit((tx) => {
      if (existing === undefined) return tx.insertUser(user)
      if (tx.userById(existing.user_id) !== existing) return false
      tx.putUser(user)
      return true
    })
    if (!written) return yield* alreadyHasOne()
    const email = emailOf(user, request.email)
    return { user_id: user.user_id, email_id: email?.email_id ?? "", user_created: existing === undefined, user: userView(user) }
  })
)

const resetStart = endpointRoute(endpoints.email.resetStart, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const settings = store.read.settings()
    const { email, user } = yield* userWithEmail(request.email)
    const redirect = request.reset_password_redirect_url ?? settings.reset_password_redirect_url
    if (redirect === undefined) {
      return yield* raise(NoPasswordResetRedirectUrl, 400, "reset_password_redirect_url: give one, or set a default for the project.")
    }
    if (!URL.canParse(redirect)) {
      return yield* raise(InvalidPasswordResetRedirectUrl, 400, "reset_password_redirect_url: expected an absolute URL.")
    }
    const login = request.login_redirect_url ?? settings.login_redirect_url
    if (login !== undefined && !URL.canParse(login)) {
      return yield* raise(InvalidLoginRedirectUrl, 400, "login_redirect_url: expected an absolute URL.")
    }
    const at = yield* now
    const token = newToken(32)
    const expiresAt = iso(at + (request.reset_password_expiration_minutes ?? 30) * 60_000)
    const link = new URL(redirect)
    link.searchParams.set("stytch_token_type", "reset_password")
    link.searchParams.set("token", token)
    const sent = yield* store.commit((tx) => {
      // The email must still be the user's when the token is kept.
      if (tx.userById(user.user_id)?.emails.some((candidate) => candidate.email_id === email.email_id) !== true) return false
      tx.putResetToken({
        token_hash: sha256Hex(token),
        user_id: user.user_id,
        email_id: email.email_id,
        expires_at: expiresAt,
        used: false,
        ...(request.code_challenge === undefined ? {} : { code_challenge: request.code_challenge }),
        ...(request.attributes === undefined ? {} : { attributes: request.attributes })
      })
      tx.sendMessage({
        message_id: newId("message"),
        kind: "reset_password",
        to: email.email,
        user_id: user.user_id,
        sent_at: iso(at),
        locale: request.locale ?? "en",
        ...(request.reset_password_template_id === undefined ? {} : { template_id: request.reset_password_template_id }),
        subject: "Reset your password",
        reset_link: link.toString(),
        ...(login === undefined ? {} : { login_link: login }),
        token,
        expires_at: expiresAt
      })
      return true
    })
    if (!sent) return yield* emailNotFound()
    return { user_id: user.user_id, email_id: email.email_id }
  })
)

const emailReset = endpointRoute(endpoints.email.reset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const tokenHash = sha256Hex(request.token)
    const unusable = () => raise(UnableToAuthPasswordResetToken, 401, "token: the reset token is unknown, expired or already used.")
    const token = store.read.resetToken(tokenHash)
    if (token === undefined || token.used || Date.parse(token.expires_at) <= at) return yield* unusable()
    yield* checkPkce(token.code_challenge, request.code_verifier, "code_verifier")
    const started = token.attributes ?? {}
    const given = request.attributes ?? {}
    const ipMismatch = request.options?.ip_match_required === true && started.ip_address !== given.ip_address
    const agentMismatch = request.options?.user_agent_match_required === true && started.user_agent !== given.user_agent
    if (ipMismatch || agentMismatch) {
      return yield* raise(AttributeMismatch, 401, "attributes: the IP address or user agent differs from the one that started the reset.")
    }
    const user = store.read.userById(token.user_id)
    const email = user?.emails.find((candidate) => candidate.email_id === token.email_id)
    if (user === undefined || email === undefined) return yield* unusable()
    const password = revealPassword(request.password)
    yield* requireAcceptable(password, email.email)
    const stored = yield* hashNative(password, user.password?.password_id)
    const plan = planNewSession(user.user_id, passwordFactor(email, at), request, at, given)
    // The token is spent in the same step as the password is set: of concurrent resets with
    // one token, exactly one changes anything.
    const committed = yield* store.commit((tx) => {
      const current = tx.userById(user.user_id)
      if (current === undefined || tx.spendResetToken(tokenHash, at) === undefined) return undefined
      const updated: StoredUser = {
        ...current,
        password: stored,
        emails: current.emails.map((candidate) => (candidate.email_id === email.email_id ? { ...candidate, verified: true } : candidate))
      }
      tx.putUser(updated)
      tx.revokeUserSessions(user.user_id)
      return { user: updated, session: writePlannedSession(tx, plan) }
    })
    if (committed === undefined) return yield* unusable()
    return { user_id: user.user_id, user: userView(committed.user), ...(yield* sessionFields(committed.session, plan)) }
  })
)

const existingPasswordReset = endpointRoute(endpoints.existingPassword.reset, (request) =>
  untilCommitted(
    Effect.gen(function* () {
      const store = yield* EmulatorStore
      const { email, user } = yield* userWithEmail(request.email)
      const wrong = () => raise(UnauthorizedCredentials, 401, "existing_password: the email and existing password do not match.")
      const existing = user.password
      if (existing === undefined) return yield* wrong()
      if (!(yield* passwordMatches(existing, revealPassword(request.existing_password)))) return yield* wrong()
      const password = revealPassword(request.new_password)
      yield* requireAcceptable(password, email.email, "new_password")
      const stored = yield* hashNative(password, existing.password_id)
      const at = yield* now
      const plan = planNewSession(user.user_id, passwordFactor(email, at), request, at)
      const committed = yield* store.commit((tx) => {
        const current = tx.userById(user.user_id)
        // Only while the password checked is still the user's: of concurrent resets from
        // one old password, one wins, and the others start over and no longer match.
        if (current === undefined || current.password !== existing) return Stale
        const updated = { ...current, password: stored }
        tx.putUser(updated)
        tx.revokeUserSessions(user.user_id)
        return { user: updated, session: writePlannedSession(tx, plan) }
      })
      if (committed === Stale) return Stale
      return { user_id: user.user_id, user: userView(committed.user), ...(yield* sessionFields(committed.session, plan)) }
    })
  )
)

/** Factors that let a session reset the password, when used in the last 5 minutes. */
const recentEnough = (type: string, deliveryMethod: string) =>
  type === "password" || (type === "magic_link" && deliveryMethod === "email") || type === "email_otp" || (type === "otp" && deliveryMethod === "email")

const sessionsReset = endpointRoute(endpoints.sessions.reset, (request) =>
  Effect.gen(function* () {
    if (request.session_token === undefined && request.session_jwt === undefined) {
      return yield* raise(NoSessionArguments, 400, "Give a session_token or a session_jwt.")
    }
    const store = yield* EmulatorStore
    const at = yield* now
    const session = Option.getOrUndefined(yield* findLiveSession(request))
    const user = session === undefined ? undefined : store.read.userById(session.user_id)
    if (session === undefined || user === undefined) {
      return yield* raise(SessionNotFound, 404, "session_token / session_jwt: no live session matches it.")
    }
    const fresh = session.authentication_factors.find(
      (factor) =>
        recentEnough(factor.type, factor.delivery_method) &&
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
    yield* requireAcceptable(password, user.emails[0]?.email ?? "")
    const stored = yield* hashNative(password, user.password?.password_id)
    const token = request.session_token ?? newToken(32)
    const committed = yield* store.commit((tx) => {
      const live = tx.sessionById(session.session_id)
      const current = tx.userById(user.user_id)
      // The session must still be live when the password changes: a revoke while hashing wins.
      if (live === undefined || !isLive(live, at) || current === undefined) return undefined
      const updated = { ...current, password: stored }
      tx.putUser(updated)
      tx.revokeUserSessions(user.user_id, session.session_id)
      const extended = extendedBy(live, request, token, at, fresh)
      tx.putSession(extended)
      return { user: updated, session: extended }
    })
    if (committed === undefined) return yield* raise(SessionNotFound, 404, "session_token / session_jwt: the session ended before the password could be reset.")
    const plan = { kind: "start" as const, token, session: committed.session }
    return { user_id: user.user_id, user: userView(committed.user), ...(yield* sessionFields(committed.session, plan)) }
  })
)

/** Every consumer Passwords route. */
export const passwordRoutes: ReadonlyArray<Route> = [
  create,
  authenticate,
  strengthCheck,
  migrate,
  resetStart,
  emailReset,
  existingPasswordReset,
  sessionsReset
]
