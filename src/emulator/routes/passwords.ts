/**
 * The consumer Passwords routes, rule by rule as in the emulator's README.
 *
 * @since 0.1.0
 */
import { Effect, Option } from "effect"
import { revealPassword } from "../../models/Secret.js"
import { endpoints } from "../../passwords/Passwords.js"
import { stytchError } from "../EmulatorError.js"
import { requireMigrateSlot } from "../rateLimit.js"
import { parseMigratedHash } from "../hashing/index.js"
import { type Route, endpointRoute } from "../http/route.js"
import { breachDetectionOn, isBreached, requireAcceptable, strengthCheckAnswer } from "../policy.js"
import { checkPkce } from "../pkce.js"
import { iso, newId, newToken, now, sha256Hex } from "../runtime.js"
import { findLiveSession, issueSession, sessionFields } from "../sessions/Sessions.js"
import { EmulatorStore } from "../state/Store.js"
import type { StoredUser } from "../state/State.js"
import { emailOf, hashNative, newUser, passwordFactor, passwordMatches, userView } from "../users.js"

const emailNotFound = () => stytchError(404, "email_not_found", "email: no user has this email address.")

/** Replaces a user's password with a new native hash, keeping the password id. */
const setPassword = (user: StoredUser, password: string, verifyEmail: string | undefined) =>
  Effect.gen(function* () {
    const stored = yield* hashNative(password, user.password?.password_id)
    const store = yield* EmulatorStore
    return store.memory.updateUser(user.user_id, (current) => ({
      ...current,
      password: stored,
      emails: current.emails.map((email) =>
        verifyEmail !== undefined && email.email_id === verifyEmail ? { ...email, verified: true } : email
      )
    })) ?? user
  })

const create = endpointRoute(endpoints.create, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const duplicate = () => stytchError(400, "duplicate_email", "email: a user with this email already exists.")
    if (store.memory.userByEmail(request.email) !== undefined) return yield* duplicate()
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
    // Checked again here, in one step with the insert: concurrent creates of one email make one user.
    if (!store.memory.insertUser(user)) return yield* duplicate()
    const email = user.emails[0] ?? { email_id: "", email: request.email, verified: false }
    const issued = yield* issueSession(user.user_id, passwordFactor(email, at), request)
    return { user_id: user.user_id, email_id: email.email_id, user: userView(store.memory.userById(user.user_id) ?? user), ...sessionFields(issued) }
  })
)

const authenticate = endpointRoute(endpoints.authenticate, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const user = store.memory.userByEmail(request.email)
    const email = user === undefined ? undefined : emailOf(user, request.email)
    if (user === undefined || email === undefined) return yield* emailNotFound()
    if (user.password === undefined) return yield* stytchError(400, "no_user_password", "The user has no password; start a password reset.")
    const password = revealPassword(request.password)
    if (!(yield* passwordMatches(user.password, password))) {
      return yield* stytchError(401, "unauthorized_credentials", "The email and password do not match.")
    }
    const breached = (yield* breachDetectionOn) && (yield* isBreached(password))
    if (user.password.requires_reset || breached) {
      return yield* stytchError(400, "reset_password", "The password must be reset before it can be used to log in.")
    }
    // A migrated hash is replaced by the emulator's own on the first successful login.
    const current = user.password.hash.kind === "migrated" ? yield* setPassword(user, password, undefined) : user
    const at = yield* now
    const issued = yield* issueSession(user.user_id, passwordFactor(email, at), request)
    return { user_id: user.user_id, user: userView(store.memory.userById(user.user_id) ?? current), ...sessionFields(issued) }
  })
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
      Effect.mapError((rejected) => stytchError(400, rejected.error_type, rejected.message))
    )
    const password = { password_id: newId("password"), hash: { kind: "migrated" as const, migrated }, requires_reset: false }
    const existing = store.memory.userByEmail(request.email)
    if (existing?.password !== undefined) {
      return yield* stytchError(400, "password_already_exists", "email: this user already has a password.")
    }
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
    if (existing === undefined) {
      if (!store.memory.insertUser(user)) {
        return yield* stytchError(400, "password_already_exists", "email: this user already has a password.")
      }
    } else {
      // Set only if the password is still absent: concurrent migrations of one email set it once.
      const updated = store.memory.updateUserIf(user.user_id, (current) => current.password === undefined, () => user)
      if (!updated) return yield* stytchError(400, "password_already_exists", "email: this user already has a password.")
    }
    const email = emailOf(user, request.email)
    return { user_id: user.user_id, email_id: email?.email_id ?? "", user_created: existing === undefined, user: userView(user) }
  })
)

const resetStart = endpointRoute(endpoints.email.resetStart, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const settings = store.memory.settings()
    const user = store.memory.userByEmail(request.email)
    const email = user === undefined ? undefined : emailOf(user, request.email)
    if (user === undefined || email === undefined) return yield* emailNotFound()
    const redirect = request.reset_password_redirect_url ?? settings.reset_password_redirect_url
    if (redirect === undefined) {
      return yield* stytchError(400, "no_password_reset_redirect_url", "reset_password_redirect_url: give one, or set a default for the project.")
    }
    if (!URL.canParse(redirect)) {
      return yield* stytchError(400, "invalid_password_reset_redirect_url", "reset_password_redirect_url: expected an absolute URL.")
    }
    const login = request.login_redirect_url ?? settings.login_redirect_url
    if (login !== undefined && !URL.canParse(login)) {
      return yield* stytchError(400, "invalid_login_redirect_url", "login_redirect_url: expected an absolute URL.")
    }
    const at = yield* now
    const token = newToken(32)
    const expiresAt = iso(at + (request.reset_password_expiration_minutes ?? 30) * 60_000)
    store.memory.putResetToken({
      token_hash: sha256Hex(token),
      user_id: user.user_id,
      email_id: email.email_id,
      expires_at: expiresAt,
      used: false,
      ...(request.code_challenge === undefined ? {} : { code_challenge: request.code_challenge }),
      ...(request.attributes === undefined ? {} : { attributes: request.attributes })
    })
    const link = new URL(redirect)
    link.searchParams.set("stytch_token_type", "reset_password")
    link.searchParams.set("token", token)
    store.memory.sendMessage({
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
    return { user_id: user.user_id, email_id: email.email_id }
  })
)

const emailReset = endpointRoute(endpoints.email.reset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const at = yield* now
    const tokenHash = sha256Hex(request.token)
    const unusable = () =>
      stytchError(401, "unable_to_auth_password_reset_token", "token: the reset token is unknown, expired or already used.")
    const token = store.memory.resetToken(tokenHash)
    if (token === undefined || token.used || Date.parse(token.expires_at) <= at) return yield* unusable()
    yield* checkPkce(token.code_challenge, request.code_verifier, "code_verifier")
    const started = token.attributes ?? {}
    const given = request.attributes ?? {}
    const ipMismatch = request.options?.ip_match_required === true && started.ip_address !== given.ip_address
    const agentMismatch = request.options?.user_agent_match_required === true && started.user_agent !== given.user_agent
    if (ipMismatch || agentMismatch) {
      return yield* stytchError(401, "attribute_mismatch", "attributes: the IP address or user agent differs from the one that started the reset.")
    }
    const user = store.memory.userById(token.user_id)
    const email = user?.emails.find((candidate) => candidate.email_id === token.email_id)
    if (user === undefined || email === undefined) return yield* unusable()
    const password = revealPassword(request.password)
    yield* requireAcceptable(password, email.email)
    const stored = yield* hashNative(password, user.password?.password_id)
    // Spent in one step with the check: of concurrent resets with one token, one wins.
    if (store.memory.spendResetToken(tokenHash, at) === undefined) return yield* unusable()
    const updated =
      store.memory.updateUser(user.user_id, (current) => ({
        ...current,
        password: stored,
        emails: current.emails.map((candidate) => (candidate.email_id === email.email_id ? { ...candidate, verified: true } : candidate))
      })) ?? user
    store.memory.revokeUserSessions(user.user_id)
    const issued = yield* issueSession(
      user.user_id,
      passwordFactor(email, at),
      { session_duration_minutes: request.session_duration_minutes, session_custom_claims: request.session_custom_claims },
      given
    )
    return { user_id: user.user_id, user: userView(updated), ...sessionFields(issued) }
  })
)

const existingPasswordReset = endpointRoute(endpoints.existingPassword.reset, (request) =>
  Effect.gen(function* () {
    const store = yield* EmulatorStore
    const user = store.memory.userByEmail(request.email)
    const email = user === undefined ? undefined : emailOf(user, request.email)
    if (user === undefined || email === undefined) return yield* emailNotFound()
    const wrong = () => stytchError(401, "unauthorized_credentials", "existing_password: the email and existing password do not match.")
    if (user.password === undefined) return yield* wrong()
    if (!(yield* passwordMatches(user.password, revealPassword(request.existing_password)))) return yield* wrong()
    const password = revealPassword(request.new_password)
    yield* requireAcceptable(password, email.email, "new_password")
    const updated = yield* setPassword(user, password, undefined)
    store.memory.revokeUserSessions(user.user_id)
    const at = yield* now
    const issued = yield* issueSession(user.user_id, passwordFactor(email, at), {
      session_duration_minutes: request.session_duration_minutes,
      session_custom_claims: request.session_custom_claims
    })
    return { user_id: user.user_id, user: userView(updated), ...sessionFields(issued) }
  })
)

/** Factors that let a session reset the password, when used in the last 5 minutes. */
const recentEnough = (type: string, deliveryMethod: string) =>
  type === "password" || (type === "magic_link" && deliveryMethod === "email") || type === "email_otp" || (type === "otp" && deliveryMethod === "email")

const sessionsReset = endpointRoute(endpoints.sessions.reset, (request) =>
  Effect.gen(function* () {
    if (request.session_token === undefined && request.session_jwt === undefined) {
      return yield* stytchError(400, "no_session_arguments", "Give a session_token or a session_jwt.")
    }
    const store = yield* EmulatorStore
    const at = yield* now
    const session = yield* findLiveSession(request).pipe(Effect.map(Option.getOrUndefined))
    const user = session === undefined ? undefined : store.memory.userById(session.user_id)
    if (session === undefined || user === undefined) {
      return yield* stytchError(404, "session_not_found", "No live session matches the session_token or session_jwt.")
    }
    const fresh = session.authentication_factors.find(
      (factor) =>
        recentEnough(factor.type, factor.delivery_method) &&
        factor.last_authenticated_at !== undefined &&
        at - Date.parse(factor.last_authenticated_at) <= 5 * 60_000
    )
    if (fresh === undefined) {
      return yield* stytchError(400, "session_too_old_to_reset_password", "The session has no password, email magic link or email OTP factor from the last 5 minutes.")
    }
    const email = user.emails[0]
    const password = revealPassword(request.password)
    yield* requireAcceptable(password, email?.email ?? "")
    const stored = yield* hashNative(password, user.password?.password_id)
    // Checked again in one step with the write: a session revoked while hashing changes nothing.
    const written = store.memory.updateUserIf(
      user.user_id,
      () => store.memory.sessionById(session.session_id) !== undefined,
      (current) => ({ ...current, password: stored })
    )
    if (!written) return yield* stytchError(404, "session_not_found", "The session was revoked before the password could be reset.")
    const updated = store.memory.userById(user.user_id) ?? user
    store.memory.revokeUserSessions(user.user_id, session.session_id)
    const issued = yield* issueSession(user.user_id, fresh, request)
    return { user_id: user.user_id, user: userView(updated), ...sessionFields(issued) }
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
